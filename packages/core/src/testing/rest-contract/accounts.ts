/**
 * The REST contract suite, part 3: signing in with a one-time code (sent by SMS or e-mail, read as
 * the shopper would), the session, the shopper's orders, signing out; and the risk step-up at
 * checkout (a code before a large order or one order too many). Test-only; not part of the
 * published package.
 *
 * @module
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Contact } from '../../order/order-schema.ts';
import { rejectsWith } from '../rejects-with.ts';
import { paper, placeOrder, pricedOrder, shirt } from './shop-fixtures.ts';
import type { SuiteContext } from './suite-context.ts';

/** A code that is not `code`. */
const other = (code: string): string => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
/** The contact's phone as `139****0007`. */
const masked = (contact: Contact): string => {
  const digits = contact.phone.replace(/\D/g, '').replace(/^86/, '');
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
};
const plus = (date: Date, ms: number): string => new Date(date.getTime() + ms).toISOString();
/** How long a session lasts (`SESSION_TTL_MS` of the engine). */
const SESSION_DAYS = 30;

export function accountTests(ctx: SuiteContext): void {
  it('signs in with a code sent by SMS, lists and opens the shopper’s orders with the session, and signs out', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    const { order } = await placeOrder(api, contact, [shirt(1)], 'account-sms');
    const sms = { channel: 'sms' as const, destination: contact.phone.replace('+86 ', '') };
    const sent = await api.requestSignInCode(sms);
    const now = ctx.clock.now();
    assert.deepEqual(sent, { channel: 'sms', maskedDestination: masked(contact), expiresAt: plus(now, 10 * 60_000), resendAt: plus(now, 60_000) });
    const [code] = await ctx.backend.sentCodes(contact.phone, 1);
    assert.match(code!, /^\d{6}$/);

    const wrong = await rejectsWith(api.verifySignInCode({ ...sms, code: other(code!) }), 'validation');
    assert.equal(wrong.status, 400);
    assert.deepEqual(wrong.fieldErrors, [{ field: 'code', code: 'code_wrong' }]);
    const session = await api.verifySignInCode({ ...sms, code: code! });
    assert.equal(session.shopper.phone, contact.phone.replace(/\D/g, '').replace(/^86/, ''));
    assert.equal(session.expiresAt, plus(now, SESSION_DAYS * 24 * 60 * 60_000));
    await rejectsWith(api.verifySignInCode({ ...sms, code: code! }), 'validation');

    assert.deepEqual((await api.listOrders(session.token)).map((o) => o.orderNumber), [order.orderNumber]);
    assert.equal((await api.getOrder(order.orderNumber, { sessionToken: session.token })).orderNumber, order.orderNumber);
    assert.equal((await api.cancelOrder(order.orderNumber, { sessionToken: session.token })).status, 'cancelled');

    await api.signOut(session.token);
    const ended = await rejectsWith(api.listOrders(session.token), 'unauthorized');
    assert.equal(ended.status, 401);
    await rejectsWith(api.getOrder(order.orderNumber, { sessionToken: session.token }), 'unauthorized');
    // Signing out again (an unknown token) is not an error.
    await api.signOut(session.token);
  });

  it('signs in by e-mail and lists the orders placed with that address, newest first', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    const first = await placeOrder(api, contact, [shirt(1)], 'account-email-1');
    ctx.clock.advance(1000);
    const second = await placeOrder(api, { ...contact, phone: '+86 138 0013 8000' }, [shirt(2)], 'account-email-2');
    const email = { channel: 'email' as const, destination: contact.email.toUpperCase() };
    const sent = await api.requestSignInCode(email);
    assert.equal(sent.channel, 'email');
    const [code] = await ctx.backend.sentCodes(contact.email, 1);
    const session = await api.verifySignInCode({ ...email, code: code! });
    assert.equal(session.shopper.email, contact.email);
    assert.deepEqual((await api.listOrders(session.token)).map((o) => o.orderNumber), [second.order.orderNumber, first.order.orderNumber]);
  });

  it('reports a bad destination on its field, the resend wait with retryAfterSeconds, and too many wrong tries', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    const bad = await rejectsWith(api.requestSignInCode({ channel: 'email', destination: 'han@' }), 'validation');
    assert.deepEqual(bad.fieldErrors, [{ field: 'destination', code: 'invalid_email' }]);
    const sms = { channel: 'sms' as const, destination: contact.phone };
    await api.requestSignInCode(sms);
    ctx.clock.advance(15_000);
    const wait = await rejectsWith(api.requestSignInCode(sms), 'rate_limited');
    assert.equal(wait.status, 429);
    assert.equal(wait.retryAfterSeconds, 45);
    const [code] = await ctx.backend.sentCodes(contact.phone, 1);
    for (let i = 0; i < 5; i++) await rejectsWith(api.verifySignInCode({ ...sms, code: other(code!) }), 'validation');
    const locked = await rejectsWith(api.verifySignInCode({ ...sms, code: code! }), 'rate_limited');
    assert.equal(locked.status, 429);
    assert.equal(locked.details.reason, 'too_many_attempts');
    ctx.clock.advance(5 * 60_000);
    const over = await rejectsWith(api.verifySignInCode({ ...sms, code: code! }), 'rate_limited');
    assert.equal(over.retryAfterSeconds, 1, 'the wait is over: ask for a new code now');
    // A new code, once the resend wait is over, works.
    await api.requestSignInCode(sms);
    const [, fresh] = await ctx.backend.sentCodes(contact.phone, 2);
    assert.equal((await api.verifySignInCode({ ...sms, code: fresh! })).shopper.phone, contact.phone.replace(/\D/g, '').replace(/^86/, ''));
  });

  it('refuses a code once it has expired, and sends at most five codes to one place in an hour', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    const sms = { channel: 'sms' as const, destination: contact.phone };
    await api.requestSignInCode(sms);
    const [code] = await ctx.backend.sentCodes(contact.phone, 1);
    ctx.clock.advance(10 * 60_000 + 1000);
    const expired = await rejectsWith(api.verifySignInCode({ ...sms, code: code! }), 'validation');
    assert.deepEqual(expired.fieldErrors, [{ field: 'code', code: 'code_expired' }]);
    for (let sent = 2; sent <= 5; sent++) {
      await api.requestSignInCode(sms);
      ctx.clock.advance(61_000);
    }
    const capped = await rejectsWith(api.requestSignInCode(sms), 'rate_limited');
    assert.equal(capped.details.reason, 'too_many_codes');
    // The first code was sent 14 min 5 s ago (10 min 1 s, then 4 × 61 s): its hour ends 45 min 55 s from now.
    assert.equal(capped.retryAfterSeconds, 45 * 60 + 55);
    assert.equal((await ctx.backend.sentCodes(contact.phone, 5)).length, 5, 'the sixth was not sent');
  });

  it('answers the shopper’s calls without a session token with 401', async () => {
    const shopper = ctx.shopper();
    for (const [method, path] of [['GET', '/me/orders'], ['DELETE', '/auth/sessions/current']] as const) {
      const response = await shopper.fetch(path, { method });
      assert.equal(response.status, 401, path);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'unauthorized');
    }
  });
}

export function riskTests(ctx: SuiteContext): void {
  it('asks for a code before a large order (verification_required, 403), then places it with the code sent to the contact phone', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact('Han Meimei');
    const request = await pricedOrder(api, contact, [paper(250)]);
    assert.equal(request.expectedTotal.amount, 575_000);
    const refused = await rejectsWith(api.submitOrder(request, { idempotencyKey: 'risk-large' }), 'verification_required');
    assert.equal(refused.status, 403);
    const challenge = refused.details as { id: string; reason: string; code: { channel: string; maskedDestination: string } };
    assert.deepEqual([challenge.reason, challenge.code.channel, challenge.code.maskedDestination], ['large_amount', 'sms', masked(contact)]);
    const [code] = await ctx.backend.sentCodes(contact.phone, 1);

    const wrong = await rejectsWith(api.submitOrder(request, { idempotencyKey: 'risk-large', verification: { id: challenge.id, code: other(code!) } }), 'validation');
    assert.deepEqual(wrong.fieldErrors, [{ field: 'verification.code', code: 'code_wrong' }]);
    const { order } = await api.submitOrder(request, { idempotencyKey: 'risk-large', verification: { id: challenge.id, code: code! } });
    assert.equal(order.total.amount, 575_000);
    // A retry of the same key answers the same order, with no code.
    assert.equal((await api.submitOrder(request, { idempotencyKey: 'risk-large' })).order.orderNumber, order.orderNumber);
    await rejectsWith(api.submitOrder(request, { idempotencyKey: 'risk-large', verification: { id: challenge.id, code: '' } }), 'validation');
  });

  it('sends a challenge’s code again after the wait, and answers not_found for an unknown challenge or one whose order was placed', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact('Han Meimei');
    const request = await pricedOrder(api, contact, [paper(250)]);
    const refused = await rejectsWith(api.submitOrder(request, { idempotencyKey: 'risk-resend' }), 'verification_required');
    const id = (refused.details as { id: string }).id;
    const early = await rejectsWith(api.resendVerificationCode(id), 'rate_limited');
    assert.equal(early.retryAfterSeconds, 60);
    ctx.clock.advance(60_000);
    const resent = await api.resendVerificationCode(id);
    assert.equal(resent.resendAt, plus(ctx.clock.now(), 60_000));
    const [, latest] = await ctx.backend.sentCodes(contact.phone, 2);
    await rejectsWith(api.resendVerificationCode('CHunknown'), 'not_found');
    await api.submitOrder(request, { idempotencyKey: 'risk-resend', verification: { id, code: latest! } });
    const finished = await rejectsWith(api.resendVerificationCode(id), 'not_found');
    assert.equal(finished.status, 404);
  });

  it('asks for a code before a contact’s fourth order within an hour', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    for (let i = 1; i <= 3; i++) await placeOrder(api, contact, [shirt(1)], `risk-many-${i}`);
    const fourth = await pricedOrder(api, contact, [shirt(1)]);
    const refused = await rejectsWith(api.submitOrder(fourth, { idempotencyKey: 'risk-many-4' }), 'verification_required');
    assert.equal((refused.details as { reason: string }).reason, 'many_orders');
    // Another contact is not held up by them.
    await placeOrder(api, ctx.contact(), [shirt(1)], 'risk-many-other');
  });
}

/** Moves the clock by a month: after every other test. */
export function sessionEndTests(ctx: SuiteContext): void {
  it('ends a session 30 days after sign-in: its calls answer unauthorized', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    const { order } = await placeOrder(api, contact, [shirt(1)], 'account-month');
    await api.requestSignInCode({ channel: 'email', destination: contact.email });
    const [code] = await ctx.backend.sentCodes(contact.email, 1);
    const session = await api.verifySignInCode({ channel: 'email', destination: contact.email, code: code! });
    ctx.clock.advance(Date.parse(session.expiresAt) - ctx.clock.now().getTime() - 1000);
    assert.deepEqual((await api.listOrders(session.token)).map((o) => o.orderNumber), [order.orderNumber], 'a second before the end');
    ctx.clock.advance(2000);
    const ended = await rejectsWith(api.listOrders(session.token), 'unauthorized');
    assert.equal(ended.status, 401);
    await rejectsWith(api.getOrder(order.orderNumber, { sessionToken: session.token }), 'unauthorized');
  });
}
