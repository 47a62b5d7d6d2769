/**
 * The events OrderZone elements dispatch. All bubble and are composed (they leave shadow roots), so a
 * page can listen on `document` or on `<order-zone>`. Names are `oz-<noun>-<verb>`; details are typed
 * through `HTMLElementEventMap`.
 *
 * @module
 */
import type { CartLine, CartNotice, Order, OrderZoneError } from '@orderzone/core';

/** The views `<order-zone>` switches between. */
export type ZoneView = 'browse' | 'product' | 'cart' | 'checkout' | 'confirmation';

export interface OzEventDetails {
  /** The cart changed (added, quantity, removed, undone, cleared, or changed in another tab). */
  'oz-cart-change': { lines: readonly CartLine[]; itemCount: number; reason: 'add' | 'quantity' | 'remove' | 'undo' | 'clear' | 'sync' };
  /** The cart drawer was closed (Escape, its Close button or `hide()`). */
  'oz-cart-close': Record<string, never>;
  /** A shopper added something to the cart; `notice` says if the quantity was capped or adjusted. */
  'oz-cart-add': { line: CartLine; notice?: CartNotice };
  /** A shopper opened a product (from a grid, a recommendation...). */
  'oz-product-select': { productId: string };
  /** An element asks its `<order-zone>` (or the page) to show another view. */
  'oz-navigate': { view: ZoneView; productId?: string };
  /** Cancelable: about to place an order. `preventDefault()` stops the submission. */
  'oz-checkout-submit': { total: Order['total'] | undefined; paymentMethodId: string | undefined };
  /** An order was placed. */
  'oz-order-created': { order: Order };
  /** Something failed; `message` is the sentence shown to the shopper. */
  'oz-error': { error: OrderZoneError; message: string };
}

export type OzEventName = keyof OzEventDetails;

/** Dispatches a typed OrderZone event that bubbles out of shadow roots. Returns false if it was cancelled. */
export function emit<K extends OzEventName>(target: EventTarget, name: K, detail: OzEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
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
  }
}
