import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createDemoShop, createOrderEngine, type OrderEngine } from '@orderzone/embedded-backend';
import { createHttpHandlers } from '@orderzone/embedded-backend/http-handlers';
import type { LineRequest, OrderRequest } from '../order/order-schema.ts';
import { createRestAdapter } from './rest-adapter.ts';
import { REST_ENDPOINTS, buildOpenApiDocument } from './rest-contract.ts';
import { rejectsWith } from '../testing/rejects-with.ts';

const BASE = 'https://shop.test/api';
const server = setupServer();

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

/** Monday 2026-05-04, 10:00 in Shanghai; tomorrow's cinema session starts 2026-05-05 19:30 there. */
const MONDAY_10AM = new Date('2026-05-04T02:00:00Z');
const SESSION = 'screening-20260505-1930';
/** Wang Fang's proof of access to the order of the test (set by `unpaidOrder()`). */
const WANG = { accessToken: '' };
const api = () => createRestAdapter({ baseUrl: BASE });

const TEE = (quantity: number): LineRequest => ({ productId: 'cotton-tee', variantId: 'tee-navy-m', quantity, personalization: {} });
const CINEMA: LineRequest = { productId: 'cinema-night', variantId: 'cinema-ticket', quantity: 1, personalization: {}, booking: { type: 'seats', sessionId: SESSION, seatIds: ['C4', 'C5'] } };


/** An engine behind the msw handlers with one unpaid order of two tees and two seats, placed by Wang Fang. */
function unpaidOrder(now: () => Date = () => MONDAY_10AM): { engine: OrderEngine; orderNumber: string } {
  const engine = createOrderEngine({ seed: createDemoShop(MONDAY_10AM), now });
  server.use(...createHttpHandlers(engine, { baseUrl: BASE }));
  const lines = [TEE(2), CINEMA];
  const { total } = engine.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN' } });
  const request: OrderRequest = {
    currency: 'CNY',
    lines,
    contact: { name: 'Wang Fang', phone: '+86 139 0013 9000', email: 'wang@example.com' },
    shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路1号', postalCode: '518057' },
    shippingOptionId: 'standard',
    paymentMethodId: 'wechat_pay',
    expectedTotal: total,
  };
  const placed = engine.submitOrder(request, 'k');
  WANG.accessToken = placed.accessToken;
  return { engine, orderNumber: placed.order.orderNumber };
}

describe('REST adapter: editing an unpaid order against the order engine handlers', () => {
  it('edits the lines and reads the new order', async () => {
    const { engine, orderNumber } = unpaidOrder();
    const lines = [TEE(1), CINEMA];
    const { total } = engine.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN', region: '广东省', postalCode: '518057' } });
    const edited = await api().editOrder!(orderNumber, WANG, { lines, expectedTotal: total });
    assert.deepEqual(edited.lines.map((l) => l.quantity), [1, 1]);
    assert.deepEqual(edited.total, total);
    assert.equal(edited.history?.at(-1)?.action, 'edit');
  });

  it('answers price_changed with a valid quote, out_of_stock, validation with fields, conflict once paid, not_found for another contact', async () => {
    const { engine, orderNumber } = unpaidOrder();
    const stale = await rejectsWith(api().editOrder!(orderNumber, WANG, { lines: [TEE(1), CINEMA], expectedTotal: { amount: 1, currency: 'CNY' } }), 'price_changed');
    assert.equal(stale.status, 409);
    assert.equal((stale.details.quote as { lines: unknown[] }).lines.length, 2, 'details.quote is checked against the contract');
    const tooMany = await rejectsWith(api().editOrder!(orderNumber, WANG, { lines: [TEE(999), CINEMA], expectedTotal: { amount: 1, currency: 'CNY' } }), 'out_of_stock');
    assert.equal((tooMany.details.lines as { code: string }[])[0]?.code, 'insufficient_stock');
    assert.ok(tooMany.details.quote);
    const added = await rejectsWith(api().editOrder!(orderNumber, WANG, { lines: [TEE(2), { ...TEE(1), variantId: 'tee-navy-l' }], expectedTotal: { amount: 1, currency: 'CNY' } }), 'validation');
    assert.deepEqual(added.fieldErrors, [{ field: 'lines.1', code: 'not_in_order' }]);
    await rejectsWith(api().editOrder!(orderNumber, { accessToken: 'li-lei-s-token-of-another-order' }, { lines: [TEE(1)], expectedTotal: { amount: 1, currency: 'CNY' } }), 'not_found');
    engine.markPaid(orderNumber);
    const paid = await rejectsWith(api().editOrder!(orderNumber, WANG, { lines: [TEE(1)], expectedTotal: { amount: 1, currency: 'CNY' } }), 'conflict');
    assert.equal(paid.details.status, 'paid');
  });

  it('reads a backend’s out_of_stock details as sent', async () => {
    const { orderNumber } = unpaidOrder();
    server.use(
      http.put(`${BASE}/orders/:n/lines`, () =>
        HttpResponse.json({ error: { code: 'out_of_stock', message: 'No.', details: { lines: [{ index: 0, code: 'insufficient_stock', available: 3 }] } } }, { status: 409 }),
      ),
    );
    const error = await rejectsWith(api().editOrder!(orderNumber, WANG, { lines: [TEE(9)], expectedTotal: { amount: 1, currency: 'CNY' } }), 'out_of_stock');
    assert.deepEqual(error.details.lines, [{ index: 0, code: 'insufficient_stock', available: 3 }]);
  });
});

describe('REST adapter: rescheduling a booking against the order engine handlers', () => {
  it('moves the seats and keeps the status', async () => {
    const { orderNumber } = unpaidOrder();
    const moved = await api().rescheduleBooking!(orderNumber, WANG, { lineIndex: 1, booking: { type: 'seats', sessionId: SESSION, seatIds: ['D4', 'D5'] } });
    const booking = moved.lines[1]!.booking;
    assert.deepEqual(booking?.type === 'seats' ? booking.seats.map((s) => s.id) : [], ['D4', 'D5']);
    assert.equal(moved.status, 'pending_payment');
  });

  it('answers validation for a bad line or another price, conflict for a taken pick or a closed window', async () => {
    let now = MONDAY_10AM;
    const { engine, orderNumber } = unpaidOrder(() => now);
    const notBooking = await rejectsWith(api().rescheduleBooking!(orderNumber, WANG, { lineIndex: 0, booking: { type: 'seats', sessionId: SESSION, seatIds: ['D4'] } }), 'validation');
    assert.deepEqual(notBooking.fieldErrors, [{ field: 'lineIndex', code: 'not_a_booking' }]);
    const cheaper = await rejectsWith(api().rescheduleBooking!(orderNumber, WANG, { lineIndex: 1, booking: { type: 'seats', sessionId: SESSION, seatIds: ['B4', 'B5'] } }), 'validation');
    assert.deepEqual(cheaper.fieldErrors, [{ field: 'booking', code: 'price_differs' }]);
    assert.deepEqual(cheaper.details.unitPrice, { amount: 9000, currency: 'CNY' });
    engine.placeHold({ productId: 'cinema-night', variantId: 'cinema-ticket', booking: { type: 'seats', sessionId: SESSION, seatIds: ['D4'] } });
    const taken = await rejectsWith(api().rescheduleBooking!(orderNumber, WANG, { lineIndex: 1, booking: { type: 'seats', sessionId: SESSION, seatIds: ['D4', 'D5'] } }), 'conflict');
    assert.equal(taken.details.reason, 'booking_taken');
    now = new Date('2026-05-04T12:00:00Z');
    const late = await rejectsWith(api().rescheduleBooking!(orderNumber, WANG, { lineIndex: 1, booking: { type: 'seats', sessionId: SESSION, seatIds: ['E4', 'E5'] } }), 'conflict');
    assert.deepEqual([late.details.reason, late.details.until], ['window_closed', '2026-05-04T11:30:00.000Z']);
  });

  it('documents both calls in the OpenAPI document', () => {
    const paths = buildOpenApiDocument().paths as Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    assert.equal(paths[REST_ENDPOINTS.editOrder.path]?.put?.operationId, 'editOrder');
    assert.equal(paths[REST_ENDPOINTS.rescheduleBooking.path]?.post?.operationId, 'rescheduleBooking');
    assert.ok(Object.keys(paths['/orders/{orderNumber}/lines']!.put!.responses).includes('409'));
  });
});
