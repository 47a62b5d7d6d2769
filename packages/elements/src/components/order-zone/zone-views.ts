/**
 * The views of `<order-zone>`: the element that shows each, and the parts of the zone it needs.
 *
 * @module
 */
import type { ZonePart } from '@orderzone/core';
import type { ZoneView } from '../../events/events.ts';
import type { OrderZoneTag } from '../../frameworks/tags.ts';

/** The element showing each view; loaded on demand where a build registers it lazily. */
export const VIEW_TAGS: Record<ZoneView, OrderZoneTag> = {
  browse: 'product-picker',
  product: 'product-detail',
  cart: 'cart-panel',
  checkout: 'checkout-form',
  confirmation: 'order-confirmation',
  order: 'order-detail',
  lookup: 'order-lookup',
  'sign-in': 'sign-in',
  orders: 'order-list',
  help: 'order-help',
};

/**
 * The parts of the zone each view's element needs, fetched along with the element (whose class
 * may not be loaded yet, so it cannot be asked). `zone-views.test.ts` checks that each element
 * loads exactly these.
 */
export const VIEW_PARTS: Partial<Record<ZoneView, ZonePart[]>> = {
  product: ['bookings'],
  cart: ['checkout', 'bookings'],
  checkout: ['checkout', 'bookings'],
  confirmation: ['checkout'],
  order: ['checkout'],
  lookup: ['checkout'],
  'sign-in': ['account'],
  orders: ['account'],
};
