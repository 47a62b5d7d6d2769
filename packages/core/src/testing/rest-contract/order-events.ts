/**
 * The REST contract suite, part 7: the order event stream (`watchOrder`, the contract's optional
 * `GET /orders/{orderNumber}/events`): the order at once and after every change, whoever made it,
 * to its terminal status; the same refusals as reading the order; ending when the shopper stops
 * following. Test-only; not part of the published package.
 *
 * @module
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Order } from '../../order/order-schema.ts';
import { rejectsWith } from '../rejects-with.ts';
import { placeOrder, shirt } from './shop-fixtures.ts';
import type { SuiteContext } from './suite-context.ts';

/** What a stream delivered so far, and a way to wait for the next of it. */
function collector() {
  const orders: Order[] = [];
  return {
    orders,
    onOrder: (order: Order) => void orders.push(order),
    /** Resolves once `count` orders came; fails after 15 seconds without them (a guard against a hang on a busy machine). */
    async received(count: number): Promise<Order> {
      for (let waited = 0; orders.length < count; waited += 10) {
        if (waited > 15_000) throw new Error(`${count} order events should have come; ${orders.length} did (${orders.map((o) => o.status).join(', ')}).`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return orders[count - 1]!;
    },
  };
}

export function orderEventTests(ctx: SuiteContext): void {
  it('streams the order at once and after every change, the merchant’s and the shopper’s, and ends at its terminal status', async () => {
    const { api } = ctx.shopper();
    const { order, access } = await placeOrder(api, ctx.contact(), [shirt(1)], 'events-follow');
    const stream = collector();
    const ended = api.watchOrder(order.orderNumber, access, stream.onOrder);
    assert.deepEqual(await stream.received(1), await api.getOrder(order.orderNumber, access), 'the order as it is now comes first');

    await ctx.backend.merchant.markPaid(order.orderNumber);
    assert.equal((await stream.received(2)).status, 'paid');
    await api.requestRefund(order.orderNumber, access, { reason: 'Ordered twice' });
    assert.equal((await stream.received(3)).status, 'refund_requested');
    await ctx.backend.merchant.approveRefund(order.orderNumber);
    // Refunded is terminal: the stream ends by itself.
    await ended;
    assert.deepEqual(stream.orders.map((o) => o.status), ['pending_payment', 'paid', 'refund_requested', 'refunded']);
    assert.deepEqual(stream.orders.at(-1), await api.getOrder(order.orderNumber, access));
  });

  it('follows an order with the shopper’s session too, and stops when the shopper stops following', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    const { order } = await placeOrder(api, contact, [shirt(1)], 'events-session');
    await api.requestSignInCode({ channel: 'email', destination: contact.email });
    const [code] = await ctx.backend.sentCodes(contact.email, 1);
    const session = await api.verifySignInCode({ channel: 'email', destination: contact.email, code: code! });
    const stream = collector();
    const stop = new AbortController();
    const ended = api.watchOrder(order.orderNumber, { sessionToken: session.token }, stream.onOrder, { signal: stop.signal });
    assert.equal((await stream.received(1)).orderNumber, order.orderNumber);
    await ctx.backend.merchant.markPaid(order.orderNumber);
    assert.equal((await stream.received(2)).status, 'paid');
    stop.abort();
    const aborted = await rejectsWith(ended, 'aborted');
    assert.equal(aborted.status, undefined);
    assert.equal(stream.orders.length, 2);
  });

  it('ends a stream with unauthorized when its session is signed out, and gives an order already final once', async () => {
    const { api } = ctx.shopper();
    const contact = ctx.contact();
    const { order } = await placeOrder(api, contact, [shirt(1)], 'events-signed-out');
    await api.requestSignInCode({ channel: 'email', destination: contact.email });
    const [code] = await ctx.backend.sentCodes(contact.email, 1);
    const session = await api.verifySignInCode({ channel: 'email', destination: contact.email, code: code! });
    const stream = collector();
    // Checked from the start: the stream may end as soon as the session does, before the order changes.
    const ended = rejectsWith(api.watchOrder(order.orderNumber, { sessionToken: session.token }, stream.onOrder), 'unauthorized');
    await stream.received(1);
    await api.signOut(session.token);
    await ctx.backend.merchant.markPaid(order.orderNumber);
    await ended;
    assert.deepEqual(stream.orders.map((o) => o.status), ['pending_payment'], 'the change is not shown to a signed-out session');

    const done = await placeOrder(api, contact, [shirt(1)], 'events-final');
    await api.cancelOrder(done.order.orderNumber, done.access);
    const final = collector();
    await api.watchOrder(done.order.orderNumber, done.access, final.onOrder);
    assert.deepEqual(final.orders.map((o) => o.status), ['cancelled']);
  });

  it('refuses a stream without proof, with a wrong token or for an unknown number with the same not_found as reading the order, and an ended session with unauthorized, before any event', async () => {
    const { api } = ctx.shopper();
    const { order } = await placeOrder(api, ctx.contact(), [shirt(1)], 'events-refused');
    const stream = collector();
    const noProof = await rejectsWith(api.watchOrder(order.orderNumber, {}, stream.onOrder), 'not_found');
    const wrongToken = await rejectsWith(api.watchOrder(order.orderNumber, { accessToken: 'someone-else-s-token-0123456789' }, stream.onOrder), 'not_found');
    const unknown = await rejectsWith(api.watchOrder('OZ-22222-22222', { accessToken: 'someone-else-s-token-0123456789' }, stream.onOrder), 'not_found');
    assert.deepEqual([noProof.status, wrongToken.status, unknown.status], [404, 404, 404]);
    const read = await rejectsWith(api.getOrder(order.orderNumber, {}), 'not_found');
    assert.equal(noProof.message.replace('/events', ''), read.message, 'the same answer as GET /orders/{orderNumber}');
    const ended = await rejectsWith(api.watchOrder(order.orderNumber, { sessionToken: 'a-session-that-never-was-0123456789' }, stream.onOrder), 'unauthorized');
    assert.equal(ended.status, 401);
    assert.deepEqual(stream.orders, []);
  });
}
