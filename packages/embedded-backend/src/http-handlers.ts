/**
 * The OrderZone HTTP contract served by an {@link OrderEngine} through msw request handlers, so the
 * REST adapter can be tested and demonstrated against the same order rules the embedded backend
 * applies:
 *
 * ```ts
 * import { setupServer } from 'msw/node';
 * const server = setupServer(...createHttpHandlers(createOrderEngine({ seed: demoShop }), { baseUrl: 'https://shop.test/api' }));
 * ```
 *
 * Errors answer the contract's error body with the status of `statusForErrorCode()`.
 *
 * @module
 */
import { http, HttpResponse, delay, type JsonBodyType, type RequestHandler } from 'msw';
import { OrderZoneError, isOrderZoneError } from '@orderzone/core';
import type { Address, AvailabilityRequest, CatalogQuery, OrderAccess, OrderLookupRequest, OrderRequest, PlaceHoldRequest, QuoteRequest, RefundRequest, ReturnRequest } from '@orderzone/core';
import type { EditOrderRequest, RescheduleBookingRequest } from '@orderzone/core';
import type { SignInCodeRequest, SignInRequest } from '@orderzone/core/rest';
import {
  IDEMPOTENCY_KEY_HEADER, ORDER_ACCESS_TOKEN_HEADER, REST_ENDPOINTS, VERIFICATION_CODE_HEADER, VERIFICATION_ID_HEADER, availabilityFromSearchParams, bearerToken, catalogQueryFromSearchParams, errorBodyFor,
  statusForErrorCode,
} from '@orderzone/core/rest';
import type { OrderEngine } from './order-engine.ts';
import type { Caller } from './order-access.ts';
import { checkReturnPhoto, storedPhotoUrl } from './return-photos.ts';

export interface HttpHandlersOptions {
  /** The base URL the handlers answer under, e.g. `https://shop.test/api`. */
  baseUrl: string;
  /** Simulated latency in ms before each answer. Default 0. */
  latencyMs?: number;
}

/** An HTTP response for any failure: the error body and status of an `OrderZoneError`, else `500 server`. */
export function errorResponse(error: unknown): Response {
  const failure = isOrderZoneError(error)
    ? error
    : new OrderZoneError('server', `The order engine failed: ${error instanceof Error ? error.message : String(error)}`);
  const headers: Record<string, string> = {};
  if (failure.code === 'rate_limited' && failure.retryAfterSeconds !== undefined) headers['Retry-After'] = String(Math.ceil(failure.retryAfterSeconds));
  return HttpResponse.json(errorBodyFor(failure) as JsonBodyType, { status: statusForErrorCode(failure.code), headers });
}

async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch (error) {
    throw new OrderZoneError('validation', 'The request body is not JSON.', { fieldErrors: [{ field: 'body', code: 'invalid' }], cause: error });
  }
}

/**
 * The error response of a photo upload: `413` for a photo too large and `415` for a wrong type, as
 * an HTTP server would answer them, with the contract's error body; anything else as usual.
 */
function photoErrorResponse(error: unknown): Response {
  const response = errorResponse(error);
  const code = isOrderZoneError(error) && error.code === 'validation' ? error.fieldErrors[0]?.code : undefined;
  if (code !== 'photo_too_large' && code !== 'photo_type') return response;
  return new Response(response.body, { status: code === 'photo_too_large' ? 413 : 415, headers: response.headers });
}

/** `/products/{productId}` → `/products/:productId` (msw's path syntax). */
function mswPath(baseUrl: string, template: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${template.replace(/\{(\w+)\}/g, ':$1')}`;
}

/** msw handlers implementing every endpoint of the contract over `engine`. */
export function createHttpHandlers(engine: OrderEngine, options: HttpHandlersOptions): RequestHandler[] {
  const url = (template: string) => mswPath(options.baseUrl, template);
  const latencyMs = options.latencyMs ?? 0;

  /** Runs `answer` and turns what it returns into JSON and what it throws into the error body. */
  const respond = async (answer: () => unknown, status = 200): Promise<Response> => {
    if (latencyMs > 0) await delay(latencyMs);
    try {
      return HttpResponse.json((await answer()) as JsonBodyType, { status });
    } catch (error) {
      return errorResponse(error);
    }
  };
  /** The order's access token and the bearer session token as order access (empty when absent, which opens no order). */
  const access = (request: Request): OrderAccess => {
    const accessToken = request.headers.get(ORDER_ACCESS_TOKEN_HEADER) ?? undefined;
    const sessionToken = bearerToken(request.headers.get('Authorization'));
    return { ...(accessToken ? { accessToken } : {}), ...(sessionToken === undefined ? {} : { sessionToken }) };
  };
  /** Who calls, for the limits on wrong guesses: the first `X-Forwarded-For` address, else one client for all (these test handlers trust the header; a real server trusts it only from its own proxy). */
  const caller = (request: Request): Caller => {
    const forwarded = request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim();
    return forwarded ? { clientId: forwarded } : {};
  };
  /** The bearer session token, or `unauthorized` when the request carries none. */
  const requireToken = (request: Request, label: string): string => {
    const token = bearerToken(request.headers.get('Authorization'));
    if (token === undefined) throw new OrderZoneError('unauthorized', `${label} needs an Authorization: Bearer <session token> header.`);
    return token;
  };
  /** The `Verification-Id` and `Verification-Code` headers of a resubmitted order, when both are there. */
  const verification = (request: Request): { id: string; code: string } | undefined => {
    const id = request.headers.get(VERIFICATION_ID_HEADER);
    const code = request.headers.get(VERIFICATION_CODE_HEADER);
    if (id === null && code === null) return undefined;
    if (!id || !code) {
      throw new OrderZoneError('validation', `A verification needs both the ${VERIFICATION_ID_HEADER} and the ${VERIFICATION_CODE_HEADER} header.`, {
        fieldErrors: [{ field: 'verification.code', code: 'required' }],
      });
    }
    return { id, code };
  };
  const param = (value: string | readonly string[] | undefined): string => (typeof value === 'string' ? value : (value?.[0] ?? ''));

  const e = REST_ENDPOINTS;
  return [
    http.get(url(e.listCategories.path), () => respond(() => ({ categories: engine.listCategories() }))),
    http.get(url(e.searchProducts.path), ({ request }) =>
      respond(() => engine.searchProducts(catalogQueryFromSearchParams(new URL(request.url).searchParams) as CatalogQuery)),
    ),
    http.get(url(e.getProduct.path), ({ params }) => respond(() => engine.getProduct(param(params.productId)))),
    http.get(url(e.getCheckoutOptions.path), () => respond(() => engine.getCheckoutOptions())),
    http.post(url(e.quote.path), ({ request }) => respond(async () => engine.quote((await jsonBody(request)) as QuoteRequest))),
    http.post(url(e.submitOrder.path), ({ request }) =>
      respond(async () => {
        const key = request.headers.get(IDEMPOTENCY_KEY_HEADER) ?? '';
        if (key.trim() === '') {
          throw new OrderZoneError('validation', `POST /orders needs an ${IDEMPOTENCY_KEY_HEADER} header.`, { fieldErrors: [{ field: IDEMPOTENCY_KEY_HEADER, code: 'required' }] });
        }
        return engine.submitOrder((await jsonBody(request)) as OrderRequest, key, verification(request));
      }, e.submitOrder.status),
    ),
    http.post(url(e.lookupOrder.path), ({ request }) => respond(async () => engine.lookupOrder((await jsonBody(request)) as OrderLookupRequest, caller(request)))),
    http.get(url(e.getOrder.path), ({ request, params }) => respond(() => engine.getOrder(param(params.orderNumber), access(request), caller(request)))),
    http.get(url(e.getPaymentStatus.path), ({ request, params }) => respond(() => engine.getPaymentStatus(param(params.orderNumber), access(request), caller(request)))),
    http.post(url(e.cancelOrder.path), ({ request, params }) => respond(() => engine.cancelOrder(param(params.orderNumber), access(request), caller(request)))),
    http.put(url(e.changeShippingAddress.path), ({ request, params }) =>
      respond(async () => engine.changeShippingAddress(param(params.orderNumber), access(request), (await jsonBody(request)) as Address, caller(request))),
    ),
    http.post(url(e.requestRefund.path), ({ request, params }) =>
      respond(async () => engine.requestRefund(param(params.orderNumber), access(request), (await jsonBody(request)) as RefundRequest, caller(request))),
    ),
    http.post(url(e.uploadReturnPhoto.path), async ({ request, params }) => {
      if (latencyMs > 0) await delay(latencyMs);
      try {
        const contentType = request.headers.get('Content-Type') ?? '';
        const declared = Number(request.headers.get('Content-Length') ?? Number.NaN);
        // Refuse by the headers before reading the body, as a server with an upload limit does.
        checkReturnPhoto({ contentType, bytes: Number.isFinite(declared) ? declared : 0 });
        const photo = new Blob([await request.arrayBuffer()], { type: contentType });
        const orderNumber = param(params.orderNumber);
        const stored = await storedPhotoUrl(photo);
        try {
          return HttpResponse.json(engine.uploadReturnPhoto(orderNumber, access(request), { contentType, bytes: photo.size, url: stored }, caller(request)), { status: e.uploadReturnPhoto.status });
        } catch (error) {
          if (stored.startsWith('blob:')) URL.revokeObjectURL(stored);
          throw error;
        }
      } catch (error) {
        return photoErrorResponse(error);
      }
    }),
    http.post(url(e.requestReturn.path), ({ request, params }) =>
      respond(async () => engine.requestReturn(param(params.orderNumber), access(request), (await jsonBody(request)) as ReturnRequest, caller(request))),
    ),
    http.get(url(e.getAvailability.path), ({ request, params }) =>
      respond(() => engine.getAvailability(availabilityFromSearchParams(param(params.productId), new URL(request.url).searchParams) as AvailabilityRequest)),
    ),
    http.post(url(e.placeHold.path), ({ request }) => respond(async () => engine.placeHold((await jsonBody(request)) as PlaceHoldRequest), e.placeHold.status)),
    http.delete(url(e.releaseHold.path), ({ params }) => respond(() => ({ id: param(params.holdId), released: engine.releaseHold(param(params.holdId)) }))),
    http.put(url(e.editOrder.path), ({ request, params }) =>
      respond(async () => engine.editOrder(param(params.orderNumber), access(request), (await jsonBody(request)) as EditOrderRequest, caller(request))),
    ),
    http.post(url(e.rescheduleBooking.path), ({ request, params }) =>
      respond(async () => engine.rescheduleBooking(param(params.orderNumber), access(request), (await jsonBody(request)) as RescheduleBookingRequest, caller(request))),
    ),
    http.post(url(e.requestSignInCode.path), ({ request }) =>
      respond(async () => engine.requestSignInCode((await jsonBody(request)) as SignInCodeRequest), e.requestSignInCode.status),
    ),
    http.post(url(e.verifySignInCode.path), ({ request }) =>
      respond(async () => engine.verifySignInCode((await jsonBody(request)) as SignInRequest), e.verifySignInCode.status),
    ),
    http.delete(url(e.signOut.path), ({ request }) => respond(() => ({ signedOut: engine.signOut(requireToken(request, 'DELETE /auth/sessions/current')) }))),
    http.get(url(e.listOrders.path), ({ request }) => respond(() => ({ orders: engine.listOrders(requireToken(request, 'GET /me/orders')) }))),
    http.post(url(e.resendVerificationCode.path), ({ params }) =>
      respond(() => engine.resendVerificationCode(param(params.challengeId)), e.resendVerificationCode.status),
    ),
  ];
}
