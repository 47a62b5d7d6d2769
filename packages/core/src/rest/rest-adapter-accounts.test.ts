import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { DEMO_RISK_RULES, createDemoShop, createOrderEngine, type OrderEngine } from '@orderzone/embedded-backend';
import { createHttpHandlers } from '@orderzone/embedded-backend/http-handlers';
import type { OrderRequest } from '../order/order-schema.ts';
import { createRestAdapter } from './rest-adapter.ts';
import { rejectsWith } from '../testing/rejects-with.ts';

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


/** An engine with the demo risk rules behind the msw handlers, on a clock the test moves. */
function serve(): { engine: OrderEngine; advance(ms: number): void } {
  let at = START.getTime();
  const engine = createOrderEngine({ seed: createDemoShop(START), now: () => new Date(at), risk: DEMO_RISK_RULES });
  server.use(...createHttpHandlers(engine, { baseUrl: BASE }));
  return {
    engine,
    advance(ms) {
      at += ms;
    },
  };
}

/** The headers of every request the adapter sends, by `METHOD path`. */
function recordHeaders(): Map<string, Headers> {
  const seen = new Map<string, Headers>();
  server.events.on('request:start', ({ request }) => {
    seen.set(`${request.method} ${new URL(request.url).pathname.replace('/api', '')}`, request.headers);
  });
  return seen;
}

/** `reams` reams of A4 paper; 250 make ¥5,750.00, over the demo threshold of ¥5,000.00. */
function paperOrder(engine: OrderEngine, reams: number): OrderRequest {
  const lines = [{ productId: 'a4-paper', variantId: 'paper-a4-70', quantity: reams, personalization: {} }];
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

const other = (code: string): string => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('REST adapter: sign-in, sessions and the shopper’s orders against the order engine handlers', () => {
  it('signs in with a code by SMS, lists and opens the shopper’s orders with the bearer token, and signs out', async () => {
    const { engine } = serve();
    const { order: placed } = engine.submitOrder(paperOrder(engine, 2), 'k1');
    const headers = recordHeaders();
    const sent = await api().requestSignInCode!(SMS);
    assert.deepEqual(sent, { channel: 'sms', maskedDestination: '139****9000', expiresAt: '2026-05-04T02:10:00.000Z', resendAt: '2026-05-04T02:01:00.000Z' });
    const code = engine.outbox()[0]!.code;

    const wrong = await rejectsWith(api().verifySignInCode!({ ...SMS, code: other(code) }), 'validation');
    assert.equal(wrong.status, 400);
    assert.deepEqual(wrong.fieldErrors, [{ field: 'code', code: 'code_wrong' }]);
    const session = await api().verifySignInCode!({ ...SMS, code });
    assert.equal(session.shopper.phone, '13900139000');

    const orders = await api().listOrders!(session.token);
    assert.deepEqual(orders.map((o) => o.orderNumber), [placed.orderNumber]);
    assert.equal(headers.get('GET /me/orders')?.get('Authorization'), `Bearer ${session.token}`);
    const opened = await api().getOrder(placed.orderNumber, { sessionToken: session.token });
    assert.equal(opened.orderNumber, placed.orderNumber);
    assert.equal(headers.get(`GET /orders/${placed.orderNumber}`)?.get('Authorization'), `Bearer ${session.token}`);
    assert.equal((await api().cancelOrder!(placed.orderNumber, { sessionToken: session.token })).status, 'cancelled');

    await api().signOut!(session.token);
    assert.equal(headers.get('DELETE /auth/sessions/current')?.get('Authorization'), `Bearer ${session.token}`);
    const ended = await rejectsWith(api().listOrders!(session.token), 'unauthorized');
    assert.equal(ended.status, 401);
    await rejectsWith(api().getOrder(placed.orderNumber, { sessionToken: session.token }), 'unauthorized');
    // Signing out again (an unknown token) is not an error.
    await api().signOut!(session.token);
  });

  it('reports a bad destination on its field, the resend wait with retryAfterSeconds, and too many wrong tries', async () => {
    const { engine, advance } = serve();
    const bad = await rejectsWith(api().requestSignInCode!({ channel: 'email', destination: 'han@' }), 'validation');
    assert.deepEqual(bad.fieldErrors, [{ field: 'destination', code: 'invalid_email' }]);
    await api().requestSignInCode!(SMS);
    advance(15_000);
    const wait = await rejectsWith(api().requestSignInCode!(SMS), 'rate_limited');
    assert.equal(wait.status, 429);
    assert.equal(wait.retryAfterSeconds, 45);
    const code = engine.outbox()[0]!.code;
    for (let i = 0; i < 5; i++) await rejectsWith(api().verifySignInCode!({ ...SMS, code: other(code) }), 'validation');
    const locked = await rejectsWith(api().verifySignInCode!({ ...SMS, code }), 'rate_limited');
    assert.equal(locked.details['reason'], 'too_many_attempts');
    advance(5 * 60_000);
    const expired = await rejectsWith(api().verifySignInCode!({ ...SMS, code }), 'rate_limited');
    assert.equal(expired.retryAfterSeconds, 1, 'the wait is over: ask for a new code now');
  });

  it('answers a call without a bearer token with 401', async () => {
    serve();
    for (const [method, path] of [['GET', '/me/orders'], ['DELETE', '/auth/sessions/current']] as const) {
      const response = await fetch(`${BASE}${path}`, { method });
      assert.equal(response.status, 401, path);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'unauthorized');
    }
  });

  it('rejects answers that do not match the contract', async () => {
    server.use(
      http.get(`${BASE}/me/orders`, () => HttpResponse.json({ orders: [{ orderNumber: 'OZ1' }] })),
      http.post(`${BASE}/auth/sessions`, () => HttpResponse.json({ token: '', shopper: { id: 's' }, expiresAt: 'x' }, { status: 201 })),
      http.post(`${BASE}/orders`, () => HttpResponse.json({ error: { code: 'verification_required', message: 'Code please', details: { id: 'c1' } } }, { status: 403 })),
    );
    await rejectsWith(api().listOrders!('t'), 'bad_response');
    await rejectsWith(api().verifySignInCode!({ ...SMS, code: '123456' }), 'bad_response');
    const challenge = await rejectsWith(api().submitOrder(paperOrder(createOrderEngine({ seed: createDemoShop(START), now: () => START }), 1), { idempotencyKey: 'k' }), 'bad_response');
    assert.match(challenge.message, /VerificationChallenge/);
  });
});

describe('REST adapter: risk verification at checkout against the order engine handlers', () => {
  it('gets verification_required with the challenge, then places the order with the code in the Verification headers', async () => {
    const { engine } = serve();
    const request = paperOrder(engine, 250);
    const headers = recordHeaders();
    const refused = await rejectsWith(api().submitOrder(request, { idempotencyKey: 'risky' }), 'verification_required');
    assert.equal(refused.status, 403);
    const challenge = refused.details as { id: string; reason: string; code: { maskedDestination: string } };
    assert.equal(challenge.reason, 'large_amount');
    assert.equal(challenge.code.maskedDestination, '139****9000');
    const code = engine.outbox()[0]!.code;

    const wrong = await rejectsWith(api().submitOrder(request, { idempotencyKey: 'risky', verification: { id: challenge.id, code: other(code) } }), 'validation');
    assert.deepEqual(wrong.fieldErrors, [{ field: 'verification.code', code: 'code_wrong' }]);
    const { order } = await api().submitOrder(request, { idempotencyKey: 'risky', verification: { id: challenge.id, code } });
    const sentHeaders = headers.get('POST /orders')!;
    assert.deepEqual([sentHeaders.get('Idempotency-Key'), sentHeaders.get('Verification-Id'), sentHeaders.get('Verification-Code')], ['risky', challenge.id, code]);
    assert.equal(order.total.amount, 575_000);
    assert.equal(engine.snapshot().orders.length, 1);
    // A retry of the same key answers the same order.
    assert.equal((await api().submitOrder(request, { idempotencyKey: 'risky' })).order.orderNumber, order.orderNumber);
    await rejectsWith(api().submitOrder(request, { idempotencyKey: 'risky', verification: { id: challenge.id, code: '' } }), 'validation');
  });

  it('resends a challenge’s code after the wait, and answers not_found for an unknown or finished one', async () => {
    const { engine, advance } = serve();
    const request = paperOrder(engine, 250);
    const refused = await rejectsWith(api().submitOrder(request, { idempotencyKey: 'r' }), 'verification_required');
    const id = (refused.details as { id: string }).id;
    const early = await rejectsWith(api().resendVerificationCode!(id), 'rate_limited');
    assert.equal(early.retryAfterSeconds, 60);
    advance(60_000);
    const resent = await api().resendVerificationCode!(id);
    assert.equal(resent.resendAt, '2026-05-04T02:02:00.000Z');
    assert.equal(engine.outbox().length, 2);
    await rejectsWith(api().resendVerificationCode!('CHunknown'), 'not_found');
    await api().submitOrder(request, { idempotencyKey: 'r', verification: { id, code: engine.outbox()[0]!.code } });
    const finished = await rejectsWith(api().resendVerificationCode!(id), 'not_found');
    assert.equal(finished.status, 404);
  });
});
