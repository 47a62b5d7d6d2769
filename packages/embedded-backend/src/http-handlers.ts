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
 * There is one handler per endpoint of the contract (so a request to any other URL stays
 * unhandled, as msw reports it), and each hands the request to the contract's one router
 * (`contract-app.ts`, the app `@orderzone/server` serves too). Errors answer the contract's error
 * body with the status of `statusForErrorCode()`.
 *
 * @module
 */
import { http, delay, type RequestHandler } from 'msw';
import { Hono } from 'hono';
import { REST_ENDPOINTS, type Endpoint } from '@orderzone/core/rest';
import type { OrderEngine } from './order-engine.ts';
import type { Caller } from './order-access.ts';
import { createContractApp, type OrderChangeFeed } from './contract-app.ts';
import { routePattern } from './route-pattern.ts';
import { engineStore } from './engine-store.ts';
import { createOrderService } from './order-service.ts';
import { storedPhotoUrl } from './return-photos.ts';

export { errorResponse } from './contract-app.ts';

/** Options of `createHttpHandlers`: the base URL the handlers answer under, simulated latency, and where order changes are announced for the event stream. */
export interface HttpHandlersOptions {
  /** The base URL the handlers answer under, e.g. `https://shop.test/api`. */
  baseUrl: string;
  /** Simulated latency in ms before each answer. Default 0. */
  latencyMs?: number;
  /**
   * Where changes of orders are announced: with it, the handlers also serve the contract's optional
   * event stream (`GET /orders/{orderNumber}/events`), as a server does; without it that endpoint
   * stays unhandled and clients poll.
   */
  orderChanges?: OrderChangeFeed;
}

/**
 * Who calls, for the limits on wrong guesses: the first `X-Forwarded-For` address, else one client
 * for all (these test handlers trust the header; a real server trusts it only from its own proxy).
 */
function forwardedCaller(request: Request): Caller {
  const forwarded = request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim();
  return forwarded ? { clientId: forwarded } : {};
}

/** msw handlers implementing every endpoint of the contract over `engine` (the optional event stream only with `options.orderChanges`). */
export function createHttpHandlers(engine: OrderEngine, options: HttpHandlersOptions): RequestHandler[] {
  const latencyMs = options.latencyMs ?? 0;
  const base = options.baseUrl.replace(/\/+$/, '');
  const contract = createContractApp(createOrderService(engineStore(engine)), {
    caller: (c) => forwardedCaller(c.req.raw),
    // Kept as the embedded backend keeps it: a reduced `data:` copy, or a page-local `blob:` URL.
    storePhoto: ({ bytes, contentType }) => storedPhotoUrl(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType })),
    discardPhoto: (url) => {
      if (url.startsWith('blob:')) URL.revokeObjectURL(url);
    },
    ...(options.orderChanges ? { orderChanges: options.orderChanges } : {}),
  });
  const app = new Hono().route(new URL(base, 'http://localhost').pathname, contract);
  const forward = async ({ request }: { request: Request }): Promise<Response> => {
    if (latencyMs > 0) await delay(latencyMs);
    return app.fetch(request);
  };
  const forwardStream = async ({ request }: { request: Request }): Promise<Response> => endWithRequest(await forward({ request }), request.signal);
  return (Object.values(REST_ENDPOINTS) as Endpoint[])
    .filter((endpoint) => !endpoint.optional || endpoint.eventStream === undefined || options.orderChanges !== undefined)
    .map((endpoint) => {
      const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
      return http[method](`${base}${routePattern(endpoint.path)}`, endpoint.eventStream ? forwardStream : forward);
    });
}

/**
 * `response`, whose body is cancelled when `signal` (the request's) aborts. msw does not cancel a
 * mocked body when its client goes away, as a server's runtime does with the connection: without
 * this, an event stream the shopper stopped reading would follow its order (and keep its heartbeat)
 * for as long as the page lives.
 */
function endWithRequest(response: Response, signal: AbortSignal): Response {
  if (!response.body) return response;
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel(signal.reason).catch(() => undefined);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        signal.removeEventListener('abort', onAbort);
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
    cancel(reason) {
      signal.removeEventListener('abort', onAbort);
      return reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
