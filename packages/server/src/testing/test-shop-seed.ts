/**
 * The server tests' own shop: the core's test shop for search (`searchShop()` in
 * `@orderzone/core`'s `testing/`: the shirt, paper, mugs, flask, the three bookable products, the
 * hoodie, cap, socks, keyboard and the rest, with four published reviews) as a `ShopSeed` to import
 * with `importShopSeed`, so a server test states the products it relies on instead of depending on
 * the demo catalog's ids, prices and stock. Test-only; not published.
 *
 * @module
 */
import type { ShopSeed } from '@orderzone/embedded-backend';
import { searchShop } from '../../../core/src/testing/search-shop.ts';

export { SHIRT_STOCK, shirtLine } from '../../../core/src/testing/test-shop.ts';
export { HOODIE_STOCK } from '../../../core/src/testing/search-shop.ts';

/** The tests' shop as a seed (a fresh copy each call): in CNY, shipped within China (standard ¥12.00, free from ¥199.00), paid with WeChat Pay, Alipay or a card, coupon `TEST10` (10 % off). */
export function testShopSeed(): ShopSeed {
  return searchShop();
}
