/**
 * The events OrderZone elements dispatch. All bubble and are composed (they leave shadow roots), so a
 * page can listen on `document` or on `<order-zone>`. Names are `oz-<noun>-<verb>`; details are typed
 * through `HTMLElementEventMap`.
 *
 * @module
 */
import type { BookingDetails, BookingSelection, CartLine, CartNotice, Money, Order, OrderZoneError, ReviewRecord, Session, ShopperAction } from '@orderzone/core';

/**
 * The views `<order-zone>` switches between (`order`: one order's detail; `lookup`: find an order;
 * `sign-in`: sign in with a one-time code; `orders`: the signed-in shopper's orders; `help`: the
 * shop's questions and answers and how to reach it).
 */
export type ZoneView = 'browse' | 'product' | 'cart' | 'checkout' | 'confirmation' | 'order' | 'lookup' | 'sign-in' | 'orders' | 'help';

/** The `detail` of each `oz-*` event, by event name; the same types `HTMLElementEventMap` gives `addEventListener`. */
export interface OzEventDetails {
  /** The cart changed (added, quantity, removed, undone, cleared, or changed in another tab). */
  'oz-cart-change': { lines: readonly CartLine[]; itemCount: number; reason: 'add' | 'quantity' | 'remove' | 'undo' | 'clear' | 'sync' };
  /** The cart drawer was closed (Escape, its Close button or `hide()`). */
  'oz-cart-close': Record<string, never>;
  /** A shopper added something to the cart; `notice` says if the quantity was capped or adjusted. */
  'oz-cart-add': { line: CartLine; notice?: CartNotice };
  /** A shopper opened a product (from a grid, a recommendation...). */
  'oz-product-select': { productId: string };
  /**
   * An element asks its `<order-zone>` (or the page) to show another view. Cancelable: whoever
   * shows the view calls `preventDefault()` (`<order-zone>` does); when nobody does, a building
   * block shows the cart as a drawer and the checkout in a dialog of the page itself.
   */
  'oz-navigate': { view: ZoneView; productId?: string };
  /** Cancelable: about to place an order. `preventDefault()` stops the submission. */
  'oz-checkout-submit': { total: Order['total'] | undefined; paymentMethodId: string | undefined };
  /** An order was placed. */
  'oz-order-created': { order: Order; totalChanged: boolean; confirmedTotal?: Money };
  /** Something failed; `message` is the sentence shown to the shopper. */
  'oz-error': { error: OrderZoneError; message: string };
  /**
   * The backend has a newer state of an order on show: seen by the live watch (`watch`), after the
   * payment went through (`payment`), after the shopper's own action (`action`) or a conflict (`conflict`).
   */
  'oz-order-updated': { order: Order; reason: 'watch' | 'payment' | 'action' | 'conflict' };
  /** A shopper action on an order succeeded (cancelled, address changed, refund or return requested); `order` is the result. */
  'oz-order-action': { action: ShopperAction; order: Order };
  /** An order was found by number and contact (`<order-lookup>`); `contact` is what the shopper typed. */
  'oz-order-found': { order: Order };
  /** A shopper signed in with a one-time code (`<sign-in>`). */
  'oz-signed-in': { session: Session };
  /** A shopper signed out; `cart` says whether the cart was emptied or kept on this device. */
  'oz-signed-out': { cart: 'empty' | 'keep' };
  /** An order was chosen in a list (`<order-list>`). */
  'oz-order-select': { order: Order };
  /**
   * A booking picker's pick changed: `selection` is the complete pick (undefined when there is none,
   * or when it breaks the product's rules), `preview` its price and details from the core.
   */
  'oz-booking-change': { selection: BookingSelection | undefined; preview?: { unitPrice: Money; details: BookingDetails } };
  /** A shopper's review was saved by the backend (written or edited): the record as it is now (`pending` until the shop publishes it). */
  'oz-review-save': { review: ReviewRecord };
}

export type OzEventName = keyof OzEventDetails;

/**
 * Dispatches a typed OrderZone event that bubbles out of shadow roots. Returns false if it was
 * cancelled. `oz-navigate` is always cancelable (see {@link OzEventDetails}).
 */
export function emit<K extends OzEventName>(target: EventTarget, name: K, detail: OzEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? name === 'oz-navigate' }));
}

declare global {
  interface HTMLElementEventMap {
    'oz-cart-change': CustomEvent<OzEventDetails['oz-cart-change']>;
    'oz-cart-close': CustomEvent<OzEventDetails['oz-cart-close']>;
    'oz-cart-add': CustomEvent<OzEventDetails['oz-cart-add']>;
    'oz-product-select': CustomEvent<OzEventDetails['oz-product-select']>;
    'oz-navigate': CustomEvent<OzEventDetails['oz-navigate']>;
    'oz-checkout-submit': CustomEvent<OzEventDetails['oz-checkout-submit']>;
    'oz-order-created': CustomEvent<OzEventDetails['oz-order-created']>;
    'oz-error': CustomEvent<OzEventDetails['oz-error']>;
    'oz-order-updated': CustomEvent<OzEventDetails['oz-order-updated']>;
    'oz-order-action': CustomEvent<OzEventDetails['oz-order-action']>;
    'oz-order-found': CustomEvent<OzEventDetails['oz-order-found']>;
    'oz-signed-in': CustomEvent<OzEventDetails['oz-signed-in']>;
    'oz-signed-out': CustomEvent<OzEventDetails['oz-signed-out']>;
    'oz-order-select': CustomEvent<OzEventDetails['oz-order-select']>;
    'oz-booking-change': CustomEvent<OzEventDetails['oz-booking-change']>;
    'oz-review-save': CustomEvent<OzEventDetails['oz-review-save']>;
  }
}
