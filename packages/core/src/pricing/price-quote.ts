/**
 * Pure pricing functions: line totals, bulk tiers, coupons, shipping, tax and the grand total, each
 * step returned as a line a UI can show. A backend prices quotes with `priceQuote()`; the embedded
 * backend and the test server both do, so the rules exist once.
 *
 * @module
 */
import type { LocalizedText, Product } from '../catalog/catalog-schema.ts';
import type { Money } from '../money/money.ts';
import type { Destination, Quote, QuoteRequest } from '../order/order-schema.ts';

/** A coupon a merchant offers. */
export interface Coupon {
  code: string;
  label: LocalizedText;
  /** `percentage` takes `basisPoints` (1000 = 10 %); `fixed` takes `amount`. */
  type: 'percentage' | 'fixed';
  basisPoints?: number;
  amount?: Money;
  /** Subtotal needed for the coupon to apply. */
  minSpend?: Money;
  /** ISO 8601; after it the coupon is `expired`. */
  expiresAt?: string;
}

/** A shipping rate a merchant offers. */
export interface ShippingRate {
  id: string;
  label: LocalizedText;
  price: Money;
  estimate?: LocalizedText;
  /** From this subtotal (after discounts) on, shipping is free. */
  freeFrom?: Money;
  /** Countries served (ISO alpha-2); all when absent. */
  countries?: string[];
}

/** How tax applies. */
export interface TaxRule {
  label: LocalizedText;
  /** Rate in basis points (1300 = 13 %). */
  basisPoints: number;
  /** True when catalog prices already include the tax (CN VAT, EU VAT); false to add it on top (US sales tax). */
  inclusive: boolean;
  /** Countries it applies to (ISO alpha-2); all when absent. */
  countries?: string[];
}

/** A merchant's pricing configuration. */
export interface PricingRules {
  currency: string;
  coupons: Coupon[];
  shippingRates: ShippingRate[];
  tax?: TaxRule;
}

/** Looks up products by id, for pricing. */
export type ProductLookup = (productId: string) => Product | undefined;

/**
 * The authoritative quote for a request: each line priced with `previewUnitPrice`, stock problems
 * marked, then coupon, shipping and tax as adjustments, and the total. Pure: same inputs, same quote.
 */
export function priceQuote(_request: QuoteRequest, _products: ProductLookup, _rules: PricingRules, _now: Date): Quote {
  throw new Error('not implemented');
}

/** The discount a coupon gives on a subtotal (a negative amount), or why it does not apply. */
export function applyCoupon(_subtotal: Money, _coupon: Coupon | undefined, _now: Date): { discount: Money; status: 'applied' | 'expired' | 'min_spend_not_met' | 'unknown' } {
  throw new Error('not implemented');
}

/** The shipping rates offered for a destination, with free-shipping thresholds applied to `subtotal`. */
export function shippingOptionsFor(_rates: readonly ShippingRate[], _subtotal: Money, _destination: Destination | undefined): { id: string; label: LocalizedText; price: Money; estimate?: LocalizedText }[] {
  throw new Error('not implemented');
}

/** The tax contained in (inclusive) or to add to (exclusive) an amount. */
export function computeTax(_taxable: Money, _rule: TaxRule): Money {
  throw new Error('not implemented');
}
