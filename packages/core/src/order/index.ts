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
export * from './order/order-number.ts';
export * from './order/order-lookup.ts';
export * from './order/return-photo-limits.ts';
export * from './order/order-lifecycle.ts';
export * from './order/after-sales.ts';
export * from './order/order-watch.ts';
export * from './order/payment-watch.ts';
export * from './order/order-actions.ts';
export * from './order/refusal-quote.ts';
