/**
 * How the REST adapter sends one request of the HTTP contract and reads its answer: timeout,
 * cancellation, extra headers, the JSON body, validation of the response against the route's
 * schema, and every failure as an `OrderZoneError` (see `rest-adapter.ts`; the errors of answers
 * that are not what the call expects are built by `answer-errors.ts`, loaded with the first one).
 *
 * @module
 */
import type * as z from 'zod/mini';
import type { RequestContext } from '../backend/backend-adapter.ts';
import { OrderZoneError, isOrderZoneError } from '../errors.ts';
import { callHeaders, callUrl } from './started-request.ts';

/** One problem found in an answer, as zod reports it: what (`code`, `message`) and where (`path`). */
export interface ResponseIssue {
  /** zod's issue code: `invalid_type`, `too_small`, `invalid_format`… */
  code: string;
  /** Where in the answer: keys and indexes from its root (`['items', 0, 'price']`). */
  path: PropertyKey[];
  /** What is wrong, in words. */
  message: string;
}

/**
 * What checks a successful answer's JSON body: a `zod/mini` schema, or a validator compiled from one
 * (`compiled-validators/`, for the catalog's answers), which gives the same `safeParse()` result.
 */
export interface ResponseCheck {
  /** The answer's data as the contract gives it (unknown keys stripped), or the issues that make it not match. */
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly ResponseIssue[] } };
}

/**
 * What checks an answer in the REST adapter: a {@link ResponseCheck}, or one whose `safeParse()` may
 * resolve later (the catalog's compiled validators load the schema to name an answer's issues:
 * `catalog-answer-checks.ts`).
 */
export interface AnswerCheck {
  safeParse(value: unknown): ReturnType<ResponseCheck['safeParse']> | Promise<ReturnType<ResponseCheck['safeParse']>>;
}

/** The data a successful `safeParse()` of `Check` gives. */
export type CheckedBy<Check extends AnswerCheck> = Extract<Awaited<ReturnType<Check['safeParse']>>, { success: true }>['data'];

/** What sending a request of the contract needs to know about its endpoint. */
export interface RestRoute<Response extends ResponseCheck = z.ZodMiniType> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path template relative to the base URL, with `{name}` parameters. */
  path: string;
  /** The schema of a successful answer's JSON body (or the validator compiled from it). */
  response: Response;
}

/** `GET /products/{productId}` with the parameters filled in (URI-encoded). */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/** The settings every request of one REST adapter shares (checked by `createRestAdapter`). */
export interface RestRequestSettings {
  /** Without a trailing `/`. */
  baseUrl: string;
  fetch: typeof fetch;
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  timeoutMs: number;
  /** The answer of a request started before the adapter, for the call that would send the very same (`started-request.ts`). */
  takeStarted?: (url: string, method: string, headers: Record<string, string>) => Promise<Response> | undefined;
}

/** One request: the route's parameters, the body, and the caller's context. */
export interface RestCall {
  pathParams?: Record<string, string>;
  query?: URLSearchParams;
  body?: unknown;
  /** A binary body (a file), sent as is with its own media type. */
  rawBody?: Blob;
  headers?: Record<string, string>;
  ctx?: RequestContext;
}

/** Sends one request and resolves to its validated answer; rejects with an `OrderZoneError`. */
export type RestRequest = <S extends AnswerCheck>(route: Pick<RestRoute, 'method' | 'path'> & { response: S }, call?: RestCall) => Promise<CheckedBy<S>>;

/** What an answer's body is read as when it is not JSON (or empty). */
export const NOT_JSON = Symbol('not JSON');

/** True for an answer that redirects (the contract never does: see {@link requestOf}). */
export const redirects = (response: Response): boolean => response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);

/**
 * The errors of answers that are not what the call expects (an error status, a redirect, a body that
 * is not JSON or not the contract), loaded with the first such answer: a page's first calls need
 * none of them. A backend out of reach, a timeout or a cancel is reported without loading code.
 */
const answerErrors = () => import('./answer-errors.ts');

/** The function that sends the requests of one REST adapter. */
export function createRestRequest(settings: RestRequestSettings): RestRequest {
  const { baseUrl, fetch: fetchImpl, timeoutMs } = settings;
  return async function request<S extends AnswerCheck>(route: Pick<RestRoute, 'method' | 'path'> & { response: S }, call: RestCall = {}): Promise<CheckedBy<S>> {
    const label = `${route.method} ${route.path}`;
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
      const { url, init } = await requestOf(settings, route, call, controller.signal, 'application/json');
      const started = settings.takeStarted?.(url, route.method, init.headers as Record<string, string>);
      let response: Response;
      try {
        response = started ? await startedOrAsked(started, () => fetchImpl(url, init), controller.signal) : await fetchImpl(url, init);
      } catch (error) {
        throw interrupted(error, false);
      }
      if (redirects(response)) throw (await answerErrors()).redirectError(label, response);
      let text: string;
      try {
        text = await (started ? untilAborted(response.text(), controller.signal) : response.text());
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

      if (!response.ok) throw await (await answerErrors()).errorFromResponse(label, response, json);
      if (json === NOT_JSON) throw (await answerErrors()).notJsonError(label, response, text);
      const parsed = await route.response.safeParse(json);
      if (!parsed.success) throw (await answerErrors()).mismatchError(label, response, parsed.error);
      return parsed.data as CheckedBy<S>;
    } catch (error) {
      throw interrupted(error, false);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };
}

/**
 * The URL and `fetch` options of one call: the settings' headers (a failing `headers` callback is a
 * `config` error), the call's own, `Accept`, the locale, the body, and `redirect: 'manual'`: a
 * redirect is never followed, since it would carry the headers (API key, order token, idempotency
 * key) and the body to wherever the `Location` points, and turn a `POST` into a `GET`.
 */
export async function requestOf(settings: RestRequestSettings, route: Pick<RestRoute, 'method' | 'path'>, call: RestCall, signal: AbortSignal, accept: string): Promise<{ url: string; init: RequestInit }> {
  let extra: Record<string, string> = {};
  if (settings.headers) {
    try {
      extra = await settings.headers();
    } catch (error) {
      if (isOrderZoneError(error)) throw error;
      throw new OrderZoneError('config', `The headers option of createRestAdapter failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  const headers = callHeaders(accept, extra, call.headers, call.ctx?.locale);
  const init: RequestInit = { method: route.method, headers, signal, redirect: 'manual' };
  if (call.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(call.body);
  } else if (call.rawBody !== undefined) {
    headers['Content-Type'] = call.rawBody.type || 'application/octet-stream';
    init.body = call.rawBody;
  }
  return { url: callUrl(settings.baseUrl, fillPath(route.path, call.pathParams ?? {}), call.query), init };
}

/** `promise`, or a rejection (`AbortError`) once `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new DOMException('Cancelled or timed out.', 'AbortError'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The answer of a request started before the adapter when it succeeded; when it failed (no answer,
 * an error status, a redirect), the answer of the same request asked again, so a failure is reported
 * (or recovered from) as for any call. Stops when `signal` aborts (timeout, the caller).
 */
async function startedOrAsked(started: Promise<Response>, ask: () => Promise<Response>, signal: AbortSignal): Promise<Response> {
  const response = await untilAborted(started, signal).catch((error: unknown) => {
    if (signal.aborted) throw error;
    return undefined;
  });
  return response?.ok ? response : ask();
}
