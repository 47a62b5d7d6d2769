/**
 * The sentence for a {@link CartNotice}, from the core's `cart.*` messages.
 *
 * @module
 */
import type { CartNotice } from '@orderzone/core';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** "Only 3 in stock, so your quantity was reduced to 3." and the like. */
export function describeCartNotice(notice: CartNotice, t: Translate): string {
  if (notice.code === 'sold_out') return t('cart.sold_out');
  return t(`cart.${notice.code}.${notice.reason}`, { requested: notice.requested, allowed: notice.allowed });
}
