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
