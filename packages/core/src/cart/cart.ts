/**
 * The cart: a nanostores store of lines, persisted per shop, synced across tabs.
 *
 * @module
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import type { BookingDetails, BookingSelection } from '../booking/booking-schema.ts';
import { secondsLeft } from '../booking/holds.ts';
import type { BookableProduct, Image, LocalizedText, Product, QuantityRule, Variant } from '../catalog/catalog-schema.ts';
import { isBookable, previewUnitPrice, validatePersonalization } from '../catalog/product-rules.ts';
import { fitQuantity } from '../catalog/quantity-rule.ts';
import { OrderZoneError } from '../errors.ts';
import { variantTitle } from '../catalog/variant-title.ts';
import type { Money } from '../money/money.ts';
import type { LineRequest, Quote, QuoteLine } from '../order/order-schema.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';
import { cartLineKey, normalizePersonalization, quoteLineFinder } from './cart-line-key.ts';
import { quoteBookingProblem } from './booking-problem.ts';
import { readStoredCart, writeStoredCart } from './stored-cart.ts';

export { cartLineKey, normalizePersonalization, quoteLineFinder, sameBookingPick, selectionOfDetails, type QuotedLineIdentity } from './cart-line-key.ts';

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
}

/** Something the shopper should be told after a cart change. */
export type CartNotice =
  /**
   * Fewer units than asked were put in the cart because of stock, the product's maximum, or
   * (`cart_limit`) because the cart's item count must stay a safe integer (`Number.MAX_SAFE_INTEGER`).
   */
  | { code: 'quantity_capped'; requested: number; allowed: number; reason: 'stock' | 'max' | 'cart_limit' }
  /** The quantity was raised to the product's minimum or rounded to its step. */
  | { code: 'quantity_adjusted'; requested: number; allowed: number; reason: 'min' | 'step' }
  /** The variant is sold out; nothing was added. */
  | { code: 'sold_out' }
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

export interface AddToCartInput {
  product: Product;
  variantId: string;
  quantity: number;
  personalization?: Record<string, string>;
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

/** The cart API. Read state from the stores; change it only through the methods. */
export interface Cart {
  readonly $lines: ReadableAtom<readonly CartLine[]>;
  /** Total units in the cart (for a badge). */
  readonly $itemCount: ReadableAtom<number>;
  /** The last removed line, until it is undone or another line is removed. */
  readonly $lastRemoved: ReadableAtom<RemovedLine | undefined>;
  /** Set when the stored cart had to be repaired on load. */
  readonly $recovery: ReadableAtom<CartRecovery | undefined>;
  /** False when the cart lives in memory only (storage unavailable). */
  readonly persistent: boolean;
  /**
   * Adds units of a variant; merges with an existing identical line. Quantities are capped by stock
   * and the product's max (counting the units already in the line), raised to its min and rounded
   * to its step, with a notice saying so; and capped (reason `cart_limit`) so that no line and not
   * the cart's item count ever passes `Number.MAX_SAFE_INTEGER`. `outcome` and `added` say what the
   * add amounted to.
   * Throws `OrderZoneError('validation')` with `fieldErrors` for an unknown variant or invalid
   * personalization, and (field `booking`, code `booking_required`) for a bookable product: those
   * go through `addBooking` (or `zone.bookings.addToCart`, which holds the pick first).
   */
  add(input: AddToCartInput): CartAddResult;
  /**
   * Adds a booking line (quantity 1) priced from the product with `priceBooking`, carrying its hold.
   * The same pick already in the cart is not added twice (outcome `refused`, notice
   * `booking_already_in_cart`). Rejects
   * with `OrderZoneError('validation')` and `fieldErrors` for a pick that breaks the product's rules
   * or invalid personalization. Places no hold itself.
   *
   * Asynchronous because the booking price rules are fetched on first use (they are already there
   * once the zone's `bookings` part is loaded), so a cart that sells only goods never downloads them.
   */
  addBooking(input: AddBookingInput): Promise<CartAddResult>;
  /** Replaces or clears a booking line's hold and problem (a re-check, a quote). Returns the line, or undefined for an unknown key. */
  updateBooking(key: string, update: BookingLineUpdate): CartLine | undefined;
  /**
   * Sets a line's quantity (0 removes it), with the same caps as `add`. A booking line keeps
   * quantity 1: asking for more changes nothing and gives the notice `booking_quantity_fixed`.
   */
  setQuantity(key: string, quantity: number): CartChangeResult;
  /** Removes a line; `undoRemove()` puts it back. Listeners of `onRemove` are told (a booking's hold is released there). */
  remove(key: string): void;
  /**
   * Restores the last removed line. A booking line comes back without its hold (removing it gave
   * the hold back), marked `hold_expired` so the shopper re-checks it. Returns false when there is
   * nothing to undo, or when the cart has no room left for the line (its item count must stay a
   * safe integer; the line stays undoable).
   */
  undoRemove(): boolean;
  /** Calls `listener` with each line the shopper removes (`remove`, `setQuantity(key, 0)`); not for `clear()` or other tabs' changes. Returns an unsubscribe function. */
  onRemove(listener: (line: CartLine) => void): () => void;
  /** Empties the cart. */
  clear(): void;
  /**
   * Updates stock and seen prices from a quote the shopper accepted; for booking lines also the
   * resolved details, the hold's expiry and `bookingProblem` (from the line problems
   * `hold_expired` and `booking_unavailable`; cleared when the line is fine).
   */
  applyQuote(quote: Quote): void;
  /** The lines as the backend expects them: ids, quantities, personalization, the pick and hold id of bookings; never prices. */
  toLineRequests(): LineRequest[];
  /** Stops listening to other tabs. */
  dispose(): void;
}

export interface CartOptions {
  /** Namespace for storage keys, so two shops on one domain never share a cart. */
  shopId: string;
  currency: string;
  storage: KeyValueStorage;
  /** Clock, for tests. */
  now?: () => number;
}

/**
 * Creates a cart, restoring the stored one for `shopId` if any.
 *
 * - Stored at `orderzone:<shopId>:cart` as `{ version: 1, currency, lines }`. A value that cannot be
 *   read (corrupt JSON, unknown version, another currency) is copied to
 *   `orderzone:<shopId>:cart:backup-<timestamp>` and the cart starts empty (`$recovery` says so);
 *   invalid lines are dropped one by one and counted.
 * - Every change is written at once. When writing fails (quota), the cart keeps working in memory,
 *   `persistent` turns false and changes from other tabs are no longer applied (they would
 *   overwrite lines that could not be saved).
 * - Changes another tab makes to the stored cart replace this cart's lines, with the same recovery.
 * - `seen.unitPrice` is the price of **one** unit with its personalization, before bulk tiers
 *   (`previewUnitPrice(product, variant, 1, personalization).unitPrice`); compare it with a quote
 *   line's `listUnitPrice ?? unitPrice`.
 */
export function createCart(options: CartOptions): Cart {
  const { shopId, currency, storage } = options;
  const now = options.now ?? Date.now;
  const storageKey = `orderzone:${shopId}:cart`;

  const $lines = atom<readonly CartLine[]>([]);
  const $itemCount = computed($lines, (lines) => lines.reduce((sum, line) => sum + line.quantity, 0));
  const $lastRemoved = atom<RemovedLine | undefined>(undefined);
  const $recovery = atom<CartRecovery | undefined>(undefined);
  const removeListeners = new Set<(line: CartLine) => void>();
  let memoryOnly = false;
  let stopSync: (() => void) | undefined;

  function fallBackToMemory(): void {
    memoryOnly = true;
    stopSync?.();
    stopSync = undefined;
  }

  function save(lines: readonly CartLine[]): void {
    $lines.set(lines);
    if (memoryOnly) return;
    try {
      storage.set(storageKey, writeStoredCart(currency, lines));
    } catch {
      fallBackToMemory();
    }
  }

  /** Reads a stored value into the cart, keeping a backup of anything unreadable. */
  function load(raw: string | null): void {
    const read = readStoredCart(raw, currency);
    if (read.status === 'corrupt') {
      const backupKey = `${storageKey}:backup-${now()}`;
      try {
        storage.set(backupKey, raw ?? '');
        $recovery.set({ code: 'corrupt', backupKey });
      } catch {
        // The backup could not be written: leave the stored value untouched and stop writing over it.
        fallBackToMemory();
        $recovery.set({ code: 'corrupt', backupKey: storageKey });
      }
      $lines.set([]);
      return;
    }
    if (read.status === 'empty') {
      $lines.set([]);
      return;
    }
    if (read.dropped > 0) $recovery.set({ code: 'lines_dropped', count: read.dropped });
    $lines.set(read.lines);
  }

  load(storage.get(storageKey));
  stopSync = storage.subscribe(storageKey, (value) => {
    if (!memoryOnly) load(value);
  });

  function replaceLine(lines: readonly CartLine[], index: number, line: CartLine): CartLine[] {
    const next = [...lines];
    next[index] = line;
    return next;
  }

  function add(input: AddToCartInput): CartAddResult {
    const { product, variantId } = input;
    if (!Number.isSafeInteger(input.quantity) || input.quantity < 1) {
      throw new OrderZoneError('validation', `Quantity must be a whole number of at least 1; got ${String(input.quantity)}.`, {
        fieldErrors: [{ field: 'quantity', code: 'invalid_quantity' }],
      });
    }
    if (isBookable(product)) {
      throw new OrderZoneError('validation', `Product "${product.id}" is booked (${product.kind}): add it with zone.bookings.addToCart(), which holds the pick first.`, {
        fieldErrors: [{ field: 'booking', code: 'booking_required' }],
      });
    }
    const variant = variantOf(product, variantId);
    const personalization = checkedPersonalization(product, input.personalization);
    const unitPrice = previewUnitPrice(product, variantId, 1, personalization).unitPrice;
    if (unitPrice.currency !== currency) {
      throw new OrderZoneError('validation', `Product "${product.id}" is priced in ${unitPrice.currency}, but this cart holds ${currency}.`);
    }
    const key = cartLineKey(product.id, variantId, personalization);
    const lines = $lines.get();
    const index = lines.findIndex((line) => line.key === key);
    const existing = lines[index];
    const held = existing?.quantity ?? 0;
    const fit = fitQuantity(held + input.quantity, product.quantity, variant.stock, roomBeside(lines, index));
    if (fit.allowed <= held) {
      // Nothing more fits (sold out, the line already holds the maximum or the whole stock, or the cart is full): the line stays as it is.
      if (existing) save(replaceLine(lines, index, { ...existing, stock: variant.stock }));
      return { ...(fit.notice ? { notice: fit.notice } : {}), outcome: 'refused', added: 0 };
    }
    const line: CartLine = {
      key,
      productId: product.id,
      variantId,
      quantity: fit.allowed,
      personalization,
      seen: {
        title: product.title,
        ...optional('variantTitle', variantTitle(product, variant)),
        ...optional('image', variant.image ?? product.images[0]),
        sku: variant.sku,
        unitPrice,
      },
      quantityRule: product.quantity,
      stock: variant.stock,
      addedAt: existing?.addedAt ?? now(),
    };
    save(existing ? replaceLine(lines, index, line) : [...lines, line]);
    const added = fit.allowed - held;
    const outcome = fit.notice?.code === 'quantity_capped' ? 'capped' : 'added';
    return fit.notice ? { line, notice: fit.notice, outcome, added } : { line, outcome, added };
  }

  async function addBooking(input: AddBookingInput): Promise<CartAddResult> {
    const { product, variantId, booking } = input;
    const { priceBooking } = await import('../booking/booking-price.ts');
    const variant = variantOf(product, variantId);
    const personalization = checkedPersonalization(product, input.personalization);
    const priced = priceBooking(product, variantId, booking);
    if (priced.unitPrice.currency !== currency) {
      throw new OrderZoneError('validation', `Product "${product.id}" is priced in ${priced.unitPrice.currency}, but this cart holds ${currency}.`);
    }
    const key = cartLineKey(product.id, variantId, personalization, booking);
    const lines = $lines.get();
    const existing = lines.find((line) => line.key === key);
    if (existing) return { line: existing, notice: { code: 'booking_already_in_cart' }, outcome: 'refused', added: 0 };
    if (roomBeside(lines, -1) < 1) return { notice: { code: 'quantity_capped', requested: 1, allowed: 0, reason: 'cart_limit' }, outcome: 'refused', added: 0 };
    const line: CartLine = {
      key,
      productId: product.id,
      variantId,
      quantity: 1,
      personalization,
      seen: {
        title: product.title,
        ...optional('variantTitle', variantTitle(product, variant)),
        ...optional('image', variant.image ?? product.images[0]),
        sku: variant.sku,
        unitPrice: priced.unitPrice,
      },
      quantityRule: BOOKING_QUANTITY,
      stock: null,
      addedAt: now(),
      booking,
      bookingDetails: priced.details,
      ...optional('hold', input.hold ? { id: input.hold.id, expiresAt: input.hold.expiresAt } : undefined),
    };
    save([...lines, line]);
    return { line, outcome: 'added', added: 1 };
  }

  function updateBooking(key: string, update: BookingLineUpdate): CartLine | undefined {
    const lines = $lines.get();
    const index = lines.findIndex((line) => line.key === key);
    const existing = lines[index];
    if (!existing) return undefined;
    const { hold, bookingProblem, ...rest } = existing;
    const nextHold = update.hold === undefined ? hold : (update.hold ?? undefined);
    const nextProblem = update.bookingProblem === undefined ? bookingProblem : (update.bookingProblem ?? undefined);
    const line: CartLine = { ...rest, ...optional('hold', nextHold), ...optional('bookingProblem', nextProblem) };
    save(replaceLine(lines, index, line));
    return line;
  }

  function setQuantity(key: string, quantity: number): CartChangeResult {
    if (!Number.isSafeInteger(quantity) || quantity < 0) {
      throw new OrderZoneError('validation', `Quantity must be a whole number of at least 0; got ${String(quantity)}.`, {
        fieldErrors: [{ field: 'quantity', code: 'invalid_quantity' }],
      });
    }
    const lines = $lines.get();
    const index = lines.findIndex((line) => line.key === key);
    const existing = lines[index];
    if (!existing) return {};
    if (quantity === 0) {
      remove(key);
      return {};
    }
    if (existing.booking) return quantity === 1 ? { line: existing } : { line: existing, notice: { code: 'booking_quantity_fixed', requested: quantity } };
    const fit = fitQuantity(quantity, existing.quantityRule, existing.stock, roomBeside(lines, index));
    if (fit.allowed === 0) return fit.notice ? { line: existing, notice: fit.notice } : { line: existing };
    const line = { ...existing, quantity: fit.allowed };
    save(replaceLine(lines, index, line));
    return fit.notice ? { line, notice: fit.notice } : { line };
  }

  function remove(key: string): void {
    const lines = $lines.get();
    const index = lines.findIndex((line) => line.key === key);
    const line = lines[index];
    if (!line) return;
    $lastRemoved.set({ line, index });
    save(lines.filter((_, i) => i !== index));
    for (const listener of [...removeListeners]) {
      try {
        listener(line);
      } catch {
        // A listener's failure must not undo the removal the shopper asked for.
      }
    }
  }

  function undoRemove(): boolean {
    const removed = $lastRemoved.get();
    if (!removed) return false;
    $lastRemoved.set(undefined);
    const lines = $lines.get();
    const index = lines.findIndex((line) => line.key === removed.line.key);
    const existing = lines[index];
    if (existing && existing.booking) {
      // The same pick was booked again meanwhile: that line has its own hold.
      return true;
    }
    if (existing) {
      // The same line was added again meanwhile: put the removed units back into it, within the rules.
      const fit = fitQuantity(existing.quantity + removed.line.quantity, existing.quantityRule, existing.stock, roomBeside(lines, index));
      save(replaceLine(lines, index, { ...existing, quantity: Math.max(fit.allowed, existing.quantity) }));
    } else {
      // Other lines may have filled the cart meanwhile: at most as many units as keep its item count safe.
      const fit = fitQuantity(removed.line.quantity, removed.line.quantityRule, null, roomBeside(lines, -1));
      if (fit.allowed === 0) {
        $lastRemoved.set(removed);
        return false;
      }
      const next = [...lines];
      next.splice(Math.min(removed.index, next.length), 0, restoredLine({ ...removed.line, quantity: fit.allowed }));
      save(next);
    }
    return true;
  }

  function clear(): void {
    $lastRemoved.set(undefined);
    save([]);
  }

  function applyQuote(quote: Quote): void {
    const quotedLine = quoteLineFinder(quote.lines);
    let changed = false;
    const next = $lines.get().map((line): CartLine => {
      const quoted = quotedLine(line);
      if (!quoted) return line;
      changed = true;
      if (line.booking) return bookingLineFromQuote(line, quoted);
      let quantity = line.quantity;
      if (quoted.available !== null && quantity > quoted.available) {
        // Lower to what is available; a line nothing is left of stays (stock 0) so the UI shows it sold out.
        const fit = fitQuantity(quoted.available, line.quantityRule, quoted.available);
        if (fit.allowed > 0) quantity = fit.allowed;
      }
      return {
        ...line,
        quantity,
        stock: quoted.available === null ? null : Math.max(0, quoted.available),
        seen: { ...line.seen, unitPrice: quoted.listUnitPrice ?? quoted.unitPrice },
      };
    });
    if (changed) save(next);
  }

  function toLineRequests(): LineRequest[] {
    return $lines.get().map((line) => {
      const request: LineRequest = {
        productId: line.productId,
        variantId: line.variantId,
        quantity: line.quantity,
        personalization: { ...line.personalization },
      };
      if (line.booking) request.booking = structuredClone(line.booking);
      if (line.booking && line.hold) request.holdId = line.hold.id;
      return request;
    });
  }

  return {
    $lines,
    $itemCount,
    $lastRemoved,
    $recovery,
    get persistent() {
      return storage.persistent && !memoryOnly;
    },
    add,
    addBooking,
    updateBooking,
    setQuantity,
    remove,
    undoRemove,
    onRemove(listener) {
      removeListeners.add(listener);
      return () => removeListeners.delete(listener);
    },
    clear,
    applyQuote,
    toLineRequests,
    dispose() {
      stopSync?.();
      stopSync = undefined;
      removeListeners.clear();
    },
  };
}

/**
 * How many units may still go into the line at `index` (`-1`: a new line) so that the cart's item
 * count stays a safe integer: `Number.MAX_SAFE_INTEGER` minus the units of every other line.
 */
function roomBeside(lines: readonly CartLine[], index: number): number {
  let others = 0;
  lines.forEach((line, i) => {
    if (i !== index) others += line.quantity;
  });
  return Math.max(0, Number.MAX_SAFE_INTEGER - others);
}

/** The quantity rule of every booking line: exactly one. */
const BOOKING_QUANTITY: QuantityRule = { min: 1, max: 1, step: 1 };

function variantOf(product: Product, variantId: string): Variant {
  const variant = product.variants.find((v) => v.id === variantId);
  if (!variant) {
    throw new OrderZoneError('validation', `Product "${product.id}" has no variant "${variantId}".`, {
      fieldErrors: [{ field: 'variantId', code: 'invalid_choice' }],
    });
  }
  return variant;
}

function checkedPersonalization(product: Product, values: Record<string, string> | undefined): Record<string, string> {
  const personalization = normalizePersonalization(values);
  const fieldErrors = validatePersonalization(product, personalization);
  if (fieldErrors.length > 0) {
    throw new OrderZoneError('validation', `The personalization of product "${product.id}" is not valid: ${fieldErrors.map((e) => `${e.field} ${e.code}`).join(', ')}.`, { fieldErrors });
  }
  return personalization;
}

/** A removed line as undo puts it back: a booking's hold was given back on removal, so it must be re-checked. */
function restoredLine(line: CartLine): CartLine {
  if (!line.booking) return line;
  const { hold: _released, bookingProblem: _problem, ...rest } = line;
  return { ...rest, bookingProblem: 'hold_expired' };
}

/** A booking line after a quote: its price, details, hold expiry and problem as the backend sees them now. */
function bookingLineFromQuote(line: CartLine, quoted: QuoteLine): CartLine {
  const { bookingProblem: _previous, hold, bookingDetails, ...rest } = line;
  const problem = quoteBookingProblem(quoted);
  return {
    ...rest,
    seen: { ...line.seen, unitPrice: quoted.unitPrice },
    ...optional('bookingDetails', quoted.booking ?? bookingDetails),
    ...optional('hold', quoted.hold ? { id: quoted.hold.id, expiresAt: quoted.hold.expiresAt } : hold),
    ...optional('bookingProblem', problem),
  };
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

/** `{ [name]: value }` when value is defined, `{}` otherwise (keeps optional properties absent). */
function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [name]: value } as { [P in K]?: V });
}
