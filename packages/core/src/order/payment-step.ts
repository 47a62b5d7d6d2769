/**
 * The payment step after an order was placed, as the storefront shows it: the order and its payment
 * status fetched through the zone (with this browser's proof of access and the zone's locale), so a
 * view never talks to the backend adapter itself. Which card the shopper sees (a total to accept,
 * "payment received", nothing to do, or the way to pay) is `payment-card.ts`'s, re-exported here.
 *
 * @module
 */
import type { LoadedZone } from '../zone/order-zone.ts';
import type { Order } from './order-schema.ts';
import { watchPayment, type PaymentWatch, type PaymentWatchOptions } from './payment-watch.ts';

export { paymentCard, type PaymentCard } from './payment-card.ts';

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
