/**
 * The queries both search benchmarks time (Node: `search.bench.ts`; Chromium: `browser-search.ts`):
 * what shoppers send (a word, two words, a CJK word, a category, an option filter, a price sort...).
 *
 * @module
 */
import type { CatalogQuery } from '@orderzone/core';
import type { ShopSeed } from '../src/index.ts';

/** The word typed letter by letter, one query per keystroke. */
export const TYPED_WORD = 'classic';

export function SEARCH_QUERIES(seed: ShopSeed): [string, CatalogQuery][] {
  const someCategory = seed.categories.find((c) => c.parentId === undefined)!.id;
  const someGroup = seed.products.find((p) => p.optionGroups.length > 0)!.optionGroups[0]!;
  return [
    ['no text (first page)', {}],
    ['one word', { text: 'tea' }],
    ['two words', { text: 'gift tea' }],
    ['CJK word', { text: '茶' }],
    ['no match', { text: 'zzzz' }],
    ['category', { categoryId: someCategory }],
    ['option filter', { options: { [someGroup.id]: [someGroup.values[0]!.id] } }],
    ['price sort, in stock', { sort: 'price_asc', inStockOnly: true }],
    ['word as typed', { text: TYPED_WORD }],
  ];
}

/**
 * The stock after the `i`-th order of a run, from `stock` (a new object, as an order gives the engine's
 * state): three variants down by one, one product sold out, the one the order before sold out back in
 * stock. Timed: the first in-stock query without text after it.
 */
export function orderedStock(seed: ShopSeed): (stock: Record<string, number>, i: number) => Record<string, number> {
  const tracked = seed.products.filter((product) => product.variants.every((variant) => variant.stock !== null));
  let soldOut: (typeof tracked)[number] | undefined;
  return (stock, i) => {
    const changed = { ...stock };
    for (let k = 1; k <= 3; k += 1) {
      const variant = tracked[(i * 7919 + k * 104_729) % tracked.length]!.variants[0]!;
      changed[variant.id] = Math.max(1, changed[variant.id]! - 1);
    }
    for (const variant of soldOut?.variants ?? []) changed[variant.id] = variant.stock!;
    soldOut = tracked[(i * 6151 + 17) % tracked.length]!;
    for (const variant of soldOut.variants) changed[variant.id] = 0;
    return changed;
  };
}
