/**
 * The cart: a nanostores store of lines, persisted per shop, synced across tabs. The lines change
 * only through the pure functions of `cart-changes.ts`; this store keeps them, saves them, follows
 * other tabs and tells `onRemove` listeners.
 *
 * @module
 */
import type { ReadableAtom } from 'nanostores';
import type { LineRequest, Quote } from '../order/order-schema.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';
import { addBookingLine, addLine, lineRequestsOf, linesAfterQuote, removeLine, setLineQuantity, undoRemoval, updateBookingLine, type CartLinesChange } from './cart-changes.ts';
import type {
  AddBookingInput, AddToCartInput, BookingLineUpdate, CartAddResult, CartChangeResult, CartLine, CartRecovery, RemovedLine,
} from './cart-line.ts';
import { createCartStores, type CartStores } from './cart-stores.ts';
import { readStoredCart, writeStoredCart } from './stored-cart.ts';
import { cartStorageKey } from './stored-item-count.ts';

export { cartLineKey, normalizePersonalization, quoteLineFinder, sameBookingPick, selectionOfDetails, type QuotedLineIdentity } from './cart-line-key.ts';
export * from './cart-line.ts';
export type { CartStores } from './cart-stores.ts';

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
  /**
   * The stores to keep the cart in, when they exist before the cart (a zone whose cart's code loads
   * on demand gives its own, already subscribed to); new ones by default.
   */
  stores?: CartStores;
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
  const storageKey = cartStorageKey(shopId);

  const { $lines, $itemCount, $lastRemoved, $recovery } = options.stores ?? createCartStores();
  // Kept in step with the lines by a subscription rather than nanostores' computed(), which would
  // bring its code (0.4 KiB) into the first paint and the core's main entry for this one sum.
  const stopCounting = $lines.listen((lines) => $itemCount.set(lines.reduce((sum, line) => sum + line.quantity, 0)));
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

  /** Saves the lines of a change, when it changed them, and passes its result on. */
  function commit<R>(change: CartLinesChange<R>): R {
    if (change.lines) save(change.lines);
    return change.result;
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

  function add(input: AddToCartInput): CartAddResult {
    return commit(addLine($lines.get(), input, { currency, now: now() }));
  }

  async function addBooking(input: AddBookingInput): Promise<CartAddResult> {
    const { priceBooking } = await import('../booking/booking-price.ts');
    return commit(addBookingLine($lines.get(), input, priceBooking, { currency, now: now() }));
  }

  function updateBooking(key: string, update: BookingLineUpdate): CartLine | undefined {
    return commit(updateBookingLine($lines.get(), key, update));
  }

  function setQuantity(key: string, quantity: number): CartChangeResult {
    const change = setLineQuantity($lines.get(), key, quantity);
    if (change !== 'remove') return commit(change);
    remove(key);
    return {};
  }

  function remove(key: string): void {
    const change = removeLine($lines.get(), key);
    if (!change) return;
    $lastRemoved.set(change.removed);
    save(change.lines);
    for (const listener of [...removeListeners]) {
      try {
        listener(change.removed.line);
      } catch {
        // A listener's failure must not undo the removal the shopper asked for.
      }
    }
  }

  function undoRemove(): boolean {
    const removed = $lastRemoved.get();
    if (!removed) return false;
    $lastRemoved.set(undefined);
    const undone = commit(undoRemoval($lines.get(), removed));
    if (!undone) $lastRemoved.set(removed);
    return undone;
  }

  function clear(): void {
    $lastRemoved.set(undefined);
    save([]);
  }

  function applyQuote(quote: Quote): void {
    const next = linesAfterQuote($lines.get(), quote);
    if (next) save(next);
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
    toLineRequests: (): LineRequest[] => lineRequestsOf($lines.get()),
    dispose() {
      stopSync?.();
      stopSync = undefined;
      stopCounting();
      removeListeners.clear();
    },
  };
}
