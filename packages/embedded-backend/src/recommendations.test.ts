import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LineRequest, RecommendationList } from '@orderzone/core';
import { createOrderEngine, type OrderEngine, type ShopSeed } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { mugProduct } from '../../core/src/testing/booking-products.ts';
import { testShop } from '../../core/src/testing/test-shop.ts';

const NOW = new Date('2025-03-14T08:00:00Z');

/** A plain product of this test's own (one variant, 10 in stock) in `categoryIds` with `tags`. */
function extra(id: string, en: string, categoryIds: string[], tags: string[]): ReturnType<typeof mugProduct> {
  const mug = mugProduct();
  return { ...mug, id, title: { 'zh-CN': en, 'en-US': en }, categoryIds, tags, variants: [{ ...mug.variants[0]!, id, sku: id.toUpperCase() }] };
}

const CATEGORY_TAGS: Record<string, [string[], string[]]> = {
  shirt: [['clothes'], ['cotton']],
  mug: [['gifts'], ['ceramic']],
  'printed-mug': [['gifts'], ['ceramic', 'personalized']],
  flask: [['gifts'], ['personalized']],
};

/**
 * The tests' shop, with categories and tags this test relies on: clothes (the shirt, a cotton
 * hoodie and a scarf), gifts (the mug, the printed mug, the flask and a cup), office (the paper).
 */
function recommendationShop(): ShopSeed {
  const seed = testShop();
  return {
    ...seed,
    categories: [...seed.categories, { id: 'gifts', name: { 'zh-CN': '礼品', 'en-US': 'Gifts' } }],
    products: [
      ...seed.products.map((p) => (CATEGORY_TAGS[p.id] ? { ...p, categoryIds: CATEGORY_TAGS[p.id]![0], tags: CATEGORY_TAGS[p.id]![1] } : p)),
      extra('hoodie', 'Hoodie', ['clothes'], ['cotton']),
      extra('scarf', 'Scarf', ['clothes'], ['wool']),
      extra('cup', 'Cup', ['gifts'], ['ceramic']),
    ],
  };
}

function shop(change?: (seed: ShopSeed) => ShopSeed): OrderEngine {
  const seed = recommendationShop();
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
    buy(engine, { shirt: 1, paper: 1 });
    buy(engine, { shirt: 1, paper: 1, mug: 1 });
    buy(engine, { shirt: 1, mug: 1, 'printed-mug': 1 });
    buy(engine, { shirt: 1, 'printed-mug': 1 });
    buy(engine, { shirt: 1, 'printed-mug': 1 });
    const list = engine.recommend({ kind: 'bought_together', productId: 'shirt', limit: 3 });
    assert.deepEqual(ids(list), ['printed-mug', 'paper', 'mug']);
    assert.deepEqual(list.items[0]!.reason, { code: 'bought_together', subject: { id: 'shirt', name: { 'zh-CN': '测试衬衫', 'en-US': 'Test shirt' } } });
    assert.equal(list.items[0]!.product.price.currency, 'CNY');
  });

  it('starts from the cart without a product, and never recommends what is in the cart or sold out', () => {
    const engine = shop((seed) => ({
      ...seed,
      products: seed.products.map((p) => (p.id === 'mug' ? { ...p, variants: p.variants.map((v) => ({ ...v, stock: 0 })) } : p)),
    }));
    buy(engine, { shirt: 1, paper: 1, 'printed-mug': 1 });
    const list = engine.recommend({ kind: 'bought_together', cartProductIds: ['shirt', 'paper'], limit: 4 });
    assert.equal(ids(list)[0], 'printed-mug');
    for (const id of ['shirt', 'paper', 'mug']) assert.ok(!ids(list).includes(id), `${id} is not recommended`);
    const related = engine.recommend({ kind: 'related', productId: 'flask', limit: 10 });
    assert.ok(!ids(related).includes('mug'), 'the sold-out mug is not related to anything');
    assert.ok(ids(related).includes('printed-mug'));
  });

  it('falls back to the best sellers of the category on a cold start', () => {
    const engine = shop();
    // No order has the flask; other gifts sell, the mug best (the printed mug comes first in the catalog).
    buy(engine, { mug: 3 });
    buy(engine, { 'printed-mug': 1 });
    const list = engine.recommend({ kind: 'bought_together', productId: 'flask', limit: 3 });
    assert.deepEqual(ids(list).slice(0, 2), ['mug', 'printed-mug']);
    assert.deepEqual(list.items[0]!.reason, { code: 'best_seller', subject: { id: 'gifts', name: { 'zh-CN': '礼品', 'en-US': 'Gifts' } } });
    // Then products of the category that have not sold yet, like the flask (the cup).
    assert.equal(list.items[2]!.reason.code, 'similar');
  });

  it('relates products by category and tags, and lists what was viewed, newest first', () => {
    const engine = shop();
    // The hoodie shares the shirt's category and its cotton tag; the scarf only the category.
    const related = engine.recommend({ kind: 'related', productId: 'shirt', limit: 3 });
    assert.deepEqual(ids(related).slice(0, 2), ['hoodie', 'scarf']);
    assert.equal(related.items[0]!.reason.code, 'similar');
    const viewed = engine.recommend({ kind: 'recently_viewed', productId: 'printed-mug', viewedProductIds: ['printed-mug', 'mug', 'no-such-product', 'shirt'], cartProductIds: ['shirt'] });
    assert.deepEqual(ids(viewed), ['mug']);
    assert.deepEqual(viewed.items[0]!.reason, { code: 'recently_viewed' });
  });

  it('recommends for you from what was viewed, and from the signed-in shopper’s orders', () => {
    const engine = shop();
    const forGuest = engine.recommend({ kind: 'for_you', viewedProductIds: ['shirt'], limit: 2 });
    assert.deepEqual(ids(forGuest), ['hoodie', 'scarf'], 'the other clothes');
    assert.equal(forGuest.items[0]!.reason.code, 'viewed');
    assert.equal(forGuest.items[0]!.reason.subject?.id, 'shirt');

    buy(engine, { mug: 1 }, '13900139000');
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
