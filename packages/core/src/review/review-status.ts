/**
 * When an order can be reviewed: its own module, so that an order page can decide whether to offer
 * reviews without loading the review rules.
 *
 * @module
 */
import type { Order, OrderStatus } from '../order/order-schema.ts';

/** The statuses in which an order's lines can be reviewed: the goods arrived, or the booking took place. */
export const REVIEWABLE_STATUSES: readonly OrderStatus[] = ['completed', 'fulfilled'];

/** True when the shopper may review (or edit the reviews of) `order`'s lines now. */
export function canReviewOrder(order: Pick<Order, 'status'>): boolean {
  return REVIEWABLE_STATUSES.includes(order.status);
}
