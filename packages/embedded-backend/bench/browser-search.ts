/**
 * The search benchmark in a browser: built into one script by the Chromium benchmark
 * (`examples/script-tag/bench/chromium.bench.ts`), it creates an order engine over a 10,000-product
 * shop and defines `window.searchBench(runs)`, which times the queries of {@link SEARCH_QUERIES}
 * and a word typed letter by letter, in milliseconds per query.
 *
 * @module
 */
import { createOrderEngine } from '../src/index.ts';
import { createLargeShop } from './large-catalog.ts';
import { SEARCH_QUERIES, TYPED_WORD } from './search-queries.ts';

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
  const typing: number[] = [];
  for (let n = 1; n <= TYPED_WORD.length; n += 1) {
    const start = performance.now();
    engine.searchProducts({ text: TYPED_WORD.slice(0, n) });
    typing.push(performance.now() - start);
  }
  return { products: seed.products.length, queries, typing };
};
