/**
 * Rules about one product that both the backend and the UI need: which variant a set of option
 * choices selects, which option values are sold out, whether personalization is valid, and the
 * unit price a shopper will see for a variant, quantity and personalization.
 *
 * @module
 */
import type { FieldError } from '../errors.ts';
import type { Money } from '../money/money.ts';
import type { Product, StockLevel, Variant } from './catalog-schema.ts';

/** Stock at or below this many units shows as "only N left". */
export const LOW_STOCK_THRESHOLD = 5;

/** The variant whose options match `selected` exactly, if any. */
export function findVariant(_product: Product, _selected: Record<string, string>): Variant | undefined {
  throw new Error('not implemented');
}

/**
 * For each option group, the values that cannot be chosen given the other groups' current choices
 * (every variant with that value is sold out or does not exist).
 */
export function unavailableOptionValues(_product: Product, _selected: Record<string, string>): Record<string, string[]> {
  throw new Error('not implemented');
}

/** Stock level of a variant (untracked stock counts as in stock). */
export function stockLevel(_variant: Variant): StockLevel {
  throw new Error('not implemented');
}

/** Problems with personalization values (`required`, `too_long` with `{ max }`, `invalid_choice`); field paths are `personalization.<fieldId>`. */
export function validatePersonalization(_product: Product, _values: Record<string, string>): FieldError[] {
  throw new Error('not implemented');
}

/** The price a shopper sees for one unit, before coupons, shipping and tax. */
export interface UnitPricePreview {
  /** After the bulk tier for `quantity` and personalization surcharges. */
  unitPrice: Money;
  /** Without the bulk tier (equals `unitPrice` when no tier applies). */
  listUnitPrice: Money;
  /** The variant's compare-at ("was") price when higher than its price. */
  compareAtPrice?: Money;
  /** `unitPrice × quantity`. */
  total: Money;
  /** The next bulk tier, to tell the shopper "from 50 units: ¥8.00 each". */
  nextTier?: { minQuantity: number; unitPrice: Money };
}

/** The unit price of a variant for a quantity and personalization; the same function prices quotes. */
export function previewUnitPrice(_product: Product, _variantId: string, _quantity: number, _personalization: Record<string, string>): UnitPricePreview {
  throw new Error('not implemented');
}
