/**
 * The server tests' own shop: the core's test shop for search (`searchShop()` in
 * `@orderzone/core`'s `testing/`: the shirt, paper, mugs, flask, the three bookable products, the
 * hoodie, cap, socks, keyboard and the rest, with four published reviews), its printed mug offering
 * a greeting card too (as in `describedTestShop()`), as a `ShopSeed` to import with
 * `importShopSeed`, so that a server test states the products it relies on instead of depending on
 * the demo catalog's ids, prices and stock. Test-only; not published.
 *
 * @module
 */
import type { ShopSeed } from '@orderzone/embedded-backend';
import { searchShop } from '../../../core/src/testing/search-shop.ts';
import { describedTestShop } from '../../../core/src/testing/test-shop.ts';

export { SHIRT_STOCK, shirtLine } from '../../../core/src/testing/test-shop.ts';
export { HOODIE_STOCK } from '../../../core/src/testing/search-shop.ts';

/**
 * The tests' shop as a seed (a fresh copy each call): in CNY, shipped within China (standard ¥12.00,
 * free from ¥199.00), paid with WeChat Pay, Alipay or a card, coupon `TEST10` (10 % off). The printed
 * mug (`printed-mug`, ¥69.00) takes an optional printed text (¥10.00 more) and an optional greeting
 * card (`greeting-card`: `birthday` or `thanks`, ¥5.00 more).
 */
export function testShopSeed(): ShopSeed {
  const shop = searchShop();
  const printedMug = describedTestShop().products.find((product) => product.id === 'printed-mug')!;
  return { ...shop, products: shop.products.map((product) => (product.id === 'printed-mug' ? printedMug : product)) };
}
