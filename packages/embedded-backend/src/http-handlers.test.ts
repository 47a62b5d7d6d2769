import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { ErrorBodySchema, createRestAdapter } from '@orderzone/core/rest';
import { AvailabilitySchema, HoldSchema, OrderWithAccessSchema, ProductPageSchema } from '@orderzone/core/schemas';
import type { OrderChangeFeed } from './contract-app.ts';
import { createHttpHandlers } from './http-handlers.ts';
import { createOrderEngine, type OrderEngine } from './order-engine.ts';
import { shirtLine, testShop } from '../../core/src/testing/test-shop.ts';

const BASE = 'https://shop.test/api';
const server = setupServer();
let engine: OrderEngine;

before(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  // Monday 2026-04-27 in Shanghai: before the test cinema's one session (Friday 2026-05-01).
  engine = createOrderEngine({ seed: testShop(), now: () => new Date('2026-04-27T02:00:00Z') });
  server.use(...createHttpHandlers(engine, { baseUrl: BASE }));
});
afterEach(() => server.resetHandlers());
after(() => server.close());

const orderBody = {
  currency: 'CNY',
  lines: [shirtLine(3)],
  contact: { name: 'Zhou', phone: '13700137000', email: 'zhou@example.com' },
  shippingAddress: { country: 'CN', region: '浙江省', city: '杭州市', district: '西湖区', line1: '文三路1号', postalCode: '310012' },
  shippingOptionId: 'standard',
  paymentMethodId: 'alipay',
  // 3 shirts at ¥79.00; free standard shipping from ¥199.
  expectedTotal: { amount: 23700, currency: 'CNY' },
};

async function errorOf(response: Response) {
  const body = ErrorBodySchema.parse(await response.json());
  return { status: response.status, ...body.error };
}

describe('HTTP handlers over the order engine', () => {
  it('creates an order with 201 and stores it in the engine', async () => {
    const response = await fetch(`${BASE}/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'h-1' }, body: JSON.stringify(orderBody) });
    assert.equal(response.status, 201);
    const { order, accessToken } = OrderWithAccessSchema.parse(await response.json());
    assert.equal(engine.getOrder(order.orderNumber, { accessToken }).total.amount, 23700);
  });

  it('requires the Idempotency-Key header', async () => {
    const response = await fetch(`${BASE}/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(orderBody) });
    assert.deepEqual(await errorOf(response), { status: 400, code: 'validation', message: 'POST /orders needs an Idempotency-Key header.', fieldErrors: [{ field: 'Idempotency-Key', code: 'required' }] });
    assert.equal(engine.snapshot().orders.length, 0);
  });

  it('refuses a verification with only one of its two headers, and answers an unknown session token on sign-out with signedOut: false', async () => {
    const response = await fetch(`${BASE}/orders`, { method: 'POST', headers: { 'Idempotency-Key': 'h-3', 'Verification-Id': 'CH1' }, body: JSON.stringify(orderBody) });
    assert.deepEqual(await errorOf(response), {
      status: 400,
      code: 'validation',
      message: 'A verification needs both the Verification-Id and the Verification-Code header.',
      fieldErrors: [{ field: 'verification.code', code: 'required' }],
    });
    assert.equal(engine.snapshot().orders.length, 0);
    const signOut = await fetch(`${BASE}/auth/sessions/current`, { method: 'DELETE', headers: { Authorization: 'Bearer nobody' } });
    assert.deepEqual([signOut.status, await signOut.json()], [200, { signedOut: false }]);
    const codes = await fetch(`${BASE}/auth/codes`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'sms', destination: '13700137000' }) });
    assert.equal(codes.status, 201);
    const again = await fetch(`${BASE}/auth/codes`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'sms', destination: '13700137000' }) });
    assert.deepEqual([again.status, again.headers.get('Retry-After'), (await errorOf(again)).retryAfterSeconds], [429, '60', 60]);
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
    assert.equal((error.details?.quote as { total: { amount: number } }).total.amount, 23700);
  });

  it('answers 404 for an unknown product and 400 for a bad query, with the contract error body', async () => {
    assert.deepEqual(await errorOf(await fetch(`${BASE}/products/ghost`)), { status: 404, code: 'not_found', message: 'There is no product "ghost".', details: { productId: 'ghost' } });
    const bad = await errorOf(await fetch(`${BASE}/products?page=0`));
    assert.deepEqual([bad.status, bad.code, bad.fieldErrors], [400, 'validation', [{ field: 'page', code: 'invalid' }]]);
  });

  it('reads option filters from the query string', async () => {
    // Navy comes as a shirt (from ¥79.00) and a flask (from ¥149.00); nothing else has a colour.
    const page = ProductPageSchema.parse(await (await fetch(`${BASE}/products?option=color:navy&sort=price_asc`)).json());
    assert.deepEqual(page.items.map((i) => i.id), ['shirt', 'flask']);
  });

  it('takes a refund request by line through the REST adapter, validated on both sides, and refuses bad lines with 400 naming the order line', async () => {
    const adapter = createRestAdapter({ baseUrl: BASE });
    const twoLines = { ...orderBody, lines: [...orderBody.lines, { productId: 'mug', variantId: 'mug', quantity: 2, personalization: {} }], expectedTotal: { amount: 23700 + 9800, currency: 'CNY' } };
    const placed = await adapter.submitOrder(twoLines, { idempotencyKey: 'h-lines' });
    engine.markPaid(placed.order.orderNumber);
    const access = { accessToken: placed.accessToken };
    const asked = await adapter.requestRefund!(placed.order.orderNumber, access, { reason: 'One mug is enough', lines: [{ lineIndex: 1, quantity: 1 }] });
    assert.equal(asked.status, 'refund_requested');
    assert.deepEqual(asked.afterSales?.[0]?.lines.map((l) => [l.lineIndex, l.quantity, l.amount.amount, l.status]), [[1, 1, 4900, 'requested']]);
    const refunded = engine.approveRefund(placed.order.orderNumber);
    assert.deepEqual([refunded.status, refunded.refunded], ['paid', { amount: 4900, currency: 'CNY' }]);
    const bad = await fetch(`${BASE}/orders/${placed.order.orderNumber}/refund-requests`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Order-Access-Token': placed.accessToken }, body: JSON.stringify({ reason: 'x', lines: [{ lineIndex: 1, quantity: 2 }] }),
    });
    assert.deepEqual(await errorOf(bad), {
      status: 400, code: 'validation', message: 'The refund request names lines or quantities that cannot be asked for (lines.1.quantity: too_many_units).',
      fieldErrors: [{ field: 'lines.1.quantity', code: 'too_many_units', params: { max: 1 } }],
    });
  });

  it('serves availability, holds (201, 409 when taken) and releases (200 with whether one was released)', async () => {
    const sessionId = 'evening';
    const hold = { productId: 'cinema', variantId: 'ticket', booking: { type: 'seats', sessionId, seatIds: ['A1'] } };
    const post = () => fetch(`${BASE}/holds`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(hold) });
    const placed = await post();
    assert.equal(placed.status, 201);
    const { id } = HoldSchema.parse(await placed.json());
    const again = await post();
    assert.deepEqual(await errorOf(again), { status: 409, code: 'conflict', message: 'Those seats were just taken: A1.', fieldErrors: [{ field: 'seats', code: 'seat_unavailable', params: { seat: 'A1' } }], details: { reason: 'booking_taken', sessionId, seatIds: ['A1'] } });
    const availability = AvailabilitySchema.parse(await (await fetch(`${BASE}/products/cinema/availability?sessionId=${sessionId}`)).json());
    assert.deepEqual(availability.type === 'seats' && availability.takenSeatIds, ['A1']);
    const released = await fetch(`${BASE}/holds/${id}`, { method: 'DELETE' });
    assert.deepEqual([released.status, await released.json()], [200, { id, released: true }]);
    assert.deepEqual(await (await fetch(`${BASE}/holds/${id}`, { method: 'DELETE' })).json(), { id, released: false });
    const range = await fetch(`${BASE}/products/cleaning/availability?from=2026-05-01&to=2026-09-01`);
    assert.deepEqual(await errorOf(range), { status: 400, code: 'validation', message: 'Availability covers at most 62 days at once; asked for 124.', fieldErrors: [{ field: 'to', code: 'range_too_long', params: { max: 62 } }] });
  });

  it('serves the event stream with orderChanges, and stops following the order once the client goes away', async () => {
    const following = new Set<string>();
    const feed: OrderChangeFeed = {
      async subscribe(orderNumber) {
        following.add(orderNumber);
        return () => following.delete(orderNumber);
      },
    };
    server.use(...createHttpHandlers(engine, { baseUrl: BASE, orderChanges: feed }));
    const created = await fetch(`${BASE}/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'h-events' }, body: JSON.stringify(orderBody) });
    const { order, accessToken } = OrderWithAccessSchema.parse(await created.json());
    const leaving = new AbortController();
    const stream = await fetch(`${BASE}/orders/${order.orderNumber}/events`, { headers: { 'Order-Access-Token': accessToken }, signal: leaving.signal });
    assert.deepEqual([stream.status, stream.headers.get('Content-Type')], [200, 'text/event-stream']);
    const first = new TextDecoder().decode((await stream.body!.getReader().read()).value);
    assert.match(first, new RegExp(`^event: order\ndata: \\{"orderNumber":"${order.orderNumber}"`));
    assert.deepEqual([...following], [order.orderNumber]);
    leaving.abort();
    for (let waited = 0; following.size > 0 && waited < 2000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual([...following], [], 'the stream ended with its client');
  });
});
