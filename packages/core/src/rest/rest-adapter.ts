/**
 * The REST adapter: a `BackendAdapter` that speaks the HTTP contract of `rest-contract.ts`
 * with `fetch`. It validates every response against the contract schemas and turns every failure
 * into an `OrderZoneError`: unreachable backend `network`, no answer in time `timeout`,
 * cancelled `aborted`, an error status with the contract's error body that body's code, another
 * error status a code by status, and anything that does not match the contract `bad_response`.
 *
 * The catalog calls (what a page needs to show products) are in this module; their answers are
 * checked by the validators compiled from the catalog schemas (`catalog-answer-checks.ts`: the same
 * result as the schemas' `safeParse()`, without zod at the first paint; the schemas load to name the
 * issues of an answer that does not match); every other call is in `order-calls.ts`, loaded with the order and booking schemas on
 * the first such call.
 *
 * @module
 */
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { OrderZoneError } from '../errors.ts';
import { CATALOG_PATHS, catalogQueryToSearchParams } from './catalog-paths.ts';
import { CATALOG_ANSWERS as catalogAnswers } from './catalog-answer-checks.ts';
import { ORDER_CALLS, type OrderCalls } from './order-call-names.ts';
import { createRestRequest } from './rest-request.ts';
import { restBaseUrl, startedRequestTaker, type StartedRequest } from './started-request.ts';

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
   * Allows a `baseUrl` with `http:` on a host other than loopback (`localhost`, `127.0.0.1`, `[::1]`).
   * Without it such a `baseUrl` is refused: shoppers' contact details, addresses and order tokens
   * would cross the network in clear text. Default `false`.
   */
  allowInsecureHttp?: boolean;
  /**
   * A `GET /products` started before the adapter (the script-tag loader starts the page's first one
   * while the code loads): the first catalog search that would send the very same request (URL and
   * headers) takes its answer instead of asking again, once. Another first search, a later one, or a
   * started request that failed (no answer, an error status) is sent as usual.
   */
  startedRequest?: StartedRequest;
}

/** Hosts that never leave the machine: `http:` to them is allowed without {@link RestAdapterOptions.allowInsecureHttp}. */
const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Refuses (`config`) a `baseUrl` that is not an `http(s):` URL, or that is `http:` on a host other
 * than loopback unless allowed. A relative `baseUrl` is judged by the page's own address.
 */
function refuseInsecureBaseUrl(baseUrl: string, allowInsecureHttp: boolean): void {
  const page = typeof location === 'object' && location !== null ? location.href : undefined;
  let url: URL;
  try {
    url = new URL(baseUrl, page);
  } catch {
    throw new OrderZoneError('config', `createRestAdapter: baseUrl ${JSON.stringify(baseUrl)} is not a URL${page ? '' : ' (a relative baseUrl needs a page to resolve against: give an absolute https: URL)'}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OrderZoneError('config', `createRestAdapter: baseUrl must be an https: URL; ${JSON.stringify(baseUrl)} uses ${url.protocol}`);
  }
  if (url.protocol === 'http:' && !allowInsecureHttp && !LOOPBACK_HOST.test(url.hostname)) {
    throw new OrderZoneError(
      'config',
      `createRestAdapter: baseUrl ${JSON.stringify(url.href)} uses plain http: on ${url.hostname}, so shoppers' contact details, addresses and order tokens would cross the network unencrypted. ` +
        'Use https:, or pass allowInsecureHttp: true if this is really wanted (a private test network).',
    );
  }
}

/** Default of {@link RestAdapterOptions.timeoutMs}. */
export const DEFAULT_REST_TIMEOUT_MS = 15_000;

/**
 * A backend adapter for the OrderZone HTTP contract (`docs/backend-contract.md`).
 *
 * @throws `OrderZoneError` `config` when `baseUrl` is missing or no `fetch` is available.
 */
export function createRestAdapter(options: RestAdapterOptions): BackendAdapter {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') {
    throw new OrderZoneError('config', 'createRestAdapter needs a baseUrl, e.g. "https://shop.example.com/api/orderzone".');
  }
  const baseUrl = restBaseUrl(options.baseUrl);
  refuseInsecureBaseUrl(baseUrl, options.allowInsecureHttp === true);
  if (!options.fetch && typeof globalThis.fetch !== 'function') {
    throw new OrderZoneError('config', 'No fetch is available here; pass one as the `fetch` option of createRestAdapter.');
  }
  // The global fetch is looked up per request, so libraries that wrap it later (msw, tracing) see every call.
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_REST_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new OrderZoneError('config', `timeoutMs must be a positive number of milliseconds; got ${String(timeoutMs)}.`);
  const settings = {
    baseUrl,
    fetch: fetchImpl,
    timeoutMs,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.startedRequest ? { takeStarted: startedRequestTaker(options.startedRequest) } : {}),
  };
  const request = createRestRequest(settings);

  // Loaded on the first call that is not the catalog's; loaded again after a failed load (a chunk that could not be fetched).
  let loading: Promise<OrderCalls> | undefined;
  const orderCalls = (): Promise<OrderCalls> =>
    (loading ??= import('./order-calls.ts').then(
      ({ createOrderCalls }) => createOrderCalls(request, settings),
      (error: unknown) => {
        loading = undefined;
        throw new OrderZoneError('network', `The REST adapter could not load its order calls: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      },
    ));
  const adapter: BackendAdapter = {
    async listCategories(ctx) {
      return (await request({ ...CATALOG_PATHS.listCategories, response: catalogAnswers.listCategories }, { ctx })).categories;
    },
    searchProducts: (query, ctx) => request({ ...CATALOG_PATHS.searchProducts, response: catalogAnswers.searchProducts }, { query: catalogQueryToSearchParams(query), ctx }),
    getProduct: (productId, ctx) => request({ ...CATALOG_PATHS.getProduct, response: catalogAnswers.getProduct }, { pathParams: { productId }, ctx }),
    // Loaded on the first call (recommendations show after the page's first paint).
    getRecommendations: (body, ctx) => import('./recommendation-route.ts').then(({ requestRecommendations }) => requestRecommendations(request, body, ctx)),
    // A signed-in shopper's browsing history on the backend: loaded on the first call too.
    listViewedProducts: (token, ctx) => import('./viewed-products-route.ts').then((route) => route.requestViewedProducts(request, token, ctx)),
    recordProductView: (token, productId, ctx) => import('./viewed-products-route.ts').then((route) => route.recordViewedProduct(request, token, productId, ctx)),
    clearViewedProducts: (token, ctx) => import('./viewed-products-route.ts').then((route) => route.clearViewedProductsOf(request, token, ctx)),
    // Loaded on the first call (quick order and reorder are never part of the first paint).
    findSkus: (skus, ctx) => import('./sku-lookup-route.ts').then(({ requestSkuLookup }) => requestSkuLookup(request, skus, ctx)),
  } as BackendAdapter;
  // Requests for quote: loaded on the first call (business buying is never part of the first paint).
  const rfqCalls = () => import('./rfq-calls.ts').then(({ createRfqCalls }) => createRfqCalls(request));
  adapter.createRfq = (...args) => rfqCalls().then((calls) => calls.createRfq(...args));
  adapter.listRfqs = (...args) => rfqCalls().then((calls) => calls.listRfqs(...args));
  adapter.getRfq = (...args) => rfqCalls().then((calls) => calls.getRfq(...args));
  adapter.acceptRfq = (...args) => rfqCalls().then((calls) => calls.acceptRfq(...args));
  adapter.declineRfq = (...args) => rfqCalls().then((calls) => calls.declineRfq(...args));
  const forwarded = adapter as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of ORDER_CALLS) {
    forwarded[name] = (...args) => orderCalls().then((calls) => (calls[name] as (...a: unknown[]) => Promise<unknown>)(...args));
  }
  return adapter;
}
