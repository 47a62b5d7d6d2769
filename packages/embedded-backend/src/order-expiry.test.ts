import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OrderRequest } from '@orderzone/core';
import { createOrderEngine, type OrderEngine } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { placeOrder } from './testing/placed-order.ts';
import { shirtLine, testShop } from '../../core/src/testing/test-shop.ts';

const START = new Date('2025-03-14T08:00:00Z');

function request(paymentMethodId = 'alipay'): OrderRequest {
  return {
    currency: 'CNY',
    lines: [shirtLine(2)],
    contact: { name: '张三', phone: '138 0013 8000', email: 'zhang.san@example.com' },
    shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
    shippingOptionId: 'standard',
    paymentMethodId,
    // Two test shirts at ¥79.00 and standard delivery at ¥12.00.
    expectedTotal: { amount: 17000, currency: 'CNY' },
  };
}

/** An engine whose unpaid orders expire after 30 minutes, on a clock the test moves. */
function shop(): { engine: OrderEngine; advance(minutes: number): void } {
  let now = START;
  // The tests' shop, plus cash on delivery.
  const shirts = testShop();
  const seed = { ...shirts, paymentMethods: [...shirts.paymentMethods, { id: 'cod', kind: 'cash_on_delivery' as const, label: 'Cash on delivery' }] };
  const engine = createOrderEngine({ seed, now: () => now, unpaidOrderMinutes: 30 });
  return { engine, advance: (minutes) => (now = new Date(now.getTime() + minutes * 60_000)) };
}

const stockOf = (engine: OrderEngine) => engine.getProduct('shirt').variants.find((v) => v.id === shirtLine(1).variantId)!.stock;

describe('unpaid orders expire by their payBy, not by a timer', () => {
  it('gives an unpaid order a payBy, and keeps it while it is not past', () => {
    const { engine, advance } = shop();
    const before = stockOf(engine)!;
    const { order, access } = placeOrder(engine, request(), 'k1');
    assert.equal(order.payBy, '2025-03-14T08:30:00.000Z');
    advance(29);
    assert.equal(engine.getOrder(order.orderNumber, access).status, 'pending_payment');
    assert.equal(stockOf(engine), before - 2);
  });

  it('cancels the order once it is opened past its payBy, says why in its history, and gives the stock back', () => {
    const { engine, advance } = shop();
    const before = stockOf(engine)!;
    const { order, access } = placeOrder(engine, request(), 'k1');
    advance(31);
    const expired = engine.getOrder(order.orderNumber, access);
    assert.equal(expired.status, 'cancelled');
    assert.deepEqual(expired.payment, { type: 'none' });
    assert.deepEqual(expired.history?.at(-1), { status: 'cancelled', at: '2025-03-14T08:31:00.000Z', action: 'expire' });
    assert.equal(stockOf(engine), before);
    // Nothing more can happen to it: a late payment confirmation is a conflict the payments module refunds or flags.
    rejects(() => engine.markPaid(order.orderNumber), 'conflict');
  });

  it('expires on the backend’s sweep too, and only orders past their payBy', () => {
    const { engine, advance } = shop();
    const old = placeOrder(engine, request(), 'k1').order;
    advance(20);
    const recent = placeOrder(engine, request(), 'k2').order;
    advance(15);
    assert.equal(engine.expireOrder(old.orderNumber).status, 'cancelled');
    assert.equal(engine.expireOrder(recent.orderNumber).status, 'pending_payment');
    rejects(() => engine.expireOrder('OZ-22222-22222'), 'not_found');
  });

  it('never expires a paid order, nor one paid on delivery', () => {
    const { engine, advance } = shop();
    const paid = placeOrder(engine, request(), 'k1').order;
    engine.markPaid(paid.orderNumber);
    const cod = placeOrder(engine, request('cod'), 'k2').order;
    assert.equal(cod.payBy, undefined);
    advance(120);
    assert.equal(engine.expireOrder(paid.orderNumber).status, 'paid');
    assert.equal(engine.expireOrder(cod.orderNumber).status, 'pending_shipment');
  });

  it('sets the payment step a provider created, only while the order awaits payment', () => {
    const { engine, advance } = shop();
    const { order, access } = placeOrder(engine, request(), 'k1');
    const action = { type: 'qr_code' as const, payload: 'https://qr.alipay.com/bax01234', expiresAt: '2025-03-14T08:15:00.000Z' };
    assert.deepEqual(engine.setPaymentAction(order.orderNumber, action).payment, action);
    assert.deepEqual(engine.getOrder(order.orderNumber, access).payment, action);
    advance(31);
    rejects(() => engine.setPaymentAction(order.orderNumber, action), 'conflict');
  });

  it('gives each payment method its own time to pay when the minutes are a function of the method', () => {
    let now = START;
    const shirts = testShop();
    const seed = { ...shirts, paymentMethods: [...shirts.paymentMethods, { id: 'transfer', kind: 'bank_transfer' as const, label: 'Bank transfer' }] };
    const engine = createOrderEngine({ seed, now: () => now, unpaidOrderMinutes: (method) => (method.kind === 'bank_transfer' ? 3 * 24 * 60 : 30) });
    const qr = placeOrder(engine, request(), 'k1');
    const transfer = placeOrder(engine, request('transfer'), 'k2');
    assert.equal(qr.order.payBy, '2025-03-14T08:30:00.000Z');
    assert.equal(transfer.order.payBy, '2025-03-17T08:00:00.000Z');
    now = new Date(START.getTime() + 60 * 60_000);
    assert.equal(engine.getOrder(qr.order.orderNumber, qr.access).status, 'cancelled');
    assert.equal(engine.getOrder(transfer.order.orderNumber, transfer.access).status, 'pending_payment');
  });
});
