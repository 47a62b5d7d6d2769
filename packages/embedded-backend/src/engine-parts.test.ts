import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Product, Variant } from '@orderzone/core';
import { createCatalogSearch } from './catalog-search.ts';
import { initialEngineState, restoreEngineState, withStock, type ShopSeed } from './engine-state.ts';
import { paymentActionFor, PAYMENT_QR_TTL_MS } from './payment-actions.ts';
import { summarizeProduct } from '@orderzone/core';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const variant = (id: string, size: string, amount: number, stock: number | null): Variant => ({ id, sku: id.toUpperCase(), options: { size }, price: cny(amount), stock });
function product(id: string, title: string, categoryId: string, variants: Variant[], createdAt: string): Product {
  return {
    id,
    kind: 'goods',
    title,
    description: `${title} for everyday use.`,
    categoryIds: [categoryId],
    images: [],
    specs: [],
    reviews: [],
    optionGroups: [{ id: 'size', name: 'Size', display: 'buttons', values: [{ id: 's', label: 'S' }, { id: 'm', label: 'M' }] }],
    variants,
    personalization: [],
    quantity: { min: 1, step: 1 },
    createdAt,
  };
}
const seed: ShopSeed = {
  categories: [{ id: 'tops', name: 'Tops' }, { id: 'shirts', name: 'Shirts', parentId: 'tops' }, { id: 'mugs', name: 'Mugs' }],
  products: [
    product('linen-shirt', 'Linen Shirt', 'shirts', [variant('ls-s', 's', 19_900, 0), variant('ls-m', 'm', 21_900, 4)], '2025-01-01T00:00:00Z'),
    product('cotton-shirt', 'Cotton Shirt', 'shirts', [variant('cs-s', 's', 9_900, null)], '2025-03-01T00:00:00Z'),
    product('mug', 'Stoneware Mug', 'mugs', [variant('mug-m', 'm', 4_900, 2)], '2025-02-01T00:00:00Z'),
  ],
  pricing: { currency: 'CNY', shippingRates: [], taxRules: [], coupons: [] } as unknown as ShopSeed['pricing'],
  paymentMethods: [],
  countries: ['CN'],
};

describe('catalog search over a seed', () => {
  const catalog = createCatalogSearch(seed);
  const stock = initialEngineState(seed).stock;

  it('finds products by text in a category and its descendants, by relevance', () => {
    const page = catalog.search({ text: 'shirt', categoryId: 'tops' }, stock);
    assert.deepEqual(page.items.map((item) => item.id), ['linen-shirt', 'cotton-shirt']);
    assert.equal(page.total, 2);
    assert.equal(catalog.search({ text: 'shirt', categoryId: 'mugs' }, stock).total, 0);
  });

  it('reads stock from each query, not from the seed', () => {
    assert.deepEqual(catalog.search({ inStockOnly: true, options: { size: ['s'] } }, stock).items.map((item) => item.id), ['cotton-shirt']);
    const restocked = { ...stock, 'ls-s': 3 };
    assert.deepEqual(catalog.search({ inStockOnly: true, options: { size: ['s'] } }, restocked).items.map((item) => item.id), ['linen-shirt', 'cotton-shirt']);
  });

  it('sorts by price and by newest, and counts facets and the price range', () => {
    assert.deepEqual(catalog.search({ sort: 'price_asc' }, stock).items.map((item) => item.id), ['mug', 'cotton-shirt', 'linen-shirt']);
    assert.deepEqual(catalog.search({ sort: 'newest' }, stock).items.map((item) => item.id), ['cotton-shirt', 'mug', 'linen-shirt']);
    const page = catalog.search({}, stock);
    assert.deepEqual(page.facets.options[0]?.values.map((v) => [v.id, v.count]), [['s', 2], ['m', 2]]);
    assert.deepEqual(page.facets.priceRange, { min: cny(4_900), max: cny(19_900) });
  });
});

describe('engine state', () => {
  it('starts with the seed stock of tracked variants, and restores a saved state with new variants filled in', () => {
    const fresh = initialEngineState(seed);
    assert.deepEqual(fresh.stock, { 'ls-s': 0, 'ls-m': 4, 'mug-m': 2 });
    const restored = restoreEngineState(seed, { ...fresh, stock: { 'ls-m': 1, gone: 5 } }, true);
    assert.deepEqual(restored.stock, { 'ls-s': 0, 'ls-m': 1, 'mug-m': 2 });
    assert.deepEqual(restoreEngineState(seed, { version: 2 }, false), fresh);
    assert.throws(() => restoreEngineState(seed, { version: 2 }, true), /not valid/);
  });

  it('gives a product the stock of the state', () => {
    const mug = withStock(seed.products[2]!, { 'mug-m': 0 });
    assert.equal(mug.variants[0]?.stock, 0);
    assert.equal(summarizeProduct(mug).stockLevel, 'out_of_stock');
  });
});

describe('simulated payment steps', () => {
  it('gives wallets a QR code that expires, cards a redirect and cash nothing', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const qr = paymentActionFor({ id: 'a', kind: 'alipay', label: 'Alipay' } as never, 'OZ1', now);
    assert.equal(qr.type, 'qr_code');
    assert.equal(qr.type === 'qr_code' && qr.expiresAt, new Date(now.getTime() + PAYMENT_QR_TTL_MS).toISOString());
    assert.deepEqual(paymentActionFor({ id: 'c', kind: 'card', label: 'Card' } as never, 'OZ 1', now), { type: 'redirect', url: '#/pay/OZ%201' });
    assert.deepEqual(paymentActionFor({ id: 'd', kind: 'cash_on_delivery', label: 'COD' } as never, 'OZ1', now), { type: 'none' });
  });
});
