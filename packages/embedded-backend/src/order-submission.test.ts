import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OrderRequest, Quote } from '@orderzone/core';
import { newOrder, orderDetailProblems } from './order-submission.ts';
import { shirtLine, testShop } from '../../core/src/testing/test-shop.ts';

const shop = testShop();

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const request: OrderRequest = {
  currency: 'CNY',
  lines: [shirtLine(2)],
  contact: { name: ' 张三 ', phone: '138 0013 8000', email: 'zhang.san@example.com' },
  shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
  shippingOptionId: 'standard',
  paymentMethodId: 'alipay',
  // 2 × ¥79.00 and ¥12.00 standard shipping.
  expectedTotal: cny(17000),
};
const goods = { currency: 'CNY', requiresAddress: true, requiresShipping: true };

describe('placing an order: the details checked against the shop', () => {
  it('finds nothing wrong with a complete request', () => {
    assert.deepEqual(orderDetailProblems(request, shop, goods), []);
  });

  it('names a currency, country and payment method the shop does not take', () => {
    const problems = orderDetailProblems({ ...request, currency: 'USD', shippingAddress: { ...request.shippingAddress!, country: 'fr' }, paymentMethodId: 'barter' }, shop, goods);
    assert.deepEqual(problems, [
      { field: 'currency', code: 'invalid_choice' },
      { field: 'shippingAddress.country', code: 'invalid_choice' },
      { field: 'paymentMethodId', code: 'invalid_choice' },
    ]);
  });

  it('asks for no address and no delivery option when the lines need neither', () => {
    const { shippingAddress: _address, shippingOptionId: _option, ...stay } = request;
    assert.deepEqual(orderDetailProblems(stay, shop, { currency: 'CNY', requiresAddress: false, requiresShipping: false }), []);
    assert.ok(orderDetailProblems(stay, shop, goods).some((e) => e.field.startsWith('shippingAddress.')));
  });
});

describe('placing an order: the new order', () => {
  const priced = { currency: 'CNY', subtotal: cny(15800), adjustments: [], total: cny(17000), lines: [], shippingOptions: [], orderable: true } as unknown as Quote;
  const alipay = shop.paymentMethods.find((m) => m.id === 'alipay')!;
  const createdAt = new Date('2025-03-14T08:00:00Z');

  it('awaits payment until its pay-by time, with a trimmed contact and its first history entry', () => {
    const order = newOrder({ ...request, note: '  ring twice ' }, { orderNumber: 'OZ-1', createdAt, priced, method: alipay, payment: { type: 'none' }, unpaidMinutes: 30 });
    assert.equal(order.status, 'pending_payment');
    assert.equal(order.payBy, '2025-03-14T08:30:00.000Z');
    assert.equal(order.contact.name, '张三');
    assert.equal(order.note, 'ring twice');
    assert.deepEqual(order.history, [{ status: 'pending_payment', at: '2025-03-14T08:00:00.000Z' }]);
  });

  it('is paid at once when it costs nothing, and then has no pay-by time', () => {
    const free = { ...priced, total: cny(0) } as Quote;
    const order = newOrder(request, { orderNumber: 'OZ-2', createdAt, priced: free, method: alipay, payment: { type: 'none' }, unpaidMinutes: 30 });
    assert.equal(order.status, 'paid');
    assert.equal(order.payBy, undefined);
  });
});
