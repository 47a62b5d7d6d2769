/**
 * `/me/viewed-products` as the REST adapter needs it at run time (its documentation is in
 * `rest-contract.ts`): a signed-in shopper's browsing history on the backend. Its own module, loaded
 * on the first call, so pages without recommendations never download it.
 *
 * @module
 */
import { ViewedProductsSchema, type ViewedProducts } from '../recommendations/viewed-products-schema.ts';
import type { RequestContext } from '../backend/backend-adapter.ts';
import type { RestRequest, RestRoute } from './rest-request.ts';

/** The routes of `listViewedProducts`, `recordProductView` and `clearViewedProducts`. */
export const VIEWED_PRODUCTS_ROUTES = {
  list: { method: 'GET', path: '/me/viewed-products', response: ViewedProductsSchema },
  record: { method: 'PUT', path: '/me/viewed-products/{productId}', response: ViewedProductsSchema },
  clear: { method: 'DELETE', path: '/me/viewed-products', response: ViewedProductsSchema },
} as const satisfies Record<string, RestRoute>;

const bearer = (sessionToken: string) => ({ Authorization: `Bearer ${sessionToken}` });

/** The signed-in shopper's viewed products, newest first. */
export function requestViewedProducts(request: RestRequest, sessionToken: string, ctx?: RequestContext): Promise<ViewedProducts> {
  return request(VIEWED_PRODUCTS_ROUTES.list, { headers: bearer(sessionToken), ...(ctx ? { ctx } : {}) });
}

/** Records that the signed-in shopper viewed `productId`; answers the history after. */
export function recordViewedProduct(request: RestRequest, sessionToken: string, productId: string, ctx?: RequestContext): Promise<ViewedProducts> {
  return request(VIEWED_PRODUCTS_ROUTES.record, { pathParams: { productId }, headers: bearer(sessionToken), ...(ctx ? { ctx } : {}) });
}

/** Forgets the signed-in shopper's viewed products on the backend. */
export function clearViewedProductsOf(request: RestRequest, sessionToken: string, ctx?: RequestContext): Promise<ViewedProducts> {
  return request(VIEWED_PRODUCTS_ROUTES.clear, { headers: bearer(sessionToken), ...(ctx ? { ctx } : {}) });
}
