import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { DEMO_RISK_RULES, createOrderEngine, type OrderEngine } from '@orderzone/embedded-backend';
import { createHttpHandlers } from '@orderzone/embedded-backend/http-handlers';
import type { OrderRequest } from '../order/order-schema.ts';
import { createRestAdapter } from './rest-adapter.ts';
import { rejectsWith } from '../testing/rejects-with.ts';
import { testShop } from '../testing/test-shop.ts';

const BASE = 'https://shop.test/api';
const server = setupServer();

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
after(() => server.close());

const START = new Date('2026-05-04T02:00:00Z');
const api = () => createRestAdapter({ baseUrl: BASE });
const SMS = { channel: 'sms' as const, destination: '139 0013 9000' };


/** An engine with the demo risk rules behind the msw handlers. */
function serve(): { engine: OrderEngine } {
  const engine = createOrderEngine({ seed: testShop(), now: () => START, risk: DEMO_RISK_RULES });
  server.use(...createHttpHandlers(engine, { baseUrl: BASE }));
  return { engine };
}

/** The headers of every request the adapter sends, by `METHOD path`. */
function recordHeaders(): Map<string, Headers> {
  const seen = new Map<string, Headers>();
  server.events.on('request:start', ({ request }) => {
    seen.set(`${request.method} ${new URL(request.url).pathname.replace('/api', '')}`, request.headers);
  });
  return seen;
}

/** `reams` reams of the test shop's paper; 250 make ¥5,750.00, over the demo risk rules' threshold of ¥5,000.00. */
function paperOrder(engine: OrderEngine, reams: number): OrderRequest {
  const lines = [{ productId: 'paper', variantId: 'paper-a4', quantity: reams, personalization: {} }];
  const { total } = engine.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN' } });
  return {
    currency: 'CNY',
    lines,
    contact: { name: 'Han Meimei', phone: '139 0013 9000', email: 'han@example.com' },
    shippingAddress: { country: 'CN', region: '北京市', city: '北京市', district: '朝阳区', line1: '建国路88号', postalCode: '100022' },
    shippingOptionId: 'standard',
    paymentMethodId: 'alipay',
    expectedTotal: total,
  };
}

// What sign-in, sessions, the shopper's orders and risk verification answer is checked on the mocks
// and the real server alike by the contract suite (`rest-adapter-contract.test.ts`). Here: what the
// adapter sends for them, and what it refuses to take.
describe('REST adapter: sign-in, sessions and risk verification', () => {
  it('sends the session as a bearer token, and a challenge’s code in the Verification headers beside the key', async () => {
    const { engine } = serve();
    const { order: placed } = engine.submitOrder(paperOrder(engine, 2), 'k1');
    const headers = recordHeaders();
    await api().requestSignInCode!(SMS);
    const session = await api().verifySignInCode!({ ...SMS, code: engine.outbox()[0]!.code });
    await api().listOrders!(session.token);
    await api().getOrder(placed.orderNumber, { sessionToken: session.token });
    await api().signOut!(session.token);
    for (const call of ['GET /me/orders', `GET /orders/${placed.orderNumber}`, 'DELETE /auth/sessions/current']) {
      assert.equal(headers.get(call)?.get('Authorization'), `Bearer ${session.token}`, call);
    }

    const request = paperOrder(engine, 250);
    const refused = await rejectsWith(api().submitOrder(request, { idempotencyKey: 'risky' }), 'verification_required');
    const challenge = refused.details as { id: string };
    const code = engine.outbox()[0]!.code;
    await api().submitOrder(request, { idempotencyKey: 'risky', verification: { id: challenge.id, code } });
    const sent = headers.get('POST /orders')!;
    assert.deepEqual([sent.get('Idempotency-Key'), sent.get('Verification-Id'), sent.get('Verification-Code')], ['risky', challenge.id, code]);
  });

  it('rejects answers that do not match the contract', async () => {
    server.use(
      http.get(`${BASE}/me/orders`, () => HttpResponse.json({ orders: [{ orderNumber: 'OZ1' }] })),
      http.post(`${BASE}/auth/sessions`, () => HttpResponse.json({ token: '', shopper: { id: 's' }, expiresAt: 'x' }, { status: 201 })),
      http.post(`${BASE}/orders`, () => HttpResponse.json({ error: { code: 'verification_required', message: 'Code please', details: { id: 'c1' } } }, { status: 403 })),
    );
    await rejectsWith(api().listOrders!('t'), 'bad_response');
    await rejectsWith(api().verifySignInCode!({ ...SMS, code: '123456' }), 'bad_response');
    const challenge = await rejectsWith(api().submitOrder(paperOrder(createOrderEngine({ seed: testShop(), now: () => START }), 1), { idempotencyKey: 'k' }), 'bad_response');
    assert.match(challenge.message, /VerificationChallenge/);
  });
});
