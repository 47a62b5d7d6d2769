import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { setupServer } from 'msw/node';
import type { OrderRequest, OrderZoneError } from '@orderzone/core';
import { createOrderNumber, parseOrderNumber } from '@orderzone/core/orders';
import { ErrorBodySchema } from '@orderzone/core/rest';
import { OrderSchema, OrderWithAccessSchema, PaymentStatusSchema } from '@orderzone/core/schemas';
import { createHttpHandlers } from './http-handlers.ts';
import { ORDER_ACCESS_LIMITS } from './order-access.ts';
import { createOrderEngine, initialEngineState, type EngineState, type OrderEngine } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { placeOrder, strangerAccess } from './testing/placed-order.ts';
import { shirtLine, testShop } from '../../core/src/testing/test-shop.ts';

const NOW = new Date('2025-03-14T08:00:00Z');
const MINUTE = 60_000;

/** `OZ-` and two groups of five characters of the order-number alphabet (no 0/O, 1/I/L). */
const ORDER_NUMBER_FORMAT = /^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;

/** A clock the test moves. */
function clock(start: Date = NOW) {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance(ms: number) {
      at += ms;
    },
  };
}

function engine(options: { now?: () => Date; state?: EngineState; tokenDigest?: (token: string) => string; onChange?: (state: EngineState) => void } = {}): OrderEngine {
  return createOrderEngine({ seed: testShop(), now: () => NOW, ...options });
}

const ZHANG = { name: '张三', phone: '138 0013 8000', email: 'Zhang.San@example.com' };
const LI = { name: 'Li Lei', phone: '13900139000', email: 'lilei@example.com' };

function orderRequest(contact = ZHANG): OrderRequest {
  return {
    currency: 'CNY',
    lines: [shirtLine(2)],
    contact,
    shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
    shippingOptionId: 'standard',
    paymentMethodId: 'alipay',
    // 2 test shirts × ¥79.00 + standard shipping ¥12.00
    expectedTotal: { amount: 17000, currency: 'CNY' },
  };
}

/** An order number in the canonical form that no order in `e` has. */
function unknownNumber(e: OrderEngine): string {
  const taken = new Set(e.snapshot().orders.map((o) => o.orderNumber));
  for (;;) {
    const candidate = createOrderNumber();
    if (!taken.has(candidate)) return candidate;
  }
}

/** Everything a caller learns from a refusal, with the order number it asked about replaced by `#`. */
function answerOf(error: OrderZoneError, orderNumber: string) {
  const hide = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null).replaceAll(orderNumber, '#'));
  return {
    name: error.name,
    code: error.code,
    message: error.message.replaceAll(orderNumber, '#'),
    status: error.status,
    retryAfterSeconds: error.retryAfterSeconds,
    fieldErrors: error.fieldErrors,
    details: hide(error.details),
  };
}

/** Signs in by SMS with the code from the outbox; returns the session token. */
function signIn(e: OrderEngine, phone: string): string {
  e.requestSignInCode({ channel: 'sms', destination: phone });
  return e.verifySignInCode({ channel: 'sms', destination: phone, code: e.outbox()[0]!.code }).token;
}

describe('order access: order numbers', () => {
  it('numbers orders at random in the canonical form, unique across many orders, each passing parseOrderNumber', () => {
    const state = initialEngineState(testShop());
    const e = engine({ state: { ...state, stock: { ...state.stock, 'shirt-navy-m': 1000 } } });
    const numbers = Array.from({ length: 300 }, (_, i) => e.submitOrder(orderRequest(), `key-${i}`).order.orderNumber);
    for (const orderNumber of numbers) {
      assert.match(orderNumber, ORDER_NUMBER_FORMAT);
      assert.equal(parseOrderNumber(orderNumber), orderNumber, `${orderNumber} carries a valid check character`);
    }
    assert.equal(new Set(numbers).size, numbers.length, 'no number is given twice');
    // A counter or a date would repeat the leading characters; 300 random ones use most of the 31 characters at every position.
    for (const position of [3, 4, 5, 6, 7, 9, 10, 11, 12]) {
      const seen = new Set(numbers.map((n) => n[position]));
      assert.ok(seen.size >= 20, `position ${position}: only ${[...seen].join('')}`);
    }
    assert.equal(e.snapshot().sequence, undefined, 'no sequence is kept');
  });

  it('does not derive the number from the shop’s state or the time: two identical shops number the same order differently', () => {
    const a = engine().submitOrder(orderRequest(), 'same-key').order.orderNumber;
    const b = engine().submitOrder(orderRequest(), 'same-key').order.orderNumber;
    assert.notEqual(a, b);
  });
});

describe('order access: who may open an order', () => {
  it('opens a placed order with its token or its owner’s session, and with nothing else', () => {
    const e = engine();
    const { order, access } = placeOrder(e, orderRequest(), 'k');
    const { access: otherOrdersToken } = placeOrder(e, orderRequest(LI), 'k2');
    assert.deepEqual(e.getOrder(order.orderNumber, access), order);
    assert.ok(access.accessToken!.length >= 22, 'a token of at least 128 bits');

    const owner = signIn(e, '+86 138-0013-8000');
    assert.deepEqual(e.getOrder(order.orderNumber, { sessionToken: owner }), order);
    const someoneElse = signIn(e, LI.phone);
    rejects(() => e.getOrder(order.orderNumber, { sessionToken: someoneElse }), 'not_found');

    rejects(() => e.getOrder(order.orderNumber, strangerAccess()), 'not_found');
    rejects(() => e.getOrder(order.orderNumber, otherOrdersToken), 'not_found');
    rejects(() => e.getOrder(order.orderNumber, {}), 'not_found');
    rejects(() => e.getOrder(order.orderNumber, { accessToken: '' }), 'not_found');
    // The contact given at checkout is not proof of access any more.
    rejects(() => e.getOrder(order.orderNumber, { contact: '13800138000' } as never), 'not_found');
    rejects(() => e.getOrder(order.orderNumber, { contact: ZHANG.email } as never), 'not_found');
  });

  it('gives an unknown number and a known number without valid proof the same answer, on every shopper call', () => {
    const e = engine();
    const { access: otherOrdersToken } = placeOrder(e, orderRequest(LI), 'other');
    const calls: [string, (orderNumber: string, access: { accessToken?: string }) => unknown][] = [
      ['getOrder', (n, a) => e.getOrder(n, a)],
      ['getPaymentStatus', (n, a) => e.getPaymentStatus(n, a)],
      ['cancelOrder', (n, a) => e.cancelOrder(n, a)],
      ['requestRefund', (n, a) => e.requestRefund(n, a, { reason: 'x' })],
      ['changeShippingAddress', (n, a) => e.changeShippingAddress(n, a, orderRequest().shippingAddress!)],
    ];
    for (const [name, call] of calls) {
      // An order per call, so that no order number reaches the limit on wrong guesses.
      const { order, access } = placeOrder(e, orderRequest(), name);
      const unknown = unknownNumber(e);
      const forUnknown = answerOf(rejects(() => call(unknown, {}), 'not_found'), unknown);
      for (const wrong of [{}, strangerAccess(), otherOrdersToken]) {
        assert.deepEqual(answerOf(rejects(() => call(order.orderNumber, wrong), 'not_found'), order.orderNumber), forUnknown, `${name} with ${JSON.stringify(wrong)}`);
      }
      assert.deepEqual(e.getOrder(order.orderNumber, access), order, `${name}: the refused calls changed nothing`);
    }
  });

  it('tells nothing about an order from its number alone, not even whether it was paid', () => {
    const e = engine();
    const { order: { orderNumber }, access } = placeOrder(e, orderRequest(), 'k');
    e.markPaid(orderNumber);
    const unknown = unknownNumber(e);
    const forUnknown = answerOf(rejects(() => e.getPaymentStatus(unknown, {}), 'not_found'), unknown);
    assert.deepEqual(answerOf(rejects(() => e.getPaymentStatus(orderNumber, {}), 'not_found'), orderNumber), forUnknown);
    assert.deepEqual(answerOf(rejects(() => e.getPaymentStatus(orderNumber, strangerAccess()), 'not_found'), orderNumber), forUnknown);
    assert.deepEqual(e.getPaymentStatus(orderNumber, access), { orderNumber, status: 'paid' });
    assert.deepEqual(e.getPaymentStatus(orderNumber, { sessionToken: signIn(e, ZHANG.phone) }), { orderNumber, status: 'paid' });
  });
});

describe('order access: retries of a submission', () => {
  it('answers an idempotent retry with the same order and a new token; both tokens open it', () => {
    const e = engine();
    const first = e.submitOrder(orderRequest(), 'key');
    const retry = e.submitOrder(orderRequest(), 'key');
    assert.deepEqual(retry.order, first.order);
    assert.notEqual(retry.accessToken, first.accessToken);
    assert.deepEqual(e.getOrder(first.order.orderNumber, { accessToken: retry.accessToken }), first.order);
    assert.deepEqual(e.getOrder(first.order.orderNumber, { accessToken: first.accessToken }), first.order);
    assert.equal(e.snapshot().orders.length, 1);
  });

  it('answers a key reused for another request with a conflict naming the order, and a token that opens it', () => {
    const e = engine();
    const { order } = e.submitOrder(orderRequest(), 'key');
    const error = rejects(() => e.submitOrder(orderRequest(LI), 'key'), 'conflict');
    assert.equal(error.details.reason, 'idempotency_key_reused');
    assert.equal(error.details.orderNumber, order.orderNumber);
    const accessToken = error.details.accessToken;
    assert.equal(typeof accessToken, 'string');
    assert.deepEqual(e.getOrder(order.orderNumber, { accessToken: accessToken as string }), order);
    assert.equal(e.snapshot().orders.length, 1, 'nothing else was ordered');
  });
});

describe('order access: finding an order by number and contact', () => {
  it('finds the order by its phone or e-mail however written, with a fresh token that opens it', () => {
    const e = engine();
    const { order, access } = placeOrder(e, orderRequest(), 'k');
    const tokens = new Set([access.accessToken]);
    for (const contact of ['+86 138-0013-8000', '13800138000', 'ZHANG.SAN@EXAMPLE.COM', ' zhang.san@example.com ']) {
      const found = e.lookupOrder({ orderNumber: order.orderNumber, contact });
      assert.deepEqual(found.order, order, contact);
      assert.equal(OrderWithAccessSchema.safeParse(found).success, true);
      assert.ok(!tokens.has(found.accessToken), 'every lookup issues a new token');
      tokens.add(found.accessToken);
      assert.deepEqual(e.getOrder(order.orderNumber, { accessToken: found.accessToken }), order);
    }
    assert.deepEqual(e.getOrder(order.orderNumber, access), order, 'the token from checkout still works');
  });

  it('accepts the number as a shopper types it: lower case, without dashes, with spaces', () => {
    const e = engine();
    const { order } = placeOrder(e, orderRequest(), 'k');
    const body = order.orderNumber.slice(3).replace('-', '');
    for (const typed of [order.orderNumber.toLowerCase(), order.orderNumber.replace(/-/g, ''), `oz ${body.slice(0, 5)} ${body.slice(5)}`, body.toLowerCase()]) {
      assert.equal(e.lookupOrder({ orderNumber: typed, contact: ZHANG.phone }).order.orderNumber, order.orderNumber, typed);
    }
  });

  it('answers a wrong contact and an unknown number alike: not_found', () => {
    const e = engine();
    const { order } = placeOrder(e, orderRequest(), 'k');
    placeOrder(e, orderRequest(LI), 'k2');
    const unknown = unknownNumber(e);
    const forUnknown = answerOf(rejects(() => e.lookupOrder({ orderNumber: unknown, contact: ZHANG.phone }), 'not_found'), unknown);
    for (const contact of ['13900000000', LI.phone, LI.email, 'zhang.san@example.org', '138 0013 800']) {
      assert.deepEqual(answerOf(rejects(() => e.lookupOrder({ orderNumber: order.orderNumber, contact }), 'not_found'), order.orderNumber), forUnknown, contact);
    }
  });

  it('refuses a malformed lookup with field errors', () => {
    const e = engine();
    const { order } = placeOrder(e, orderRequest(), 'k');
    assert.deepEqual(rejects(() => e.lookupOrder({ orderNumber: order.orderNumber, contact: '' }), 'validation').fieldErrors.map((f) => f.field), ['contact']);
    assert.deepEqual(rejects(() => e.lookupOrder({ contact: ZHANG.phone } as never), 'validation').fieldErrors.map((f) => f.field), ['orderNumber']);
  });
});

describe('order access: limits on wrong guesses', () => {
  const PER_ORDER = ORDER_ACCESS_LIMITS.perOrderNumber;
  const PER_CLIENT = ORDER_ACCESS_LIMITS.perClient;

  it('allows 10 wrong guesses per order number in 15 minutes and 30 per client in an hour', () => {
    assert.deepEqual(ORDER_ACCESS_LIMITS, { perOrderNumber: { max: 10, windowMs: 15 * MINUTE }, perClient: { max: 30, windowMs: 60 * MINUTE } });
  });

  it('refuses the 11th lookup of an order number, even with the right contact, until 15 minutes after the first wrong one; the owner’s token still works', () => {
    const time = clock();
    const e = engine({ now: time.now });
    const { order, access } = placeOrder(e, orderRequest(), 'k');
    // Ten wrong guesses from ten different clients, a minute apart.
    for (let i = 0; i < PER_ORDER.max; i++) {
      rejects(() => e.lookupOrder({ orderNumber: order.orderNumber, contact: `1390000000${i}` }, { clientId: `10.0.0.${i}` }), 'not_found');
      time.advance(MINUTE);
    }
    // Now is 10 minutes after the first wrong guess: it expires in 5.
    const limited = rejects(() => e.lookupOrder({ orderNumber: order.orderNumber, contact: ZHANG.phone }, { clientId: '10.0.1.1' }), 'rate_limited');
    assert.equal(limited.retryAfterSeconds, 5 * 60);
    // Calls without valid proof are refused the same way; a lower-case number is the same number.
    assert.equal(rejects(() => e.lookupOrder({ orderNumber: order.orderNumber.toLowerCase(), contact: ZHANG.email }), 'rate_limited').retryAfterSeconds, 5 * 60);
    rejects(() => e.getOrder(order.orderNumber, strangerAccess()), 'rate_limited');
    rejects(() => e.getPaymentStatus(order.orderNumber, {}), 'rate_limited');
    // The owner is never locked out.
    assert.deepEqual(e.getOrder(order.orderNumber, access), order);
    assert.equal(e.getPaymentStatus(order.orderNumber, access).status, 'pending');
    assert.deepEqual(e.getOrder(order.orderNumber, { sessionToken: signIn(e, ZHANG.phone) }), order);
    // Another order number is not concerned.
    const other = placeOrder(e, orderRequest(LI), 'k2').order;
    assert.equal(e.lookupOrder({ orderNumber: other.orderNumber, contact: LI.email }).order.orderNumber, other.orderNumber);

    time.advance(5 * MINUTE - 1000);
    assert.equal(rejects(() => e.lookupOrder({ orderNumber: order.orderNumber, contact: ZHANG.phone }), 'rate_limited').retryAfterSeconds, 1);
    time.advance(1000);
    // The first wrong guess is 15 minutes old: one more guess is allowed.
    assert.equal(e.lookupOrder({ orderNumber: order.orderNumber, contact: ZHANG.phone }).order.orderNumber, order.orderNumber);
  });

  it('says retry after about 15 minutes when the ten wrong guesses came at once, and lets lookups through once they passed', () => {
    const time = clock();
    const e = engine({ now: time.now });
    const { order } = placeOrder(e, orderRequest(), 'k');
    for (let i = 0; i < PER_ORDER.max; i++) rejects(() => e.lookupOrder({ orderNumber: order.orderNumber, contact: 'nobody@example.com' }), 'not_found');
    const limited = rejects(() => e.lookupOrder({ orderNumber: order.orderNumber, contact: ZHANG.phone }), 'rate_limited');
    assert.equal(limited.retryAfterSeconds, 15 * 60);
    assert.match(limited.message, /try again in 900 seconds/);
    // Tries refused meanwhile do not push the end further away: the Retry-After given holds.
    time.advance(10 * MINUTE);
    for (let i = 0; i < PER_ORDER.max; i++) rejects(() => e.lookupOrder({ orderNumber: order.orderNumber, contact: 'nobody@example.com' }), 'rate_limited');
    time.advance(5 * MINUTE);
    const found = e.lookupOrder({ orderNumber: order.orderNumber, contact: ZHANG.phone });
    assert.deepEqual(found.order, order);
    assert.deepEqual(e.getOrder(order.orderNumber, { accessToken: found.accessToken }), order);
  });

  it('counts calls without valid proof as wrong guesses too', () => {
    const e = engine();
    const { order } = placeOrder(e, orderRequest(), 'k');
    for (let i = 0; i < PER_ORDER.max; i++) rejects(() => (i % 2 ? e.getOrder(order.orderNumber, strangerAccess()) : e.getPaymentStatus(order.orderNumber, {})), 'not_found');
    rejects(() => e.lookupOrder({ orderNumber: order.orderNumber, contact: ZHANG.phone }), 'rate_limited');
  });

  it('refuses a client after 30 wrong guesses across order numbers within an hour, but not another client', () => {
    const time = clock();
    const e = engine({ now: time.now });
    const { order, access } = placeOrder(e, orderRequest(), 'k');
    const guesser = { clientId: '203.0.113.7' };
    // Thirty different numbers, a minute apart: never ten on one number. A third of them are calls without proof.
    for (let i = 0; i < PER_CLIENT.max; i++) {
      const orderNumber = unknownNumber(e);
      rejects(() => (i % 3 === 0 ? e.getOrder(orderNumber, strangerAccess(), guesser) : e.lookupOrder({ orderNumber, contact: ZHANG.phone }, guesser)), 'not_found');
      time.advance(MINUTE);
    }
    // The first guess was 30 minutes ago: it leaves the hour in 30 minutes.
    const limited = rejects(() => e.lookupOrder({ orderNumber: order.orderNumber, contact: ZHANG.phone }, guesser), 'rate_limited');
    assert.equal(limited.retryAfterSeconds, 30 * 60);
    rejects(() => e.getOrder(order.orderNumber, {}, guesser), 'rate_limited');
    // Another client is not held back, and the limited client's valid token still works.
    assert.deepEqual(e.lookupOrder({ orderNumber: order.orderNumber, contact: ZHANG.phone }, { clientId: '198.51.100.2' }).order, order);
    assert.deepEqual(e.getOrder(order.orderNumber, access, guesser), order);
    // An hour after the first guess, one more is allowed.
    time.advance(30 * MINUTE);
    assert.deepEqual(e.lookupOrder({ orderNumber: order.orderNumber, contact: ZHANG.phone }, guesser).order, order);
  });

  it('keeps counting across a reload: the wrong guesses are in the saved state', () => {
    let saved: EngineState | undefined;
    const e = engine({ onChange: (state) => (saved = state) });
    const { order } = placeOrder(e, orderRequest(), 'k');
    for (let i = 0; i < PER_ORDER.max; i++) rejects(() => e.lookupOrder({ orderNumber: order.orderNumber, contact: 'nobody@example.com' }), 'not_found');
    const reloaded = engine({ state: JSON.parse(JSON.stringify(saved)) as EngineState });
    rejects(() => reloaded.lookupOrder({ orderNumber: order.orderNumber, contact: ZHANG.phone }), 'rate_limited');
  });
});

describe('order access: stored tokens', () => {
  const sha256 = (token: string): string => `sha256:${createHash('sha256').update(token).digest('hex')}`;

  it('stores only the digest of each token: no saved state holds a token, and the tokens still open the order, also after a reload', () => {
    const states: EngineState[] = [];
    const e = engine({ tokenDigest: sha256, onChange: (state) => states.push(state) });
    const placed = e.submitOrder(orderRequest(), 'k');
    const retried = e.submitOrder(orderRequest(), 'k').accessToken;
    const reused = rejects(() => e.submitOrder(orderRequest(LI), 'k'), 'conflict').details.accessToken as string;
    const looked = e.lookupOrder({ orderNumber: placed.order.orderNumber, contact: ZHANG.phone }).accessToken;
    const tokens = [placed.accessToken, retried, reused, looked];
    assert.equal(new Set(tokens).size, 4);

    const stored = JSON.stringify([...states, e.snapshot()]);
    for (const token of tokens) {
      assert.ok(!stored.includes(token), 'the raw token is nowhere in the state');
      assert.ok(stored.includes(sha256(token)), 'its digest is');
      assert.deepEqual(e.getOrder(placed.order.orderNumber, { accessToken: token }), placed.order);
    }
    // Whoever reads the stored digests cannot use them as tokens.
    rejects(() => e.getOrder(placed.order.orderNumber, { accessToken: sha256(placed.accessToken) }), 'not_found');
    const reloaded = engine({ tokenDigest: sha256, state: JSON.parse(JSON.stringify(e.snapshot())) as EngineState });
    assert.deepEqual(reloaded.getOrder(placed.order.orderNumber, { accessToken: placed.accessToken }), placed.order);
  });
});

describe('order access over HTTP', () => {
  const BASE = 'https://shop.test/api';
  const server = setupServer();
  let e: OrderEngine;

  before(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    e = engine();
    server.use(...createHttpHandlers(e, { baseUrl: BASE }));
  });
  afterEach(() => server.resetHandlers());
  after(() => server.close());

  const json = { 'Content-Type': 'application/json' };
  async function place(): Promise<{ orderNumber: string; accessToken: string }> {
    const response = await fetch(`${BASE}/orders`, { method: 'POST', headers: { ...json, 'Idempotency-Key': 'http-1' }, body: JSON.stringify(orderRequest()) });
    assert.equal(response.status, 201);
    const { order, accessToken } = OrderWithAccessSchema.parse(await response.json());
    return { orderNumber: order.orderNumber, accessToken };
  }
  async function errorOf(response: Response) {
    const body = ErrorBodySchema.parse(await response.json());
    return { status: response.status, ...body.error };
  }
  const lookup = (body: unknown, headers: Record<string, string> = {}) => fetch(`${BASE}/order-lookups`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });

  it('opens an order with the Order-Access-Token header or the owner’s bearer session, and not with ?contact=', async () => {
    const { orderNumber, accessToken } = await place();
    const withToken = await fetch(`${BASE}/orders/${orderNumber}`, { headers: { 'Order-Access-Token': accessToken } });
    assert.equal(withToken.status, 200);
    assert.equal(OrderSchema.parse(await withToken.json()).orderNumber, orderNumber);
    const payment = await fetch(`${BASE}/orders/${orderNumber}/payment`, { headers: { 'Order-Access-Token': accessToken } });
    assert.deepEqual(PaymentStatusSchema.parse(await payment.json()), { orderNumber, status: 'pending' });
    const session = signIn(e, ZHANG.phone);
    assert.equal((await fetch(`${BASE}/orders/${orderNumber}`, { headers: { Authorization: `Bearer ${session}` } })).status, 200);

    // What a caller sees, with the order number it asked about replaced by `#`.
    const seen = async (response: Response, asked: string) => JSON.parse(JSON.stringify(await errorOf(response)).replaceAll(asked, '#')) as unknown;
    const unknown = unknownNumber(e);
    const forUnknown = await seen(await fetch(`${BASE}/orders/${unknown}`), unknown);
    assert.deepEqual(forUnknown, { status: 404, code: 'not_found', message: 'There is no order "#" that this request may see.', details: { orderNumber: '#' } });
    const refusals: [string, Promise<Response>][] = [
      ['?contact= phone', fetch(`${BASE}/orders/${orderNumber}?contact=13800138000`)],
      ['?contact= e-mail', fetch(`${BASE}/orders/${orderNumber}?contact=${encodeURIComponent(ZHANG.email)}`)],
      ['no token', fetch(`${BASE}/orders/${orderNumber}`)],
      ['a stranger’s token', fetch(`${BASE}/orders/${orderNumber}`, { headers: { 'Order-Access-Token': strangerAccess().accessToken! } })],
      ['payment without a token', fetch(`${BASE}/orders/${orderNumber}/payment`)],
      ['payment with ?contact=', fetch(`${BASE}/orders/${orderNumber}/payment?contact=13800138000`)],
    ];
    for (const [label, refused] of refusals) assert.deepEqual(await seen(await refused, orderNumber), forUnknown, label);
  });

  it('finds an order with POST /order-lookups, and answers 429 with Retry-After after ten wrong tries', async () => {
    const { orderNumber } = await place();
    const found = await lookup({ orderNumber: orderNumber.toLowerCase(), contact: '+86 138 0013 8000' });
    assert.equal(found.status, 200);
    const { order, accessToken } = OrderWithAccessSchema.parse(await found.json());
    assert.equal(order.orderNumber, orderNumber);
    assert.equal((await fetch(`${BASE}/orders/${orderNumber}`, { headers: { 'Order-Access-Token': accessToken } })).status, 200);

    const wrong = await errorOf(await lookup({ orderNumber, contact: '13900000000' }));
    assert.deepEqual([wrong.status, wrong.code], [404, 'not_found']);
    const malformed = await errorOf(await lookup({ orderNumber }));
    assert.deepEqual([malformed.status, malformed.code, malformed.fieldErrors?.map((f) => f.field)], [400, 'validation', ['contact']]);
    for (let i = 1; i < ORDER_ACCESS_LIMITS.perOrderNumber.max; i++) assert.equal((await lookup({ orderNumber, contact: '13900000000' })).status, 404);

    const limited = await lookup({ orderNumber, contact: ZHANG.phone });
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('Retry-After'), '900');
    const body = await errorOf(limited);
    assert.deepEqual([body.code, body.retryAfterSeconds], ['rate_limited', 900]);
    // The token from the lookup still opens the order.
    assert.equal((await fetch(`${BASE}/orders/${orderNumber}`, { headers: { 'Order-Access-Token': accessToken } })).status, 200);
  });

  it('limits wrong guesses per client by X-Forwarded-For', async () => {
    const { orderNumber } = await place();
    const guesser = { 'X-Forwarded-For': '203.0.113.7, 10.0.0.1' };
    for (let i = 0; i < ORDER_ACCESS_LIMITS.perClient.max; i++) assert.equal((await lookup({ orderNumber: unknownNumber(e), contact: ZHANG.phone }, guesser)).status, 404);
    const limited = await lookup({ orderNumber, contact: ZHANG.phone }, guesser);
    assert.deepEqual([limited.status, limited.headers.get('Retry-After')], [429, '3600']);
    assert.equal((await lookup({ orderNumber, contact: ZHANG.phone }, { 'X-Forwarded-For': '198.51.100.2' })).status, 200);
  });
});
