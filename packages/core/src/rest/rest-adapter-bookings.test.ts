import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createRestAdapter } from './rest-adapter.ts';
import { availabilityFromSearchParams, availabilityToSearchParams } from './rest-contract.ts';
import { rejectsWith } from '../testing/rejects-with.ts';

const BASE = 'https://shop.test/api';
const SESSION = 'screening-20260505-1930';
const server = setupServer();

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());


const adapter = () => createRestAdapter({ baseUrl: BASE });


// What the bookings endpoints answer is checked on the mocks and the real server alike by the
// contract suite (`rest-adapter-contract.test.ts`). Here: what the adapter sends and refuses to take.
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
