/**
 * The search benchmark in a browser: built into one script by the Chromium benchmark
 * (`examples/script-tag/bench/chromium.bench.ts`), it creates an order engine over a 10,000-product
 * shop and defines `window.searchBench(runs)`, which times the queries of {@link SEARCH_QUERIES},
 * the first in-stock query after an order ({@link orderedStock}) and a word typed letter by letter, in
 * milliseconds per query.
 *
 * @module
 */
import { createOrderEngine } from '../src/index.ts';
import { createLargeShop } from './large-catalog.ts';
import { createCatalogSearch } from '../src/catalog-search.ts';
import { initialEngineState } from '../src/engine-state.ts';
import { orderedStock, SEARCH_QUERIES, TYPED_WORD } from './search-queries.ts';

declare global {
  interface Window {
    searchBench(runs: number): { products: number; queries: { name: string; times: number[]; total: number }[]; typing: number[] };
  }
}

window.searchBench = (runs) => {
  const seed = createLargeShop(10_000);
  const engine = createOrderEngine({ seed, now: () => new Date('2026-06-01T10:00:00Z') });
  const queries = SEARCH_QUERIES(seed).map(([name, query]) => {
    engine.searchProducts(query);
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      total = engine.searchProducts(query).total;
      times.push(performance.now() - start);
    }
    return { name, times, total };
  });
  {
    const search = createCatalogSearch(seed);
    const order = orderedStock(seed);
    let stock = initialEngineState(seed).stock;
    search.search({ inStockOnly: true }, stock);
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i <= runs; i += 1) {
      stock = order(stock, i);
      const start = performance.now();
      total = search.search({ inStockOnly: true }, stock).total;
      if (i > 0) times.push(performance.now() - start); // the first: warm up
    }
    queries.push({ name: 'in stock, after an order', times, total });
  }
  const typing: number[] = [];
  for (let n = 1; n <= TYPED_WORD.length; n += 1) {
    const start = performance.now();
    engine.searchProducts({ text: TYPED_WORD.slice(0, n) });
    typing.push(performance.now() - start);
  }
  return { products: seed.products.length, queries, typing };
};
