/**
 * A request started before the REST adapter that would send it exists: the script-tag loader starts
 * the page's first `GET /products` while the module wave is still loading, and the adapter takes its
 * answer instead of asking again. What both need to agree on is here: the URL and headers of a call
 * as the adapter sends it ({@link callUrl}, {@link callHeaders}, {@link productsRequest}), and how the
 * adapter takes a started answer ({@link startedRequestTaker}).
 *
 * @module
 */
import type { CatalogQuery } from '../catalog/catalog-schema.ts';
import { CATALOG_PATHS, catalogQueryToSearchParams } from './catalog-paths.ts';

/**
 * A request started for a REST adapter before it existed (the script-tag loader's first
 * `GET /products`), given to it with `RestAdapterOptions.startedRequest`.
 */
export interface StartedRequest {
  /** The URL, exactly as the adapter would send it (see {@link productsRequest}). */
  url: string;
  /** The headers it was sent with, exactly as the adapter would send them. */
  headers: Record<string, string>;
  /** Its answer, as `fetch` gives it. */
  response: Promise<Response>;
}

/** `baseUrl` as a REST adapter keeps it: trimmed, without trailing `/`. */
export function restBaseUrl(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '');
}

/** The URL of a call: the base URL (as {@link restBaseUrl} keeps it), the filled path and the query string, if any. */
export function callUrl(baseUrl: string, path: string, query: URLSearchParams | undefined): string {
  const search = query?.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

/** The headers of a call: `Accept`, the adapter's extra headers, the call's own, then `Accept-Language` from the locale. */
export function callHeaders(accept: string, extra: Record<string, string>, own: Record<string, string> | undefined, locale: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { Accept: accept, ...extra, ...own };
  if (locale) headers['Accept-Language'] = locale;
  return headers;
}

/**
 * The URL and headers of `GET /products` for `query` in `locale`, as a REST adapter on `baseUrl` with
 * no `headers` option sends it (what `<order-zone api>` creates).
 */
export function productsRequest(baseUrl: string, query: CatalogQuery, locale: string | undefined): { url: string; headers: Record<string, string> } {
  return { url: callUrl(restBaseUrl(baseUrl), CATALOG_PATHS.searchProducts.path, catalogQueryToSearchParams(query)), headers: callHeaders('application/json', {}, undefined, locale) };
}

/** True when two sets of headers have the same names (in any case) with the same values. */
function sameHeaders(a: Record<string, string>, b: Record<string, string>): boolean {
  const lower = (headers: Record<string, string>): string[] => Object.entries(headers).map(([name, value]) => `${name.toLowerCase()}\n${value}`).sort();
  const [x, y] = [lower(a), lower(b)];
  return x.length === y.length && x.every((entry, i) => entry === y[i]);
}

/**
 * What takes `started`'s answer: the first `GET` to its path (query aside) decides, once. The same URL
 * and headers take the answer; any other (another first query, another language) leaves it, and the
 * call is sent as usual. Every later call is sent as usual.
 */
export function startedRequestTaker(started: StartedRequest): (url: string, method: string, headers: Record<string, string>) => Promise<Response> | undefined {
  const pathOf = (url: string): string => url.split('?')[0]!;
  let pending: StartedRequest | undefined = started;
  return (url, method, headers) => {
    if (!pending || method !== 'GET' || pathOf(url) !== pathOf(pending.url)) return undefined;
    const mine = pending;
    pending = undefined;
    return url === mine.url && sameHeaders(headers, mine.headers) ? mine.response : undefined;
  };
}
