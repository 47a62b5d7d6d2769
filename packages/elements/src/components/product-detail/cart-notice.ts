/**
 * The sentence for a {@link CartNotice}, from the core's `cart.*` messages.
 *
 * @module
 */
import type { CartNotice } from '@orderzone/core';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** "Only 3 in stock, so your quantity was reduced to 3.", "This booking is already in your cart." and the like. */
export function describeCartNotice(notice: CartNotice, t: Translate): string {
  switch (notice.code) {
    case 'sold_out':
      return t('cart.sold_out');
    case 'booking_already_in_cart':
      return t('cart.booking_already_in_cart');
    case 'booking_quantity_fixed':
      return t('cart.booking_quantity_fixed', { requested: notice.requested });
    case 'booking_unavailable':
      return t('cart.booking_unavailable');
    default:
      return t(`cart.${notice.code}.${notice.reason}`, { requested: notice.requested, allowed: notice.allowed });
  }
}
