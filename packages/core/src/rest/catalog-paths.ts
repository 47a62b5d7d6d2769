/**
 * The catalog endpoints' methods and paths, and how a catalog query travels in a query string:
 * what both the contract's routes (`catalog-routes.ts`, with the zod schemas) and the REST adapter's
 * first-paint calls (with the compiled validators) need, without any schema library.
 *
 * @module
 */
import type { CatalogQuery } from '../catalog/catalog-schema.ts';

/** Method and path of each catalog endpoint, keyed by the `BackendAdapter` method it serves. */
export const CATALOG_PATHS = {
  listCategories: { method: 'GET', path: '/categories' },
  searchProducts: { method: 'GET', path: '/products' },
  getProduct: { method: 'GET', path: '/products/{productId}' },
} as const;

const OPTION_PARAM = 'option';

/** A catalog query as `GET /products` query parameters. */
export function catalogQueryToSearchParams(query: CatalogQuery): URLSearchParams {
  const params = new URLSearchParams();
  const scalar = ['categoryId', 'text', 'minPrice', 'maxPrice', 'inStockOnly', 'sort', 'page', 'pageSize'] as const;
  for (const name of scalar) {
    const value = query[name];
    if (value !== undefined && value !== '') params.append(name, String(value));
  }
  for (const [groupId, values] of Object.entries(query.options ?? {})) for (const value of values) params.append(OPTION_PARAM, `${groupId}:${value}`);
  return params;
}

/**
 * The catalog query in `GET /products` query parameters, not yet validated: numbers and booleans
 * are converted when they look like one and left as text otherwise, so validating the result with
 * `CatalogQuerySchema` reports the offending parameter.
 */
export function catalogQueryFromSearchParams(params: URLSearchParams): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  const options: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (name === OPTION_PARAM) {
      const colon = value.indexOf(':');
      // A value without a group cannot match anything; keeping it under "" makes the query match nothing rather than everything.
      const groupId = colon > 0 ? value.slice(0, colon) : '';
      (options[groupId] ??= []).push(colon > 0 ? value.slice(colon + 1) : value);
    } else if (name === 'minPrice' || name === 'maxPrice' || name === 'page' || name === 'pageSize') {
      query[name] = /^-?\d+$/.test(value) ? Number(value) : value;
    } else if (name === 'inStockOnly') {
      query[name] = value === 'true' ? true : value === 'false' ? false : value;
    } else if (name === 'categoryId' || name === 'text' || name === 'sort') {
      query[name] = value;
    }
  }
  if (Object.keys(options).length > 0) query.options = options;
  return query;
}
