import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OrderZoneError, memoryStorage, type OrderRequest } from '@orderzone/core';
import { VerificationChallengeSchema } from '@orderzone/core/schemas';
import { createEmbeddedBackend } from './embedded-backend.ts';
import { createOrderEngine, type OrderEngine } from './order-engine.ts';
import { DEMO_RISK_RULES, type RiskRules } from './risk-rules.ts';
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

/** An engine with `risk` rules (`null`: none). */
function setup(risk: RiskRules | null = DEMO_RISK_RULES) {
  const time = clock();
  const engine = createOrderEngine({ seed: testShop(), now: time.now, ...(risk ? { risk } : {}) });
  return { engine, time };
}


const other = (code: string): string => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

const CONTACT = { name: 'Han Meimei', phone: '139 0013 9000', email: 'han@example.com' };

/** An order of `reams` reams of the test paper (2,000 in stock): 250 at the ¥23.00 bulk price make ¥5,750.00, over the demo threshold. */
function paperOrder(engine: OrderEngine, reams: number, contact = CONTACT): OrderRequest {
  const lines = [{ productId: 'paper', variantId: 'paper-a4', quantity: reams, personalization: {} }];
  const { total } = engine.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN' } });
  return {
    currency: 'CNY',
    lines,
    contact,
    shippingAddress: { country: 'CN', region: '北京市', city: '北京市', district: '朝阳区', line1: '建国路88号', postalCode: '100022' },
    shippingOptionId: 'standard',
    paymentMethodId: 'alipay',
    expectedTotal: total,
  };
}

/** The challenge of a `verification_required` refusal, checked against the contract's schema. */
function challengeOf(error: OrderZoneError) {
  return VerificationChallengeSchema.parse(error.details);
}

const paperStock = (engine: OrderEngine): number => engine.snapshot().stock['paper-a4']!;

describe('order engine: risk verification at checkout', () => {
  it('asks for a code sent to the contact phone before placing a large order, and places it with the right code', () => {
    const { engine } = setup();
    const request = paperOrder(engine, 250);
    assert.equal(request.expectedTotal.amount, 575_000);
    const refused = rejects(() => engine.submitOrder(request, 'k1'), 'verification_required');
    const challenge = challengeOf(refused);
    assert.equal(challenge.reason, 'large_amount');
    assert.deepEqual(challenge.code, { channel: 'sms', maskedDestination: '139****9000', expiresAt: '2026-05-04T02:10:00.000Z', resendAt: '2026-05-04T02:01:00.000Z' });
    const [message] = engine.outbox();
    assert.deepEqual({ purpose: message!.purpose, destination: message!.destination, challengeId: message!.challengeId }, { purpose: 'verification', destination: '139 0013 9000', challengeId: challenge.id });
    assert.equal(engine.snapshot().orders.length, 0, 'nothing was ordered');
    assert.equal(paperStock(engine), 2000, 'nothing was reserved');

    const wrong = rejects(() => engine.submitOrder(request, 'k1', { id: challenge.id, code: other(message!.code) }), 'validation');
    assert.deepEqual(wrong.fieldErrors, [{ field: 'verification.code', code: 'code_wrong' }]);
    const { order } = engine.submitOrder(request, 'k1', { id: challenge.id, code: message!.code });
    assert.equal(order.total.amount, 575_000);
    assert.equal(paperStock(engine), 1750);
    // Idempotency as before: the same key answers the same order, with or without the code, and sends nothing.
    assert.equal(engine.submitOrder(request, 'k1').order.orderNumber, order.orderNumber);
    assert.equal(engine.submitOrder(request, 'k1', { id: challenge.id, code: '000000' }).order.orderNumber, order.orderNumber);
    rejects(() => engine.submitOrder(paperOrder(engine, 251), 'k1'), 'conflict');
    assert.equal(engine.outbox().length, 1);
    assert.equal(paperStock(engine), 1750);
    // The challenge is finished.
    rejects(() => engine.resendVerificationCode(challenge.id), 'not_found');
  });

  it('places small orders without a code and checks nothing without rules', () => {
    const { engine } = setup();
    assert.ok(engine.submitOrder(paperOrder(engine, 10), 'small').order.orderNumber);
    const { engine: relaxed } = setup(null);
    assert.ok(relaxed.submitOrder(paperOrder(relaxed, 250), 'large').order.orderNumber);
    assert.deepEqual(relaxed.outbox(), []);
  });

  it('answers the same challenge to a resubmission without a code, with a new code only after the wait', () => {
    const { engine, time } = setup();
    const request = paperOrder(engine, 250);
    const first = challengeOf(rejects(() => engine.submitOrder(request, 'k'), 'verification_required'));
    time.advance(30_000);
    assert.deepEqual(challengeOf(rejects(() => engine.submitOrder(request, 'k'), 'verification_required')), first);
    assert.equal(engine.outbox().length, 1);
    // A code for another challenge counts as none.
    assert.deepEqual(challengeOf(rejects(() => engine.submitOrder(request, 'k', { id: 'CHnope', code: '123456' }), 'verification_required')).id, first.id);
    time.advance(30_000);
    const again = challengeOf(rejects(() => engine.submitOrder(request, 'k'), 'verification_required'));
    assert.equal(again.id, first.id);
    assert.equal(again.code.resendAt, '2026-05-04T02:02:00.000Z');
    assert.equal(engine.outbox().length, 2);
    // Another key (a changed cart gets one) is another challenge.
    const otherKey = challengeOf(rejects(() => engine.submitOrder(request, 'k2'), 'verification_required'));
    assert.notEqual(otherKey.id, first.id);
    assert.ok(engine.submitOrder(request, 'k', { id: first.id, code: engine.outbox().find((m) => m.challengeId === first.id)!.code }).order.orderNumber);
  });

  it('refuses an expired code and resends with the wait and the hourly cap', () => {
    const { engine, time } = setup();
    const request = paperOrder(engine, 250);
    const challenge = challengeOf(rejects(() => engine.submitOrder(request, 'k'), 'verification_required'));
    const firstCode = engine.outbox()[0]!.code;
    assert.equal(rejects(() => engine.resendVerificationCode(challenge.id), 'rate_limited').retryAfterSeconds, 60);
    rejects(() => engine.resendVerificationCode('CHunknown'), 'not_found');
    time.advance(10 * 60_000);
    const expired = rejects(() => engine.submitOrder(request, 'k', { id: challenge.id, code: firstCode }), 'validation');
    assert.deepEqual(expired.fieldErrors, [{ field: 'verification.code', code: 'code_expired' }]);
    const resent = engine.resendVerificationCode(challenge.id);
    assert.equal(resent.expiresAt, '2026-05-04T02:20:00.000Z');
    const [newest] = engine.outbox();
    assert.equal(newest!.challengeId, challenge.id);
    for (let i = 0; i < 3; i++) {
      time.advance(60_000);
      engine.resendVerificationCode(challenge.id);
    }
    time.advance(60_000);
    assert.equal(rejects(() => engine.resendVerificationCode(challenge.id), 'rate_limited').details['reason'], 'too_many_codes');
    assert.ok(engine.submitOrder(request, 'k', { id: challenge.id, code: engine.outbox()[0]!.code }).order.orderNumber);
  });

  it('caps the codes sent to one phone within an hour across challenges, sign-ins and used codes', () => {
    const { engine, time } = setup();
    // A sign-in code, used at once: it still counts.
    engine.requestSignInCode({ channel: 'sms', destination: CONTACT.phone });
    engine.verifySignInCode({ channel: 'sms', destination: CONTACT.phone, code: engine.outbox()[0]!.code });
    // A new idempotency key is a new challenge, but the same phone: four more codes, then a wait.
    for (let i = 1; i <= 4; i++) challengeOf(rejects(() => engine.submitOrder(paperOrder(engine, 250), `key-${i}`), 'verification_required'));
    assert.equal(engine.outbox().length, 5);
    const capped = rejects(() => engine.submitOrder(paperOrder(engine, 250), 'key-5'), 'rate_limited');
    assert.equal(capped.details['reason'], 'too_many_codes');
    assert.equal(capped.retryAfterSeconds, 3600);
    assert.equal(rejects(() => engine.requestSignInCode({ channel: 'sms', destination: CONTACT.phone }), 'rate_limited').details['reason'], 'too_many_codes');
    assert.equal(engine.outbox().length, 5, 'nothing more was sent');
    assert.equal(engine.snapshot().orders.length, 0);
    // Another phone is not held back, and the cap lifts an hour after the first code.
    engine.requestSignInCode({ channel: 'sms', destination: '138 0013 8000' });
    time.advance(60 * 60_000);
    challengeOf(rejects(() => engine.submitOrder(paperOrder(engine, 250), 'key-5'), 'verification_required'));
  });

  it('signs in again at once after a sign-in: a used code holds no resend wait', () => {
    const { engine } = setup();
    engine.requestSignInCode({ channel: 'sms', destination: CONTACT.phone });
    engine.verifySignInCode({ channel: 'sms', destination: CONTACT.phone, code: engine.outbox()[0]!.code });
    const again = engine.requestSignInCode({ channel: 'sms', destination: CONTACT.phone });
    assert.equal(again.resendAt, '2026-05-04T02:01:00.000Z');
    const used = engine.outbox()[0]!.code;
    assert.ok(engine.verifySignInCode({ channel: 'sms', destination: CONTACT.phone, code: used }).token);
    const reused = rejects(() => engine.verifySignInCode({ channel: 'sms', destination: CONTACT.phone, code: used }), 'validation');
    assert.deepEqual(reused.fieldErrors, [{ field: 'code', code: 'code_expired' }]);
  });

  it('stops a code after five wrong tries', () => {
    const { engine, time } = setup();
    const request = paperOrder(engine, 250);
    const challenge = challengeOf(rejects(() => engine.submitOrder(request, 'k'), 'verification_required'));
    const code = engine.outbox()[0]!.code;
    for (let i = 0; i < 5; i++) rejects(() => engine.submitOrder(request, 'k', { id: challenge.id, code: other(code) }), 'validation');
    assert.equal(rejects(() => engine.submitOrder(request, 'k', { id: challenge.id, code }), 'rate_limited').details['reason'], 'too_many_attempts');
    time.advance(60_000);
    engine.resendVerificationCode(challenge.id);
    assert.ok(engine.submitOrder(request, 'k', { id: challenge.id, code: engine.outbox()[0]!.code }).order.orderNumber);
  });

  it('asks for a code for the fourth order within an hour by the same phone or e-mail', () => {
    const { engine, time } = setup();
    engine.submitOrder(paperOrder(engine, 1), 'o1');
    engine.submitOrder(paperOrder(engine, 1, { ...CONTACT, email: 'someone@example.com' }), 'o2');
    engine.submitOrder(paperOrder(engine, 1, { ...CONTACT, phone: '13800138000' }), 'o3');
    // Someone else is not concerned.
    engine.submitOrder(paperOrder(engine, 1, { name: 'Li Lei', phone: '13700137000', email: 'li@example.com' }), 'o4');
    const fourth = challengeOf(rejects(() => engine.submitOrder(paperOrder(engine, 1), 'o5'), 'verification_required'));
    assert.equal(fourth.reason, 'many_orders');
    time.advance(60 * 60_000);
    assert.ok(engine.submitOrder(paperOrder(engine, 1), 'o6').order.orderNumber, 'an hour later the first three no longer count');
  });

  it('refuses rules that do not fit the shop', () => {
    assert.throws(() => setup({ amountThreshold: { amount: 500_000, currency: 'USD' } }), (e: unknown) => e instanceof OrderZoneError && e.code === 'config' && /USD/.test(e.message));
    assert.throws(() => setup({ amountThreshold: { amount: 12.5, currency: 'CNY' } }), (e: unknown) => e instanceof OrderZoneError && e.code === 'config');
    assert.throws(() => setup({ maxOrdersPerHourPerContact: 0 }), (e: unknown) => e instanceof OrderZoneError && e.code === 'config');
  });
});

describe('embedded backend: risk rules', () => {
  const now = () => START;
  const seed = testShop();

  it('applies the demo rules by default, other rules when given, none with risk: false', async () => {
    const engine = createOrderEngine({ seed, now });
    const large = paperOrder(engine, 250);
    const byDefault = createEmbeddedBackend({ storage: memoryStorage(), seed, now });
    const refused = await byDefault.submitOrder(large, { idempotencyKey: 'a' }).then(
      () => assert.fail('a large order needs a code'),
      (e: unknown) => e as OrderZoneError,
    );
    assert.equal(refused.code, 'verification_required');
    const challenge = VerificationChallengeSchema.parse(refused.details);
    const [message] = byDefault.engine.outbox();
    const { order } = await byDefault.submitOrder(large, { idempotencyKey: 'a', verification: { id: challenge.id, code: message!.code } });
    assert.equal(order.total.amount, 575_000);

    const strict = createEmbeddedBackend({ storage: memoryStorage(), seed, now, risk: { amountThreshold: { amount: 10_000, currency: 'CNY' } } });
    await assert.rejects(strict.submitOrder(paperOrder(engine, 10), { idempotencyKey: 'b' }), (e: unknown) => e instanceof OrderZoneError && e.code === 'verification_required');
    const off = createEmbeddedBackend({ storage: memoryStorage(), seed, now, risk: false });
    assert.ok((await off.submitOrder(large, { idempotencyKey: 'c' })).order.orderNumber);
  });

  it('signs in, lists orders, resends and signs out through the adapter', async () => {
    const backend = createEmbeddedBackend({ storage: memoryStorage(), seed, now, risk: false });
    const { order: placed } = await backend.submitOrder(paperOrder(backend.engine, 1), { idempotencyKey: 'x' });
    const sent = await backend.requestSignInCode({ channel: 'sms', destination: '13900139000' });
    assert.equal(sent.maskedDestination, '139****9000');
    const session = await backend.verifySignInCode({ channel: 'sms', destination: '13900139000', code: backend.engine.outbox()[0]!.code });
    assert.deepEqual((await backend.listOrders(session.token)).map((o) => o.orderNumber), [placed.orderNumber]);
    await backend.signOut(session.token);
    await assert.rejects(backend.listOrders(session.token), (e: unknown) => e instanceof OrderZoneError && e.code === 'unauthorized');
    await assert.rejects(backend.resendVerificationCode('CHnone'), (e: unknown) => e instanceof OrderZoneError && e.code === 'not_found');
  });
});
