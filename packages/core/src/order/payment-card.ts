/**
 * Which card the payment step of an order shows, decided from the order alone: a module of its own,
 * so a view that only shows the card of a paid order does not load the payment watch with it.
 *
 * @module
 */
import type { TotalChange } from '../checkout/checkout.ts';
import { awaitsPayment, JUST_PAID_STATUSES } from './order-lifecycle.ts';
import type { Order, OrderStatus } from './order-schema.ts';

/**
 * The card of the payment step:
 * - `accept_total`: the order was placed at another total than the shopper confirmed, and nothing
 *   is paid before the shopper accepts it;
 * - `received`: the payment went through (the backend says `paid`, or `confirmed` for a booking,
 *   or this page saw it);
 * - `nothing_to_do`: the order needs no payment step (cash on delivery, paid already);
 * - `pay`: the order awaits payment ({@link awaitsPayment}): a link or a code to pay with;
 * - `none`: no card (the order moved on).
 */
export type PaymentCard = 'accept_total' | 'received' | 'nothing_to_do' | 'pay' | 'none';

/** The statuses an order is placed in, before anything else happened to it. */
const JUST_PLACED: ReadonlySet<OrderStatus> = new Set<OrderStatus>(['pending_payment', 'pending_shipment']);

/**
 * Which card the payment step of `order` shows. `totalChange` is the checkout's
 * `$totalChange`; `paidHere` is true once this page saw the payment go through (the order itself may
 * not say `paid` yet).
 */
export function paymentCard(order: Pick<Order, 'orderNumber' | 'status' | 'payment'>, totalChange?: TotalChange, paidHere = false): PaymentCard {
  if (totalChange && !totalChange.accepted && totalChange.orderNumber === order.orderNumber && JUST_PLACED.has(order.status)) return 'accept_total';
  if (paidHere || (order.payment.type !== 'none' && JUST_PAID_STATUSES.has(order.status))) return 'received';
  if (order.payment.type === 'none') return JUST_PLACED.has(order.status) ? 'nothing_to_do' : 'none';
  return awaitsPayment(order) ? 'pay' : 'none';
}
