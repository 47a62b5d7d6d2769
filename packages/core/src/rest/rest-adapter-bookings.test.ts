import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createDemoShop, createOrderEngine, type OrderEngine } from '@orderzone/embedded-backend';
import { createHttpHandlers } from '@orderzone/embedded-backend/http-handlers';
import type { OrderRequest } from '../order/order-schema.ts';
import { createRestAdapter } from './rest-adapter.ts';
import { availabilityFromSearchParams, availabilityToSearchParams } from './rest-contract.ts';
import { rejectsWith } from '../testing/rejects-with.ts';

const BASE = 'https://shop.test/api';
/** Monday 2026-05-04, 10:00 in Shanghai. */
const NOW = new Date('2026-05-04T02:00:00Z');
const SESSION = 'screening-20260505-1930';
const server = setupServer();
let engine: OrderEngine;

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

beforeEach(() => {
  engine = createOrderEngine({ seed: createDemoShop(NOW), now: () => NOW });
  server.use(...createHttpHandlers(engine, { baseUrl: BASE }));
});

const adapter = () => createRestAdapter({ baseUrl: BASE });


describe('REST adapter: bookings against the order engine handlers', () => {
  it('reads availability of slots, nights and seats', async () => {
    const api = adapter();
    const slots = await api.getAvailability!({ productId: 'home-cleaning', from: '2026-05-05', to: '2026-05-05' });
    assert.equal(slots.type === 'time_slot' && slots.slots.length, 5);
    const nights = await api.getAvailability!({ productId: 'lakeside-hotel', variantId: 'room-suite', from: '2026-05-04', to: '2026-05-10' });
    assert.deepEqual(nights.type === 'stay' && [nights.variantId, nights.nights.length, nights.minNights], ['room-suite', 7, 2]);
    const seats = await api.getAvailability!({ productId: 'cinema-night', sessionId: SESSION });
    assert.deepEqual(seats, { type: 'seats', productId: 'cinema-night', sessionId: SESSION, takenSeatIds: [], maxSeatsPerOrder: 6 });
    const missing = await rejectsWith(api.getAvailability!({ productId: 'home-cleaning' }), 'validation');
    assert.deepEqual(missing.fieldErrors.map((f) => f.field), ['from', 'to']);
    assert.equal(missing.status, 400);
    await rejectsWith(api.getAvailability!({ productId: 'cinema-night', sessionId: 'nope' }), 'not_found');
  });

  it('holds, refuses a second shopper with conflict, releases, and books with the hold', async () => {
    const api = adapter();
    const booking = { type: 'seats' as const, sessionId: SESSION, seatIds: ['D4', 'D5'] };
    const hold = await api.placeHold!({ productId: 'cinema-night', variantId: 'cinema-ticket', booking });
    assert.equal(hold.expiresAt, '2026-05-04T02:10:00.000Z');
    const taken = await rejectsWith(api.placeHold!({ productId: 'cinema-night', variantId: 'cinema-ticket', booking: { ...booking, seatIds: ['D5'] } }), 'conflict');
    assert.equal(taken.status, 409);
    assert.deepEqual(taken.details, { reason: 'booking_taken', sessionId: SESSION, seatIds: ['D5'] });
    const seats = await api.getAvailability!({ productId: 'cinema-night', sessionId: SESSION });
    assert.deepEqual(seats.type === 'seats' && seats.takenSeatIds, ['D4', 'D5']);
    const tooMany = await rejectsWith(api.placeHold!({ productId: 'cinema-night', variantId: 'cinema-ticket', booking: { ...booking, seatIds: ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7'] } }), 'validation');
    assert.deepEqual(tooMany.fieldErrors, [{ field: 'seats', code: 'too_many_seats', params: { max: 6 } }]);

    const line = { productId: 'cinema-night', variantId: 'cinema-ticket', quantity: 1, personalization: {}, booking, holdId: hold.id };
    const quote = await api.quote({ currency: 'CNY', lines: [line] });
    assert.deepEqual([quote.orderable, quote.requiresShipping, quote.requiresAddress, quote.lines[0]!.hold?.id], [true, false, false, hold.id]);
    const request: OrderRequest = {
      currency: 'CNY',
      lines: [line],
      contact: { name: 'Wang Fang', phone: '+86 139 0013 9000', email: 'wang@example.com' },
      paymentMethodId: 'alipay',
      expectedTotal: quote.total,
    };
    const { order } = await api.submitOrder(request, { idempotencyKey: 'seats-1' });
    assert.equal(order.shippingAddress, undefined);
    assert.deepEqual(order.lines[0]!.booking?.type === 'seats' && order.lines[0]!.booking.seats.map((s) => s.label), [
      { 'zh-CN': 'D排4座', 'en-US': 'Row D, seat 4' },
      { 'zh-CN': 'D排5座', 'en-US': 'Row D, seat 5' },
    ]);

    const other = await api.placeHold!({ productId: 'cinema-night', variantId: 'cinema-ticket', booking: { ...booking, seatIds: ['E1'] } });
    await api.releaseHold!(other.id);
    await api.releaseHold!('hold_unknown');
    assert.deepEqual(engine.snapshot().holds, []);
  });

  it('refuses an order whose booking was taken with conflict and the new quote', async () => {
    const api = adapter();
    const booking = { type: 'stay' as const, checkIn: '2026-05-05', checkOut: '2026-05-07' };
    await api.placeHold!({ productId: 'lakeside-hotel', variantId: 'room-suite', booking });
    const line = { productId: 'lakeside-hotel', variantId: 'room-suite', quantity: 1, personalization: {}, booking };
    const quote = await api.quote({ currency: 'CNY', lines: [line] });
    assert.equal(quote.lines[0]!.problem?.code, 'booking_unavailable');
    const refused = await rejectsWith(
      api.submitOrder({ currency: 'CNY', lines: [line], contact: { name: 'Li Lei', phone: '13800138000', email: 'li@example.com' }, paymentMethodId: 'alipay', expectedTotal: quote.total }, { idempotencyKey: 'k' }),
      'conflict',
    );
    assert.equal(refused.details.reason, 'booking_unavailable');
    assert.ok(refused.details.quote, 'the new quote comes with the error');
  });
});

describe('REST adapter: malformed booking answers', () => {
  const availabilityPath = `${BASE}/products/:productId/availability`;

  it('reports malformed availability as bad_response naming the field', async () => {
    server.use(
      http.get(availabilityPath, () =>
        HttpResponse.json({ type: 'time_slot', productId: 'home-cleaning', timeZone: 'Asia/Shanghai', slots: [{ start: 'tomorrow at ten', end: '2026-05-05T04:00:00.000Z', localDate: '2026-05-05', remaining: 1 }] }),
      ),
    );
    const error = await rejectsWith(adapter().getAvailability!({ productId: 'home-cleaning', from: '2026-05-05', to: '2026-05-05' }), 'bad_response');
    assert.match(error.message, /^GET \/products\/\{productId\}\/availability answered with data that does not match the contract: slots\.0\.start: /);
  });

  it('reports negative remaining counts and unknown kinds as bad_response', async () => {
    server.use(http.get(availabilityPath, () => HttpResponse.json({ type: 'seats', productId: 'cinema-night', sessionId: SESSION, takenSeatIds: [], maxSeatsPerOrder: 0 })));
    assert.match((await rejectsWith(adapter().getAvailability!({ productId: 'cinema-night', sessionId: SESSION }), 'bad_response')).message, /maxSeatsPerOrder/);
    server.use(http.get(availabilityPath, () => HttpResponse.json({ type: 'parking', productId: 'cinema-night' })));
    await rejectsWith(adapter().getAvailability!({ productId: 'cinema-night', sessionId: SESSION }), 'bad_response');
  });

  it('refuses availability of another product or session than asked', async () => {
    server.use(http.get(availabilityPath, () => HttpResponse.json({ type: 'seats', productId: 'cinema-night', sessionId: 'screening-other', takenSeatIds: [], maxSeatsPerOrder: 6 })));
    const wrongSession = await rejectsWith(adapter().getAvailability!({ productId: 'cinema-night', sessionId: SESSION }), 'bad_response');
    assert.match(wrongSession.message, /seats of session "screening-other", not of "screening-20260505-1930"/);
    const wrongProduct = await rejectsWith(adapter().getAvailability!({ productId: 'opera-night', sessionId: 'screening-other' }), 'bad_response');
    assert.match(wrongProduct.message, /availability of product "cinema-night", not of "opera-night"/);
  });

  it('reports a hold without an expiry as bad_response, and a plain 409 as conflict', async () => {
    server.use(http.post(`${BASE}/holds`, () => HttpResponse.json({ id: 'h1', productId: 'cinema-night', variantId: 'cinema-ticket', booking: { type: 'seats', sessionId: SESSION, seatIds: ['A2'] } }, { status: 201 })));
    const request = { productId: 'cinema-night', variantId: 'cinema-ticket', booking: { type: 'seats' as const, sessionId: SESSION, seatIds: ['A2'] } };
    assert.match((await rejectsWith(adapter().placeHold!(request), 'bad_response')).message, /expiresAt/);
    server.use(http.post(`${BASE}/holds`, () => new HttpResponse('taken', { status: 409 })));
    assert.equal((await rejectsWith(adapter().placeHold!(request), 'conflict')).status, 409);
  });

  it('sends the availability query and the hold id in the path', async () => {
    const seen: string[] = [];
    server.use(
      http.get(availabilityPath, ({ request }) => {
        seen.push(request.url);
        return HttpResponse.json({ type: 'stay', productId: 'lakeside-hotel', variantId: 'room-queen', timeZone: 'Asia/Shanghai', nights: [], minNights: 1, maxNights: 14 });
      }),
      http.delete(`${BASE}/holds/:holdId`, ({ request, params }) => {
        seen.push(`${request.method} ${request.url} ${String(params.holdId)}`);
        return HttpResponse.json({ id: String(params.holdId), released: true });
      }),
    );
    await adapter().getAvailability!({ productId: 'lakeside-hotel', variantId: 'room-queen', from: '2026-05-04', to: '2026-05-06' });
    await adapter().releaseHold!('hold/1 2');
    assert.deepEqual(seen, [
      `${BASE}/products/lakeside-hotel/availability?variantId=room-queen&from=2026-05-04&to=2026-05-06`,
      `DELETE ${BASE}/holds/hold%2F1%202 hold/1 2`,
    ]);
  });

  it('carries an availability request through a query string unchanged', () => {
    const request = { productId: 'lakeside-hotel', variantId: 'room-queen', from: '2026-05-04', to: '2026-05-06' };
    assert.deepEqual(availabilityFromSearchParams('lakeside-hotel', new URLSearchParams(availabilityToSearchParams(request).toString())), request);
    assert.deepEqual(availabilityFromSearchParams('cinema-night', availabilityToSearchParams({ productId: 'x', sessionId: SESSION })), { productId: 'cinema-night', sessionId: SESSION });
  });
});
