import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OrderRequest } from '@orderzone/core';
import { OrderSchema, SentCodeSchema, SessionSchema } from '@orderzone/core/schemas';
import { createOrderEngine, type EngineState, type OrderEngine } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { testShop } from '../../core/src/testing/test-shop.ts';

const START = new Date('2026-05-04T02:00:00Z');

function clock() {
  let at = START.getTime();
  return {
    now: () => new Date(at),
    advance(ms: number) {
      at += ms;
    },
  };
}

function setup() {
  const time = clock();
  let saved: EngineState | undefined;
  const engine = createOrderEngine({ seed: testShop(), now: time.now, onChange: (state) => (saved = state) });
  return { engine, time, saved: () => saved };
}


/** The code of the newest outbox message. */
function lastCode(engine: OrderEngine): string {
  const [message] = engine.outbox();
  assert.ok(message, 'a code was sent');
  return message.code;
}

/** A code that is surely not `code`. */
const other = (code: string): string => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

const PHONE = '139 0013 9000';
const SMS = { channel: 'sms' as const, destination: PHONE };

/** Places an order of ten reams of the test paper for `contact`; returns its number and the token it came with. */
function order(engine: OrderEngine, key: string, contact: { phone: string; email: string }): { orderNumber: string; accessToken: string } {
  const lines = [{ productId: 'paper', variantId: 'paper-a4', quantity: 10, personalization: {} }];
  const { total } = engine.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN' } });
  const request: OrderRequest = {
    currency: 'CNY',
    lines,
    contact: { name: 'Han Meimei', ...contact },
    shippingAddress: { country: 'CN', region: '北京市', city: '北京市', district: '朝阳区', line1: '建国路88号', postalCode: '100022' },
    shippingOptionId: 'standard',
    paymentMethodId: 'alipay',
    expectedTotal: total,
  };
  const { order: placed, accessToken } = engine.submitOrder(request, key);
  return { orderNumber: placed.orderNumber, accessToken };
}

describe('order engine: sign-in codes', () => {
  it('refuses a bad channel or destination on the field, and sends nothing', () => {
    const { engine } = setup();
    const cases: [unknown, string, string][] = [
      [{ channel: 'fax', destination: PHONE }, 'channel', 'invalid_choice'],
      [{ channel: 'sms', destination: '  ' }, 'destination', 'required'],
      [{ channel: 'sms', destination: '12345' }, 'destination', 'invalid_phone_cn'],
      [{ channel: 'email', destination: 'han.example.com' }, 'destination', 'invalid_email'],
    ];
    for (const [request, field, code] of cases) {
      const error = rejects(() => engine.requestSignInCode(request as typeof SMS), 'validation');
      assert.deepEqual(error.fieldErrors, [{ field, code }], JSON.stringify(request));
    }
    assert.deepEqual(engine.outbox(), []);
  });

  it('sends a 6-digit code to the outbox and tells the shopper where, until when and when to ask again', () => {
    const { engine } = setup();
    const sent = engine.requestSignInCode(SMS);
    assert.deepEqual(SentCodeSchema.parse(sent), {
      channel: 'sms',
      maskedDestination: '139****9000',
      expiresAt: '2026-05-04T02:10:00.000Z',
      resendAt: '2026-05-04T02:01:00.000Z',
    });
    const [message, ...rest] = engine.outbox();
    assert.equal(rest.length, 0);
    assert.match(message!.code, /^\d{6}$/);
    assert.deepEqual({ ...message, id: undefined, code: undefined }, {
      id: undefined,
      code: undefined,
      channel: 'sms',
      destination: PHONE,
      purpose: 'sign_in',
      sentAt: '2026-05-04T02:00:00.000Z',
      expiresAt: '2026-05-04T02:10:00.000Z',
    });
    assert.equal(engine.requestSignInCode({ channel: 'email', destination: ' Han.Meimei@Example.com ' }).maskedDestination, 'h***@example.com');
  });

  it('makes the shopper wait 60 seconds between codes and sends at most 5 an hour', () => {
    const { engine, time } = setup();
    engine.requestSignInCode(SMS);
    time.advance(20_000);
    const early = rejects(() => engine.requestSignInCode({ channel: 'sms', destination: '+86 13900139000' }), 'rate_limited');
    assert.equal(early.retryAfterSeconds, 40, 'the same number written differently waits too');
    // Another destination does not wait.
    engine.requestSignInCode({ channel: 'sms', destination: '13800138000' });
    for (let i = 0; i < 4; i++) {
      time.advance(60_000);
      engine.requestSignInCode(SMS);
    }
    time.advance(60_000);
    const capped = rejects(() => engine.requestSignInCode(SMS), 'rate_limited');
    assert.equal(capped.details['reason'], 'too_many_codes');
    // Now is 5:20 after the first of the five; it leaves the hour at 60:00.
    assert.equal(capped.retryAfterSeconds, 60 * 60 - (20 + 5 * 60));
    assert.equal(engine.outbox().length, 6);
  });

  it('signs in with the right code, which then no longer works', () => {
    const { engine } = setup();
    engine.requestSignInCode(SMS);
    const code = lastCode(engine);
    const wrong = rejects(() => engine.verifySignInCode({ ...SMS, code: other(code) }), 'validation');
    assert.deepEqual(wrong.fieldErrors, [{ field: 'code', code: 'code_wrong' }]);
    const session = SessionSchema.parse(engine.verifySignInCode({ ...SMS, code }));
    assert.match(session.token, /^[0-9a-f]{48}$/);
    assert.deepEqual(session.shopper.phone, '13900139000');
    assert.equal(session.expiresAt, '2026-06-03T02:00:00.000Z', 'sessions last 30 days');
    const reused = rejects(() => engine.verifySignInCode({ ...SMS, code }), 'validation');
    assert.deepEqual(reused.fieldErrors, [{ field: 'code', code: 'code_expired' }]);
    // Signing in again gives the same shopper.
    const again = (() => {
      engine.requestSignInCode({ channel: 'sms', destination: '13800138000' });
      return engine.verifySignInCode({ channel: 'sms', destination: '13800138000', code: lastCode(engine) });
    })();
    assert.notEqual(again.shopper.id, session.shopper.id, 'another phone is another shopper');
  });

  it('refuses an expired code, a missing one, and every code after five wrong tries', () => {
    const { engine, time } = setup();
    assert.deepEqual(rejects(() => engine.verifySignInCode({ ...SMS, code: '123456' }), 'validation').fieldErrors, [{ field: 'code', code: 'code_expired' }]);
    assert.deepEqual(rejects(() => engine.verifySignInCode({ ...SMS, code: '' }), 'validation').fieldErrors, [{ field: 'code', code: 'required' }]);
    engine.requestSignInCode(SMS);
    const code = lastCode(engine);
    time.advance(10 * 60_000);
    assert.deepEqual(rejects(() => engine.verifySignInCode({ ...SMS, code }), 'validation').fieldErrors, [{ field: 'code', code: 'code_expired' }]);

    engine.requestSignInCode(SMS);
    const fresh = lastCode(engine);
    for (let i = 0; i < 5; i++) rejects(() => engine.verifySignInCode({ ...SMS, code: other(fresh) }), 'validation');
    const locked = rejects(() => engine.verifySignInCode({ ...SMS, code: fresh }), 'rate_limited');
    assert.equal(locked.details['reason'], 'too_many_attempts');
    assert.equal(locked.retryAfterSeconds, 60, 'a new code can be asked for once the resend wait is over');
    time.advance(60_000);
    engine.requestSignInCode(SMS);
    assert.ok(engine.verifySignInCode({ ...SMS, code: lastCode(engine) }).token);
  });
});

describe('order engine: sessions and the shopper’s orders', () => {
  function signedIn(engine: OrderEngine, request: { channel: 'sms' | 'email'; destination: string }): string {
    engine.requestSignInCode(request);
    return engine.verifySignInCode({ ...request, code: lastCode(engine) }).token;
  }

  it('lists the orders of the phone or e-mail signed in with, newest first, and opens them with the session', () => {
    const { engine, time } = setup();
    const { orderNumber: first } = order(engine, 'a', { phone: '+86 139-0013-9000', email: 'han@example.com' });
    time.advance(60_000);
    const { orderNumber: stranger, accessToken: strangerToken } = order(engine, 'b', { phone: '13800138000', email: 'li@example.com' });
    time.advance(60_000);
    const { orderNumber: second } = order(engine, 'c', { phone: '13900139000', email: 'other@example.com' });

    const bySms = signedIn(engine, SMS);
    const orders = engine.listOrders(bySms);
    assert.deepEqual(orders.map((o) => o.orderNumber), [second, first]);
    for (const o of orders) OrderSchema.parse(o);
    const byEmail = signedIn(engine, { channel: 'email', destination: 'HAN@example.com' });
    assert.deepEqual(engine.listOrders(byEmail).map((o) => o.orderNumber), [first]);

    assert.equal(engine.getOrder(first, { sessionToken: bySms }).orderNumber, first);
    rejects(() => engine.getOrder(stranger, { sessionToken: bySms }), 'not_found');
    assert.equal(engine.cancelOrder(second, { sessionToken: bySms }).status, 'cancelled');
    // The order's own token still opens it whatever the session token says.
    assert.equal(engine.getOrder(stranger, { accessToken: strangerToken, sessionToken: 'nonsense' }).orderNumber, stranger);
    rejects(() => engine.getOrder(first, { sessionToken: 'nonsense' }), 'unauthorized');
  });

  it('ends a session on sign-out or after 30 days, and ignores unknown tokens', () => {
    const { engine, time } = setup();
    const token = signedIn(engine, SMS);
    assert.deepEqual(engine.listOrders(token), []);
    assert.equal(engine.signOut(token), true);
    rejects(() => engine.listOrders(token), 'unauthorized');
    assert.equal(engine.signOut(token), false);
    assert.equal(engine.signOut('unknown'), false);
    rejects(() => engine.listOrders(''), 'unauthorized');

    const later = signedIn(engine, SMS);
    time.advance(30 * 24 * 60 * 60 * 1000 - 1);
    assert.deepEqual(engine.listOrders(later), []);
    time.advance(1);
    rejects(() => engine.listOrders(later), 'unauthorized');
  });

  it('keeps codes, sessions and the outbox in the stored state', () => {
    const { engine, saved, time } = setup();
    const token = signedIn(engine, SMS);
    engine.requestSignInCode({ channel: 'email', destination: 'han@example.com' });
    const code = lastCode(engine);
    const reopened = createOrderEngine({ seed: testShop(), now: time.now, state: saved()! });
    assert.deepEqual(reopened.listOrders(token), []);
    assert.deepEqual(reopened.outbox(), engine.outbox());
    assert.ok(reopened.verifySignInCode({ channel: 'email', destination: 'han@example.com', code }).token);
  });
});
