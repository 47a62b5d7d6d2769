/**
 * Every call of the REST adapter but the catalog's: checkout options, quotes, orders and what
 * follows them, bookings. `createRestAdapter` loads this module (with the order and booking
 * schemas it validates answers with) by `import()` on the first such call, so a page that only
 * browses the catalog never downloads it.
 *
 * @module
 */
import type { OrderAccess } from '../backend/backend-adapter.ts';
import type { Availability } from '../booking/booking-schema.ts';
import { OrderZoneError, isOrderZoneError, type FieldError } from '../errors.ts';
import type { UploadedPhoto } from '../order/order-schema.ts';
import { RETURN_PHOTO_MAX_BYTES } from '../order/return-photo-limits.ts';
import { IDEMPOTENCY_KEY_HEADER, ORDER_ACCESS_TOKEN_HEADER, ORDER_ROUTES, VERIFICATION_CODE_HEADER, VERIFICATION_ID_HEADER, availabilityToSearchParams, bearer } from './order-routes.ts';
import type { OrderCalls } from './order-call-names.ts';
import type { RestRequest, RestRequestSettings } from './rest-request.ts';
import { readEventStream } from './event-stream.ts';
import { OrderSchema } from '../order/order-schema.ts';

/** The calls of `ORDER_CALLS` over `request` (and, for event streams, the adapter's `settings`). */
export function createOrderCalls(request: RestRequest, settings: RestRequestSettings): OrderCalls {
  return {
    getCheckoutOptions: (ctx) => request(ORDER_ROUTES.getCheckoutOptions, { ctx }),
    quote: (body, ctx) => request(ORDER_ROUTES.quote, { body, ctx }),
    async submitOrder(body, ctx) {
      const key = ctx?.idempotencyKey;
      if (typeof key !== 'string' || key.trim() === '') {
        throw new OrderZoneError('validation', 'submitOrder needs an idempotency key (ctx.idempotencyKey).', { fieldErrors: [{ field: 'idempotencyKey', code: 'required' }] });
      }
      const headers: Record<string, string> = { [IDEMPOTENCY_KEY_HEADER]: key };
      const verification = ctx.verification;
      if (verification !== undefined) {
        if (typeof verification?.id !== 'string' || verification.id === '' || typeof verification.code !== 'string' || verification.code === '') {
          throw new OrderZoneError('validation', 'ctx.verification needs the challenge id and the code.', { fieldErrors: [{ field: 'verification.code', code: 'required' }] });
        }
        headers[VERIFICATION_ID_HEADER] = verification.id;
        headers[VERIFICATION_CODE_HEADER] = verification.code;
      }
      return request(ORDER_ROUTES.submitOrder, { body, headers, ctx });
    },
    lookupOrder: (body, ctx) => request(ORDER_ROUTES.lookupOrder, { body, ctx }),
    getOrder: (orderNumber, access, ctx) => request(ORDER_ROUTES.getOrder, { pathParams: { orderNumber }, ...accessOf(access), ctx }),
    watchOrder(orderNumber, access, onOrder, ctx) {
      const route = ORDER_ROUTES.watchOrder;
      const label = `${route.method} ${route.path}`;
      return readEventStream(settings, route, { pathParams: { orderNumber }, ...accessOf(access), ...(ctx ? { ctx } : {}) }, (event) => {
        if (event.event !== (route.eventStream?.event ?? 'order')) return;
        let json: unknown;
        try {
          json = JSON.parse(event.data);
        } catch {
          throw new OrderZoneError('bad_response', `${label} sent an order event that is not JSON.`);
        }
        const parsed = OrderSchema.safeParse(json);
        if (!parsed.success) throw new OrderZoneError('bad_response', `${label} sent an order that does not match the contract: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`.trim());
        onOrder(parsed.data);
      });
    },
    getPaymentStatus: (orderNumber, access, ctx) =>
      request(ORDER_ROUTES.getPaymentStatus, { pathParams: { orderNumber }, ...accessOf(access), ...(ctx?.refresh ? { query: new URLSearchParams({ refresh: 'true' }) } : {}), ctx }),
    cancelOrder: (orderNumber, access, ctx) => request(ORDER_ROUTES.cancelOrder, { pathParams: { orderNumber }, ...accessOf(access), ctx }),
    changeShippingAddress: (orderNumber, access, body, ctx) =>
      request(ORDER_ROUTES.changeShippingAddress, { pathParams: { orderNumber }, ...accessOf(access), body, ctx }),
    requestRefund: (orderNumber, access, body, ctx) => request(ORDER_ROUTES.requestRefund, { pathParams: { orderNumber }, ...accessOf(access), body, ctx }),
    async uploadReturnPhoto(orderNumber, access, photo, ctx) {
      const onProgress = ctx?.onProgress;
      onProgress?.(0);
      let uploaded: UploadedPhoto;
      try {
        uploaded = await request(ORDER_ROUTES.uploadReturnPhoto, {
          pathParams: { orderNumber },
          ...accessOf(access),
          rawBody: photo,
          ...(ctx ? { ctx } : {}),
        });
      } catch (error) {
        throw withPhotoFieldError(error);
      }
      onProgress?.(1);
      return uploaded;
    },
    requestReturn: (orderNumber, access, body, ctx) => request(ORDER_ROUTES.requestReturn, { pathParams: { orderNumber }, ...accessOf(access), body, ctx }),
    async getAvailability(asked, ctx) {
      const availability = await request(ORDER_ROUTES.getAvailability, { pathParams: { productId: asked.productId }, query: availabilityToSearchParams(asked), ctx });
      checkAvailabilityAnswer(asked.productId, asked.sessionId, availability);
      return availability;
    },
    placeHold: (body, ctx) => request(ORDER_ROUTES.placeHold, { body, ctx }),
    editOrder: (orderNumber, access, body, ctx) => request(ORDER_ROUTES.editOrder, { pathParams: { orderNumber }, ...accessOf(access), body, ctx }),
    rescheduleBooking: (orderNumber, access, body, ctx) =>
      request(ORDER_ROUTES.rescheduleBooking, { pathParams: { orderNumber }, ...accessOf(access), body, ctx }),
    async releaseHold(holdId, ctx) {
      await request(ORDER_ROUTES.releaseHold, { pathParams: { holdId }, ctx });
    },
    requestSignInCode: (body, ctx) => request(ORDER_ROUTES.requestSignInCode, { body, ctx }),
    verifySignInCode: (body, ctx) => request(ORDER_ROUTES.verifySignInCode, { body, ctx }),
    async signOut(sessionToken, ctx) {
      await request(ORDER_ROUTES.signOut, { headers: { Authorization: bearer(sessionToken) }, ctx });
    },
    async listOrders(sessionToken, ctx) {
      return (await request(ORDER_ROUTES.listOrders, { headers: { Authorization: bearer(sessionToken) }, ctx })).orders;
    },
    resendVerificationCode: (challengeId, ctx) => request(ORDER_ROUTES.resendVerificationCode, { pathParams: { challengeId }, ctx }),
    async listOrderReviews(orderNumber, access, ctx) {
      return (await request(ORDER_ROUTES.listOrderReviews, { pathParams: { orderNumber }, ...accessOf(access), ctx })).reviews;
    },
    writeReview: (orderNumber, access, lineIndex, body, ctx) =>
      request(ORDER_ROUTES.writeReview, { pathParams: { orderNumber, lineIndex: String(lineIndex) }, ...accessOf(access), body, ctx }),
  };
}

/**
 * `bad_response` when a well-formed availability answer is about another product or session than
 * the one asked for: a picker must never show another product's slots or seats.
 */
function checkAvailabilityAnswer(productId: string, sessionId: string | undefined, availability: Availability): void {
  const label = `${ORDER_ROUTES.getAvailability.method} ${ORDER_ROUTES.getAvailability.path}`;
  if (availability.productId !== productId) {
    throw new OrderZoneError('bad_response', `${label} answered with the availability of product "${availability.productId}", not of "${productId}" as asked.`);
  }
  if (availability.type === 'seats' && sessionId !== undefined && availability.sessionId !== sessionId) {
    throw new OrderZoneError('bad_response', `${label} answered with the seats of session "${availability.sessionId}", not of "${sessionId}" as asked.`);
  }
}

/**
 * A `413` or `415` answer without field errors (a proxy's own error page, say) as the field error a
 * form shows: `photos` `photo_too_large` or `photo_type`.
 */
function withPhotoFieldError(error: unknown): unknown {
  if (!isOrderZoneError(error) || error.code !== 'validation' || error.fieldErrors.length > 0) return error;
  const fieldError: FieldError | undefined =
    error.status === 413
      ? { field: 'photos', code: 'photo_too_large', params: { max: RETURN_PHOTO_MAX_BYTES / (1024 * 1024) } }
      : error.status === 415
        ? { field: 'photos', code: 'photo_type', params: { types: 'JPEG, PNG, WebP' } }
        : undefined;
  if (!fieldError) return error;
  return new OrderZoneError('validation', error.message, { status: error.status!, fieldErrors: [fieldError], details: error.details, cause: error.cause });
}

/**
 * What proves access to an order, as headers (never in the URL): the order's token as
 * `Order-Access-Token` and the session token as `Authorization: Bearer`, each when given.
 */
function accessOf(access: OrderAccess | undefined): { headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  if (access?.accessToken !== undefined) headers[ORDER_ACCESS_TOKEN_HEADER] = access.accessToken;
  if (access?.sessionToken !== undefined) headers.Authorization = bearer(access.sessionToken);
  return { headers };
}
