/**
 * The recommendation endpoints of the HTTP contract with their documentation: recommended
 * products and the signed-in shopper's viewed products. Assembled in `rest-contract.ts`.
 *
 * @module
 */
import { ViewedProductsSchema } from '../recommendations/viewed-products-schema.ts';
import { RecommendationRequestSchema } from '../recommendations/recommendation-schema.ts';
import { RECOMMENDATION_ROUTE } from './recommendation-route.ts';
import { endpoint } from './rest-endpoint.ts';
import { VIEWED_PRODUCTS_ROUTES } from './viewed-products-route.ts';

/** The recommendation endpoints, keyed by the `BackendAdapter` method they serve. */
export const RECOMMENDATION_ENDPOINTS = {
  getRecommendations: endpoint({
    ...RECOMMENDATION_ROUTE,
    operationId: 'getRecommendations',
    summary: 'Recommend products (optional)',
    description:
      'Products to recommend in a context, best first, each with why (`reason`): `related` (like `productId`), `bought_together` (bought in the same orders as `productId`, or as the cart’s products), ' +
      '`recently_viewed` (`viewedProductIds`, newest first), `for_you` (from `viewedProductIds` and, with `Authorization: Bearer`, the signed-in shopper’s orders). ' +
      'Never a product that is out of stock, in `cartProductIds` or `productId` itself. Without enough orders to go by (cold start) the best sellers of the category answer (`best_seller`). ' +
      'Creates nothing and keeps nothing: a signed-out shopper’s browsing history stays on the device; a signed-in shopper’s history kept by the backend (`/me/viewed-products`) counts too. Optional: a backend without it answers `404` and storefronts show no recommendations.',
    body: RecommendationRequestSchema,
    optionalHeaders: [{ name: 'Authorization', description: '`Bearer <session token>` of a signed-in shopper, for `for_you` from their purchases and `recently_viewed` / `for_you` from the history the backend keeps.' }],
    optional: true,
    errors: ['validation', 'unauthorized'],
  }),
  listViewedProducts: endpoint({
    ...VIEWED_PRODUCTS_ROUTES.list,
    operationId: 'listViewedProducts',
    summary: 'List the signed-in shopper’s viewed products (optional)',
    description:
      'The products the signed-in shopper viewed, newest first (at most 30), as the backend keeps them: a signed-in shopper’s browsing history follows the account, a signed-out one stays on the device. ' +
      '`401 unauthorized` for a missing, unknown or expired token. Optional: a backend without it answers `404` and the history stays on the device.',
    auth: 'session',
    response: ViewedProductsSchema,
    optional: true,
    errors: ['unauthorized'],
  }),
  recordProductView: endpoint({
    ...VIEWED_PRODUCTS_ROUTES.record,
    operationId: 'recordProductView',
    summary: 'Record that the signed-in shopper viewed a product (optional)',
    description: 'Puts `productId` first in the signed-in shopper’s viewed products (the oldest beyond 30 go) and answers them. `404` for an unknown product, `401 unauthorized` for a missing, unknown or expired token.',
    pathParameters: [{ name: 'productId', description: 'The product viewed.' }],
    auth: 'session',
    response: ViewedProductsSchema,
    optional: true,
    errors: ['not_found', 'unauthorized'],
  }),
  clearViewedProducts: endpoint({
    ...VIEWED_PRODUCTS_ROUTES.clear,
    operationId: 'clearViewedProducts',
    summary: 'Forget the signed-in shopper’s viewed products (optional)',
    description: 'Deletes the signed-in shopper’s browsing history on the backend and answers it, empty. `401 unauthorized` for a missing, unknown or expired token.',
    auth: 'session',
    response: ViewedProductsSchema,
    optional: true,
    errors: ['unauthorized'],
  }),
} as const;
