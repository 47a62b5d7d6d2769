import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { memoryStorage, memoryStorageGroup, type KeyValueStorage, type OrderRequest } from '@orderzone/core';
import { createEmbeddedBackend, type EmbeddedBackendOptions } from './embedded-backend.ts';
import { rejectsWith } from './testing/rejects.ts';
import { shirtLine, testShop } from '../../core/src/testing/test-shop.ts';

const now = () => new Date('2025-03-14T08:00:00Z');

const request: OrderRequest = {
  currency: 'CNY',
  lines: [shirtLine(10)],
  contact: { name: 'Li Lei', phone: '13900139000', email: 'lilei@example.com' },
  shippingAddress: { country: 'CN', region: '北京市', city: '北京市', district: '海淀区', line1: '中关村大街1号', postalCode: '100080' },
  shippingOptionId: 'standard',
  paymentMethodId: 'wechat_pay',
  // 10 × ¥79.00, shipped free from ¥199.00
  expectedTotal: { amount: 79000, currency: 'CNY' },
};

/** A backend on the tests' own shop (all but the first test: that one is about the demo shop served by default). */
const backendOf = (options: EmbeddedBackendOptions) => createEmbeddedBackend({ seed: testShop(), ...options });


/** The navy M shirt's stock (40 in the test shop). */
const shirtStock = async (backend: ReturnType<typeof createEmbeddedBackend>) =>
  (await backend.getProduct('shirt')).variants.find((v) => v.id === 'shirt-navy-m')!.stock;

describe('embedded backend', () => {
  it('serves the demo shop by default', async () => {
    // No seed: this is about the demo catalog the backend serves when given none, so it keeps the demo's ids.
    const backend = createEmbeddedBackend({ storage: memoryStorage() });
    const categories = await backend.listCategories();
    assert.deepEqual(categories.filter((c) => !c.parentId).map((c) => c.id), ['apparel', 'gifts', 'electronics', 'office', 'services', 'stays', 'tickets']);
    const options = await backend.getCheckoutOptions();
    assert.deepEqual(options.paymentMethods.map((m) => m.kind), ['alipay', 'wechat_pay', 'unionpay', 'card', 'paypal']);
    assert.equal(options.countries[0], 'CN');
    const page = await backend.searchProducts({ text: '耳机' });
    assert.deepEqual(page.items.map((i) => i.id), ['wireless-earbuds']);
  });

  it('keeps orders and stock across instances sharing one storage', async () => {
    const storage = memoryStorage();
    const first = backendOf({ storage, shopId: 'tests', now });
    const { order, accessToken } = await first.submitOrder(request, { idempotencyKey: 'key-1' });
    assert.equal(order.payment.type, 'qr_code');
    assert.ok(storage.get('orderzone:tests:embedded-backend'));

    const second = backendOf({ storage, shopId: 'tests', now });
    assert.equal(await shirtStock(second), 30);
    assert.equal((await second.getOrder(order.orderNumber, { accessToken })).total.amount, 79000);
    assert.deepEqual(await second.getPaymentStatus(order.orderNumber, { accessToken }), { orderNumber: order.orderNumber, status: 'pending' });
    // A retry after a reload returns the stored order, with a token that opens it too.
    const retried = await second.submitOrder(request, { idempotencyKey: 'key-1' });
    assert.equal(retried.order.orderNumber, order.orderNumber);
    assert.equal((await second.getOrder(order.orderNumber, { accessToken: retried.accessToken })).orderNumber, order.orderNumber);
    assert.equal(await shirtStock(second), 30);

    const otherShop = backendOf({ storage, shopId: 'other', now });
    assert.equal(await shirtStock(otherShop), 40);
  });

  it('sees orders placed in another tab', async () => {
    const group = memoryStorageGroup();
    const tabA = backendOf({ storage: group.connect(), now });
    const tabB = backendOf({ storage: group.connect(), now });
    await tabA.submitOrder(request, { idempotencyKey: 'a' });
    assert.equal(await shirtStock(tabB), 30);
    tabA.dispose();
    tabB.dispose();
  });

  it('holds bookings across tabs: a shopper in another tab cannot take the same seats until the hold lapses', async () => {
    const group = memoryStorageGroup();
    // Monday 2026-04-27 in Shanghai; the test cinema's one session is on Friday 2026-05-01.
    let at = new Date('2026-04-27T02:00:00Z').getTime();
    const clock = () => new Date(at);
    const tabA = backendOf({ storage: group.connect(), now: clock, holdMinutes: 5 });
    const tabB = backendOf({ storage: group.connect(), now: clock, holdMinutes: 5 });
    const booking = { type: 'seats' as const, sessionId: 'evening', seatIds: ['A1', 'A2'] };
    const hold = await tabA.placeHold({ productId: 'cinema', variantId: 'ticket', booking });
    assert.equal(hold.expiresAt, '2026-04-27T02:05:00.000Z');
    const seats = await tabB.getAvailability({ productId: 'cinema', sessionId: booking.sessionId });
    assert.deepEqual(seats.type === 'seats' && seats.takenSeatIds, ['A1', 'A2']);
    await rejectsWith(tabB.placeHold({ productId: 'cinema', variantId: 'ticket', booking }), 'conflict');
    at += 5 * 60_000;
    assert.equal((await tabB.placeHold({ productId: 'cinema', variantId: 'ticket', booking })).booking.type, 'seats');
    await tabB.releaseHold('no-such-hold');
    await rejectsWith(tabA.placeHold({ productId: 'cinema', variantId: 'ticket', booking }, { signal: AbortSignal.abort() }), 'aborted');
    tabA.dispose();
    tabB.dispose();
  });

  it('checks a hold against another tab’s hold even before that tab’s change is announced', async () => {
    const shared = memoryStorage();
    // Storage events arrive late (or not at all): the second tab must still read what is stored.
    const silent: KeyValueStorage = { persistent: true, get: (k) => shared.get(k), set: (k, v) => shared.set(k, v), remove: (k) => shared.remove(k), subscribe: () => () => {} };
    const clock = () => new Date('2026-05-04T02:00:00Z');
    const tabA = backendOf({ storage: silent, now: clock });
    const tabB = backendOf({ storage: silent, now: clock });
    // The test hotel's one suite, for its minimum of two nights.
    const booking = { type: 'stay' as const, checkIn: '2026-05-05', checkOut: '2026-05-07' };
    await tabA.placeHold({ productId: 'hotel', variantId: 'suite', booking });
    await rejectsWith(tabB.placeHold({ productId: 'hotel', variantId: 'suite', booking }), 'conflict');
    assert.equal(tabB.engine.snapshot().holds?.length, 1, 'tab B did not overwrite tab A’s hold');
  });

  it('places an order against every tab’s latest state, so another tab’s fresh session survives it', async () => {
    const shared = memoryStorage();
    const silent: KeyValueStorage = { persistent: true, get: (k) => shared.get(k), set: (k, v) => shared.set(k, v), remove: (k) => shared.remove(k), subscribe: () => () => {} };
    const tabA = backendOf({ storage: silent, now });
    const tabB = backendOf({ storage: silent, now });
    await tabB.getCheckoutOptions();
    await tabA.requestSignInCode({ channel: 'sms', destination: '139 0013 9000' });
    const code = tabA.engine.outbox()[0]!.code;
    const session = await tabA.verifySignInCode({ channel: 'sms', destination: '139 0013 9000', code });
    await tabB.submitOrder(request, { idempotencyKey: 'b-1' });
    const orders = await tabA.listOrders(session.token);
    assert.deepEqual(orders.map((o) => o.contact.phone), [request.contact.phone]);
  });

  it('finds an order by number and contact, and tells its payment status only with proof of access', async () => {
    const backend = backendOf({ storage: memoryStorage(), now });
    const { order, accessToken } = await backend.submitOrder(request, { idempotencyKey: 'k' });
    await rejectsWith(backend.getPaymentStatus(order.orderNumber, {}), 'not_found');
    await rejectsWith(backend.getOrder(order.orderNumber, {}), 'not_found');
    const found = await backend.lookupOrder({ orderNumber: order.orderNumber.toLowerCase(), contact: '+86 139 0013 9000' });
    assert.deepEqual(found.order, order);
    assert.notEqual(found.accessToken, accessToken);
    assert.deepEqual(await backend.getPaymentStatus(order.orderNumber, { accessToken: found.accessToken }), { orderNumber: order.orderNumber, status: 'pending' });
    assert.deepEqual(await backend.getPaymentStatus(order.orderNumber, { accessToken }), { orderNumber: order.orderNumber, status: 'pending' });
    await rejectsWith(backend.lookupOrder({ orderNumber: order.orderNumber, contact: 'someone@example.com' }), 'not_found');
    await rejectsWith(backend.lookupOrder({ orderNumber: order.orderNumber, contact: '' }), 'validation');
  });

  it('counts wrong guesses in the state every tab shares, even before the other tab hears of them', async () => {
    const shared = memoryStorage();
    const silent: KeyValueStorage = { persistent: true, get: (k) => shared.get(k), set: (k, v) => shared.set(k, v), remove: (k) => shared.remove(k), subscribe: () => () => {} };
    const tabA = backendOf({ storage: silent, now });
    const tabB = backendOf({ storage: silent, now });
    await tabB.getCheckoutOptions();
    const { order, accessToken } = await tabA.submitOrder(request, { idempotencyKey: 'a' });
    for (let i = 0; i < 10; i++) await rejectsWith(tabA.lookupOrder({ orderNumber: order.orderNumber, contact: 'someone@example.com' }), 'not_found');
    const limited = await rejectsWith(tabB.lookupOrder({ orderNumber: order.orderNumber, contact: request.contact.email }), 'rate_limited');
    assert.equal(limited.retryAfterSeconds, 15 * 60);
    assert.equal((await tabB.getOrder(order.orderNumber, { accessToken })).orderNumber, order.orderNumber, 'the token still opens the order');
  });

  it('loses no order placed in another tab when a shopper call is refused in a tab that has not heard of it', async () => {
    const shared = memoryStorage();
    const silent: KeyValueStorage = { persistent: true, get: (k) => shared.get(k), set: (k, v) => shared.set(k, v), remove: (k) => shared.remove(k), subscribe: () => () => {} };
    const tabA = backendOf({ storage: silent, now });
    const tabB = backendOf({ storage: silent, now });
    await tabA.getCheckoutOptions();
    const { order, accessToken } = await tabB.submitOrder(request, { idempotencyKey: 'b' });
    // Tab A has not heard of the order yet (storage events come late, or not at all).
    const answer = await tabA.cancelOrder!(order.orderNumber, { accessToken }).then((cancelled) => cancelled.status, (error: { code: string }) => error.code);
    assert.equal((JSON.parse(shared.get('orderzone:default:embedded-backend')!) as { orders: unknown[] }).orders.length, 1, 'the order is still stored');
    assert.equal(answer, 'cancelled', 'the order’s own token cancels it from any tab');
    assert.equal((await tabB.getOrder(order.orderNumber, { accessToken })).status, 'cancelled');
  });

  it('recovers from corrupt stored state with a fresh shop', async () => {
    for (const corrupt of ['{not json', '{"version":1,"stock":{"shirt-navy-m":-4},"orders":[],"idempotency":{},"sequence":0}', 'null']) {
      const storage = memoryStorage();
      storage.set('orderzone:default:embedded-backend', corrupt);
      const backend = backendOf({ storage, now });
      assert.equal(await shirtStock(backend), 40, corrupt);
      await backend.submitOrder(request, { idempotencyKey: 'k' });
      assert.equal(JSON.parse(storage.get('orderzone:default:embedded-backend')!).stock['shirt-navy-m'], 30);
    }
  });

  it('keeps working in memory when storage refuses writes', async () => {
    const full: KeyValueStorage = { ...memoryStorage(), set: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
    const backend = backendOf({ storage: full, now });
    await backend.submitOrder(request, { idempotencyKey: 'k' });
    assert.equal(await shirtStock(backend), 30);
  });

  it('returns copies that callers cannot use to change the shop', async () => {
    const backend = backendOf({ storage: memoryStorage() });
    const product = await backend.getProduct('shirt');
    product.variants[0]!.price.amount = 1;
    product.title = 'hacked';
    const again = await backend.getProduct('shirt');
    assert.equal(again.variants[0]!.price.amount, 7900);
    assert.notEqual(again.title, 'hacked');
  });

  it('rejects aborted calls with `aborted`, before or during the simulated latency', async () => {
    const backend = backendOf({ storage: memoryStorage(), latencyMs: 10_000 });
    await rejectsWith(backend.listCategories({ signal: AbortSignal.abort() }), 'aborted');
    const controller = new AbortController();
    const pending = backend.submitOrder(request, { idempotencyKey: 'k', signal: controller.signal });
    controller.abort();
    await rejectsWith(pending, 'aborted');
    assert.equal(backend.engine.snapshot().orders.length, 0);
  });

  it('rejects with the engine’s errors', async () => {
    const backend = backendOf({ storage: memoryStorage(), now });
    await rejectsWith(backend.getProduct('missing'), 'not_found');
    const changed = await rejectsWith(backend.submitOrder({ ...request, expectedTotal: { amount: 1, currency: 'CNY' } }, { idempotencyKey: 'k' }), 'price_changed');
    assert.equal((changed.details.quote as { total: { amount: number } }).total.amount, 79000);
    await rejectsWith(backend.submitOrder(request, { idempotencyKey: '' }), 'validation');
  });

  it('can be reset to the seed', async () => {
    const storage = memoryStorage();
    const backend = backendOf({ storage, now });
    const { order, accessToken } = await backend.submitOrder(request, { idempotencyKey: 'k' });
    assert.equal((await backend.getOrder(order.orderNumber, { accessToken })).orderNumber, order.orderNumber);
    backend.reset();
    assert.equal(await shirtStock(backend), 40);
    await rejectsWith(backend.getOrder(order.orderNumber, { accessToken }), 'not_found');
    assert.equal(await shirtStock(backendOf({ storage })), 40);
  });
});
