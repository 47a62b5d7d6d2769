/**
 * The order calls' part of the HTTP contract as the REST adapter needs it at run time: the method,
 * path and response schema of every call `order-calls.ts` makes (checkout, orders and what follows
 * them, bookings, sign-in, reviews), and, for the order's event stream, the event's name.
 * `rest-contract.ts` adds their documentation (summaries, parameters, errors, for the OpenAPI
 * document); the adapter's order calls load only this module, not the documentation (issue 16).
 * The headers they send and the availability query string are here too.
 *
 * @module
 */
import * as z from 'zod/mini';
import { AvailabilitySchema, HoldSchema, type AvailabilityRequest } from '../booking/booking-schema.ts';
import { IdSchema } from '../catalog/primitive-schemas.ts';
import { CheckoutOptionsSchema, OrderSchema, OrderWithAccessSchema, PaymentStatusSchema, QuoteSchema, SentCodeSchema, SessionSchema, UploadedPhotoSchema } from '../order/order-schema.ts';
import { OrderReviewListSchema, ReviewRecordSchema } from '../review/review-schema.ts';
import type { ORDER_CALLS } from './order-call-names.ts';
import type { RestRoute } from './rest-request.ts';

/** The header that carries an order submission's idempotency key. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** The header that carries an order's access token (see {@link OrderWithAccessSchema}) on every call on that order. */
export const ORDER_ACCESS_TOKEN_HEADER = 'Order-Access-Token';

/** The header that carries, on a resubmitted order, the id of the `verification_required` challenge it answers. */
export const VERIFICATION_ID_HEADER = 'Verification-Id';

/** The header that carries, on a resubmitted order, the one-time code of that challenge. */
export const VERIFICATION_CODE_HEADER = 'Verification-Code';

/** The value of an `Authorization` header carrying a session token. */
export function bearer(sessionToken: string): string {
  return `Bearer ${sessionToken}`;
}

/** The session token of an `Authorization: Bearer <token>` header, or `undefined` when there is none. */
export function bearerToken(header: string | null | undefined): string | undefined {
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** The names of the `GET /products/{productId}/availability` query parameters, in order. */
const AVAILABILITY_PARAMS = ['variantId', 'from', 'to', 'sessionId'] as const;

/** An availability request as the query string of `GET /products/{productId}/availability` (the product id goes in the path). */
export function availabilityToSearchParams(request: AvailabilityRequest): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of AVAILABILITY_PARAMS) {
    const value = request[name];
    if (value !== undefined && value !== '') params.set(name, value);
  }
  return params;
}

/** The availability request of a product id and a query string, not yet validated. */
export function availabilityFromSearchParams(productId: string, params: URLSearchParams): Record<string, unknown> {
  const request: Record<string, unknown> = { productId };
  for (const name of AVAILABILITY_PARAMS) {
    const value = params.get(name);
    if (value !== null) request[name] = value;
  }
  return request;
}

/** `GET /me/orders`: the signed-in shopper's orders, newest first. */
export const OrderListSchema = z.object({ orders: z.array(OrderSchema) });
export type OrderList = z.infer<typeof OrderListSchema>;

/** `DELETE /auth/sessions/current`: whether there was a session to end (`false` for an unknown or expired token: not an error). */
export const SignOutResultSchema = z.object({ signedOut: z.boolean() });
export type SignOutResult = z.infer<typeof SignOutResultSchema>;

/** `DELETE /holds/{holdId}`: whether a hold was there to release (`false` for unknown or lapsed ids: not an error). */
export const HoldReleaseSchema = z.object({ id: IdSchema, released: z.boolean() });
export type HoldRelease = z.infer<typeof HoldReleaseSchema>;

/** The endpoints of the order calls, keyed by the `BackendAdapter` method they serve (documented in `REST_ENDPOINTS`). */
export const ORDER_ROUTES = {
  getCheckoutOptions: { method: 'GET', path: '/checkout-options', response: CheckoutOptionsSchema },
  quote: { method: 'POST', path: '/quotes', response: QuoteSchema },
  submitOrder: { method: 'POST', path: '/orders', response: OrderWithAccessSchema },
  lookupOrder: { method: 'POST', path: '/order-lookups', response: OrderWithAccessSchema },
  getOrder: { method: 'GET', path: '/orders/{orderNumber}', response: OrderSchema },
  watchOrder: { method: 'GET', path: '/orders/{orderNumber}/events', response: OrderSchema, eventStream: { event: 'order' } },
  getPaymentStatus: { method: 'GET', path: '/orders/{orderNumber}/payment', response: PaymentStatusSchema },
  cancelOrder: { method: 'POST', path: '/orders/{orderNumber}/cancel', response: OrderSchema },
  changeShippingAddress: { method: 'PUT', path: '/orders/{orderNumber}/shipping-address', response: OrderSchema },
  requestRefund: { method: 'POST', path: '/orders/{orderNumber}/refund-requests', response: OrderSchema },
  uploadReturnPhoto: { method: 'POST', path: '/orders/{orderNumber}/return-photos', response: UploadedPhotoSchema },
  requestReturn: { method: 'POST', path: '/orders/{orderNumber}/return-requests', response: OrderSchema },
  getAvailability: { method: 'GET', path: '/products/{productId}/availability', response: AvailabilitySchema },
  placeHold: { method: 'POST', path: '/holds', response: HoldSchema },
  releaseHold: { method: 'DELETE', path: '/holds/{holdId}', response: HoldReleaseSchema },
  editOrder: { method: 'PUT', path: '/orders/{orderNumber}/lines', response: OrderSchema },
  rescheduleBooking: { method: 'POST', path: '/orders/{orderNumber}/reschedules', response: OrderSchema },
  requestSignInCode: { method: 'POST', path: '/auth/codes', response: SentCodeSchema },
  verifySignInCode: { method: 'POST', path: '/auth/sessions', response: SessionSchema },
  signOut: { method: 'DELETE', path: '/auth/sessions/current', response: SignOutResultSchema },
  listOrders: { method: 'GET', path: '/me/orders', response: OrderListSchema },
  resendVerificationCode: { method: 'POST', path: '/verifications/{challengeId}/resend', response: SentCodeSchema },
  listOrderReviews: { method: 'GET', path: '/orders/{orderNumber}/reviews', response: OrderReviewListSchema },
  writeReview: { method: 'PUT', path: '/orders/{orderNumber}/reviews/{lineIndex}', response: ReviewRecordSchema },
} as const satisfies Record<(typeof ORDER_CALLS)[number], RestRoute & { eventStream?: { event: string } }>;
