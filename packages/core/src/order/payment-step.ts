/**
 * The payment step after an order was placed, as the storefront shows it: which card the shopper
 * sees (a total to accept, "payment received", nothing to do, or the way to pay), and the order and
 * its payment status fetched through the zone (with this browser's proof of access and the zone's
 * locale), so a view never talks to the backend adapter itself.
 *
 * @module
 */
import type { TotalChange } from '../checkout/checkout.ts';
import type { LoadedZone } from '../zone/order-zone.ts';
import { awaitsPayment, JUST_PAID_STATUSES } from './order-lifecycle.ts';
import type { Order, OrderStatus } from './order-schema.ts';
import { watchPayment, type PaymentWatch, type PaymentWatchOptions } from './payment-watch.ts';

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

/** What {@link fetchOrder} and {@link watchOrderPayment} need of a zone: a checkout (it keeps the proofs of access). */
export type OrderReadingZone = Pick<LoadedZone<'checkout'>, 'adapter' | 'checkout' | '$locale'>;

/** The order as the backend has it now, asked with this browser's proof of access, in the zone's language. */
export function fetchOrder(zone: OrderReadingZone, orderNumber: string, signal?: AbortSignal): Promise<Order> {
  return zone.adapter.getOrder(orderNumber, zone.checkout.orderAccess(orderNumber), { locale: zone.$locale.get(), ...(signal ? { signal } : {}) });
}

/** Watches the payment of an order ({@link watchPayment}) with this browser's proof of access. */
export function watchOrderPayment(zone: OrderReadingZone, orderNumber: string, options: PaymentWatchOptions): PaymentWatch {
  return watchPayment(zone.adapter, orderNumber, zone.checkout.orderAccess(orderNumber), options);
}
