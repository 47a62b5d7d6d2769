/**
 * `@orderzone/core/pricing`: the reference pricing engine for backends written in JavaScript (the
 * embedded demo backend uses it): coupons, shipping rates, tax and a whole quote from a quote
 * request. Storefronts never price themselves (a backend's quote is authoritative), so the main
 * entry `@orderzone/core` exports its types only.
 *
 * ```ts
 * import { priceQuote } from '@orderzone/core/pricing';
 * const quote = priceQuote(request, (id) => products.get(id), rules, new Date());
 * ```
 *
 * @packageDocumentation
 */
export { applyCoupon, computeTax, type Coupon, priceQuote, type PricingRules, type ProductLookup, shippingOptionsFor, type ShippingRate, type TaxRule, variantTitle } from './price-quote.ts';
export type { QuotedPrices } from './quoted-line-price.ts';
