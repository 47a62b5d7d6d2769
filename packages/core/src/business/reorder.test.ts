import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import { createCart } from '../cart/cart.ts';
import type { Product } from '../catalog/catalog-schema.ts';
import type { Order, QuoteLine } from '../order/order-schema.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { addReorderToCart, planReorder, prepareReorder } from './reorder.ts';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

function product(id: string, variants: { id: string; sku: string; price: number; stock: number | null }[], quantity = { min: 1, step: 1 } as Product['quantity']): Product {
  return {
    id, kind: 'goods', title: id, description: '', categoryIds: [], images: [], specs: [], reviews: [], optionGroups: [],
    variants: variants.map((v) => ({ id: v.id, sku: v.sku, options: {}, price: cny(v.price), stock: v.stock })),
    personalization: [], quantity, createdAt: '2026-01-01T00:00:00Z',
  } as Product;
}

function line(productId: string, variantId: string, sku: string, quantity: number, unit: number): QuoteLine {
  return { productId, variantId, sku, title: productId, quantity, personalization: {}, unitPrice: cny(unit), total: cny(unit * quantity), available: null };
}

const order = {
  orderNumber: 'OZ-22222-22222',
  lines: [
    line('paper', 'paper-a4', 'OZ-PAPER-A4-70', 12, 2650), // tier price for 10+
    line('notes', 'notes-yellow', 'OZ-NOTE-76-Y', 20, 390),
    line('keyboard', 'kb-blue', 'OZ-KB-BLU', 1, 45900),
    line('mug', 'mug-350', 'OZ-MUG-350', 2, 6900),
  ],
} as unknown as Order;

const paper = { ...product('paper', [{ id: 'paper-a4', sku: 'OZ-PAPER-A4-70', price: 2990, stock: 2000 }]) };
paper.variants[0]!.priceTiers = [{ minQuantity: 1, unitPrice: cny(2990) }, { minQuantity: 10, unitPrice: cny(2650) }];
const notes = product('notes', [{ id: 'notes-yellow', sku: 'OZ-NOTE-76-Y', price: 420, stock: 12 }], { min: 5, max: 1000, step: 5 });
const keyboard = product('keyboard', [{ id: 'kb-blue', sku: 'OZ-KB-BLU', price: 45900, stock: 0 }]);
const catalogNow = [paper, notes, keyboard];

describe('reorder', () => {
  it('explains what changed for each line before anything goes to the cart: price, stock, gone', () => {
    const plan = planReorder(order, catalogNow);
    assert.deepEqual(plan.map((l) => [l.line.variantId, l.quantity, l.changes]), [
      ['paper-a4', 12, []], // the same tier price: nothing changed
      ['notes-yellow', 10, [{ kind: 'stock', requested: 20, available: 10 }, { kind: 'price', before: cny(390), after: cny(420) }]],
      ['kb-blue', 0, [{ kind: 'stock', requested: 1, available: 0 }]],
      ['mug-350', 0, [{ kind: 'unavailable' }]],
    ]);
  });

  it('asks the backend once for the SKUs, and puts what can be ordered in the cart in one step', async () => {
    const asked: string[][] = [];
    const adapter = { findSkus: async (skus: string[]) => (asked.push(skus), catalogNow) } as unknown as BackendAdapter;
    const plan = await prepareReorder(adapter, order);
    assert.deepEqual(asked, [['OZ-PAPER-A4-70', 'OZ-NOTE-76-Y', 'OZ-KB-BLU', 'OZ-MUG-350']]);
    const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage() });
    assert.equal(addReorderToCart(cart, plan), 2);
    assert.deepEqual(cart.$lines.get().map((l) => [l.variantId, l.quantity]), [['paper-a4', 12], ['notes-yellow', 10]]);
  });
});
