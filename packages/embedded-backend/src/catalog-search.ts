/**
 * Catalog search over a shop's seed: text relevance (title, subtitle and tags, description), a
 * category and its descendants, option filters with facet counts, price range, in-stock only, the
 * sorts and pages. The seed never changes, so its texts, sort orders and corpora are worked out once
 * per search instance; stock is given with each query.
 *
 * @module
 */
import { facetKey, fromPrice, nameWithUnit, optionGroupUnit, summarizeProduct } from '@orderzone/core';
import type { CatalogQuery, Money, OptionFacet, Product, ProductPage, RatingSummary, ReviewRecord, Variant } from '@orderzone/core';
import { currentProduct, type EngineState, type ShopSeed } from './engine-state.ts';
import { ratingsOf } from './reviews.ts';

/** Results per page when the query does not say. */
export const DEFAULT_PAGE_SIZE = 12;

/** Lower-cased, width-normalised text for matching ("ＡＢＣ" finds "abc"). */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function allTexts(text: Product['title'] | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text);
}

/** Search over a seed's catalog. */
export interface CatalogSearch {
  /**
   * The page of products `query` (already checked against `CatalogQuerySchema`) finds with the stock
   * `stock`, each rated from the published ones of `reviews`.
   */
  search(query: CatalogQuery, stock: EngineState['stock'], reviews?: readonly ReviewRecord[]): ProductPage;
}

/** A search over the products and categories of `seed`. */
export function createCatalogSearch(seed: Pick<ShopSeed, 'categories' | 'products'>): CatalogSearch {
  const productIndex = new Map(seed.products.map((p) => [p.id, p]));
  /** The stock of the query being answered. */
  let stock: EngineState['stock'] = {};

  /** The category and all its descendants. */
  function categoryFamily(categoryId: string): Set<string> {
    const family = new Set([categoryId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const category of seed.categories) {
        if (category.parentId !== undefined && family.has(category.parentId) && !family.has(category.id)) {
          family.add(category.id);
          grew = true;
        }
      }
    }
    return family;
  }

  /**
   * What search reads of a seed product, worked out once per product (the seed never changes; stock
   * is read from the state at each query): its texts folded for matching, its "from" price and when
   * it was created.
   */
  interface SearchEntry {
    product: Product;
    index: number;
    title: string;
    secondary: string;
    body: string;
    from: Money;
    createdAt: number;
    /** Per option group (same order), the ids of its values that some variant has, each once. */
    offered: string[][];
    /** Per option group (same order), the facet it counts in (`facetKey`) and its unit. */
    facetKeys: string[];
    units: string[];
  }
  let searchEntries: SearchEntry[] | undefined;
  function searchIndex(): SearchEntry[] {
    // `index`: the position in this list, which is catalogue order.
    return (searchEntries ??= [...productIndex.values()].map((product, index) => ({
      product,
      index,
      title: allTexts(product.title).map(fold).join('\n'),
      secondary: [...allTexts(product.subtitle), ...(product.tags ?? [])].map(fold).join('\n'),
      body: allTexts(product.description).map(fold).join('\n'),
      from: fromPrice(product).price,
      createdAt: Date.parse(product.createdAt),
      offered: product.optionGroups.map((group) => [
        ...new Set(product.variants.map((variant) => variant.options[group.id] ?? '').filter((value) => group.values.some((v) => v.id === value))),
      ]),
      facetKeys: product.optionGroups.map(facetKey),
      units: product.optionGroups.map(optionGroupUnit),
    })));
  }

  /** The reviews of the query being answered. */
  let reviews: readonly ReviewRecord[] = [];
  /** Each product's rating from the published reviews, worked out once per change of the reviews. */
  let ratings: { of: readonly ReviewRecord[]; byProduct: Map<string, RatingSummary> } | undefined;
  function ratingOf(productId: string): RatingSummary | undefined {
    if (!ratings || ratings.of !== reviews) {
      ratings = { of: reviews, byProduct: ratingsOf(reviews) };
      sortedIndexes.delete('rating');
    }
    return ratings.byProduct.get(productId);
  }

  /** The seed's products in the order of `sort` (then catalogue order), worked out once per sort. */
  const sortedIndexes = new Map<string, SearchEntry[]>();
  function sortedIndex(sort: 'price_asc' | 'price_desc' | 'rating' | 'newest'): SearchEntry[] {
    // The ratings change with the reviews (which drops a stale "rating" order).
    if (sort === 'rating') ratingOf('');
    let sorted = sortedIndexes.get(sort);
    if (!sorted) {
      sorted = searchIndex()
        .slice()
        .sort((a, b) => {
          const byIndex = a.index - b.index;
          switch (sort) {
            case 'price_asc':
              return a.from.amount - b.from.amount || byIndex;
            case 'price_desc':
              return b.from.amount - a.from.amount || byIndex;
            case 'rating':
            {
              const ra = ratingOf(a.product.id);
              const rb = ratingOf(b.product.id);
              return (rb?.averageTenths ?? -1) - (ra?.averageTenths ?? -1) || (rb?.count ?? 0) - (ra?.count ?? 0) || byIndex;
            }
            default:
              return b.createdAt - a.createdAt || byIndex;
          }
        });
      sortedIndexes.set(sort, sorted);
    }
    return sorted;
  }

  /**
   * The folded texts of every product, field by field, each as one string (products apart by a
   * character no search term holds) with where each product's text starts: a term is found in the
   * whole catalogue by a few `indexOf` scans instead of one `includes` per product.
   */
  interface SearchCorpus {
    text: string;
    starts: Int32Array;
  }
  let corpora: { title: SearchCorpus; secondary: SearchCorpus; body: SearchCorpus } | undefined;
  const SEPARATOR = '\u0000';
  function corpusOf(texts: string[]): SearchCorpus {
    const starts = new Int32Array(texts.length);
    let at = 0;
    texts.forEach((text, i) => {
      starts[i] = at;
      at += text.length + 1;
    });
    return { text: texts.join(SEPARATOR), starts };
  }
  function searchCorpora(): NonNullable<typeof corpora> {
    const entries = searchIndex();
    return (corpora ??= {
      title: corpusOf(entries.map((e) => e.title)),
      secondary: corpusOf(entries.map((e) => e.secondary)),
      body: corpusOf(entries.map((e) => e.body)),
    });
  }
  /** Sets `level` at the index of every product whose text in `corpus` contains `term`. */
  function markMatches(corpus: SearchCorpus, term: string, into: Uint8Array, level: number): void {
    const { text, starts } = corpus;
    let at = text.indexOf(term);
    while (at >= 0) {
      // The product whose text holds position `at`: the last start at or before it.
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= at) low = middle;
        else high = middle - 1;
      }
      into[low] = level;
      at = low + 1 < starts.length ? text.indexOf(term, starts[low + 1]) : -1;
    }
  }

  /**
   * Each product's relevance, by catalogue index: 0 when it does not contain every term; else, per
   * term, 3 for a match in the title, 2 in the subtitle or tags, 1 in the description.
   */
  function relevances(terms: readonly string[]): Uint16Array {
    const { title, secondary, body } = searchCorpora();
    const count = searchIndex().length;
    const scores = new Uint16Array(count);
    const level = new Uint8Array(count);
    terms.forEach((term, t) => {
      level.fill(0);
      if (!term.includes(SEPARATOR)) {
        markMatches(body, term, level, 1);
        markMatches(secondary, term, level, 2);
        markMatches(title, term, level, 3);
      }
      for (let i = 0; i < count; i += 1) scores[i] = level[i] === 0 || (t > 0 && scores[i] === 0) ? 0 : scores[i]! + level[i]!;
    });
    return scores;
  }

  /** True when a variant of a seed product can be ordered now, by the stock of the state. */
  function inStockNow(variant: Variant): boolean {
    return variant.stock === null || (stock[variant.id] ?? variant.stock) > 0;
  }

  /**
   * The variants of a seed product in stock now, worked out once per stock: the state's stock is
   * replaced, never changed in place, so the cache holds while `stock` is the same object.
   */
  let inStockCache: { stock: EngineState['stock']; variants: (readonly Variant[] | undefined)[] } | undefined;
  function inStockVariants(entry: SearchEntry): readonly Variant[] {
    if (inStockCache?.stock !== stock) inStockCache = { stock: stock, variants: [] };
    const all = entry.product.variants;
    return (inStockCache.variants[entry.index] ??= all.every(inStockNow) ? all : all.filter(inStockNow));
  }

  /** The filtered groups of `filters` as `[groupId, accepted values]`, leaving out `except` and empty ones. */
  function filterGroups(filters: Record<string, string[]>, except?: string): [string, string[]][] {
    return Object.entries(filters).filter(([groupId, values]) => values.length > 0 && groupId !== except);
  }

  /** True when the variant has an accepted value for every filtered group. */
  function matchesGroups(variant: Variant, groups: [string, string[]][]): boolean {
    for (const [groupId, values] of groups) if (!values.includes(variant.options[groupId] ?? '')) return false;
    return true;
  }

  function search(query: CatalogQuery, stockNow: EngineState['stock'], reviewsNow: readonly ReviewRecord[] = []): ProductPage {
    stock = stockNow;
    reviews = reviewsNow;
    const family = query.categoryId !== undefined ? categoryFamily(query.categoryId) : undefined;
    const terms = fold(query.text ?? '').split(/\s+/).filter(Boolean);
    const inStockOnly = query.inStockOnly === true;
    const optionFilters = query.options ?? {};
    const filtered = filterGroups(optionFilters);

    // Everything except options and price; `variants`: those that count (in stock now, when asked).
    const base: { entry: SearchEntry; score: number; variants: readonly Variant[] }[] = [];
    const scores = terms.length > 0 ? relevances(terms) : undefined;
    for (const entry of searchIndex()) {
      const score = scores ? scores[entry.index]! : 1;
      if (score === 0) continue;
      if (family && !entry.product.categoryIds.some((id) => family.has(id))) continue;
      const variants = inStockOnly ? inStockVariants(entry) : entry.product.variants;
      if (inStockOnly && variants.length === 0) continue;
      base.push({ entry, score, variants });
    }
    const matchesOptions = ({ variants }: { variants: readonly Variant[] }): boolean => variants.some((variant) => matchesGroups(variant, filtered));
    const inPriceRange = ({ entry }: { entry: SearchEntry }): boolean =>
      (query.minPrice === undefined || entry.from.amount >= query.minPrice) && (query.maxPrice === undefined || entry.from.amount <= query.maxPrice);
    const priced = query.minPrice === undefined && query.maxPrice === undefined ? base : base.filter(inPriceRange);
    const matches = priced.filter(matchesOptions);

    const sort = query.sort ?? 'relevance';
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const from = (page - 1) * pageSize;
    let onPage: SearchEntry[];
    if (sort === 'relevance') {
      // By score, then catalogue order (the order `matches` is in).
      const sorted = terms.length === 0 ? matches : matches.slice().sort((a, b) => b.score - a.score || a.entry.index - b.entry.index);
      onPage = sorted.slice(from, from + pageSize).map(({ entry }) => entry);
    } else {
      // The seed in the order of the sort, worked out once: the page is the matches met along it.
      const matched = new Uint8Array(searchIndex().length);
      for (const { entry } of matches) matched[entry.index] = 1;
      onPage = [];
      let seen = 0;
      for (const entry of sortedIndex(sort)) {
        if (matched[entry.index] !== 1) continue;
        if (seen >= from) onPage.push(entry);
        seen += 1;
        if (onPage.length === pageSize) break;
      }
    }
    const items = onPage.map((entry) => summarizeProduct(currentProduct(entry.product, { stock, reviews })));

    // Each option group counts products over the set filtered by everything but that group's own filter,
    // so choosing "M" still shows the other sizes and how many products each would give. Groups of one id
    // merge only when their values share a unit (facetKey): "Capacity" in ml and in mAh are two facets.
    const facets: OptionFacet[] = [];
    // Per facet: the other groups' filters, the products it applies to, a count per value and, per
    // value, the last product counted (so a product counts once per value, with no object per product or value).
    const facetIndex = new Map<string, { facet: OptionFacet; unit: string; others: [string, string[]][]; products: number; counts: Map<string, number>; countedFor: Map<string, number> }>();
    for (const { entry, variants } of priced) {
      const groups = entry.product.optionGroups;
      for (let g = 0; g < groups.length; g += 1) {
        const group = groups[g]!;
        const key = entry.facetKeys[g]!;
        let facetOf = facetIndex.get(key);
        if (!facetOf) {
          facetOf = {
            facet: { groupId: group.id, name: group.name, values: [] },
            unit: entry.units[g]!,
            others: filterGroups(optionFilters, group.id),
            products: 0,
            counts: new Map(),
            countedFor: new Map(),
          };
          facetIndex.set(key, facetOf);
          facets.push(facetOf.facet);
        }
        const { facet, others, counts, countedFor } = facetOf;
        if (others.length === 0 ? variants.length > 0 : variants.some((variant) => matchesGroups(variant, others))) facetOf.products += 1;
        for (const value of group.values) {
          if (counts.has(value.id)) continue;
          facet.values.push({ id: value.id, label: value.label, count: 0 });
          counts.set(value.id, 0);
        }
        if (others.length === 0 && variants === entry.product.variants) {
          // No other filter and every variant counts: the values some variant has.
          for (const value of entry.offered[g]!) counts.set(value, counts.get(value)! + 1);
          continue;
        }
        // The values of this group that a variant has while passing every other filter.
        for (const variant of variants) {
          const value = variant.options[group.id] ?? '';
          if (countedFor.get(value) === entry.index || !matchesGroups(variant, others) || !group.values.some((v) => v.id === value)) continue;
          countedFor.set(value, entry.index);
          counts.set(value, counts.get(value)! + 1);
        }
      }
    }
    const facetsPerGroup = new Map<string, number>();
    for (const facet of facets) facetsPerGroup.set(facet.groupId, (facetsPerGroup.get(facet.groupId) ?? 0) + 1);
    for (const { facet, unit, products, counts } of facetIndex.values()) {
      for (const value of facet.values) value.count = counts.get(value.id) ?? 0;
      facet.products = products;
      if (unit && facetsPerGroup.get(facet.groupId)! > 1) facet.name = nameWithUnit(facet.name, unit);
    }

    // The price range of what the other filters leave, so a price slider keeps its bounds while used.
    const rangeSet = (priced === base ? matches : base.filter(matchesOptions)).map(({ entry }) => entry.from);
    const result: ProductPage = { items, total: matches.length, page, pageSize, facets: { options: facets } };
    if (rangeSet.length > 0) {
      const min = rangeSet.reduce((a, b) => (b.amount < a.amount ? b : a));
      const max = rangeSet.reduce((a, b) => (b.amount > a.amount ? b : a));
      result.facets.priceRange = { min, max };
    }
    return result;
  }

  return { search };
}
