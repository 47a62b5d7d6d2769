/**
 * `@orderzone/core`: the framework-agnostic heart of OrderZone: money, catalog, cart, pricing,
 * checkout and the backend adapter interface. No rendering; runs in browsers and in Node.
 *
 * This entry carries no schema library at run time: the wire model's types are exported here, its
 * `zod/mini` schemas (for adapters that validate what crosses the wire) from `@orderzone/core/schemas`.
 * Keep it that way: export a `*-schema.ts` file here with `export type *` only.
 *
 * The parts a zone loads on demand (`zone.load('checkout')`) have entries of their own, their types
 * exported here: `@orderzone/core/checkout` (the checkout and its field rules),
 * `@orderzone/core/bookings` (the booking client, slot generation and change windows) and
 * `@orderzone/core/account` (sign-in with one-time codes). The booking rules (prices, dates, time
 * zones, seat maps) are in `@orderzone/core/bookings` too: the cart fetches the price rules when a
 * booking line is added, so a shop that sells only goods never downloads them.
 *
 * Secondary parts have entries of their own, their types exported here too: what follows an order
 * (lifecycle, watching, order actions) from `@orderzone/core/orders`, the reference pricing engine
 * for backends from `@orderzone/core/pricing`, the message catalogs and translation from
 * `@orderzone/core/messages`.
 *
 * @packageDocumentation
 */
export * from './money/money.ts';
export * from './errors.ts';
export type * from './catalog/primitive-schemas.ts';
export type * from './catalog/catalog-schema.ts';
export * from './catalog/catalog-client.ts';
export * from './catalog/product-rules.ts';
export * from './catalog/option-facets.ts';
export * from './catalog/review-summary.ts';
export * from './catalog/product-summary.ts';
export * from './catalog/quantity-rule.ts';
export type * from './order/order-schema.ts';
export type * from './order/return-photo-limits.ts';
export type * from './order/order-number.ts';
export type * from './order/order-lookup.ts';
export type * from './order/order-lifecycle.ts';
export type * from './order/after-sales.ts';
export type * from './order/order-watch.ts';
export type * from './order/payment-watch.ts';
export type * from './order/order-actions.ts';
export * from './backend/backend-adapter.ts';
export * from './storage/key-value-storage.ts';
export * from './cart/cart.ts';
export type * from './pricing/price-quote.ts';
export type * from './checkout/checkout.ts';
export * from './i18n/locale.ts';
export * from './url/safe-url.ts';
export type * from './i18n/messages.ts';
export * from './zone/order-zone.ts';
export type * from './booking/booking-schema.ts';
export type * from './booking/booking-rules-schema.ts';
export type * from './booking/calendar-date.ts';
export type * from './booking/time-zone.ts';
export type * from './booking/time-slots.ts';
export type * from './booking/holds.ts';
export type * from './booking/stay-pricing.ts';
export type * from './booking/seat-map.ts';
export type * from './booking/booking-price.ts';
export type * from './booking/booking-windows.ts';
export type * from './booking/booking-client.ts';
export type * from './account/account.ts';
