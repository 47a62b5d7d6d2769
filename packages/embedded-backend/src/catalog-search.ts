/**
 * Catalog search over a shop's seed: text relevance (title, subtitle and tags, description), a
 * category and its descendants, option filters with facet counts, price range, in-stock only, the
 * sorts and pages. The seed never changes, so its texts, sort orders and corpora are worked out once
 * per search instance; stock is given with each query. Queries without text (the first page, a
 * category, an option filter, a sort) reuse the set they start from, its facet counts and price range
 * from one query to the next (those of in-stock products follow a stock change, `followStock`).
 *
 * @module
 */
import { facetKey, fromPrice, nameWithUnit, optionGroupUnit, summarizeProduct } from '@orderzone/core';
import type { CatalogQuery, Money, OptionFacet, Product, ProductPage, RatingSummary, ReviewRecord, Variant } from '@orderzone/core';
import { currentProduct, type EngineState, type ShopSeed } from './engine-state.ts';
import { ratingsOf } from './reviews.ts';
import { changedStockIds } from './stock-changes.ts';

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
    // The matches come in text order: the product holding one (the last start at or before it) is
    // found by walking on from the previous one, so a term that nearly every product holds costs one
    // pass over the starts, not a binary search per product.
    let product = 0;
    let at = text.indexOf(term);
    while (at >= 0) {
      while (product + 1 < starts.length && starts[product + 1]! <= at) product += 1;
      into[product] = level;
      at = product + 1 < starts.length ? text.indexOf(term, starts[product + 1]) : -1;
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

  /**
   * What the queries without text keep from one to the next, per category and in-stock-only: the
   * products they start from, those with a variant that counts, the price range of those, and the
   * facets over them (see {@link FacetFrame}). Worked out on the first such query; those of in-stock
   * products only follow a stock change (the state's stock is replaced, never changed in place; see
   * `followStock`). The catalogue is the seed, which never changes for one search (a new catalogue is a new search).
   */
  interface BaseSet {
    /** The category family it is of (none: every product). */
    family: Set<string> | undefined;
    entries: SearchEntry[];
    /** The entries with a variant that counts: the matches when no option is filtered. */
    offered: SearchEntry[];
    range: { min: Money; max: Money } | undefined;
    frame: FacetFrame;
  }
  /** The base sets of all products (`byKey`), and those of in-stock products only for the stock `stock`. */
  let baseSets: { byKey: Map<string, BaseSet>; stock: EngineState['stock']; inStock: Map<string, BaseSet> } | undefined;
  /** Base sets kept at most (a shop with many categories): beyond it they are all worked out again. */
  const BASE_SETS_KEPT = 64;

  /** The variants of `entry` that count for the query: all, or those in stock now. */
  function variantsOf(entry: SearchEntry, inStockOnly: boolean): readonly Variant[] {
    return inStockOnly ? inStockVariants(entry) : entry.product.variants;
  }

  /**
   * One facet over a set of products: its group (the first met), its values in the order met, its unit,
   * the products that have it (with which of their groups), and (once asked) its counts with no other filter.
   */
  interface FacetTally {
    groupId: string;
    name: OptionFacet['name'];
    unit: string;
    values: { id: string; label: OptionFacet['values'][number]['label'] }[];
    /** Per value (same order), the catalogue index of the product it was first met in. */
    valuesMetIn: number[];
    members: SearchEntry[];
    memberGroups: number[];
    unfiltered?: { products: number; counts: Map<string, number> };
  }
  /** The facets of a set of products, in the order met (by facet key). */
  type FacetFrame = Map<string, FacetTally>;

  /**
   * Counts, over `tally`'s products, those with a variant passing `others` (the other groups' filters)
   * and, per value of the group, those with a variant that has it and passes `others`: a product counts
   * once per value.
   */
  function countFacet(tally: FacetTally, others: [string, string[]][], inStockOnly: boolean): { products: number; counts: Map<string, number> } {
    const counts = new Map<string, number>();
    for (const value of tally.values) counts.set(value.id, 0);
    const countedFor = new Map<string, number>();
    let products = 0;
    const { members, memberGroups } = tally;
    for (let m = 0; m < members.length; m += 1) {
      const entry = members[m]!;
      const g = memberGroups[m]!;
      const group = entry.product.optionGroups[g]!;
      const variants = variantsOf(entry, inStockOnly);
      const offered = entry.offered[g]!;
      if (others.length === 0 && variants === entry.product.variants) {
        // No other filter and every variant counts: the values some variant has.
        if (variants.length > 0) products += 1;
        for (const value of offered) counts.set(value, counts.get(value)! + 1);
        continue;
      }
      // The values of this group (those some variant has) that a variant has while passing every other filter.
      let passing = false;
      for (const variant of variants) {
        if (!matchesGroups(variant, others)) continue;
        passing = true;
        const value = variant.options[group.id] ?? '';
        if (countedFor.get(value) === entry.index || !offered.includes(value)) continue;
        countedFor.set(value, entry.index);
        counts.set(value, counts.get(value)! + 1);
      }
      if (passing) products += 1;
    }
    return { products, counts };
  }

  /**
   * The facets of `entries`: each option group counts in the facet of its key (groups of one id merge
   * only when their values share a unit, `facetKey`: "Capacity" in ml and in mAh are two facets), with
   * its values in the order met.
   */
  function facetFrame(entries: readonly SearchEntry[]): FacetFrame {
    const frame: FacetFrame = new Map();
    const valuesMet = new Map<string, Set<string>>();
    for (const entry of entries) {
      const groups = entry.product.optionGroups;
      for (let g = 0; g < groups.length; g += 1) {
        const group = groups[g]!;
        const key = entry.facetKeys[g]!;
        let tally = frame.get(key);
        if (!tally) {
          tally = { groupId: group.id, name: group.name, unit: entry.units[g]!, values: [], valuesMetIn: [], members: [], memberGroups: [] };
          frame.set(key, tally);
          valuesMet.set(key, new Set());
        }
        tally.members.push(entry);
        tally.memberGroups.push(g);
        const met = valuesMet.get(key)!;
        for (const value of group.values) {
          if (met.has(value.id)) continue;
          tally.values.push({ id: value.id, label: value.label });
          tally.valuesMetIn.push(entry.index);
          met.add(value.id);
        }
      }
    }
    return frame;
  }

  /** The "from" prices' lowest and highest of `entries` (the first met of equal ones). */
  function priceRange(entries: readonly SearchEntry[]): { min: Money; max: Money } | undefined {
    if (entries.length === 0) return undefined;
    let min = entries[0]!.from;
    let max = min;
    for (const { from } of entries) {
      if (from.amount < min.amount) min = from;
      if (from.amount > max.amount) max = from;
    }
    return { min, max };
  }

  /** The products of the category family (all without one) with a variant that counts, in catalogue order. */
  function baseEntries(family: Set<string> | undefined, inStockOnly: boolean, scores: Uint16Array | undefined): SearchEntry[] {
    const entries: SearchEntry[] = [];
    for (const entry of searchIndex()) {
      if (scores && scores[entry.index] === 0) continue;
      if (family && !entry.product.categoryIds.some((id) => family.has(id))) continue;
      if (inStockOnly && inStockVariants(entry).length === 0) continue;
      entries.push(entry);
    }
    return entries;
  }

  /** The base set of a query without text if it is kept (see {@link BaseSet}), without working it out. */
  function keptBaseSet(categoryId: string | undefined, inStockOnly: boolean): BaseSet | undefined {
    if (!baseSets || (inStockOnly && baseSets.stock !== stock)) return undefined;
    return (inStockOnly ? baseSets.inStock : baseSets.byKey).get(categoryId ?? '');
  }

  /**
   * Products whose in-stock variants changed followed one by one at most; beyond it (a restock of the
   * whole shop, say) the in-stock sets are worked out again on the next query.
   */
  const STOCK_CHANGES_FOLLOWED = 256;
  /** Each variant's product (seed entry) and the tracked variants' ids, worked out on the first stock change followed. */
  let variantsIndex: { entries: Map<string, SearchEntry>; tracked: string[] } | undefined;

  /** The ids of the values of `entry`'s group `g` (those some variant has) that a variant of `variants` has, each once. */
  function valuesOffered(entry: SearchEntry, g: number, variants: readonly Variant[]): string[] {
    const groupId = entry.product.optionGroups[g]!.id;
    const offered = entry.offered[g]!;
    const values: string[] = [];
    for (const variant of variants) {
      const value = variant.options[groupId] ?? '';
      if (offered.includes(value) && !values.includes(value)) values.push(value);
    }
    return values;
  }

  /** The first of the positions `0…length` at which `before(position)` is false (`before` holds for a prefix only). */
  function firstNotBefore(length: number, before: (position: number) => boolean): number {
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(middle)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Where `entry` (its group `g`) is, or would go, in `tally`'s members (catalogue order, then group order). */
  function memberPosition(tally: FacetTally, entry: SearchEntry, g: number): number {
    return firstNotBefore(tally.members.length, (i) => {
      const index = tally.members[i]!.index;
      return index < entry.index || (index === entry.index && tally.memberGroups[i]! < g);
    });
  }

  /** Where `entry` is, or would go, in `entries` (catalogue order). */
  function entryPosition(entries: readonly SearchEntry[], entry: SearchEntry): number {
    return firstNotBefore(entries.length, (i) => entries[i]!.index < entry.index);
  }

  /**
   * Adds `entry` to (`joins`) or takes it from the members of `frame`'s facets, when that changes
   * nothing else of the frame: false (the frame left part-way) when it would change a facet's first
   * product (its group, name, unit and place) or its values (those `entry` brings or first met).
   */
  function moveMember(frame: FacetFrame, entry: SearchEntry, joins: boolean): boolean {
    const groups = entry.product.optionGroups;
    for (let g = 0; g < groups.length; g += 1) {
      const tally = frame.get(entry.facetKeys[g]!);
      if (!tally) return false;
      const at = memberPosition(tally, entry, g);
      if (at === 0) return false;
      for (const value of groups[g]!.values) {
        const v = tally.values.findIndex((known) => known.id === value.id);
        if (v < 0 || (joins ? tally.valuesMetIn[v]! > entry.index : tally.valuesMetIn[v] === entry.index)) return false;
      }
      if (joins) {
        tally.members.splice(at, 0, entry);
        tally.memberGroups.splice(at, 0, g);
      } else {
        tally.members.splice(at, 1);
        tally.memberGroups.splice(at, 1);
      }
    }
    return true;
  }

  /**
   * The in-stock base sets `sets`, kept for the stock `previous`, brought up to the stock now: only the
   * products whose in-stock variants changed are worked on (their place in each set, the facets' counts
   * by difference, the price range once a product joins or leaves); a set whose facets would change
   * otherwise than in counts gets its facets again (counts still by difference). Many changes: none kept.
   */
  function followStock(sets: Map<string, BaseSet>, previous: EngineState['stock']): Map<string, BaseSet> {
    if (sets.size === 0) return sets;
    variantsIndex ??= {
      entries: new Map(searchIndex().flatMap((entry) => entry.product.variants.map((variant) => [variant.id, entry] as const))),
      // Only the stock of the seed's tracked variants counts (`inStockNow`).
      tracked: searchIndex().flatMap((entry) => entry.product.variants.filter((variant) => variant.stock !== null).map((variant) => variant.id)),
    };
    const changedIds = changedStockIds(variantsIndex.tracked, previous, stock, 4 * STOCK_CHANGES_FOLLOWED);
    if (!changedIds) return new Map();
    const entriesByVariant = variantsIndex.entries;
    const inStockBefore = (variant: Variant): boolean => variant.stock === null || (previous[variant.id] ?? variant.stock) > 0;
    // The variants kept in stock for the previous stock hold for the products whose stock did not change.
    const touched = new Set<SearchEntry>();
    for (const id of changedIds) {
      const entry = entriesByVariant.get(id);
      if (entry) touched.add(entry);
    }
    if (inStockCache?.stock === previous) {
      inStockCache.stock = stock;
      for (const entry of touched) inStockCache.variants[entry.index] = undefined;
    }
    const changes: { entry: SearchEntry; before: readonly Variant[]; after: readonly Variant[] }[] = [];
    for (const entry of touched) {
      const before = entry.product.variants.filter(inStockBefore);
      const after = inStockVariants(entry);
      if (before.length !== after.length || before.some((variant, i) => variant !== after[i])) changes.push({ entry, before, after });
    }
    if (changes.length > STOCK_CHANGES_FOLLOWED) return new Map();
    for (const set of sets.values()) {
      const { family } = set;
      // Per facet key, the change of its counts with no other filter.
      const deltas = new Map<string, { products: number; counts: Map<string, number> }>();
      let joinedOrLeft = false;
      let frameKept = true;
      for (const { entry, before, after } of changes) {
        if (family && !entry.product.categoryIds.some((id) => family.has(id))) continue;
        const was = before.length > 0;
        const is = after.length > 0;
        for (let g = 0; g < entry.product.optionGroups.length; g += 1) {
          const key = entry.facetKeys[g]!;
          let delta = deltas.get(key);
          if (!delta) deltas.set(key, (delta = { products: 0, counts: new Map() }));
          delta.products += Number(is) - Number(was);
          for (const value of valuesOffered(entry, g, before)) delta.counts.set(value, (delta.counts.get(value) ?? 0) - 1);
          for (const value of valuesOffered(entry, g, after)) delta.counts.set(value, (delta.counts.get(value) ?? 0) + 1);
        }
        if (was === is) continue;
        joinedOrLeft = true;
        for (const list of [set.entries, set.offered]) {
          const at = entryPosition(list, entry);
          if (is) list.splice(at, 0, entry);
          else list.splice(at, 1);
        }
        if (frameKept) frameKept = moveMember(set.frame, entry, is);
      }
      if (joinedOrLeft) set.range = priceRange(set.offered);
      const previousFrame = set.frame;
      if (!frameKept) set.frame = facetFrame(set.entries);
      for (const [key, tally] of set.frame) {
        const counted = previousFrame.get(key)?.unfiltered;
        const delta = deltas.get(key);
        if (!counted) {
          tally.unfiltered = countFacet(tally, [], true);
          continue;
        }
        if (!delta) {
          tally.unfiltered = counted;
          continue;
        }
        const counts = new Map(counted.counts);
        for (const [value, change] of delta.counts) counts.set(value, (counts.get(value) ?? 0) + change);
        tally.unfiltered = { products: counted.products + delta.products, counts };
      }
    }
    return sets;
  }

  /** The kept base set of a query without text (see {@link BaseSet}). */
  function baseSetOf(categoryId: string | undefined, family: Set<string> | undefined, inStockOnly: boolean): BaseSet {
    if (!baseSets || baseSets.byKey.size + baseSets.inStock.size >= BASE_SETS_KEPT) baseSets = { byKey: new Map(), stock, inStock: new Map() };
    // Without in-stock-only, nothing of a base set depends on the stock.
    if (baseSets.stock !== stock) baseSets = { ...baseSets, stock, inStock: followStock(baseSets.inStock, baseSets.stock) };
    const sets = inStockOnly ? baseSets.inStock : baseSets.byKey;
    const key = categoryId ?? '';
    let set = sets.get(key);
    if (!set) {
      const entries = baseEntries(family, inStockOnly, undefined);
      const offered = entries.filter((entry) => variantsOf(entry, inStockOnly).length > 0);
      set = { family, entries, offered, range: priceRange(offered), frame: facetFrame(entries) };
      // Worked out now, for every later query without text in this set.
      for (const tally of set.frame.values()) tally.unfiltered = countFacet(tally, [], inStockOnly);
      sets.set(key, set);
    }
    return set;
  }

  /**
   * `matches` (in catalogue order) by score, highest first, then catalogue order: a counting sort,
   * since scores are small whole numbers (3 per term at most), in one pass instead of a sort's compares.
   */
  function byRelevance(matches: readonly SearchEntry[], scores: Uint16Array): SearchEntry[] {
    let top = 0;
    for (const entry of matches) top = Math.max(top, scores[entry.index]!);
    // `next[score]`: where the next entry of that score goes; the highest scores first.
    const next = new Int32Array(top + 1);
    for (const entry of matches) next[scores[entry.index]!]! += 1;
    let at = 0;
    for (let score = top; score >= 0; score -= 1) {
      const count = next[score]!;
      next[score] = at;
      at += count;
    }
    const sorted = new Array<SearchEntry>(matches.length);
    for (const entry of matches) sorted[next[scores[entry.index]!]!++] = entry;
    return sorted;
  }

  function search(query: CatalogQuery, stockNow: EngineState['stock'], reviewsNow: readonly ReviewRecord[] = []): ProductPage {
    stock = stockNow;
    reviews = reviewsNow;
    const family = query.categoryId !== undefined ? categoryFamily(query.categoryId) : undefined;
    const terms = fold(query.text ?? '').split(/\s+/).filter(Boolean);
    const inStockOnly = query.inStockOnly === true;
    const optionFilters = query.options ?? {};
    const filtered = filterGroups(optionFilters);
    const priceFiltered = query.minPrice !== undefined || query.maxPrice !== undefined;

    // Everything except options and price (those of a query without text kept from query to query);
    // a product's relevance is `scores[index]` (1 for every product without text).
    const scores = terms.length > 0 ? relevances(terms) : undefined;
    // A text every product of the set holds (a first letter typed, often) leaves the same products as
    // no text: the kept set of the query without text answers it, ordered by relevance.
    const textBase = scores?.includes(0) ? baseEntries(family, inStockOnly, scores) : undefined;
    const kept = !textBase || textBase.length === keptBaseSet(query.categoryId, inStockOnly)?.entries.length ? baseSetOf(query.categoryId, family, inStockOnly) : undefined;
    const base = kept ? kept.entries : textBase!;
    const matchesOptions = (entry: SearchEntry): boolean => variantsOf(entry, inStockOnly).some((variant) => matchesGroups(variant, filtered));
    const inPriceRange = (entry: SearchEntry): boolean =>
      (query.minPrice === undefined || entry.from.amount >= query.minPrice) && (query.maxPrice === undefined || entry.from.amount <= query.maxPrice);
    const priced = priceFiltered ? base.filter(inPriceRange) : base;
    const matches = kept && !priceFiltered && filtered.length === 0 ? kept.offered : priced.filter(matchesOptions);

    const sort = query.sort ?? 'relevance';
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const from = (page - 1) * pageSize;
    let onPage: SearchEntry[];
    if (sort === 'relevance') {
      // By score, then catalogue order (the order `matches` is in).
      const sorted = scores ? byRelevance(matches, scores) : matches;
      onPage = sorted.slice(from, from + pageSize);
    } else {
      // The seed in the order of the sort, worked out once: the page is the matches met along it.
      const matched = new Uint8Array(searchIndex().length);
      for (const entry of matches) matched[entry.index] = 1;
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
    // so choosing "M" still shows the other sizes and how many products each would give. A facet no other
    // group's filter applies to takes the counts its frame has (kept from query to query without text).
    const frame = kept && !priceFiltered ? kept.frame : facetFrame(priced);
    const facets: OptionFacet[] = [];
    const facetsPerGroup = new Map<string, number>();
    for (const tally of frame.values()) facetsPerGroup.set(tally.groupId, (facetsPerGroup.get(tally.groupId) ?? 0) + 1);
    for (const tally of frame.values()) {
      const others = filterGroups(optionFilters, tally.groupId);
      const { products, counts } = others.length === 0 ? (tally.unfiltered ??= countFacet(tally, [], inStockOnly)) : countFacet(tally, others, inStockOnly);
      facets.push({
        groupId: tally.groupId,
        name: tally.unit && facetsPerGroup.get(tally.groupId)! > 1 ? nameWithUnit(tally.name, tally.unit) : tally.name,
        values: tally.values.map((value) => ({ id: value.id, label: value.label, count: counts.get(value.id) ?? 0 })),
        products,
      });
    }

    // The price range of what the other filters leave, so a price slider keeps its bounds while used.
    const range = kept && filtered.length === 0 ? kept.range : priceRange(priceFiltered ? base.filter(matchesOptions) : matches);
    const result: ProductPage = { items, total: matches.length, page, pageSize, facets: { options: facets } };
    if (range) result.facets.priceRange = { min: range.min, max: range.max };
    return result;
  }

  return { search };
}
