/**
 * The engine's recommendation call (issue 18): the request checked, the signed-in shopper's
 * purchases gathered, and the ranking of `recommendations.ts` over the catalog as it is now.
 *
 * @module
 */
import { summarizeProduct } from '@orderzone/core';
import type { Category, Product, RecommendationList } from '@orderzone/core';
import { ownsOrder, sessionEnded, sessionOf } from './accounts.ts';
import type { EngineCore } from './engine-core.ts';
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
  const request = parseRecommendationRequest(rawRequest);
  const { orders } = core.state();
  let purchased: string[] = [];
  if (sessionToken !== undefined) {
    const session = sessionOf(core, sessionToken);
    if (!session) throw sessionEnded();
    purchased = orders
      .filter((order) => ownsOrder(session, order) && countsAsPurchase(order))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
      .flatMap((order) => order.lines.map((line) => line.productId));
  }
  const current: RecommendationCatalog = { products: catalog.products.map((product) => core.lookup(product.id) ?? product), categories: catalog.categories, summarize: summarizeProduct };
  return structuredClone(rank(request, current, signals ?? signalsOfOrders(orders, request), [...new Set(purchased)]));
}
