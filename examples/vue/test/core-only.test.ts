/**
 * The core-only code of docs/core-without-elements.md runs as written: search, cart, money,
 * checkout and error sentences against the embedded backend, in Node, with no elements.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { OrderZoneError, localize, memoryStorage } from '@orderzone/core';
import { createEmbeddedBackend } from '@orderzone/embedded-backend';
import { addToCart, bookTwoSeats, lightZoneButton, cartBlocked, createShopZone, holdText, describeLine, errorMessage, formatSubtotal, placeOrder, searchProducts } from '../src/core-only.ts';

describe('@orderzone/core without elements', () => {
  it('finds a product, adds it, formats the subtotal and places the order', async () => {
    const zone = createShopZone('core-only-test', memoryStorage());
    const [shirt] = await searchProducts(zone, 'T-shirt');
    assert.ok(shirt, 'the search finds a T-shirt');
    assert.equal(localize(shirt.title, 'en-US'), 'Cotton crew-neck T-shirt');

    assert.equal(await addToCart(zone, shirt.id, 2), undefined, 'two fit without a notice');
    const lines = zone.cart.$lines.get();
    assert.equal(zone.cart.$itemCount.get(), 2);
    const { checkout } = await zone.load('checkout');
    await checkout.refreshQuote();
    const quote = checkout.$quote.get();
    assert.equal(quote.status, 'ready');
    assert.equal(formatSubtotal(quote.data, 'en-US'), 'CN¥158.00');
    assert.equal(formatSubtotal(quote.data, 'zh-CN'), '¥158.00');
    assert.match(describeLine(lines[0]!, 'en-US'), /^2 × Cotton crew-neck T-shirt \(.+\)$/);

    const order = await placeOrder(zone);
    assert.ok(order, `an order is placed (state: ${JSON.stringify(checkout.$state.get().fieldErrors)})`);
    assert.match(order.orderNumber, /^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    assert.equal(zone.cart.$itemCount.get(), 0, 'the cart is emptied');
    zone.dispose();
  });

  it('turns a failure into a sentence for the shopper, in the zone locale', () => {
    const zone = createShopZone('core-only-errors', memoryStorage());
    const soldOut = new OrderZoneError('out_of_stock', 'variant tee-m-navy: stock 2 < 5', { details: { available: 2 } });
    assert.equal(errorMessage(zone, soldOut), 'Sorry, only 2 left in stock.');
    zone.setLocale('zh-CN');
    assert.equal(errorMessage(zone, soldOut), '抱歉，库存仅剩 2 件。');
    assert.equal(errorMessage(zone, new TypeError('Failed to fetch')), '无法连接到商店，请检查网络后重试。', 'a failed fetch reads as a network problem');
    zone.dispose();
  });

  it('holds two seats of the demo cinema and says how long the hold lasts', async () => {
    const zone = createShopZone('core-only-bookings', memoryStorage());
    zone.setLocale('en-US');
    const line = await bookTwoSeats(zone, 'cinema-night');
    assert.ok(line?.hold, 'the seats are held');
    assert.equal(line.booking?.type === 'seats' && line.booking.seatIds.length, 2);
    assert.equal(holdText(zone, line, new Date(Date.parse(line.hold.expiresAt) - 61_000)), 'Held for 1:01');
    assert.match(holdText(zone, line, new Date(line.hold.expiresAt)), /time is up/);
    assert.equal(await cartBlocked(zone), false, 'held seats can be ordered');
    zone.cart.updateBooking(line.key, { bookingProblem: 'booking_unavailable' });
    assert.equal(await cartBlocked(zone, false), true, 'taken seats block the order');
    zone.dispose();
  });

  it('a light zone shows the stored count at once and adds on a press once the cart’s code is here', async () => {
    const storage = memoryStorage();
    const full = createShopZone('my-shop', storage);
    const [shirt] = await searchProducts(full, 'T-shirt');
    assert.ok(shirt);
    await addToCart(full, shirt.id, 2);
    full.dispose();
    const product = await createShopZone('my-shop', storage).catalog.getProduct(shirt.id);
    const badge = { textContent: null as string | null };
    const button: { onclick: (() => Promise<void>) | null } = { onclick: null };
    const zone = lightZoneButton(createEmbeddedBackend({ shopId: 'my-shop', storage }), badge, button, product, product.variants[0]!.id, storage);
    assert.equal(badge.textContent, '2', 'the stored count, before the cart’s code');
    assert.equal(zone.isLoaded('cart'), false);
    await button.onclick!();
    assert.equal(zone.isLoaded('cart'), true);
    assert.equal(zone.cart.$itemCount.get(), 3);
    zone.dispose();
  });

  it('docs/core-without-elements.md shows this code as it is', () => {
    const doc = readFileSync(new URL('../../../docs/core-without-elements.md', import.meta.url), 'utf8');
    const code = readFileSync(new URL('../src/core-only.ts', import.meta.url), 'utf8');
    const snippets = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    assert.ok(snippets.length >= 6);
    for (const snippet of snippets) {
      for (const line of snippet.split('\n').filter((l) => l.trim() !== '')) {
        assert.ok(code.includes(line), `core-only.ts has the doc's line: ${line}`);
      }
    }
  });
});
