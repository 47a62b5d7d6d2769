import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { createCart } from '../cart/cart.ts';
import type { Product } from '../catalog/catalog-schema.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { rejectsWith } from '../testing/rejects-with.ts';
import { placeQuickOrder } from './quick-order-client.ts';

const notes = {
  id: 'sticky-notes',
  kind: 'goods',
  title: { 'zh-CN': '便利贴', 'en-US': 'Sticky notes' },
  description: '',
  categoryIds: [],
  images: [],
  specs: [],
  reviews: [],
  optionGroups: [],
  variants: [{ id: 'notes-yellow', sku: 'OZ-NOTE-76-Y', options: {}, price: { amount: 390, currency: 'CNY' }, stock: 40 }],
  personalization: [],
  quantity: { min: 5, max: 1000, step: 5 },
  createdAt: '2026-01-01T00:00:00Z',
} as Product;

function backend(products: Product[]): { adapter: BackendAdapter; asked: string[][] } {
  const asked: string[][] = [];
  const adapter = {
    async findSkus(skus: string[]) {
      asked.push(skus);
      const wanted = new Set(skus.map((s) => s.trim().toUpperCase()));
      return products.filter((p) => p.variants.some((v) => wanted.has(v.sku)));
    },
  } as unknown as BackendAdapter;
  return { adapter, asked };
}

describe('placeQuickOrder', () => {
  it('puts the lines that can be ordered in the cart at once and gives back the others as typed', async () => {
    const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage() });
    cart.add({ product: notes, variantId: 'notes-yellow', quantity: 10 });
    const { adapter, asked } = backend([notes]);
    const result = await placeQuickOrder(adapter, cart, 'oz-note-76-y 20\nOZ-NOTE-76-Y 12\nNOPE 3\nOZ-NOTE-76-Y 15');
    assert.deepEqual(asked, [['oz-note-76-y', 'NOPE']], 'one lookup for the distinct SKUs');
    assert.equal(result.added, 1);
    assert.deepEqual(cart.$lines.get().map((l) => [l.variantId, l.quantity]), [['notes-yellow', 30]]);
    // 40 in stock: 10 in the cart and 20 on the first line leave 10 for the last one.
    assert.deepEqual(result.lines.map((l) => l.problem?.code), [undefined, 'not_a_step', 'unknown_sku', 'insufficient_stock']);
    assert.equal(result.remainingText, 'OZ-NOTE-76-Y 12\nNOPE 3\nOZ-NOTE-76-Y 15');
  });

  it('asks nothing for an empty box, and needs a backend that finds SKUs', async () => {
    const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage() });
    assert.deepEqual(await placeQuickOrder({} as BackendAdapter, cart, ' \n\n'), { lines: [], added: 0, remainingText: '' });
    await rejectsWith(placeQuickOrder({} as BackendAdapter, cart, 'OZ-NOTE-76-Y 5'), 'config');
    assert.deepEqual(cart.$lines.get(), []);
  });
});
