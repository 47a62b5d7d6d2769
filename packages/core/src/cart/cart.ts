/**
 * The cart: a nanostores store of lines, persisted per shop, synced across tabs.
 *
 * @module
 */
import type { ReadableAtom } from 'nanostores';
import type { Image, LocalizedText, Product, QuantityRule } from '../catalog/catalog-schema.ts';
import type { Money } from '../money/money.ts';
import type { LineRequest, Quote } from '../order/order-schema.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';

/** One line of the cart. A line is identified by product + variant + personalization. */
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
    readonly unitPrice: Money;
  };
  readonly quantityRule: QuantityRule;
  /** Stock when last known; `null` when untracked. */
  readonly stock: number | null;
  /** Epoch milliseconds. */
  readonly addedAt: number;
}

/** Something the shopper should be told after a cart change. */
export type CartNotice =
  /** Fewer units than asked were put in the cart because of stock or the product's maximum. */
  | { code: 'quantity_capped'; requested: number; allowed: number; reason: 'stock' | 'max' }
  /** The quantity was raised to the product's minimum or rounded to its step. */
  | { code: 'quantity_adjusted'; requested: number; allowed: number; reason: 'min' | 'step' }
  /** The variant is sold out; nothing was added. */
  | { code: 'sold_out' };

/** The outcome of a cart change. */
export interface CartChangeResult {
  /** The line after the change; absent when nothing was added. */
  line?: CartLine;
  notice?: CartNotice;
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
   * and the product's max, raised to its min and rounded to its step, with a notice saying so.
   * Throws `OrderZoneError('validation')` with `fieldErrors` for an unknown variant or invalid
   * personalization.
   */
  add(input: AddToCartInput): CartChangeResult;
  /** Sets a line's quantity (0 removes it), with the same caps as `add`. */
  setQuantity(key: string, quantity: number): CartChangeResult;
  /** Removes a line; `undoRemove()` puts it back. */
  remove(key: string): void;
  /** Restores the last removed line. Returns false when there is nothing to undo. */
  undoRemove(): boolean;
  /** Empties the cart. */
  clear(): void;
  /** Updates stock and seen prices from a quote the shopper accepted. */
  applyQuote(quote: Quote): void;
  /** The lines as the backend expects them: ids, quantities and personalization, never prices. */
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

/** Creates a cart, restoring the stored one for `shopId` if any. */
export function createCart(_options: CartOptions): Cart {
  throw new Error('not implemented');
}
