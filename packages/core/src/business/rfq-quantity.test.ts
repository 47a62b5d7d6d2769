import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCart } from '../cart/cart.ts';
import { coreMessages } from '../i18n/core-messages.ts';
import { createTranslator, describeFieldError } from '../i18n/messages.ts';
import { checkEditQuantities, editLineRequests, editQuoteRequest } from '../order/order-edit.ts';
import type { Order } from '../order/order-schema.ts';
import { memoryStorage } from '../storage/key-value-storage.ts';
import { testShop } from '../testing/test-shop.ts';
import { addRfqToCart } from './rfq-client.ts';
import { answerRfq, applyRfqBuyerAction, createRfq, rfqLinePrice } from './rfq-rules.ts';

const shop = testShop();
const lookup = (id: string) => shop.products.find((p) => p.id === id);
const cny = (amount: number) => ({ amount, currency: 'CNY' });
const NOW = new Date('2026-12-06T10:00:00Z');
const LATER = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

const requested = createRfq(
  { lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 200 }], targetDate: '2026-12-20', contact: { name: 'Wang Fang', phone: '13800138000', email: 'buyer@example.com' } },
  lookup,
  'rfq-1',
  NOW,
);
const accepted = applyRfqBuyerAction(answerRfq(requested, { unitPrices: [cny(2100)], expiresAt: LATER(2).toISOString() }, 'CNY', NOW), 'accept', NOW);
const line = { productId: 'paper', variantId: 'paper-a4', quantity: 200, personalization: {}, rfqId: 'rfq-1' };

describe('quoted lines keep the quoted quantity', () => {
  it('keeps the quoted price for the order placed with the request while that order is edited, even after the offer’s expiry', () => {
    const ordered = { ...accepted, orderNumber: 'OZ-1' };
    assert.deepEqual(rfqLinePrice(line, ordered, LATER(5), 'OZ-1'), { unitPrice: cny(2100) });
    assert.deepEqual(rfqLinePrice(line, ordered, NOW), { problem: { code: 'rfq_unavailable' } }, 'a new order cannot use it');
    assert.deepEqual(rfqLinePrice(line, ordered, NOW, 'OZ-2'), { problem: { code: 'rfq_unavailable' } }, 'nor another order’s edit');
    assert.deepEqual(rfqLinePrice({ ...line, quantity: 150 }, ordered, NOW, 'OZ-1'), { problem: { code: 'rfq_unavailable' } }, 'nor another quantity');
  });

  it('refuses more units of a quoted cart line, and another quantity, and keeps the line and its request', async () => {
    const cart = createCart({ shopId: 'shop', currency: 'CNY', storage: memoryStorage() });
    await addRfqToCart({ getProduct: async (id: string) => lookup(id)! }, cart, accepted, NOW);
    const added = cart.add({ product: lookup('paper')!, variantId: 'paper-a4', quantity: 5 });
    assert.deepEqual([added.outcome, added.added, added.notice], ['refused', 0, { code: 'quantity_adjusted', requested: 205, allowed: 200, reason: 'quoted' }]);
    const key = cart.$lines.get()[0]!.key;
    const changed = cart.setQuantity(key, 150);
    assert.deepEqual(changed.notice, { code: 'quantity_adjusted', requested: 150, allowed: 200, reason: 'quoted' });
    assert.deepEqual(cart.toLineRequests().map((l) => [l.quantity, l.rfqId]), [[200, 'rfq-1']]);
    const t = createTranslator('en-US', coreMessages);
    assert.equal(t('cart.add_refused.quoted', { allowed: 200 }), 'Your cart has this item at a quoted price for exactly 200, so nothing was added. For more, ask for a new quote.');
    cart.setQuantity(key, 0);
    assert.deepEqual(cart.toLineRequests(), [], 'a quoted line can still be removed');
  });

  it('lets an edit keep a quoted order line at its quantity or remove it, carries its request, and names the order in the quote request', () => {
    const order = {
      orderNumber: 'OZ-1',
      currency: 'CNY',
      adjustments: [],
      lines: [
        { productId: 'paper', variantId: 'paper-a4', quantity: 200, personalization: {}, rfqId: 'rfq-1', unitPrice: cny(2100), total: cny(420_000), available: null, title: { 'en-US': 'Paper' }, sku: 'P' },
        { productId: 'shirt', variantId: 'shirt-navy-m', quantity: 2, personalization: {}, unitPrice: cny(9900), total: cny(19_800), available: null, title: { 'en-US': 'Shirt' }, sku: 'S' },
      ],
    } as unknown as Order;
    const errors = checkEditQuantities(order, [150, 2]);
    assert.deepEqual(errors, [{ field: 'lines.0.quantity', code: 'rfq_quantity', params: { quantity: 200 } }]);
    assert.equal(describeFieldError(errors[0]!, createTranslator('en-US', coreMessages)), 'This item is at a quoted price for exactly 200: keep 200 or remove it. For another quantity, ask for a new quote.');
    assert.equal(describeFieldError(errors[0]!, createTranslator('zh-CN', coreMessages)), '该商品按报价购买，数量固定为 200 件：请保留 200 件或删除。如需其他数量，请重新询价。');
    assert.deepEqual(checkEditQuantities(order, [0, 2]), [], 'removing it is fine');
    assert.deepEqual(editLineRequests(order, [200, 1]).map((l) => [l.quantity, l.rfqId]), [[200, 'rfq-1'], [1, undefined]]);
    assert.equal(editQuoteRequest(order, [200, 1]).orderNumber, 'OZ-1');
  });
});
