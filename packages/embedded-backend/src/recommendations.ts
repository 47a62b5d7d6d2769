/**
 * Recommendations, written once for both backends: which products to recommend in a context and
 * why. The in-page backend hands it what it counts in its own orders ({@link signalsOfOrders});
 * `@orderzone/server` what SQL counts over its orders table. Either way the rules are these:
 *
 * - never the product looked at, a product in the cart, or one that is out of stock;
 * - `related`: products sharing categories and tags with the product (`similar`);
 * - `bought_together`: products bought in the same orders as the product, or as the cart's
 *   products, most orders first (`bought_together`);
 * - `recently_viewed`: the products viewed on the device, newest first;
 * - `for_you`: products in the categories of what the shopper viewed and bought (`viewed`,
 *   `purchased`, naming the product that led there), not those already viewed or bought;
 * - cold start (nothing to go by): the best sellers of the category (`best_seller`), then products
 *   of the category that have not sold yet (`similar`).
 *
 * @module
 */
import { OrderZoneError, productStockLevel, type Category, type Order, type OrderStatus, type Product, type ProductSummary } from '@orderzone/core';
import type { Recommendation, RecommendationList, RecommendationReason, RecommendationRequest } from '@orderzone/core';
import { RecommendationRequestSchema } from '@orderzone/core/schemas';
import { RECOMMENDATION_LIMIT_DEFAULT } from '@orderzone/core/recommendations';
import { fieldErrorsFromIssues } from './request-validation.ts';

/** Orders in these statuses count as nobody's purchase (cancelled, or the money went back). */
export const UNCOUNTED_ORDER_STATUSES: readonly OrderStatus[] = ['cancelled', 'refunded', 'returned'];

/** How often two products were bought in one order. */
export interface CoPurchase {
  /** The product to recommend. */
  productId: string;
  /** The product of the context it was bought with. */
  withProductId: string;
  /** In how many orders both were. */
  orders: number;
}

/** What the orders say, as a backend counts it. */
export interface RecommendationSignals {
  /** Products bought in the same orders as the context's products (see {@link coPurchaseSources}). */
  coPurchases: readonly CoPurchase[];
  /** Units sold per product id (counted orders only). */
  unitsSold: Readonly<Record<string, number>>;
}

/** The catalog as the rules read it. */
export interface RecommendationCatalog {
  /** Every product with its current stock, in catalogue order. */
  products: readonly Product[];
  categories: readonly Category[];
  /** A product as a card shows it (the backend's search summary). */
  summarize(product: Product): ProductSummary;
}

/** The request, validated (`validation` with field errors otherwise). */
export function parseRecommendationRequest(raw: unknown): RecommendationRequest {
  const parsed = RecommendationRequestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new OrderZoneError('validation', 'The recommendation request is not valid.', { fieldErrors: fieldErrorsFromIssues(parsed.error.issues, raw) });
  }
  return parsed.data;
}

/** The products whose co-purchases a request needs: the product looked at, else the cart's. */
export function coPurchaseSources(request: RecommendationRequest): string[] {
  if (request.kind !== 'bought_together') return [];
  return request.productId ? [request.productId] : [...new Set(request.cartProductIds ?? [])];
}

/** Whether an order counts as a purchase. */
export function countsAsPurchase(order: Pick<Order, 'status'>): boolean {
  return !UNCOUNTED_ORDER_STATUSES.includes(order.status);
}

/** The signals of `orders` (the in-page backend's: it has them all in memory). */
export function signalsOfOrders(orders: readonly Order[], request: RecommendationRequest): RecommendationSignals {
  const sources = new Set(coPurchaseSources(request));
  const unitsSold: Record<string, number> = {};
  const pairs = new Map<string, CoPurchase>();
  for (const order of orders) {
    if (!countsAsPurchase(order)) continue;
    const products = new Set<string>();
    for (const line of order.lines) {
      unitsSold[line.productId] = (unitsSold[line.productId] ?? 0) + line.quantity;
      products.add(line.productId);
    }
    for (const source of products) {
      if (!sources.has(source)) continue;
      for (const other of products) {
        if (other === source) continue;
        const key = `${other}\u0000${source}`;
        const pair = pairs.get(key) ?? { productId: other, withProductId: source, orders: 0 };
        pair.orders += 1;
        pairs.set(key, pair);
      }
    }
  }
  return { coPurchases: [...pairs.values()], unitsSold };
}

interface Candidate {
  product: Product;
  index: number;
  score: number;
  reason: RecommendationReason;
}

/**
 * The recommendations of `request`. `purchased`: the product ids the signed-in shopper bought,
 * newest first (none for a guest).
 */
export function recommend(request: RecommendationRequest, catalog: RecommendationCatalog, signals: RecommendationSignals, purchased: readonly string[] = []): RecommendationList {
  const limit = request.limit ?? RECOMMENDATION_LIMIT_DEFAULT;
  const byId = new Map(catalog.products.map((product, index) => [product.id, { product, index }]));
  const categoryById = new Map(catalog.categories.map((category) => [category.id, category]));
  const excluded = new Set([...(request.productId ? [request.productId] : []), ...(request.cartProductIds ?? [])]);
  const offerable = (product: Product): boolean => !excluded.has(product.id) && productStockLevel(product) !== 'out_of_stock';
  const sold = (id: string): number => signals.unitsSold[id] ?? 0;
  const subjectOfProduct = (id: string): RecommendationReason['subject'] => {
    const product = byId.get(id)?.product;
    return product ? { id, name: product.title } : undefined;
  };
  const withSubject = (code: RecommendationReason['code'], subject: RecommendationReason['subject']): RecommendationReason => (subject ? { code, subject } : { code });

  const chosen: Candidate[] = [];
  const taken = new Set<string>();
  /** Adds candidates best first (score, then units sold, then catalogue order) until the limit. */
  const take = (candidates: Candidate[]): void => {
    candidates.sort((a, b) => b.score - a.score || sold(b.product.id) - sold(a.product.id) || a.index - b.index);
    for (const candidate of candidates) {
      if (chosen.length >= limit) return;
      if (taken.has(candidate.product.id) || !offerable(candidate.product)) continue;
      taken.add(candidate.product.id);
      chosen.push(candidate);
    }
  };
  /** Cold start: best sellers of `categoryIds` (all products without any), then the rest of them as `similar` to `like`. */
  const bestSellersOf = (categoryIds: readonly string[], like?: string): void => {
    const inCategory = (product: Product): boolean => categoryIds.length === 0 || product.categoryIds.some((id) => categoryIds.includes(id));
    const categoryOf = (product: Product): RecommendationReason['subject'] => {
      const id = product.categoryIds.find((c) => categoryIds.includes(c)) ?? (categoryIds.length === 0 ? product.categoryIds[0] : undefined);
      const category = id === undefined ? undefined : categoryById.get(id);
      return category ? { id: category.id, name: category.name } : undefined;
    };
    const candidates = [...byId.values()].filter(({ product }) => inCategory(product));
    take(candidates.filter(({ product }) => sold(product.id) > 0).map(({ product, index }) => ({ product, index, score: 0, reason: withSubject('best_seller', categoryOf(product)) })));
    if (like !== undefined) take(candidates.map(({ product, index }) => ({ product, index, score: 0, reason: withSubject('similar', subjectOfProduct(like)) })));
  };
  const categoriesOf = (ids: readonly string[]): string[] => [...new Set(ids.flatMap((id) => byId.get(id)?.product.categoryIds ?? []))];

  switch (request.kind) {
    case 'related': {
      const source = request.productId === undefined ? undefined : byId.get(request.productId)?.product;
      if (!source) break;
      const tags = new Set(source.tags ?? []);
      take(
        [...byId.values()]
          .map(({ product, index }) => ({
            product,
            index,
            score: 4 * product.categoryIds.filter((id) => source.categoryIds.includes(id)).length + 2 * (product.tags ?? []).filter((tag) => tags.has(tag)).length,
            reason: withSubject('similar', subjectOfProduct(source.id)),
          }))
          .filter((candidate) => candidate.score > 0),
      );
      bestSellersOf(source.categoryIds);
      break;
    }
    case 'bought_together': {
      const sources = coPurchaseSources(request).filter((id) => byId.has(id));
      const best = new Map<string, CoPurchase & { total: number }>();
      for (const pair of signals.coPurchases) {
        if (!sources.includes(pair.withProductId)) continue;
        const seen = best.get(pair.productId);
        const total = (seen?.total ?? 0) + pair.orders;
        const top = !seen || pair.orders > seen.orders ? pair : seen;
        best.set(pair.productId, { ...top, total });
      }
      take(
        [...best.values()].flatMap((pair) => {
          const entry = byId.get(pair.productId);
          return entry ? [{ ...entry, score: pair.total, reason: withSubject('bought_together', subjectOfProduct(pair.withProductId)) }] : [];
        }),
      );
      if (sources.length > 0) bestSellersOf(categoriesOf(sources), sources[0]);
      break;
    }
    case 'recently_viewed': {
      const viewed = (request.viewedProductIds ?? []).flatMap((id, position) => {
        const entry = byId.get(id);
        return entry ? [{ ...entry, score: -position, reason: { code: 'recently_viewed' } as RecommendationReason }] : [];
      });
      take(viewed);
      break;
    }
    case 'for_you': {
      // What led here: each category weighs what the shopper bought (2) and viewed (1, the newest most).
      const interests: { id: string; code: 'viewed' | 'purchased'; weight: number }[] = [
        ...purchased.map((id) => ({ id, code: 'purchased' as const, weight: 2 })),
        ...(request.viewedProductIds ?? []).map((id, position) => ({ id, code: 'viewed' as const, weight: 1 / (1 + position / 4) })),
      ].filter((interest) => byId.has(interest.id));
      const seen = new Set(interests.map((interest) => interest.id));
      const candidates: Candidate[] = [];
      for (const { product, index } of byId.values()) {
        if (seen.has(product.id)) continue;
        let score = 0;
        let lead: (typeof interests)[number] | undefined;
        for (const interest of interests) {
          const shared = byId.get(interest.id)!.product.categoryIds.filter((id) => product.categoryIds.includes(id)).length;
          if (shared === 0) continue;
          score += shared * interest.weight;
          if (!lead || interest.weight > lead.weight) lead = interest;
        }
        if (lead) candidates.push({ product, index, score, reason: withSubject(lead.code, subjectOfProduct(lead.id)) });
      }
      take(candidates);
      if (chosen.length < limit) {
        for (const id of seen) taken.add(id);
        bestSellersOf([]);
      }
      break;
    }
  }
  const items: Recommendation[] = chosen.map(({ product, reason }) => ({ product: catalog.summarize(product), reason }));
  return { kind: request.kind, items };
}
