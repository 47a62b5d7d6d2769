/**
 * A shop of any size for benchmarks: the demo shop's products copied `count / n` times over, each
 * copy with its own ids (product, variants), a numbered title and shifted prices, so search, facets
 * and sorting work on as many distinct products as a large real catalog has.
 *
 * @module
 */
import type { Product } from '@orderzone/core';
import { createDemoShop, type ShopSeed } from '../src/index.ts';

/** Words mixed into the copies' titles so that searches match a realistic share of the catalog. */
const WORDS = ['classic', 'travel', 'gift', 'organic', 'limited', 'family', 'mini', 'deluxe', 'studio', 'garden'];

/** The demo shop with `count` products (default 10,000). */
export function createLargeShop(count = 10_000, now: Date = new Date('2026-06-01T10:00:00Z')): ShopSeed {
  const demo = createDemoShop(now);
  const goods = demo.products;
  const products: Product[] = [];
  for (let i = 0; products.length < count; i += 1) {
    const source = goods[i % goods.length]!;
    const copy = Math.floor(i / goods.length);
    if (copy === 0) {
      products.push(source);
      continue;
    }
    const word = WORDS[copy % WORDS.length]!;
    const title = typeof source.title === 'string' ? `${source.title} ${word} ${copy}` : Object.fromEntries(Object.entries(source.title).map(([locale, text]) => [locale, `${text} ${word} ${copy}`]));
    products.push({
      ...source,
      id: `${source.id}-${copy}`,
      title,
      variants: source.variants.map((variant) => ({ ...variant, id: `${variant.id}-${copy}`, sku: `${variant.sku}-${copy}`, price: { ...variant.price, amount: variant.price.amount + (copy % 50) * 100 } })),
    } as Product);
  }
  return { ...demo, products };
}
