/**
 * The REST contract suite, part 2: who may read an order (its access token; the same `404` for an
 * unknown number and for no proof), finding an order again by number and contact, and the limits on
 * wrong guesses (`429` with `Retry-After`). Test-only; not part of the published package.
 *
 * @module
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { rejectsWith } from '../rejects-with.ts';
import { placeOrder, shirt } from './shop-fixtures.ts';
import type { SuiteContext } from './suite-context.ts';

/** A well-formed order number no backend issued in this suite (the odds are 1 in 2^44). */
const UNKNOWN = 'OZ-22222-22222';
/** How many wrong guesses one order number takes in 15 minutes (`ORDER_ACCESS_LIMITS.perOrderNumber`). */
const GUESSES_PER_ORDER = 10;
/** How many access tokens an order keeps, the newest (`MAX_TOKENS_PER_ORDER`). */
const TOKENS_PER_ORDER = 50;
/** How many wrong guesses one client makes in an hour (`ORDER_ACCESS_LIMITS.perClient`). */
const GUESSES_PER_CLIENT = 30;

/** The message of a `not_found` with the order number taken out: what tells an unknown number from a known one, if anything does. */
const withoutNumber = (message: string, orderNumber: string) => message.replaceAll(orderNumber, '<number>');

export function orderAccessTests(ctx: SuiteContext): void {
  it('opens an order with its access token only: an unknown number, no proof and a wrong token get the same not_found', async () => {
    const { api } = ctx.shopper();
    const { order, access } = await placeOrder(api, ctx.contact(), [shirt(1)], 'access-read');
    assert.equal((await api.getOrder(order.orderNumber, access)).orderNumber, order.orderNumber);

    const unknown = await rejectsWith(api.getOrder(UNKNOWN, access), 'not_found');
    const noProof = await rejectsWith(api.getOrder(order.orderNumber, {}), 'not_found');
    const wrongToken = await rejectsWith(api.getOrder(order.orderNumber, { accessToken: 'someone-else-s-token-0123456789' }), 'not_found');
    assert.deepEqual([unknown.status, noProof.status, wrongToken.status], [404, 404, 404]);
    assert.equal(withoutNumber(noProof.message, order.orderNumber), withoutNumber(unknown.message, UNKNOWN), 'nothing tells a real order number from an unknown one');
    assert.equal(wrongToken.message, noProof.message);
    const payment = await rejectsWith(api.getPaymentStatus(order.orderNumber, {}), 'not_found');
    assert.equal(payment.status, 404);

    const ended = await rejectsWith(api.getOrder(order.orderNumber, { sessionToken: 'a-session-that-never-was-0123456789' }), 'unauthorized');
    assert.equal(ended.status, 401);
  });

  it('finds an order by its number and the phone or e-mail given at checkout, with a fresh token, and answers a wrong contact like an unknown number', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    const { order } = await placeOrder(api, contact, [shirt(1)], 'access-lookup');
    const byPhone = await api.lookupOrder({ orderNumber: order.orderNumber, contact: contact.phone.replace('+86 ', '').replaceAll(' ', '') });
    assert.equal(byPhone.order.orderNumber, order.orderNumber);
    assert.equal((await api.getOrder(order.orderNumber, { accessToken: byPhone.accessToken })).orderNumber, order.orderNumber, 'the new token opens the order');
    const byEmail = await api.lookupOrder({ orderNumber: order.orderNumber, contact: contact.email.toUpperCase() });
    assert.notEqual(byEmail.accessToken, byPhone.accessToken);

    const wrongContact = await rejectsWith(api.lookupOrder({ orderNumber: order.orderNumber, contact: 'not.me@example.com' }), 'not_found');
    const unknown = await rejectsWith(api.lookupOrder({ orderNumber: UNKNOWN, contact: contact.email }), 'not_found');
    assert.deepEqual([wrongContact.status, unknown.status], [404, 404]);
    assert.equal(withoutNumber(wrongContact.message, order.orderNumber), withoutNumber(unknown.message, UNKNOWN));

    const empty = await rejectsWith(api.lookupOrder({ orderNumber: '', contact: '' }), 'validation');
    assert.deepEqual(empty.fieldErrors.map((f) => f.field).sort(), ['contact', 'orderNumber']);
  });

  it('keeps the newest 50 tokens of an order: the 51st finding of it retires the oldest', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    const { order, access } = await placeOrder(api, contact, [shirt(1)], 'access-many-tokens');
    const tokens = [access.accessToken];
    // From a few addresses: a server may limit how often one address looks orders up.
    let finder = ctx.shopper().api;
    for (let i = 1; i < TOKENS_PER_ORDER + 1; i++) {
      if (i % 20 === 0) finder = ctx.shopper().api;
      tokens.push((await finder.lookupOrder({ orderNumber: order.orderNumber, contact: contact.email })).accessToken);
    }
    const opens = await Promise.all(tokens.map((accessToken) => api.getOrder(order.orderNumber, { accessToken }).then(() => true, (error: { code: string }) => error.code)));
    assert.deepEqual(opens, ['not_found', ...Array.from({ length: TOKENS_PER_ORDER }, () => true)]);
  });

  it('limits wrong guesses at one order number: 429 with Retry-After for everyone, while the owner’s token still works, until the window passes', async () => {
    const owner = ctx.shopper();
    const contact = ctx.contact();
    const { order, access } = await placeOrder(owner.api, contact, [shirt(1)], 'access-guessed');
    const guesser = ctx.shopper();
    for (let i = 0; i < GUESSES_PER_ORDER; i++) {
      await rejectsWith(guesser.api.lookupOrder({ orderNumber: order.orderNumber, contact: `guess.${i}@example.com` }), 'not_found');
    }
    const limited = await rejectsWith(guesser.api.lookupOrder({ orderNumber: order.orderNumber, contact: contact.email }), 'rate_limited');
    assert.equal(limited.status, 429);
    assert.ok(limited.retryAfterSeconds !== undefined && limited.retryAfterSeconds > 0 && limited.retryAfterSeconds <= 15 * 60, `waits ${limited.retryAfterSeconds} s`);
    const raw = await guesser.fetch('/order-lookups', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ orderNumber: order.orderNumber, contact: contact.email }) });
    assert.equal(raw.status, 429);
    assert.match(raw.headers.get('Retry-After') ?? '', /^[1-9]\d*$/);
    assert.equal(((await raw.json()) as { error: { code: string } }).error.code, 'rate_limited');

    // The limit is the order number's: another client is refused too, and the right contact is no way round it.
    await rejectsWith(ctx.shopper().api.lookupOrder({ orderNumber: order.orderNumber, contact: contact.phone }), 'rate_limited');
    // A valid token always gets through: nobody can lock the owner out.
    assert.equal((await owner.api.getOrder(order.orderNumber, access)).orderNumber, order.orderNumber);

    ctx.clock.advance(15 * 60_000 + 1000);
    assert.equal((await guesser.api.lookupOrder({ orderNumber: order.orderNumber, contact: contact.email })).order.orderNumber, order.orderNumber);
  });

  it('limits wrong guesses by one client across order numbers', async () => {
    const prober = ctx.shopper();
    for (let i = 0; i < GUESSES_PER_CLIENT; i++) {
      const number = `OZ-${'23456789ABCDEFGH'[i % 16]}${'JKMNPQRSTVWXYZ23'[Math.floor(i / 16)]}222-33333`;
      await rejectsWith(prober.api.getOrder(number, { accessToken: 'a-guess-0123456789abcdefghij' }), 'not_found');
    }
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    const { order } = await placeOrder(api, contact, [shirt(1)], 'access-probed');
    const limited = await rejectsWith(prober.api.lookupOrder({ orderNumber: order.orderNumber, contact: contact.email }), 'rate_limited');
    assert.ok(limited.retryAfterSeconds !== undefined && limited.retryAfterSeconds > 15 * 60, `the client waits for its hour window (${limited.retryAfterSeconds} s)`);
    // Another client finds the same order.
    assert.equal((await api.lookupOrder({ orderNumber: order.orderNumber, contact: contact.email })).order.orderNumber, order.orderNumber);
  });
}
