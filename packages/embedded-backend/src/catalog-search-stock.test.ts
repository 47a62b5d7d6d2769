import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CatalogQuery } from '@orderzone/core';
import { createCatalogSearch } from './catalog-search.ts';
import { initialEngineState, type ShopSeed } from './engine-state.ts';
import { searchShop } from '../../core/src/testing/search-shop.ts';
import { createLargeShop } from '../bench/large-catalog.ts';

/** A repeatable pseudo-random sequence in [0, 1) (mulberry32). */
function randomFrom(seedNumber: number): () => number {
  let a = seedNumber;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** In-stock queries without text (answered from the kept sets) and a few others, over `seed`'s categories and options. */
function queriesOf(seed: Pick<ShopSeed, 'categories' | 'products'>): CatalogQuery[] {
  const groups = seed.products.flatMap((product) => product.optionGroups);
  const [first, second] = [groups[0]!, groups.find((group) => group.id !== groups[0]!.id) ?? groups[0]!];
  const queries: CatalogQuery[] = [
    { inStockOnly: true },
    { inStockOnly: true, page: 2, pageSize: 5 },
    { inStockOnly: true, sort: 'price_asc' },
    { inStockOnly: true, sort: 'newest', pageSize: 50 },
    { inStockOnly: true, options: { [first.id]: [first.values[0]!.id] } },
    { inStockOnly: true, options: { [first.id]: [first.values[0]!.id], [second.id]: second.values.slice(0, 2).map((v) => v.id) } },
    { inStockOnly: true, minPrice: 3000 },
    { inStockOnly: true, text: 'e' },
    {},
  ];
  for (const category of seed.categories) queries.push({ inStockOnly: true, categoryId: category.id }, { inStockOnly: true, categoryId: category.id, pageSize: 50 });
  return queries;
}

/**
 * A stock after an order, a restock or a sale: a few variants sold out, restocked or down by one,
 * sometimes a whole product sold out or back; every ninth change touches every variant.
 */
function changedStock(seed: Pick<ShopSeed, 'products'>, stock: Record<string, number>, random: () => number, step: number): Record<string, number> {
  const next = { ...stock };
  const tracked = seed.products.flatMap((product) => product.variants.filter((variant) => variant.stock !== null));
  const pick = () => tracked[Math.floor(random() * tracked.length)]!;
  if (step % 9 === 8) {
    for (const variant of tracked) next[variant.id] = random() < 0.3 ? 0 : 1 + Math.floor(random() * 5);
    return next;
  }
  const changes = 1 + Math.floor(random() * 6);
  for (let c = 0; c < changes; c += 1) {
    const variant = pick();
    const roll = random();
    if (roll < 0.35) next[variant.id] = 0;
    else if (roll < 0.6) next[variant.id] = 1 + Math.floor(random() * 5);
    else next[variant.id] = Math.max(0, (next[variant.id] ?? 0) - 1);
  }
  if (random() < 0.5) {
    const product = seed.products[Math.floor(random() * seed.products.length)]!;
    const back = random() < 0.5;
    for (const variant of product.variants) if (variant.stock !== null) next[variant.id] = back ? 3 : 0;
  }
  return next;
}

describe('catalog search: in-stock sets followed from one stock to the next', () => {
  for (const [name, seed, steps] of [
    ['the search test shop', searchShop(), 60],
    ['a 400-product copy of the demo shop', createLargeShop(400), 30],
  ] as const) {
    it(`answers as a search that never saw the stock before, through random stock changes (${name})`, () => {
      const search = createCatalogSearch(seed);
      const queries = queriesOf(seed);
      const random = randomFrom(16);
      let stock = initialEngineState(seed).stock;
      let changedAnswers = 0;
      let previous = queries.map((query) => search.search(query, stock));
      for (let step = 0; step < steps; step += 1) {
        stock = changedStock(seed, stock, random, step);
        const fresh = createCatalogSearch(seed);
        const answers = queries.map((query) => search.search(query, stock));
        queries.forEach((query, i) => {
          // Items, total, page, facets (each value's count, each facet's products) and price range.
          assert.deepEqual(answers[i], fresh.search(query, stock), `step ${step}: ${JSON.stringify(query)}`);
          if (JSON.stringify(answers[i]) !== JSON.stringify(previous[i])) changedAnswers += 1;
        });
        previous = answers;
      }
      // The changes show in the answers (the test follows stock that matters).
      assert.ok(changedAnswers > steps, `${changedAnswers} answers changed`);
    });
  }
});
