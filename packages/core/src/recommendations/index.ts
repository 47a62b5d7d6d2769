/**
 * `@orderzone/core/recommendations`: recommendations for a shopper ("related to this product",
 * "frequently bought together", "recently viewed", "for you"), each with why, and the browsing
 * history they come from, kept on the device (with the account of a signed-in shopper). The main entry `@orderzone/core` exports their
 * types only, so a page without recommendations carries none of this code.
 *
 * ```ts
 * import { recommendationsFor } from '@orderzone/core/recommendations';
 * const { items } = await recommendationsFor(zone).load({ kind: 'related', productId: 'cotton-tee' });
 * ```
 *
 * @packageDocumentation
 */
export { RECOMMENDATION_LIMIT_DEFAULT, RECOMMENDATION_LIMIT_MAX, VIEWED_PRODUCTS_MAX } from './recommendation-limits.ts';
export { type BrowsingHistory, browsingHistoryKey, createBrowsingHistory } from './browsing-history.ts';
export { createShopperHistory, type HistoryPlace, type ShopperHistory } from './shopper-history.ts';
export type { ViewedProducts } from './viewed-products-schema.ts';
export { offersRecommendations, type RecommendationQuery, type RecommendationsClient, recommendationsFor, withoutCartProducts } from './recommendations-client.ts';
export type { Recommendation, RecommendationKind, RecommendationKindSchema, RecommendationList, RecommendationListSchema, RecommendationReason, RecommendationReasonCode, RecommendationReasonCodeSchema, RecommendationReasonSchema, RecommendationRequest, RecommendationRequestSchema, RecommendationSchema } from './recommendation-schema.ts';
