/**
 * Rules about one product that both the backend and the UI need: which variant a set of option
 * choices selects, whether personalization is valid, and the unit price a shopper will see for a
 * variant, quantity and personalization (which option values are sold out: `option-availability.ts`).
 *
 * @module
 */
import { OrderZoneError, type FieldError } from '../errors.ts';
import { addMoney, compareMoney, multiplyMoney, type Money } from '../money/money.ts';
import type { BookableProduct, PersonalizationField, PriceTier, Product, StockLevel, Variant } from './catalog-schema.ts';
import { textLength } from '../order/text-length.ts';
import { checkQuantityAsked } from './quantity-rule.ts';

/** True for a product that is booked (time slot, stay, seats) rather than shipped. */
export function isBookable(product: Product): product is BookableProduct {
  return product.kind === 'time_slot' || product.kind === 'stay' || product.kind === 'seats';
}

/** Stock at or below this many units shows as "only N left". */
export const LOW_STOCK_THRESHOLD = 5;

/**
 * The variant whose options match `selected` exactly, if any: every option group of the product
 * must be chosen and equal the variant's value. Keys of `selected` that are not option groups of
 * the product are ignored. A product without option groups selects its first variant.
 */
export function findVariant(product: Product, selected: Record<string, string>): Variant | undefined {
  return product.variants.find((variant) =>
    product.optionGroups.every((group) => selected[group.id] !== undefined && variant.options[group.id] === selected[group.id]),
  );
}

/** Stock level of a variant (untracked stock counts as in stock). */
export function stockLevel(variant: Pick<Variant, 'stock'>): StockLevel {
  if (variant.stock === null) return 'in_stock';
  if (variant.stock <= 0) return 'out_of_stock';
  return variant.stock <= LOW_STOCK_THRESHOLD ? 'low_stock' : 'in_stock';
}

/**
 * The stock level of a product as a card shows it: the best level among its variants (in stock
 * when any variant is, few left when the best has few, sold out when every variant is).
 */
export function productStockLevel(product: Product): StockLevel {
  const levels = product.variants.map(stockLevel);
  if (levels.includes('in_stock')) return 'in_stock';
  if (levels.includes('low_stock')) return 'low_stock';
  return 'out_of_stock';
}

/**
 * The lowest price a product card shows and whether prices vary (so it reads "From ¥79"): a stay's
 * cheapest night of any room type (default, weekend and date prices), a seated event's cheapest
 * price zone, else the cheapest variant. Backends summarise products with it (`ProductSummary.price`
 * and `priceVaries`), and elements show a product's price before a variant is chosen with it.
 */
export function fromPrice(product: Product): { price: Money; varies: boolean } {
  let prices: Money[] = [];
  if (product.kind === 'stay') {
    prices = product.booking.roomTypes.flatMap(({ rules }) => [rules.defaultPrice, ...(rules.weekendPrice ? [rules.weekendPrice] : []), ...Object.values(rules.datePrices ?? {})]);
  } else if (product.kind === 'seats') {
    prices = product.booking.seatMap.zones.map((zone) => zone.price);
  }
  // Goods, and a booking without prices of its own, go by their variants' prices.
  if (prices.length === 0) prices = product.variants.map((variant) => variant.price);
  const lowest = prices.reduce((low, p) => (p.amount < low.amount ? p : low));
  return { price: lowest, varies: prices.some((p) => p.amount !== lowest.amount) };
}

/**
 * Problems with personalization values, in the product's field order, then unknown keys:
 * `required` (a required field is empty or only spaces), `too_long` with `{ max }` (text longer
 * than `maxLength` characters, counted as code points), `invalid_choice` (a choice field's value is
 * not one of its choice ids) and `unknown_field` (a key that is not a field of the product). Field
 * paths are `personalization.<fieldId>`. Empty optional fields are fine.
 */
export function validatePersonalization(product: Product, values: Record<string, string>): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of product.personalization) {
    const path = `personalization.${field.id}`;
    const value = values[field.id] ?? '';
    if (value.trim() === '') {
      if (field.required) errors.push({ field: path, code: 'required' });
      continue;
    }
    if (field.kind === 'choice') {
      if (!field.choices?.some((choice) => choice.id === value)) errors.push({ field: path, code: 'invalid_choice' });
    } else if (field.maxLength !== undefined && textLength(value) > field.maxLength) {
      errors.push({ field: path, code: 'too_long', params: { max: field.maxLength } });
    }
  }
  for (const key of Object.keys(values)) {
    if (!product.personalization.some((field) => field.id === key)) errors.push({ field: `personalization.${key}`, code: 'unknown_field' });
  }
  return errors;
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
  /**
   * The next bulk tier, to tell the shopper "from 50 units: ¥8.00 each". Its `unitPrice` includes
   * the same personalization surcharges as `unitPrice`, so it is what one unit would then cost.
   */
  nextTier?: { minQuantity: number; unitPrice: Money };
}

/** The surcharge one personalization value adds to the unit price, if any. */
function surchargeFor(field: PersonalizationField, value: string | undefined): Money | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (field.kind === 'text') return field.priceDelta;
  return field.choices?.find((choice) => choice.id === value)?.priceDelta;
}

/**
 * The unit price of a variant for a quantity and personalization; the same function prices quotes.
 *
 * - Bulk tier: the tier with the highest `minQuantity` not above `quantity` replaces the variant
 *   price (tiers may be listed in any order).
 * - Surcharges: a non-empty text field adds its `priceDelta`; a choice field adds the chosen
 *   choice's `priceDelta`. Unknown fields and unknown choices add nothing (see
 *   {@link validatePersonalization} for reporting them).
 *
 * @throws {@link OrderZoneError} `not_found` when the product has no variant `variantId`;
 *   `validation` when `quantity` is not a positive whole number or prices mix currencies.
 */
export function previewUnitPrice(product: Product, variantId: string, quantity: number, personalization: Record<string, string>): UnitPricePreview {
  const variant = product.variants.find((v) => v.id === variantId);
  if (!variant) {
    throw new OrderZoneError('not_found', `Product "${product.id}" has no variant "${variantId}".`, { details: { productId: product.id, variantId } });
  }
  checkQuantityAsked(quantity, 1);
  const tiers: PriceTier[] = [...(variant.priceTiers ?? [])].sort((a, b) => a.minQuantity - b.minQuantity);
  const tier = tiers.filter((t) => t.minQuantity <= quantity).pop();
  const nextTier = tiers.find((t) => t.minQuantity > quantity);

  let surcharge: Money = { amount: 0, currency: variant.price.currency };
  for (const field of product.personalization) {
    const delta = surchargeFor(field, personalization[field.id]);
    if (delta) surcharge = addMoney(surcharge, delta);
  }

  const listUnitPrice = addMoney(variant.price, surcharge);
  const unitPrice = tier ? addMoney(tier.unitPrice, surcharge) : listUnitPrice;
  const preview: UnitPricePreview = { unitPrice, listUnitPrice, total: multiplyMoney(unitPrice, quantity) };
  if (variant.compareAtPrice && compareMoney(variant.compareAtPrice, variant.price) > 0) {
    preview.compareAtPrice = variant.compareAtPrice;
  }
  if (nextTier) preview.nextTier = { minQuantity: nextTier.minQuantity, unitPrice: addMoney(nextTier.unitPrice, surcharge) };
  return preview;
}
