/**
 * The OrderZone HTTP contract (`REST_ENDPOINTS` of `@orderzone/core/rest`) as one Hono app over an
 * {@link OrderService}: the single router of the contract. The msw test handlers
 * (`http-handlers.ts`) hand every request to it, and `@orderzone/server` mounts it under its base
 * path, so the two cannot answer differently.
 *
 * It reads what the contract says a request carries (path parameters, the catalog and availability
 * query strings, JSON bodies, the `Idempotency-Key` and `Verification-*` headers, order access from
 * `Order-Access-Token` or `Authorization: Bearer`, a return photo as the raw body), answers with the
 * contract's success statuses, and turns every failure into the contract's error body with the
 * status of `statusForErrorCode()` (`Retry-After` on `429`; `413` and `415` for a photo too large or
 * of another type, refused from its headers before the body is read).
 *
 * ```ts
 * const app = createContractApp(createOrderService(store), { storePhoto: async ({ bytes, contentType }) => saveSomewhere(bytes, contentType) });
 * new Hono().route('/api', app);
 * ```
 *
 * @module
 */
import type { SkuLookupRequest } from '@orderzone/core/schemas';
import { Hono, type Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { OrderZoneError, isOrderZoneError } from '@orderzone/core';
import type { Address, AvailabilityRequest, CatalogQuery, EditOrderRequest, Order, OrderAccess, OrderLookupRequest, OrderRequest, PlaceHoldRequest, QuoteRequest } from '@orderzone/core';
import type { RecommendationRequest, RefundRequest, RescheduleBookingRequest, ReturnRequest } from '@orderzone/core';
import { RETURN_PHOTO_MAX_BYTES, isTerminalStatus, parseOrderNumber } from '@orderzone/core/orders';
import {
  IDEMPOTENCY_KEY_HEADER, ORDER_ACCESS_TOKEN_HEADER, REST_ENDPOINTS, VERIFICATION_CODE_HEADER, VERIFICATION_ID_HEADER, availabilityFromSearchParams, bearerToken,
  catalogQueryFromSearchParams, errorBodyFor, statusForErrorCode, type RestOperation, type SignInCodeRequest, type SignInRequest,
} from '@orderzone/core/rest';
import type { OrderService } from './order-service.ts';
import type { Caller } from './order-access.ts';
import { checkReturnPhoto } from './return-photos.ts';
import { serveRfqs } from './rfq-app.ts';
import { routePattern } from './route-pattern.ts';

export { routePattern } from './route-pattern.ts';

/** A return photo as uploaded, before it is kept anywhere. */
export interface PhotoUpload {
  /** The order number from the path, as the shopper sent it. */
  orderNumber: string;
  /** The `Content-Type` of the upload (one of the contract's return-photo types). */
  contentType: string;
  /** The file. */
  bytes: Uint8Array;
}

/**
 * Where changes of orders are announced, for `GET /orders/{orderNumber}/events`. A server fans out
 * one database `LISTEN` to every open stream of its instance.
 */
export interface OrderChangeFeed {
  /**
   * Calls `listener` after every change of the order `orderNumber` (its canonical form, see
   * `parseOrderNumber`). Resolves, once changes are being followed, to a function that stops it.
   */
  subscribe(orderNumber: string, listener: () => void): Promise<() => void>;
  /** Aborted when the feed closes (the server stops): every open stream ends then. */
  readonly closed?: AbortSignal;
}

/** Options of {@link createContractApp}. */
export interface ContractAppOptions {
  /**
   * Who calls, for the engine's limits on wrong guesses (the client's address on a server).
   * Default: nobody in particular (`{}`), which the engine counts as one local client.
   */
  caller?: (c: Context) => Caller;
  /** Keeps an uploaded return photo and answers the URL it can be shown from. */
  storePhoto: (photo: PhotoUpload) => Promise<string>;
  /** Forgets a photo kept by `storePhoto` that the order then refused (not found, wrong status...). */
  discardPhoto?: (url: string) => void | Promise<void>;
  /** Serves `GET /orders/{orderNumber}/events` (optional in the contract) when given. */
  orderChanges?: OrderChangeFeed;
  /** Milliseconds between the comments that keep an idle event stream open. Default {@link EVENT_STREAM_HEARTBEAT_MS}. */
  heartbeatMs?: number;
  /**
   * The answer to a failure. Default {@link errorResponse}: the contract's error body of an
   * `OrderZoneError`, anything else `500 server`. A server answers a database outage `503` here.
   */
  onError?: (error: unknown, c: Context) => Response | Promise<Response>;
}

/** Every 25 s an idle event stream gets a comment line, so that proxies do not close it. */
export const EVENT_STREAM_HEARTBEAT_MS = 25_000;

/** The event that carries the order on `GET /orders/{orderNumber}/events`. */
export const ORDER_EVENT = 'order';

/**
 * An HTTP response for any failure: the error body and status of an `OrderZoneError` (with
 * `Retry-After` when it says how long to wait), anything else `500 server`.
 */
export function errorResponse(error: unknown): Response {
  const failure = isOrderZoneError(error)
    ? error
    : new OrderZoneError('server', `The order engine failed: ${error instanceof Error ? error.message : String(error)}`);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (failure.code === 'rate_limited' && failure.retryAfterSeconds !== undefined) headers['Retry-After'] = String(Math.ceil(failure.retryAfterSeconds));
  return new Response(JSON.stringify(errorBodyFor(failure)), { status: statusForErrorCode(failure.code), headers });
}

/** The status a refused photo upload answers: `413` too large, `415` wrong type; `undefined` for any other failure. */
export function photoRefusalStatus(error: unknown): 413 | 415 | undefined {
  const code = isOrderZoneError(error) && error.code === 'validation' ? error.fieldErrors[0]?.code : undefined;
  return code === 'photo_too_large' ? 413 : code === 'photo_type' ? 415 : undefined;
}

/** The order's access token and the bearer session token as order access (empty when absent, which opens no order). */
export function orderAccessOf(headers: Headers): OrderAccess {
  const accessToken = headers.get(ORDER_ACCESS_TOKEN_HEADER) ?? undefined;
  const sessionToken = bearerToken(headers.get('Authorization'));
  return { ...(accessToken ? { accessToken } : {}), ...(sessionToken === undefined ? {} : { sessionToken }) };
}

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch (error) {
    throw new OrderZoneError('validation', 'The request body is not JSON.', { fieldErrors: [{ field: 'body', code: 'invalid' }], cause: error });
  }
}

/** The bearer session token, or `unauthorized` when the request carries none. */
function requireToken(c: Context, label: string): string {
  const token = bearerToken(c.req.header('Authorization'));
  if (token === undefined) throw new OrderZoneError('unauthorized', `${label} needs an Authorization: Bearer <session token> header.`);
  return token;
}

/** The `Verification-Id` and `Verification-Code` headers of a resubmitted order, when both are there. */
function verificationOf(c: Context): { id: string; code: string } | undefined {
  const id = c.req.header(VERIFICATION_ID_HEADER);
  const code = c.req.header(VERIFICATION_CODE_HEADER);
  if (id === undefined && code === undefined) return undefined;
  if (!id || !code) {
    throw new OrderZoneError('validation', `A verification needs both the ${VERIFICATION_ID_HEADER} and the ${VERIFICATION_CODE_HEADER} header.`, {
      fieldErrors: [{ field: 'verification.code', code: 'required' }],
    });
  }
  return { id, code };
}

/**
 * The request body, refused (`photo_too_large`) as soon as it grows past `maxBytes`: a client that
 * sends no `Content-Length` (or a wrong one) cannot make the server read more.
 */
async function readPhoto(request: Request, contentType: string, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(await request.arrayBuffer());
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: some streams (msw's interceptor) settle the cancel only once the request is answered.
      void reader.cancel().catch(() => undefined);
      checkReturnPhoto({ contentType, bytes: size });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The app serving every endpoint of `REST_ENDPOINTS` over `service` (the optional
 * `GET /orders/{orderNumber}/events` only with `options.orderChanges`). Its routes are the
 * contract's paths (`/orders/:orderNumber`...): mount it under a base path.
 */
export function createContractApp(service: OrderService, options: ContractAppOptions): Hono {
  const app = new Hono();
  const caller = options.caller ?? (() => ({}));
  const onError = options.onError ?? ((error: unknown) => errorResponse(error));
  app.onError((error, c) => onError(error, c));

  const e = REST_ENDPOINTS;
  const path = (operation: RestOperation) => routePattern(e[operation].path);
  const orderNumberOf = (c: Context) => c.req.param('orderNumber') ?? '';
  const access = (c: Context) => orderAccessOf(c.req.raw.headers);

  app.get(path('listCategories'), async (c) => c.json({ categories: await service.listCategories() }));
  app.get(path('searchProducts'), async (c) => c.json(await service.searchProducts(catalogQueryFromSearchParams(new URL(c.req.url).searchParams) as CatalogQuery)));
  app.get(path('getProduct'), async (c) => c.json(await service.getProduct(c.req.param('productId') ?? '')));
  app.post(path('findSkus'), async (c) => c.json(await service.findSkus((await jsonBody(c)) as SkuLookupRequest)));
  app.get(path('getCheckoutOptions'), async (c) => c.json(await service.getCheckoutOptions()));
  app.post(path('quote'), async (c) => c.json(await service.quote((await jsonBody(c)) as QuoteRequest)));
  app.post(path('submitOrder'), async (c) => {
    const key = c.req.header(IDEMPOTENCY_KEY_HEADER) ?? '';
    if (key.trim() === '') {
      throw new OrderZoneError('validation', `POST /orders needs an ${IDEMPOTENCY_KEY_HEADER} header.`, { fieldErrors: [{ field: IDEMPOTENCY_KEY_HEADER, code: 'required' }] });
    }
    const verification = verificationOf(c);
    return c.json(await service.submitOrder((await jsonBody(c)) as OrderRequest, key, verification, caller(c)), e.submitOrder.status);
  });
  app.post(path('lookupOrder'), async (c) => c.json(await service.lookupOrder((await jsonBody(c)) as OrderLookupRequest, caller(c))));
  app.get(path('getOrder'), async (c) => c.json(await service.getOrder(orderNumberOf(c), access(c), caller(c))));
  app.get(path('getPaymentStatus'), async (c) =>
    c.json(await service.getPaymentStatus(orderNumberOf(c), access(c), caller(c), { refresh: c.req.query('refresh') === 'true' })),
  );
  app.post(path('cancelOrder'), async (c) => c.json(await service.cancelOrder(orderNumberOf(c), access(c), caller(c))));
  app.put(path('changeShippingAddress'), async (c) =>
    c.json(await service.changeShippingAddress(orderNumberOf(c), access(c), (await jsonBody(c)) as Address, caller(c))),
  );
  app.post(path('requestRefund'), async (c) => c.json(await service.requestRefund(orderNumberOf(c), access(c), (await jsonBody(c)) as RefundRequest, caller(c))));
  app.post(path('uploadReturnPhoto'), async (c) => {
    try {
      const contentType = c.req.header('Content-Type') ?? '';
      const declared = Number(c.req.header('Content-Length') ?? Number.NaN);
      // Refuse by the headers before reading the body, as a server with an upload limit does.
      checkReturnPhoto({ contentType, bytes: Number.isFinite(declared) ? declared : 0 });
      const bytes = await readPhoto(c.req.raw, contentType, RETURN_PHOTO_MAX_BYTES);
      const orderNumber = orderNumberOf(c);
      const url = await options.storePhoto({ orderNumber, contentType, bytes });
      try {
        return c.json(await service.uploadReturnPhoto(orderNumber, access(c), { contentType, bytes: bytes.byteLength, url }, caller(c)), e.uploadReturnPhoto.status);
      } catch (error) {
        await options.discardPhoto?.(url);
        throw error;
      }
    } catch (error) {
      const status = photoRefusalStatus(error);
      if (status === undefined) throw error;
      const response = errorResponse(error);
      return new Response(response.body, { status, headers: response.headers });
    }
  });
  app.post(path('requestReturn'), async (c) => c.json(await service.requestReturn(orderNumberOf(c), access(c), (await jsonBody(c)) as ReturnRequest, caller(c))));
  app.get(path('getAvailability'), async (c) =>
    c.json(await service.getAvailability(availabilityFromSearchParams(c.req.param('productId') ?? '', new URL(c.req.url).searchParams) as AvailabilityRequest)),
  );
  app.post(path('placeHold'), async (c) => c.json(await service.placeHold((await jsonBody(c)) as PlaceHoldRequest), e.placeHold.status));
  app.delete(path('releaseHold'), async (c) => {
    const id = c.req.param('holdId') ?? '';
    return c.json({ id, released: await service.releaseHold(id) });
  });
  app.put(path('editOrder'), async (c) => c.json(await service.editOrder(orderNumberOf(c), access(c), (await jsonBody(c)) as EditOrderRequest, caller(c))));
  app.post(path('rescheduleBooking'), async (c) =>
    c.json(await service.rescheduleBooking(orderNumberOf(c), access(c), (await jsonBody(c)) as RescheduleBookingRequest, caller(c))),
  );
  app.post(path('requestSignInCode'), async (c) => c.json(await service.requestSignInCode((await jsonBody(c)) as SignInCodeRequest), e.requestSignInCode.status));
  app.post(path('verifySignInCode'), async (c) => c.json(await service.verifySignInCode((await jsonBody(c)) as SignInRequest), e.verifySignInCode.status));
  app.delete(path('signOut'), async (c) => c.json({ signedOut: await service.signOut(requireToken(c, 'DELETE /auth/sessions/current')) }));
  app.get(path('listOrderReviews'), async (c) => c.json({ reviews: await service.listOrderReviews(orderNumberOf(c), access(c), caller(c)) }));
  app.put(path('writeReview'), async (c) =>
    c.json(await service.writeReview(orderNumberOf(c), access(c), Number(c.req.param('lineIndex') ?? Number.NaN), await jsonBody(c), caller(c))),
  );
  app.get(path('listOrders'), async (c) => c.json({ orders: await service.listOrders(requireToken(c, 'GET /me/orders')) }));
  app.post(path('resendVerificationCode'), async (c) =>
    c.json(await service.resendVerificationCode(c.req.param('challengeId') ?? ''), e.resendVerificationCode.status),
  );
  app.post(path('getRecommendations'), async (c) =>
    c.json(await service.recommend((await jsonBody(c)) as RecommendationRequest, bearerToken(c.req.header('Authorization')))),
  );
  // A signed-in shopper's browsing history (`viewed-products.ts`).
  app.get(path('listViewedProducts'), async (c) => c.json(await service.listViewedProducts(requireToken(c, 'GET /me/viewed-products'))));
  app.put(path('recordProductView'), async (c) =>
    c.json(await service.recordProductView(requireToken(c, 'PUT /me/viewed-products/{productId}'), c.req.param('productId') ?? '')),
  );
  app.delete(path('clearViewedProducts'), async (c) => c.json(await service.clearViewedProducts(requireToken(c, 'DELETE /me/viewed-products'))));
  serveRfqs(app, service.rfqs, { jsonBody, requireToken });

  const feed = options.orderChanges;
  if (feed) {
    const heartbeatMs = options.heartbeatMs ?? EVENT_STREAM_HEARTBEAT_MS;
    app.get(path('watchOrder'), async (c) => {
      const requested = orderNumberOf(c);
      const orderAccess = access(c);
      const who = caller(c);
      const read = () => service.getOrder(requested, orderAccess, who);
      let changed = false;
      let wake: (() => void) | undefined;
      const onChange = () => {
        changed = true;
        wake?.();
      };
      // Follow changes before the first read, so that no change between the two is missed.
      const stop = await feed.subscribe(parseOrderNumber(requested) ?? requested, onChange);
      let first: Order;
      try {
        first = await read();
      } catch (error) {
        stop();
        throw error;
      }
      return streamSSE(c, (stream) => followOrder(stream, { first, read, stop, heartbeatMs, closed: feed.closed, waitForChange }));

      /** Resolves at the next change (at once if one came meanwhile), or when `signal` aborts. */
      function waitForChange(signal: AbortSignal): Promise<void> {
        return new Promise<void>((resolve) => {
          if (changed || signal.aborted) return resolve();
          wake = resolve;
          signal.addEventListener('abort', () => resolve(), { once: true });
        }).then(() => {
          wake = undefined;
          changed = false;
        });
      }
    });
  }
  return app;
}

/** What {@link followOrder} needs from the route. */
interface FollowOrder {
  first: Order;
  read: () => Promise<Order>;
  stop: () => void;
  heartbeatMs: number;
  closed: AbortSignal | undefined;
  waitForChange: (signal: AbortSignal) => Promise<void>;
}

/**
 * Writes the order at once and again after every change that altered it (never the same order twice), a heartbeat comment while idle, and ends at
 * a terminal status, when the client goes away, when the feed closes, or with an `error` event (the
 * contract's error body) when the order can no longer be read with the proof given.
 */
async function followOrder(stream: SSEStreamingApi, { first, read, stop, heartbeatMs, closed, waitForChange }: FollowOrder): Promise<void> {
  const ended = new AbortController();
  stream.onAbort(() => ended.abort());
  const onClosed = () => ended.abort();
  closed?.addEventListener('abort', onClosed, { once: true });
  if (closed?.aborted) ended.abort();
  const heartbeat = setInterval(() => {
    stream.write(': heartbeat\n\n').catch(() => ended.abort());
  }, heartbeatMs);
  try {
    let order = first;
    let written = JSON.stringify(order);
    await stream.writeSSE({ event: ORDER_EVENT, data: written });
    while (!isTerminalStatus(order.status) && !ended.signal.aborted) {
      await waitForChange(ended.signal);
      if (ended.signal.aborted) break;
      try {
        order = await read();
      } catch (error) {
        await stream.writeSSE({ event: 'error', data: JSON.stringify(errorBodyFor(isOrderZoneError(error) ? error : new OrderZoneError('server', 'The order could not be read.'))) });
        break;
      }
      // Several changes can land before one read: the reader gets the latest order, once.
      const data = JSON.stringify(order);
      if (data === written) continue;
      written = data;
      await stream.writeSSE({ event: ORDER_EVENT, data });
    }
  } finally {
    clearInterval(heartbeat);
    closed?.removeEventListener('abort', onClosed);
    stop();
  }
}
