import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CatalogQuery, ProductPage } from '@orderzone/core';
import { createCatalogSearch } from './catalog-search.ts';
import { initialEngineState } from './engine-state.ts';
import { searchShop } from '../../core/src/testing/search-shop.ts';

/** Queries without text (whose sets, facets and price range a search keeps from query to query) and some with. */
const QUERIES: CatalogQuery[] = [
  {},
  { inStockOnly: true },
  { categoryId: 'clothes' },
  { categoryId: 'clothes', inStockOnly: true },
  { options: { size: ['m'] } },
  { options: { size: ['m'] }, inStockOnly: true },
  { options: { size: ['s', 'm'], color: ['green'] }, inStockOnly: true },
  { sort: 'price_asc', inStockOnly: true },
  { minPrice: 5000, inStockOnly: true },
  { text: 'hoodie', inStockOnly: true },
];

/** A value's count: the products that choosing it (instead of the group's own filter) would give. */
function countsAsTotals(search: ReturnType<typeof createCatalogSearch>, query: CatalogQuery, stock: Record<string, number>): void {
  const page = search.search(query, stock);
  for (const facet of page.facets.options) {
    if (page.facets.options.filter((f) => f.groupId === facet.groupId).length > 1) continue; // one group id in two units: two facets
    for (const value of facet.values) {
      const chosen = search.search({ ...query, options: { ...query.options, [facet.groupId]: [value.id] } }, stock);
      assert.equal(value.count, chosen.total, `${JSON.stringify(query)}: ${facet.groupId}=${value.id}`);
    }
  }
}

describe('catalog search: what it keeps from query to query', () => {
  const seed = searchShop();
  const before = initialEngineState(seed).stock;
  // Every green and every M sold out, and the candle (a new stock object, as the engine's state replaces it).
  const after: Record<string, number> = { ...before, candle: 0 };
  for (const product of seed.products) for (const variant of product.variants) if (variant.options.color === 'green' || variant.options.size === 'm') after[variant.id] = 0;

  it('answers every query after a stock change as a search that never saw the stock before', () => {
    const search = createCatalogSearch(seed);
    const answersBefore = QUERIES.map((query) => search.search(query, before));
    const answersAfter = QUERIES.map((query) => search.search(query, after));
    QUERIES.forEach((query, i) => assert.deepEqual(answersAfter[i], createCatalogSearch(seed).search(query, after), JSON.stringify(query)));
    // The change shows: in stock only, M is no longer counted nor its products found.
    const sizes = (page: ProductPage) => page.facets.options.find((f) => f.groupId === 'size')!.values;
    assert.ok(sizes(answersBefore[1]!).find((v) => v.id === 'm')!.count > 0);
    assert.equal(sizes(answersAfter[1]!).find((v) => v.id === 'm')!.count, 0);
    assert.ok(answersAfter[5]!.total < answersBefore[5]!.total);
    assert.ok(answersAfter[1]!.total < answersBefore[1]!.total, 'the candle is out');
  });

  it('counts the kept facets again once the stock changes, and not before', () => {
    const search = createCatalogSearch(seed);
    const first = search.search({ inStockOnly: true }, before);
    // The same stock object: the same answer (kept); then a new stock: counted again.
    assert.deepEqual(search.search({ inStockOnly: true }, before), first);
    assert.notDeepEqual(search.search({ inStockOnly: true }, after).facets, first.facets);
    assert.deepEqual(search.search({ inStockOnly: true }, before), first, 'and back');
  });

  it('gives each value the count of products that choosing it would give, before and after a stock change', () => {
    const search = createCatalogSearch(seed);
    for (const stock of [before, after, before]) for (const query of QUERIES) countsAsTotals(search, query, stock);
  });

  it('hands out answers a caller may change without changing the next answer', () => {
    const search = createCatalogSearch(seed);
    const first = search.search({}, before);
    const expected = structuredClone(first);
    first.facets.options[0]!.values[0]!.count = 999;
    first.facets.options[0]!.name = 'changed';
    first.facets.options.pop();
    delete first.facets.priceRange;
    assert.deepEqual(search.search({}, before), expected);
  });

  it('answers a text every product holds as the same query without text, ordered by relevance (title, then subtitle or tags, then description)', () => {
    const search = createCatalogSearch(seed);
    const holds = (text: string | string[] | Record<string, string> | undefined): boolean =>
      (text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text)).some((t) => t.toLowerCase().includes('e'));
    const score = (id: string): number => {
      const product = seed.products.find((p) => p.id === id)!;
      return holds(product.title) ? 3 : holds(product.subtitle) || holds(product.tags) ? 2 : 1;
    };
    // Every product of these categories holds an "e" (the test shop's mug, elsewhere, does not).
    for (const query of [{ categoryId: 'clothes' }, { categoryId: 'clothes', inStockOnly: true }, { categoryId: 'gifts' }, { categoryId: 'clothes', options: { size: ['m'] } }]) {
      for (const stock of [before, after]) {
        const withoutText = search.search({ ...query, pageSize: 50 }, stock);
        const typed = search.search({ ...query, text: 'E', pageSize: 50 }, stock);
        assert.equal(typed.total, withoutText.total, `every product holds an e: ${JSON.stringify(query)}`);
        assert.deepEqual(typed.facets, withoutText.facets);
        const ids = withoutText.items.map((item) => item.id);
        assert.deepEqual(typed.items.map((item) => item.id), [3, 2, 1].flatMap((level) => ids.filter((id) => score(id) === level)));
      }
    }
  });
});
