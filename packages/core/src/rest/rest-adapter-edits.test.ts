import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { createOrderEngine, type OrderEngine } from '@orderzone/embedded-backend';
import { createHttpHandlers } from '@orderzone/embedded-backend/http-handlers';
import type { LineRequest, OrderRequest } from '../order/order-schema.ts';
import { createRestAdapter } from './rest-adapter.ts';
import { REST_ENDPOINTS } from './rest-contract.ts';
import { buildOpenApiDocument } from './openapi-document.ts';
import { rejectsWith } from '../testing/rejects-with.ts';
import { shirtLine, testShop } from '../testing/test-shop.ts';

const BASE = 'https://shop.test/api';
const server = setupServer();

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

/** Thursday 2026-04-30, 10:00 in Shanghai; the test shop's cinema session starts 2026-05-01 19:30 there. */
const THURSDAY_10AM = new Date('2026-04-30T02:00:00Z');
/** Wang Fang's proof of access to the order of the test (set by `unpaidOrder()`). */
const WANG = { accessToken: '' };
const api = () => createRestAdapter({ baseUrl: BASE });

const CINEMA: LineRequest = { productId: 'cinema', variantId: 'ticket', quantity: 1, personalization: {}, booking: { type: 'seats', sessionId: 'evening', seatIds: ['A1', 'A2'] } };


/** An engine behind the msw handlers with one unpaid order of two shirts and two seats, placed by Wang Fang. */
function unpaidOrder(now: () => Date = () => THURSDAY_10AM): { engine: OrderEngine; orderNumber: string } {
  const engine = createOrderEngine({ seed: testShop(), now });
  server.use(...createHttpHandlers(engine, { baseUrl: BASE }));
  const lines = [shirtLine(2), CINEMA];
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

// What editing an order and rescheduling a booking answer is checked on the mocks and the real server
// alike by the contract suite (`rest-adapter-contract.test.ts`). Here: what the adapter itself does.
describe('REST adapter: editing an unpaid order', () => {
  it('reads a backend’s out_of_stock details as sent', async () => {
    const { orderNumber } = unpaidOrder();
    server.use(
      http.put(`${BASE}/orders/:n/lines`, () =>
        HttpResponse.json({ error: { code: 'out_of_stock', message: 'No.', details: { lines: [{ index: 0, code: 'insufficient_stock', available: 3 }] } } }, { status: 409 }),
      ),
    );
    const error = await rejectsWith(api().editOrder!(orderNumber, WANG, { lines: [shirtLine(9)], expectedTotal: { amount: 1, currency: 'CNY' } }), 'out_of_stock');
    assert.deepEqual(error.details.lines, [{ index: 0, code: 'insufficient_stock', available: 3 }]);
  });
});

describe('REST contract: editing and rescheduling', () => {
  it('documents both calls in the OpenAPI document', () => {
    const paths = buildOpenApiDocument().paths as Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    assert.equal(paths[REST_ENDPOINTS.editOrder.path]?.put?.operationId, 'editOrder');
    assert.equal(paths[REST_ENDPOINTS.rescheduleBooking.path]?.post?.operationId, 'rescheduleBooking');
    assert.ok(Object.keys(paths['/orders/{orderNumber}/lines']!.put!.responses).includes('409'));
  });
});
