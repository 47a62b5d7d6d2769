/**
 * Recommendations for a zone: asks the backend (`BackendAdapter.getRecommendations`) with the
 * context the zone knows (the cart, the browsing history, the signed-in shopper),
 * and keeps the history. One client per zone ({@link recommendationsFor}).
 *
 * @module
 */
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import type { CartLine } from '../cart/cart.ts';
import { isOrderZoneError } from '../errors.ts';
import type { OrderZone } from '../zone/order-zone.ts';
import { createBrowsingHistory } from './browsing-history.ts';
import { createShopperHistory, type ShopperHistory } from './shopper-history.ts';
import { RECOMMENDATION_LIMIT_DEFAULT, RECOMMENDATION_LIMIT_MAX } from './recommendation-limits.ts';
import type { RecommendationKind, RecommendationList, RecommendationRequest } from './recommendation-schema.ts';

/** What to recommend: the kind, the product the shopper looks at (if any), how many. */
export interface RecommendationQuery {
  kind: RecommendationKind;
  productId?: string;
  limit?: number;
}

/** Recommendations of one zone. */
export interface RecommendationsClient {
  /** False when the backend offers no recommendations (then {@link RecommendationsClient.load} answers none). */
  readonly supported: boolean;
  /** The products viewed: on this device, or with the account of a signed-in shopper (see `shopper-history.ts`). */
  readonly history: ShopperHistory;
  /**
   * The backend's recommendations for `query` in the zone's context. `related` of a product leaves
   * out what the latest `bought_together` of the same product answered (waiting for it when it is on
   * its way), so two lists on a product page never show the same product. An answer the cart has
   * changed since is still right: show it through {@link withoutCartProducts}. Rejects with the
   * backend's `OrderZoneError` (`network`, `validation`...); a backend without the endpoint
   * (`not_found`) answers an empty list.
   */
  load(query: RecommendationQuery, ctx?: { signal?: AbortSignal }): Promise<RecommendationList>;
}

/** `list` without the products of `lines`: the cart may have changed since the backend answered. */
export function withoutCartProducts(list: RecommendationList, lines: readonly CartLine[]): RecommendationList {
  const inCart = new Set(lines.map((line) => line.productId));
  return { kind: list.kind, items: list.items.filter((item) => !inCart.has(item.product.id)) };
}

/** Whether `adapter` offers recommendations. */
export function offersRecommendations(adapter: BackendAdapter): boolean {
  return typeof adapter.getRecommendations === 'function';
}

const clients = new WeakMap<OrderZone, RecommendationsClient>();

/** The recommendations client of `zone` (created on the first call, then the same one). */
export function recommendationsFor(zone: OrderZone): RecommendationsClient {
  let client = clients.get(zone);
  if (!client) {
    client = createRecommendationsClient(zone);
    clients.set(zone, client);
  }
  return client;
}

function createRecommendationsClient(zone: OrderZone): RecommendationsClient {
  const history = createShopperHistory(zone, createBrowsingHistory(zone.shopId, zone.storage));
  const { adapter } = zone;
  /** The latest "bought together" answer of each product, so "related" of the same product leaves those out. */
  const together = new Map<string, Promise<RecommendationList>>();

  const ask = async (query: RecommendationQuery, limit: number, ctx?: { signal?: AbortSignal }): Promise<RecommendationList> => {
    const empty: RecommendationList = { kind: query.kind, items: [] };
    if (!adapter.getRecommendations) return empty;
    const request: RecommendationRequest = {
      kind: query.kind,
      ...(query.productId ? { productId: query.productId } : {}),
      cartProductIds: [...new Set(zone.cart.$lines.get().map((line) => line.productId))],
      viewedProductIds: [...history.$viewed.get()],
      limit,
    };
    const sessionToken = zone.account?.$session.get()?.token;
    try {
      const list = await adapter.getRecommendations(request, {
        locale: zone.$locale.get(),
        ...(ctx?.signal ? { signal: ctx.signal } : {}),
        ...(sessionToken ? { sessionToken } : {}),
      });
      return withoutCartProducts(list, zone.cart.$lines.get());
    } catch (error) {
      if (isOrderZoneError(error) && error.code === 'not_found') return empty;
      throw error;
    }
  };

  return {
    supported: offersRecommendations(adapter),
    history,
    async load(query, ctx) {
      const limit = query.limit ?? RECOMMENDATION_LIMIT_DEFAULT;
      if (query.kind === 'bought_together' && query.productId) {
        const answer = ask(query, limit, ctx);
        together.set(query.productId, answer);
        return answer;
      }
      if (query.kind !== 'related' || !query.productId) return ask(query, limit, ctx);
      // "Related" never repeats what "bought together" of the same product shows (asked first on a product page).
      const shown = await together.get(query.productId)?.catch(() => undefined);
      const taken = new Set((shown?.items ?? []).map((item) => item.product.id));
      const list = await ask(query, Math.min(RECOMMENDATION_LIMIT_MAX, limit + taken.size), ctx);
      return { kind: list.kind, items: list.items.filter((item) => !taken.has(item.product.id)).slice(0, limit) };
    },
  };
}
