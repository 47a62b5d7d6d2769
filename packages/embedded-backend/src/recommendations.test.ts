import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LineRequest, RecommendationList } from '@orderzone/core';
import { createDemoShop } from './demo-catalog.ts';
import { createOrderEngine, type OrderEngine, type ShopSeed } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';

const NOW = new Date('2025-03-14T08:00:00Z');

function shop(change?: (seed: ShopSeed) => ShopSeed): OrderEngine {
  const seed = createDemoShop(NOW);
  return createOrderEngine({ seed: change ? change(seed) : seed, now: () => NOW });
}

let contact = 0;
/** Places an order of `lines` (product id → first variant, quantity) as a new shopper, or as `phone`. */
function buy(engine: OrderEngine, lines: Record<string, number>, phone?: string): void {
  contact += 1;
  const requestLines: LineRequest[] = Object.entries(lines).map(([productId, quantity]) => {
    const product = engine.getProduct(productId);
    const variant = product.variants.find((v) => v.stock === null || v.stock > 0)!;
    return { productId, variantId: variant.id, quantity: Math.max(quantity, product.quantity.min), personalization: {} };
  });
  const base = { currency: 'CNY', lines: requestLines, shippingOptionId: 'standard', destination: { country: 'CN', region: '北京市' } };
  const quote = engine.quote(base);
  engine.submitOrder(
    {
      ...base,
      contact: { name: '李雷', phone: phone ?? `139001${String(contact).padStart(5, '0')}`, email: `buyer${contact}@example.com` },
      shippingAddress: { country: 'CN', region: '北京市', city: '北京市', district: '海淀区', line1: '中关村大街1号', postalCode: '100080' },
      paymentMethodId: 'wechat_pay',
      expectedTotal: quote.total,
    },
    `key-${contact}`,
  );
}

const ids = (list: RecommendationList) => list.items.map((item) => item.product.id);

describe('recommendations (the engine, shared by both backends)', () => {
  it('recommends what was bought in the same orders, most orders first, saying with what', () => {
    const engine = shop();
    buy(engine, { 'cotton-tee': 1, 'wool-socks': 1 });
    buy(engine, { 'cotton-tee': 1, 'wool-socks': 1, 'custom-mug': 1 });
    buy(engine, { 'cotton-tee': 1, 'custom-mug': 1, 'power-bank': 1 });
    buy(engine, { 'cotton-tee': 1, 'power-bank': 1 });
    buy(engine, { 'cotton-tee': 1, 'power-bank': 1 });
    const list = engine.recommend({ kind: 'bought_together', productId: 'cotton-tee', limit: 3 });
    assert.deepEqual(ids(list), ['power-bank', 'wool-socks', 'custom-mug']);
    assert.deepEqual(list.items[0]!.reason, { code: 'bought_together', subject: { id: 'cotton-tee', name: { 'zh-CN': '纯棉圆领T恤', 'en-US': 'Cotton crew-neck T-shirt' } } });
    assert.equal(list.items[0]!.product.price.currency, 'CNY');
  });

  it('starts from the cart without a product, and never recommends what is in the cart or sold out', () => {
    const engine = shop((seed) => ({
      ...seed,
      products: seed.products.map((p) => (p.id === 'custom-mug' ? { ...p, variants: p.variants.map((v) => ({ ...v, stock: 0 })) } : p)),
    }));
    buy(engine, { 'cotton-tee': 1, 'wool-socks': 1, 'power-bank': 1 });
    const list = engine.recommend({ kind: 'bought_together', cartProductIds: ['cotton-tee', 'wool-socks'], limit: 4 });
    assert.equal(ids(list)[0], 'power-bank');
    for (const id of ['cotton-tee', 'wool-socks', 'custom-mug']) assert.ok(!ids(list).includes(id), `${id} is not recommended`);
    const related = engine.recommend({ kind: 'related', productId: 'engraved-bottle', limit: 10 });
    assert.ok(!ids(related).includes('custom-mug'), 'the sold-out mug is not related to anything');
    assert.ok(ids(related).includes('tea-gift-box'));
  });

  it('falls back to the best sellers of the category on a cold start', () => {
    const engine = shop();
    // No order has the hoodie; tops and accessories sell, the cap best.
    buy(engine, { 'baseball-cap': 3 });
    buy(engine, { 'wool-socks': 1 });
    const list = engine.recommend({ kind: 'bought_together', productId: 'fleece-hoodie', limit: 3 });
    assert.deepEqual(ids(list).slice(0, 2), ['baseball-cap', 'wool-socks']);
    assert.deepEqual(list.items[0]!.reason, { code: 'best_seller', subject: { id: 'apparel', name: { 'zh-CN': '服饰', 'en-US': 'Apparel' } } });
    // Then products of the category that have not sold yet, like the hoodie.
    assert.equal(list.items[2]!.reason.code, 'similar');
  });

  it('relates products by category and tags, and lists what was viewed, newest first', () => {
    const engine = shop();
    const related = engine.recommend({ kind: 'related', productId: 'cotton-tee', limit: 3 });
    assert.equal(ids(related)[0], 'fleece-hoodie');
    assert.equal(related.items[0]!.reason.code, 'similar');
    const viewed = engine.recommend({ kind: 'recently_viewed', productId: 'power-bank', viewedProductIds: ['power-bank', 'custom-mug', 'no-such-product', 'cotton-tee'], cartProductIds: ['cotton-tee'] });
    assert.deepEqual(ids(viewed), ['custom-mug']);
    assert.deepEqual(viewed.items[0]!.reason, { code: 'recently_viewed' });
  });

  it('recommends for you from what was viewed, and from the signed-in shopper’s orders', () => {
    const engine = shop();
    const forGuest = engine.recommend({ kind: 'for_you', viewedProductIds: ['wireless-earbuds'], limit: 2 });
    assert.ok(ids(forGuest).every((id) => engine.getProduct(id).categoryIds.includes('electronics')));
    assert.ok(!ids(forGuest).includes('wireless-earbuds'));
    assert.equal(forGuest.items[0]!.reason.code, 'viewed');
    assert.equal(forGuest.items[0]!.reason.subject?.id, 'wireless-earbuds');

    buy(engine, { 'custom-mug': 1 }, '13900139000');
    engine.requestSignInCode({ channel: 'sms', destination: '13900139000' });
    const code = engine.outbox()[0]!.code;
    const session = engine.verifySignInCode({ channel: 'sms', destination: '13900139000', code });
    const forShopper = engine.recommend({ kind: 'for_you', limit: 2 }, session.token);
    assert.ok(ids(forShopper).every((id) => engine.getProduct(id).categoryIds.includes('gifts')), ids(forShopper).join());
    assert.deepEqual(forShopper.items[0]!.reason.code, 'purchased');
    rejects(() => engine.recommend({ kind: 'for_you' }, 'no-such-session'), 'unauthorized');
  });

  it('refuses a malformed request with the field that is wrong', () => {
    const engine = shop();
    assert.deepEqual(rejects(() => engine.recommend({ kind: 'everything' } as never), 'validation').fieldErrors.map((e) => e.field), ['kind']);
    assert.deepEqual(rejects(() => engine.recommend({ kind: 'related', limit: 500 }), 'validation').fieldErrors.map((e) => e.field), ['limit']);
  });
});
