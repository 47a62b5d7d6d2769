/**
 * The version of the stored cart's format, shared by the cart (`stored-cart.ts`) and the count read
 * before the cart's code loads (`stored-item-count.ts`).
 *
 * @module
 */

/** The version of the stored format written by this code. Lines written before bookings existed simply have no booking fields. */
export const STORED_CART_VERSION = 1;
