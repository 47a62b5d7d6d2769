/**
 * The engine's recommendation call (issue 18): the request checked, the signed-in shopper's
 * purchases gathered, and the ranking of `recommendations.ts` over the catalog as it is now.
 *
 * @module
 */
import { summarizeProduct } from '@orderzone/core';
import type { Category, Product, RecommendationList } from '@orderzone/core';
import { listOrders } from './accounts.ts';
import type { EngineCore } from './engine-core.ts';
import { viewedForRecommendations } from './viewed-products.ts';
import { countsAsPurchase, parseRecommendationRequest, recommend as rank, signalsOfOrders, type RecommendationCatalog, type RecommendationSignals } from './recommendations.ts';

/**
 * Products to recommend, from `signals` when the store counted them (the server, in SQL), else from
 * the orders in the state. `sessionToken`: the signed-in shopper, whose orders count for `for_you`;
 * one that is no longer valid throws `unauthorized`.
 */
export function recommend(
  core: EngineCore,
  catalog: { products: readonly Product[]; categories: readonly Category[] },
  rawRequest: unknown,
  sessionToken?: string,
  signals?: RecommendationSignals,
): RecommendationList {
  const parsed = parseRecommendationRequest(rawRequest);
  // A signed-in shopper's history kept by the backend counts first (`viewed-products.ts`).
  const viewedProductIds = viewedForRecommendations(core, sessionToken, parsed.viewedProductIds);
  const request = { ...parsed, ...(viewedProductIds ? { viewedProductIds } : {}) };
  const { orders } = core.state();
  // The signed-in shopper's orders, newest first (`unauthorized` for a session that ended).
  const purchased =
    sessionToken === undefined ? [] : listOrders(core, sessionToken).filter(countsAsPurchase).flatMap((order) => order.lines.map((line) => line.productId));
  const current: RecommendationCatalog = { products: catalog.products.map((product) => core.lookup(product.id) ?? product), categories: catalog.categories, summarize: summarizeProduct };
  return structuredClone(rank(request, current, signals ?? signalsOfOrders(orders, request), [...new Set(purchased)]));
}
