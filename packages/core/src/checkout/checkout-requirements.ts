/**
 * What an order needs beyond contact and payment (an address, a delivery option), from the cart's
 * lines or the backend's quote.
 *
 * @module
 */
import type { CartLine } from '../cart/cart-line.ts';
import { quoteLineFinder } from '../cart/cart-line-key.ts';
import type { Quote } from '../order/order-schema.ts';

/**
 * What an order needs beyond contact and payment. `address`: `shipping` when something is shipped,
 * `service` when only on-site services need one (a form says "Service address"), `none` for an
 * order of stays and seats only. `shippingOption`: whether a delivery option must be chosen.
 */
export interface CheckoutRequirements {
  address: 'shipping' | 'service' | 'none';
  shippingOption: boolean;
}

/**
 * The requirements of an order: from `quote` when it prices exactly these `lines` (the backend
 * decides), else from the lines themselves (goods ship; a time slot with `onSite` needs an
 * address). An empty cart requires everything, as before bookings existed.
 */
export function checkoutRequirements(lines: readonly CartLine[], quote?: Quote): CheckoutRequirements {
  if (quote && quote.lines.length === lines.length && lines.length > 0) {
    const find = quoteLineFinder(quote.lines);
    if (lines.every((line) => find(line) !== undefined)) {
      const shippingOption = quote.requiresShipping !== false;
      return { address: quote.requiresAddress === false ? 'none' : shippingOption ? 'shipping' : 'service', shippingOption };
    }
  }
  if (lines.length === 0 || lines.some((line) => !line.booking)) return { address: 'shipping', shippingOption: true };
  const onSite = lines.some((line) => line.bookingDetails?.type === 'time_slot' && line.bookingDetails.onSite);
  return { address: onSite ? 'service' : 'none', shippingOption: false };
}
