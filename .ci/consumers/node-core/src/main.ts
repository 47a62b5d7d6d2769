/**
 * A Node app on the core alone (no elements, no DOM lib): the code of docs/core-without-elements.md
 * (core-only.ts, copied from examples/vue/src) finds a product, fills the cart and places an order on
 * the embedded backend. Every entry of @orderzone/core is imported, so the app's strict `tsc`
 * checks all of its declarations.
 */
import { memoryStorage } from '@orderzone/core';
import type * as account from '@orderzone/core/account';
import type * as bookings from '@orderzone/core/bookings';
import type * as checkout from '@orderzone/core/checkout';
import type * as messages from '@orderzone/core/messages';
import type * as orders from '@orderzone/core/orders';
import type * as pricing from '@orderzone/core/pricing';
import { createRestAdapter } from '@orderzone/core/rest';
import { ProductSchema } from '@orderzone/core/schemas';
import { addToCart, createShopZone, describeLine, formatSubtotal, placeOrder, searchProducts } from './core-only.ts';

export type Entries = [typeof account, typeof bookings, typeof checkout, typeof messages, typeof orders, typeof pricing];

const zone = createShopZone('node-consumer', memoryStorage());
const [shirt] = await searchProducts(zone, 'T-shirt');
if (!shirt) throw new Error('no T-shirt found');
await addToCart(zone, shirt.id, 2);
const line = zone.cart.$lines.get()[0]!;
const loaded = await zone.load('checkout');
await loaded.checkout.refreshQuote();
const quote = loaded.checkout.$quote.get();
if (quote.status !== 'ready') throw new Error(`no quote: ${quote.status}`);
const order = await placeOrder(zone);
if (!order) throw new Error('no order placed');
const rest = createRestAdapter({ baseUrl: 'https://shop.example.com/orderzone' });
console.log(JSON.stringify({
  line: describeLine(line, 'en-US'),
  subtotal: formatSubtotal(quote.data, 'en-US'),
  orderNumber: order.orderNumber,
  cartAfter: zone.cart.$itemCount.get(),
  restAdapter: typeof rest.searchProducts,
  schema: ProductSchema.safeParse({}).success,
}));
zone.dispose();
