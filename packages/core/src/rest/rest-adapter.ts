/**
 * The REST adapter: a `BackendAdapter` that speaks the HTTP contract of `rest-contract.ts`
 * with `fetch`. It validates every response against the contract schemas and turns every failure
 * into an `OrderZoneError`: unreachable backend `network`, no answer in time `timeout`,
 * cancelled `aborted`, an error status with the contract's error body that body's code, another
 * error status a code by status, and anything that does not match the contract `bad_response`.
 *
 * @module
 */
import type * as z from 'zod/mini';
import type { BackendAdapter, OrderAccess, RequestContext } from '../backend/backend-adapter.ts';
import { OrderZoneError, isOrderZoneError, type FieldError, type OrderZoneErrorCode } from '../errors.ts';
import { QuoteSchema, VerificationChallengeSchema, type UploadedPhoto } from '../order/order-schema.ts';
import { RETURN_PHOTO_MAX_BYTES } from '../order/return-photo-limits.ts';
import type { Availability } from '../booking/booking-schema.ts';
import {
  availabilityToSearchParams, bearer, ErrorBodySchema, IDEMPOTENCY_KEY_HEADER, REST_ENDPOINTS, VERIFICATION_CODE_HEADER, VERIFICATION_ID_HEADER, catalogQueryToSearchParams,
  errorCodeForStatus, fillPath, isServerErrorCode, type Endpoint,
} from './rest-contract.ts';

/** Options of {@link createRestAdapter}. */
export interface RestAdapterOptions {
  /** Where the contract's paths live, e.g. `https://shop.example.com/api/orderzone` or `/api`. */
  baseUrl: string;
  /** The `fetch` to use; default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /**
   * Extra headers for every request (a CSRF header, an API key...); may be async. A signed-in
   * shopper's session token is sent as `Authorization: Bearer` on the calls that carry one
   * (`listOrders`, `signOut`, order access with `sessionToken`), replacing an `Authorization` given here.
   */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Milliseconds to wait for a whole response before failing with `timeout`. Default 15000. */
  timeoutMs?: number;
  /**
   * The `XMLHttpRequest` constructor used for uploads that report progress (`fetch` cannot report
   * upload progress). Default: the global one, unless a `fetch` option is given (then uploads use
   * that `fetch` and report progress only at the start and the end).
   */
  xmlHttpRequest?: typeof XMLHttpRequest;
}

/** Default of {@link RestAdapterOptions.timeoutMs}. */
export const DEFAULT_REST_TIMEOUT_MS = 15_000;

interface Call {
  pathParams?: Record<string, string>;
  query?: URLSearchParams;
  body?: unknown;
  /** A binary body (a file), sent as is with its own media type. */
  rawBody?: Blob;
  /** Upload progress (0–1); sends through `XMLHttpRequest` when one is available. */
  onProgress?: (fraction: number) => void;
  headers?: Record<string, string>;
  ctx?: RequestContext;
}

/**
 * `fetch` over `XMLHttpRequest`, reporting upload progress (0–1). Rejects like `fetch` does: a
 * `TypeError` when the network fails, an `AbortError` when `init.signal` fires.
 */
function fetchWithUploadProgress(Xhr: typeof XMLHttpRequest, url: string, init: RequestInit, onProgress: (fraction: number) => void): Promise<Response> {
  return new Promise((resolve, reject) => {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) {
      reject(new DOMException('The upload was aborted.', 'AbortError'));
      return;
    }
    const xhr = new Xhr();
    const onAbort = (): void => xhr.abort();
    const done = (): void => signal?.removeEventListener('abort', onAbort);
    xhr.open(init.method ?? 'GET', url);
    for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(1, event.loaded / event.total));
    };
    xhr.onload = () => {
      done();
      if (xhr.status < 200 || xhr.status > 599) {
        reject(new TypeError(`XMLHttpRequest ended with status ${xhr.status}.`));
        return;
      }
      const headers = new Headers();
      for (const line of xhr.getAllResponseHeaders().split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(new Response(empty ? null : xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers }));
    };
    xhr.onerror = () => {
      done();
      reject(new TypeError('The upload failed (XMLHttpRequest network error).'));
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('The upload was aborted.', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
  });
}

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date). */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  return `${path}: ${issue.message} (${issue.code})`;
}

const NOT_JSON = Symbol('not JSON');

/**
 * A backend adapter for the OrderZone HTTP contract (`docs/backend-contract.md`).
 *
 * @throws `OrderZoneError` `config` when `baseUrl` is missing or no `fetch` is available.
 */
export function createRestAdapter(options: RestAdapterOptions): BackendAdapter {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') {
    throw new OrderZoneError('config', 'createRestAdapter needs a baseUrl, e.g. "https://shop.example.com/api/orderzone".');
  }
  const baseUrl = options.baseUrl.trim().replace(/\/+$/, '');
  if (!options.fetch && typeof globalThis.fetch !== 'function') {
    throw new OrderZoneError('config', 'No fetch is available here; pass one as the `fetch` option of createRestAdapter.');
  }
  // The global fetch is looked up per request, so libraries that wrap it later (msw, tracing) see every call.
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_REST_TIMEOUT_MS;
  const Xhr = options.xmlHttpRequest ?? (options.fetch ? undefined : globalThis.XMLHttpRequest);
  if (!(timeoutMs > 0)) throw new OrderZoneError('config', `timeoutMs must be a positive number of milliseconds; got ${String(timeoutMs)}.`);

  async function request<S extends z.ZodMiniType>(endpoint: Endpoint<S>, call: Call = {}): Promise<z.infer<S>> {
    const path = fillPath(endpoint.path, call.pathParams ?? {});
    const label = `${endpoint.method} ${endpoint.path}`;
    const signal = call.ctx?.signal;
    if (signal?.aborted) throw new OrderZoneError('aborted', `${label} was cancelled.`);

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });

    /** Why the request stopped: a timeout, the caller, or (otherwise) the network. */
    const interrupted = (error: unknown, reading: boolean): OrderZoneError => {
      if (isOrderZoneError(error)) return error;
      if (timedOut) return new OrderZoneError('timeout', `${label} got no ${reading ? 'complete ' : ''}answer within ${timeoutMs} ms.`, { cause: error });
      if (signal?.aborted) return new OrderZoneError('aborted', `${label} was cancelled.`, { cause: error });
      const reason = error instanceof Error ? error.message : String(error);
      return new OrderZoneError('network', `${label} could not reach the backend at ${baseUrl}${reading ? ' (the connection broke while reading the answer)' : ''}: ${reason}`, { cause: error });
    };

    try {
      let extra: Record<string, string> = {};
      if (options.headers) {
        try {
          extra = await options.headers();
        } catch (error) {
          if (isOrderZoneError(error)) throw error;
          throw new OrderZoneError('config', `The headers option of createRestAdapter failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
      }
      const headers: Record<string, string> = { Accept: 'application/json', ...extra, ...call.headers };
      if (call.ctx?.locale) headers['Accept-Language'] = call.ctx.locale;
      const init: RequestInit = { method: endpoint.method, headers, signal: controller.signal };
      if (call.body !== undefined) {
        headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(call.body);
      } else if (call.rawBody !== undefined) {
        headers['Content-Type'] = call.rawBody.type || 'application/octet-stream';
        init.body = call.rawBody;
      }
      const search = call.query?.toString();
      const url = `${baseUrl}${path}${search ? `?${search}` : ''}`;

      let response: Response;
      try {
        response = call.onProgress && Xhr ? await fetchWithUploadProgress(Xhr, url, init, call.onProgress) : await fetchImpl(url, init);
      } catch (error) {
        throw interrupted(error, false);
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw interrupted(error, true);
      }
      let json: unknown = NOT_JSON;
      if (text.trim() !== '') {
        try {
          json = JSON.parse(text);
        } catch {
          json = NOT_JSON;
        }
      }

      if (!response.ok) throw errorFromResponse(label, response, json);
      if (json === NOT_JSON) {
        throw new OrderZoneError('bad_response', `${label} answered ${response.status} with a body that is not JSON${text.trim() === '' ? ' (empty)' : ''}.`, { status: response.status });
      }
      const parsed = endpoint.response.safeParse(json);
      if (!parsed.success) {
        throw new OrderZoneError('bad_response', `${label} answered with data that does not match the contract: ${firstIssue(parsed.error)}.`, {
          status: response.status,
          details: { issues: parsed.error.issues.slice(0, 10) },
        });
      }
      return parsed.data as z.infer<S>;
    } catch (error) {
      throw interrupted(error, false);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    async listCategories(ctx) {
      return (await request(REST_ENDPOINTS.listCategories, { ctx })).categories;
    },
    searchProducts: (query, ctx) => request(REST_ENDPOINTS.searchProducts, { query: catalogQueryToSearchParams(query), ctx }),
    getProduct: (productId, ctx) => request(REST_ENDPOINTS.getProduct, { pathParams: { productId }, ctx }),
    getCheckoutOptions: (ctx) => request(REST_ENDPOINTS.getCheckoutOptions, { ctx }),
    quote: (body, ctx) => request(REST_ENDPOINTS.quote, { body, ctx }),
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
      return request(REST_ENDPOINTS.submitOrder, { body, headers, ctx });
    },
    getOrder: (orderNumber, access, ctx) => request(REST_ENDPOINTS.getOrder, { pathParams: { orderNumber }, ...accessOf(access), ctx }),
    getPaymentStatus: (orderNumber, ctx) => request(REST_ENDPOINTS.getPaymentStatus, { pathParams: { orderNumber }, ctx }),
    cancelOrder: (orderNumber, access, ctx) => request(REST_ENDPOINTS.cancelOrder, { pathParams: { orderNumber }, ...accessOf(access), ctx }),
    changeShippingAddress: (orderNumber, access, body, ctx) =>
      request(REST_ENDPOINTS.changeShippingAddress, { pathParams: { orderNumber }, ...accessOf(access), body, ctx }),
    requestRefund: (orderNumber, access, body, ctx) => request(REST_ENDPOINTS.requestRefund, { pathParams: { orderNumber }, ...accessOf(access), body, ctx }),
    async uploadReturnPhoto(orderNumber, access, photo, ctx) {
      const onProgress = ctx?.onProgress;
      onProgress?.(0);
      let uploaded: UploadedPhoto;
      try {
        uploaded = await request(REST_ENDPOINTS.uploadReturnPhoto, {
          pathParams: { orderNumber },
          ...accessOf(access),
          rawBody: photo,
          ...(onProgress ? { onProgress } : {}),
          ...(ctx ? { ctx } : {}),
        });
      } catch (error) {
        throw withPhotoFieldError(error);
      }
      onProgress?.(1);
      return uploaded;
    },
    requestReturn: (orderNumber, access, body, ctx) => request(REST_ENDPOINTS.requestReturn, { pathParams: { orderNumber }, ...accessOf(access), body, ctx }),
    async getAvailability(asked, ctx) {
      const availability = await request(REST_ENDPOINTS.getAvailability, { pathParams: { productId: asked.productId }, query: availabilityToSearchParams(asked), ctx });
      checkAvailabilityAnswer(asked.productId, asked.sessionId, availability);
      return availability;
    },
    placeHold: (body, ctx) => request(REST_ENDPOINTS.placeHold, { body, ctx }),
    editOrder: (orderNumber, access, body, ctx) => request(REST_ENDPOINTS.editOrder, { pathParams: { orderNumber }, ...accessOf(access), body, ctx }),
    rescheduleBooking: (orderNumber, access, body, ctx) =>
      request(REST_ENDPOINTS.rescheduleBooking, { pathParams: { orderNumber }, ...accessOf(access), body, ctx }),
    async releaseHold(holdId, ctx) {
      await request(REST_ENDPOINTS.releaseHold, { pathParams: { holdId }, ctx });
    },
    requestSignInCode: (body, ctx) => request(REST_ENDPOINTS.requestSignInCode, { body, ctx }),
    verifySignInCode: (body, ctx) => request(REST_ENDPOINTS.verifySignInCode, { body, ctx }),
    async signOut(sessionToken, ctx) {
      await request(REST_ENDPOINTS.signOut, { headers: { Authorization: bearer(sessionToken) }, ctx });
    },
    async listOrders(sessionToken, ctx) {
      return (await request(REST_ENDPOINTS.listOrders, { headers: { Authorization: bearer(sessionToken) }, ctx })).orders;
    },
    resendVerificationCode: (challengeId, ctx) => request(REST_ENDPOINTS.resendVerificationCode, { pathParams: { challengeId }, ctx }),
  };
}

/**
 * `bad_response` when a well-formed availability answer is about another product or session than
 * the one asked for: a picker must never show another product's slots or seats.
 */
function checkAvailabilityAnswer(productId: string, sessionId: string | undefined, availability: Availability): void {
  const label = `${REST_ENDPOINTS.getAvailability.method} ${REST_ENDPOINTS.getAvailability.path}`;
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

/** What proves access to an order: the `contact` query parameter and the session token as `Authorization: Bearer`, each when given. */
function accessOf(access: OrderAccess | undefined): { query: URLSearchParams; headers?: Record<string, string> } {
  const query = new URLSearchParams();
  if (access?.contact !== undefined) query.set('contact', access.contact);
  return access?.sessionToken !== undefined ? { query, headers: { Authorization: bearer(access.sessionToken) } } : { query };
}

/**
 * The error for a non-2xx answer: the error body's code and message when it follows the contract,
 * else a code by status. A `quote` in `details` must be a valid quote.
 */
function errorFromResponse(label: string, response: Response, json: unknown): OrderZoneError {
  const status = response.status;
  const headerRetry = retryAfterSeconds(response.headers.get('Retry-After'));
  const body = json === NOT_JSON ? undefined : ErrorBodySchema.safeParse(json);
  if (body?.success) {
    const { code, message, fieldErrors, details, retryAfterSeconds: bodyRetry } = body.data.error;
    const known: OrderZoneErrorCode = isServerErrorCode(code) ? code : errorCodeForStatus(status);
    let checkedDetails = details;
    if (details && 'quote' in details) {
      const quote = QuoteSchema.safeParse(details.quote);
      if (!quote.success) {
        return new OrderZoneError('bad_response', `${label} answered ${status} ${code} with a details.quote that does not match the contract: ${firstIssue(quote.error)}.`, { status });
      }
      checkedDetails = { ...details, quote: quote.data };
    }
    if (code === 'verification_required') {
      // The checkout can only ask for the code with a well-formed challenge.
      const challenge = VerificationChallengeSchema.safeParse(details ?? {});
      if (!challenge.success) {
        return new OrderZoneError('bad_response', `${label} answered ${status} verification_required with details that are not a VerificationChallenge: ${firstIssue(challenge.error)}.`, { status });
      }
      checkedDetails = challenge.data;
    }
    const retry = bodyRetry ?? headerRetry;
    return new OrderZoneError(known, `${label} failed with ${status} ${code}: ${message}`, {
      status,
      ...(fieldErrors ? { fieldErrors: fieldErrors as FieldError[] } : {}),
      ...(checkedDetails ? { details: checkedDetails } : {}),
      ...(retry !== undefined ? { retryAfterSeconds: retry } : {}),
    });
  }
  const code = errorCodeForStatus(status);
  const what = code === 'bad_response' ? `an unexpected status ${status}` : `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return new OrderZoneError(code, `${label} failed with ${what} and no contract error body.`, {
    status,
    ...(code === 'rate_limited' && headerRetry !== undefined ? { retryAfterSeconds: headerRetry } : {}),
  });
}
