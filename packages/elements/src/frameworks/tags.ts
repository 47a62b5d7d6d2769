// Generated from custom-elements.json by `npm run manifest -w @orderzone/elements`: do not edit.
/**
 * Every tag OrderZone registers, from its Custom Elements Manifest.
 *
 * @module
 */

/** Every OrderZone tag. */
export const ORDERZONE_TAGS = ['add-to-cart-button', 'book-button', 'booking-picker', 'cart-button', 'cart-count', 'cart-panel', 'checkout-button', 'checkout-form', 'order-confirmation', 'order-detail', 'order-help', 'order-list', 'order-lookup', 'order-zone', 'product-availability', 'product-detail', 'product-picker', 'product-price', 'product-recommendations', 'quick-order', 'quote-requests', 'seat-picker', 'sign-in', 'stay-picker'] as const;

/** An OrderZone tag. */
export type OrderZoneTag = (typeof ORDERZONE_TAGS)[number];
