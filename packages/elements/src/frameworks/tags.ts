// Generated from custom-elements.json by `npm run manifest -w @orderzone/elements`: do not edit.
/**
 * Every tag OrderZone registers, from its Custom Elements Manifest.
 *
 * @module
 */

/** Every OrderZone tag. */
export const ORDERZONE_TAGS = ['booking-picker', 'cart-panel', 'checkout-form', 'order-confirmation', 'order-detail', 'order-help', 'order-list', 'order-lookup', 'order-zone', 'product-detail', 'product-picker', 'seat-picker', 'sign-in', 'stay-picker'] as const;

/** An OrderZone tag. */
export type OrderZoneTag = (typeof ORDERZONE_TAGS)[number];
