/**
 * The sentences for a {@link CartNotice} and for what an add to the cart amounted to
 * ({@link CartAddResult}), from the core's `cart.*` messages.
 *
 * @module
 */
import type { CartAddResult, CartNotice } from '@orderzone/core';

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

/**
 * Why an add put fewer units in the cart than asked, or none, as the core's outcome says:
 * `capped` → "You can order at most 5 of this item, so your cart now has 5."; `refused` by a limit
 * the cart already reaches → "… your cart already has 5, so nothing was added."; any other notice
 * as {@link describeCartNotice} says it. Empty when there is nothing to add to "Added to your cart".
 */
export function describeCartAdd(result: CartAddResult, t: Translate): string {
  const notice = result.notice;
  if (!notice) return '';
  if (notice.code === 'quantity_capped' && result.outcome !== 'added') {
    return t(`cart.add_${result.outcome}.${notice.reason}`, { allowed: notice.allowed });
  }
  if (notice.code === 'quantity_adjusted' && result.outcome === 'refused') return t(`cart.add_refused.${notice.reason}`, { allowed: notice.allowed });
  return describeCartNotice(notice, t);
}
