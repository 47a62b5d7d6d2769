import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { ErrorBodySchema } from '@orderzone/core/rest';
import { OrderSchema, ProductPageSchema } from '@orderzone/core';
import { demoShop } from './demo-catalog.ts';
import { createHttpHandlers } from './http-handlers.ts';
import { createOrderEngine, type OrderEngine } from './order-engine.ts';

const BASE = 'https://shop.test/api';
const server = setupServer();
let engine: OrderEngine;

before(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  engine = createOrderEngine({ seed: demoShop });
  server.use(...createHttpHandlers(engine, { baseUrl: BASE }));
});
afterEach(() => server.resetHandlers());
after(() => server.close());

const orderBody = {
  currency: 'CNY',
  lines: [{ productId: 'sticky-notes', variantId: 'notes-yellow', quantity: 100, personalization: {} }],
  contact: { name: 'Zhou', phone: '13700137000', email: 'zhou@example.com' },
  shippingAddress: { country: 'CN', region: '浙江省', city: '杭州市', district: '西湖区', line1: '文三路1号', postalCode: '310012' },
  shippingOptionId: 'standard',
  paymentMethodId: 'unionpay',
  // 100 pads at the ¥3.20 bulk price; free standard shipping from ¥199.
  expectedTotal: { amount: 32000, currency: 'CNY' },
};

async function errorOf(response: Response) {
  const body = ErrorBodySchema.parse(await response.json());
  return { status: response.status, ...body.error };
}

describe('HTTP handlers over the order engine', () => {
  it('creates an order with 201 and stores it in the engine', async () => {
    const response = await fetch(`${BASE}/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'h-1' }, body: JSON.stringify(orderBody) });
    assert.equal(response.status, 201);
    const order = OrderSchema.parse(await response.json());
    assert.equal(engine.getOrder(order.orderNumber, { contact: 'zhou@example.com' }).total.amount, 32000);
  });

  it('requires the Idempotency-Key header', async () => {
    const response = await fetch(`${BASE}/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(orderBody) });
    assert.deepEqual(await errorOf(response), { status: 400, code: 'validation', message: 'POST /orders needs an Idempotency-Key header.', fieldErrors: [{ field: 'Idempotency-Key', code: 'required' }] });
    assert.equal(engine.snapshot().orders.length, 0);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await fetch(`${BASE}/quotes`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{lines:' });
    const error = await errorOf(response);
    assert.deepEqual([error.status, error.code], [400, 'validation']);
  });

  it('answers 409 with the new quote when the total changed', async () => {
    const response = await fetch(`${BASE}/orders`, { method: 'POST', headers: { 'Idempotency-Key': 'h-2' }, body: JSON.stringify({ ...orderBody, expectedTotal: { amount: 39000, currency: 'CNY' } }) });
    const error = await errorOf(response);
    assert.deepEqual([error.status, error.code], [409, 'price_changed']);
    assert.equal((error.details?.quote as { total: { amount: number } }).total.amount, 32000);
  });

  it('answers 404 for an unknown product and 400 for a bad query, with the contract error body', async () => {
    assert.deepEqual(await errorOf(await fetch(`${BASE}/products/ghost`)), { status: 404, code: 'not_found', message: 'There is no product "ghost".', details: { productId: 'ghost' } });
    const bad = await errorOf(await fetch(`${BASE}/products?page=0`));
    assert.deepEqual([bad.status, bad.code, bad.fieldErrors], [400, 'validation', [{ field: 'page', code: 'invalid' }]]);
  });

  it('reads option filters from the query string', async () => {
    const page = ProductPageSchema.parse(await (await fetch(`${BASE}/products?option=ink:red&sort=price_asc`)).json());
    assert.deepEqual(page.items.map((i) => i.id), ['gel-pens']);
  });
});
