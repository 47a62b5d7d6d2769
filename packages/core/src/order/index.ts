/**
 * `@orderzone/core/orders`: what happens after an order is placed, for a storefront's order
 * views and for backends: the order lifecycle (statuses, the actions each allows, booking
 * windows), order numbers (making them, checking what a shopper typed), watching an order and its payment, the shopper's order actions (cancel, change the
 * address, refund, return with photos, edit an unpaid order, reschedule a booking), the refund
 * rule of requests by line (which units may be refunded or returned, what they give back) and the
 * limits on return photos. The main entry `@orderzone/core` exports their types only, so a page that only
 * sells carries none of this code.
 *
 * ```ts
 * import { createOrderActions, watchOrder } from '@orderzone/core/orders';
 * ```
 *
 * @packageDocumentation
 */
export * from './order-number.ts';
export * from './order-lookup.ts';
export * from './return-photo-limits.ts';
export { ORDER_TEXT_MAX_LENGTH, textLength } from './order-text.ts';
export * from './order-lifecycle.ts';
export * from './after-sales.ts';
export * from './order-watch.ts';
export * from './payment-watch.ts';
export * from './order-actions.ts';
export * from './refusal-quote.ts';
