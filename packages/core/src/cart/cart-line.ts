/**
 * What a cart line is (its fields, the notices and outcomes of cart changes) and where a booking
 * line stands. Types and small pure functions only: the changes are in `cart-changes.ts`, the store
 * in `cart.ts`.
 *
 * @module
 */
import type { BookingDetails, BookingSelection } from '../booking/booking-schema.ts';
import { secondsLeft } from '../booking/hold-seconds-left.ts';
import type { BookableProduct, Image, LocalizedText, Product, QuantityRule } from '../catalog/catalog-schema.ts';
import type { QuantityNotice } from '../catalog/quantity-rule.ts';
import type { Money } from '../money/money.ts';

/** A hold on a booking line: the backend keeps the pick for this shopper until `expiresAt` (UTC ISO). */
export interface CartLineHold {
  readonly id: string;
  readonly expiresAt: string;
}

/**
 * Why a booking line cannot be ordered as it is: `hold_expired` (the hold lapsed; re-check to hold
 * the pick again) or `booking_unavailable` (someone else took it; pick another).
 */
export type CartBookingProblem = 'hold_expired' | 'booking_unavailable';

/**
 * One line of the cart. A line is identified by product + variant + personalization, and for a
 * booking also by its pick. A booking line (`booking` set) always has quantity 1.
 */
export interface CartLine {
  /** Stable identity: the same product, variant and personalization always give the same key. */
  readonly key: string;
  readonly productId: string;
  readonly variantId: string;
  readonly quantity: number;
  /** Personalization field id → text or choice id (empty values are left out). */
  readonly personalization: Readonly<Record<string, string>>;
  /**
   * What the shopper saw when adding the line: shown until a quote arrives, and compared with the
   * quote to tell the shopper exactly what changed.
   */
  readonly seen: {
    readonly title: LocalizedText;
    readonly variantTitle?: LocalizedText;
    readonly image?: Image;
    readonly sku: string;
    /**
     * The price of one unit with its personalization, before bulk tiers; compare it with a quote
     * line's `listUnitPrice ?? unitPrice`.
     */
    readonly unitPrice: Money;
  };
  readonly quantityRule: QuantityRule;
  /** Stock when last known; `null` when untracked. */
  readonly stock: number | null;
  /** Epoch milliseconds. */
  readonly addedAt: number;
  /** For a booking line: the slot, stay or seats picked, as held (an "any" slot names the resource assigned). */
  readonly booking?: BookingSelection;
  /** For a booking line: the pick resolved (times, nights with prices, seats with labels), to show before a quote. */
  readonly bookingDetails?: BookingDetails;
  /** The hold that reserves the pick; absent once it was released. */
  readonly hold?: CartLineHold;
  /** Set when the last quote (or a re-check) found the hold lapsed or the pick taken; cleared once it is fine again. */
  readonly bookingProblem?: CartBookingProblem;
  /** The accepted request for quote whose quoted unit price the backend applies to this line (business buying). */
  readonly rfqId?: string;
}

/** Something the shopper should be told after a cart change. */
export type CartNotice =
  /** How a requested quantity was fitted to the product's rule and stock (see `fitQuantity`). */
  | QuantityNotice
  /** A booking line always has quantity 1: to book more, pick another slot, stay or seats. */
  | { code: 'booking_quantity_fixed'; requested: number }
  /** This very pick is already in the cart; nothing was added. */
  | { code: 'booking_already_in_cart' }
  /** A re-check found the pick taken meanwhile (or no longer bookable): the line stays, marked, until the shopper removes it. */
  | { code: 'booking_unavailable' };

/** The outcome of a cart change. */
export interface CartChangeResult {
  /** The line after the change; absent when nothing was added. */
  line?: CartLine;
  notice?: CartNotice;
}

/**
 * What adding to the cart did, so a page says exactly that:
 * - `added`: the units asked for are in the cart (raised to the minimum or rounded to a step when
 *   the rule asked for it: `notice` `quantity_adjusted` then says so);
 * - `capped`: some units were added, fewer than asked, because of the stock or the product's
 *   maximum counting what the cart already held (`notice` `quantity_capped` says which);
 * - `refused`: nothing was added (`notice` says why: `sold_out`; `quantity_capped` when the cart
 *   already holds all it may; `booking_already_in_cart`).
 */
export type CartAddOutcome = 'added' | 'capped' | 'refused';

/** The outcome of an add: the change, what it amounts to, and how many units it put in the cart. */
export interface CartAddResult extends CartChangeResult {
  outcome: CartAddOutcome;
  /** Units this add put in the cart: 0 when refused. */
  added: number;
}

/** A line that was removed and can be put back with `undoRemove()`. */
export interface RemovedLine {
  line: CartLine;
  /** Its position, so undo puts it back where it was. */
  index: number;
}

/** What happened when the stored cart was read. */
export type CartRecovery =
  /** The stored cart could not be read (corrupt JSON, unknown version); an empty cart was started and the raw value kept under `backupKey`. */
  | { code: 'corrupt'; backupKey: string }
  /** Some stored lines were invalid and dropped; the rest were kept. */
  | { code: 'lines_dropped'; count: number };

/** What `cart.add()` takes: the product, the variant id, how many units, and the personalization values by field id (for goods; bookings go through `addBooking`). */
export interface AddToCartInput {
  product: Product;
  variantId: string;
  quantity: number;
  personalization?: Record<string, string>;
  /**
   * An accepted request for quote this line is bought under (see `addRfqToCart` of
   * `@orderzone/core/business`): the line then holds exactly `quantity` (replacing a line of the
   * same item) and the backend prices it at the quoted unit price.
   */
  rfqId?: string;
}

/** A booking to put in the cart, usually right after its hold was placed (see `zone.bookings.addToCart`). */
export interface AddBookingInput {
  product: BookableProduct;
  variantId: string;
  /** The pick, as held. */
  booking: BookingSelection;
  hold?: CartLineHold;
  personalization?: Record<string, string>;
}

/** A change to a booking line's hold, as `updateBooking` takes it: `null` removes the value. */
export interface BookingLineUpdate {
  hold?: CartLineHold | null;
  bookingProblem?: CartBookingProblem | null;
}

/**
 * Seconds until a booking line's hold lapses (0 once it has), for the cart's countdown; `undefined`
 * for a line without a hold (goods, or a booking whose hold was released).
 */
export function holdSecondsLeft(line: Pick<CartLine, 'hold'>, now: Date): number | undefined {
  return line.hold ? secondsLeft(line.hold, now) : undefined;
}

/**
 * Where a booking line stands at `now`: `held` while its hold runs, `hold_expired` once it lapsed
 * (or was released), `booking_unavailable` when the pick was taken; `undefined` for goods. A known
 * problem wins over the clock.
 */
export function bookingLineStatus(line: Pick<CartLine, 'booking' | 'hold' | 'bookingProblem'>, now: Date): 'held' | CartBookingProblem | undefined {
  if (!line.booking) return undefined;
  if (line.bookingProblem) return line.bookingProblem;
  return line.hold && secondsLeft(line.hold, now) > 0 ? 'held' : 'hold_expired';
}
