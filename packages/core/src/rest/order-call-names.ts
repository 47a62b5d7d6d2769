/**
 * Which calls of the REST adapter live in `order-calls.ts` (loaded on demand): every
 * `BackendAdapter` method it implements but the catalog's. Its own module so that the adapter can
 * forward them without importing `order-calls.ts` itself.
 *
 * @module
 */
import type { BackendAdapter } from '../backend/backend-adapter.ts';

/** The methods `createRestAdapter` forwards to `order-calls.ts`. */
export const ORDER_CALLS = [
  'getCheckoutOptions', 'quote', 'submitOrder', 'lookupOrder', 'getOrder', 'watchOrder', 'getPaymentStatus', 'cancelOrder', 'changeShippingAddress', 'requestRefund',
  'uploadReturnPhoto', 'requestReturn', 'getAvailability', 'placeHold', 'editOrder', 'rescheduleBooking', 'releaseHold',
  'requestSignInCode', 'verifySignInCode', 'signOut', 'listOrders', 'resendVerificationCode', 'listOrderReviews', 'writeReview',
] as const satisfies readonly (keyof BackendAdapter)[];

/** The methods named in {@link ORDER_CALLS}, as `order-calls.ts` implements them. */
export type OrderCalls = Pick<Required<BackendAdapter>, (typeof ORDER_CALLS)[number]>;
