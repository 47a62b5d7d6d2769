import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Order, OrderRequest, Product } from '@orderzone/core';
import { ErrorBodySchema } from '@orderzone/core/rest';
import type { OrderService } from '@orderzone/embedded-backend';
import { stock } from '../db/schema.ts';
import { createOrderEvents } from '../http/order-events.ts';
import { createServerApp } from '../http/server-app.ts';
import { adminTestApp, type AdminTestApp } from '../testing/admin-test-app.ts';
import { DATABASE_KINDS, type TestDatabase } from '../testing/databases.ts';
import { shirtLine } from '../testing/test-shop-seed.ts';
import { createAdminApp } from './admin-app.ts';
import type { AuditEntry } from './audit-log.ts';
import { createMerchantKey, revokeMerchantKey } from './merchant-keys.ts';

/** The shop's clock: each order placed a minute after the one before. */
let clock = new Date('2026-05-04T02:00:00Z');
const now = () => clock;

const SHIRT = shirtLine(1, 'shirt-navy-m');

async function placeOrder(service: OrderService, i: number, paymentMethodId = 'alipay'): Promise<{ order: Order; accessToken: string }> {
  clock = new Date(clock.getTime() + 60_000);
  const destination = { country: 'CN', region: '广东省', postalCode: '518057' };
  const quote = await service.quote({ currency: 'CNY', lines: [SHIRT], shippingOptionId: 'standard', destination });
  const request: OrderRequest = {
    currency: 'CNY',
    lines: [SHIRT],
    contact: { name: `Shopper ${i}`, phone: `139${String(i).padStart(8, '0')}`, email: `Shopper${i}@Example.com` },
    shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: `科技园路${i}号`, postalCode: '518057' },
    shippingOptionId: 'standard',
    paymentMethodId,
    expectedTotal: quote.total,
  };
  return service.submitOrder(request, `admin-test-${i}`);
}

for (const kind of DATABASE_KINDS) {
  describe(`admin API on ${kind}`, () => {
    let admin: AdminTestApp;
    let test: TestDatabase;
    let service: OrderService;
    let app: AdminTestApp['app'];
    let key: string;
    let keyId: string;
    /** Orders placed at the start, oldest first. */
    const placed: { order: Order; accessToken: string }[] = [];

    before(async () => {
      clock = new Date('2026-05-04T02:00:00Z');
      admin = await adminTestApp(kind, { now, keyName: 'Front desk' });
      ({ test, service, app, key, keyId } = admin);
      for (let i = 1; i <= 5; i++) placed.push(await placeOrder(service, i));
    });
    after(() => admin?.dispose());

    const call = (method: string, path: string, body?: unknown, token?: string) => admin.call(method, path, body, token);

    function assertError(answer: { status: number; body: unknown }, status: number, code: string): void {
      assert.equal(answer.status, status, JSON.stringify(answer.body));
      const parsed = ErrorBodySchema.safeParse(answer.body);
      assert.ok(parsed.success, `an error body: ${JSON.stringify(answer.body)}`);
      assert.equal(parsed.data.error.code, code);
    }

    it('answers 401 with the contract error body without a key, with a wrong key and with a revoked one', async () => {
      const none = await app.request('/orders');
      assert.equal(none.status, 401);
      assert.equal(none.headers.get('WWW-Authenticate'), 'Bearer realm="orderzone-admin"');
      assertError({ status: none.status, body: await none.json() }, 401, 'unauthorized');
      assertError(await call('GET', '/orders', undefined, 'ozk_wrong'), 401, 'unauthorized');
      const other = await createMerchantKey(test.database.db, 'Old laptop');
      assert.equal((await call('GET', '/orders', undefined, other.key)).status, 200);
      await revokeMerchantKey(test.database.db, other.id);
      assertError(await call('GET', '/orders', undefined, other.key), 401, 'unauthorized');
      const ok = await call('GET', '/orders');
      assert.equal(ok.headers.get('Cache-Control'), 'no-store');
    });

    it('searches orders newest first by status, number, phone, e-mail and dates, a page at a time', async () => {
      const numbers = placed.map((p) => p.order.orderNumber);
      const all = await call('GET', '/orders');
      assert.deepEqual(all.body.orders.map((o: Order) => o.orderNumber), [...numbers].reverse());
      assert.equal(all.body.nextCursor, undefined);

      const first = await call('GET', '/orders?limit=2');
      assert.deepEqual(first.body.orders.map((o: Order) => o.orderNumber), [numbers[4], numbers[3]]);
      const second = await call('GET', `/orders?limit=2&cursor=${first.body.nextCursor}`);
      assert.deepEqual(second.body.orders.map((o: Order) => o.orderNumber), [numbers[2], numbers[1]]);
      const third = await call('GET', `/orders?limit=2&cursor=${second.body.nextCursor}`);
      assert.deepEqual(third.body.orders.map((o: Order) => o.orderNumber), [numbers[0]]);
      assert.equal(third.body.nextCursor, undefined);

      const byPhone = await call('GET', `/orders?contact=${encodeURIComponent('+86 139-0000-0003')}`);
      assert.deepEqual(byPhone.body.orders.map((o: Order) => o.orderNumber), [numbers[2]]);
      const byEmail = await call('GET', '/orders?contact=shopper4%40example.com');
      assert.deepEqual(byEmail.body.orders.map((o: Order) => o.orderNumber), [numbers[3]]);
      const byNumber = await call('GET', `/orders?orderNumber=${numbers[1]!.toLowerCase().replaceAll('-', ' ')}`);
      assert.deepEqual(byNumber.body.orders.map((o: Order) => o.orderNumber), [numbers[1]]);
      const range = await call('GET', `/orders?from=${encodeURIComponent(placed[1]!.order.createdAt)}&to=${encodeURIComponent(placed[3]!.order.createdAt)}`);
      assert.deepEqual(range.body.orders.map((o: Order) => o.orderNumber), [numbers[2], numbers[1]]);
      assert.equal((await call('GET', '/orders?status=paid')).body.orders.length, 0);
      assert.equal((await call('GET', '/orders?status=pending_payment,paid')).body.orders.length, 5);

      const wrong = await call('GET', '/orders?status=lost');
      assertError(wrong, 400, 'validation');
      assert.deepEqual(wrong.body.error.fieldErrors, [{ field: 'status', code: 'invalid' }]);
      assertError(await call('GET', '/orders?limit=500'), 400, 'validation');
      assertError(await call('GET', '/orders?cursor=nonsense'), 400, 'validation');
    });

    it('marks an order paid, ships it and completes it through the engine, logging what changed and never the contact', async () => {
      const number = placed[0]!.order.orderNumber;
      const paid = await call('POST', `/orders/${number}/mark-paid`);
      assert.equal(paid.status, 200);
      assert.equal(paid.body.status, 'paid');
      // Marking it paid again changes nothing: the engine says so, and nothing is logged.
      assert.equal((await call('POST', `/orders/${number}/mark-paid`)).body.status, 'paid');

      assertError(await call('POST', `/orders/${number}/ship`, { carrier: '', number: '' }), 400, 'validation');
      assertError(await call('POST', `/orders/${number}/ship`, 'not json'), 400, 'validation');
      const shipped = await call('POST', `/orders/${number}/ship`, { carrier: '顺丰速运', number: 'SF1234567890' });
      assert.equal(shipped.body.status, 'shipped');
      assert.deepEqual(shipped.body.tracking, { carrier: '顺丰速运', number: 'SF1234567890' });
      // The lifecycle is the engine's: a shipped order cannot be shipped again.
      assertError(await call('POST', `/orders/${number}/ship`, { carrier: 'EMS', number: 'E1' }), 409, 'conflict');
      assert.equal((await call('POST', `/orders/${number}/complete`)).body.status, 'completed');

      const read = await call('GET', `/orders/${number.toLowerCase()}`);
      assert.equal(read.body.order.orderNumber, number);
      assert.deepEqual(read.body.order.history.map((h: { status: string }) => h.status), ['pending_payment', 'paid', 'shipped', 'completed']);
      const audit: AuditEntry[] = read.body.audit;
      assert.deepEqual(audit.map((e) => [e.actor, e.action, e.orderNumber]), [
        [keyId, 'order.complete', number],
        [keyId, 'order.ship', number],
        [keyId, 'order.mark_paid', number],
      ]);
      assert.deepEqual(audit[1]!.details, { before: { status: 'paid', tracking: null }, after: { status: 'shipped', tracking: { carrier: '顺丰速运', number: 'SF1234567890' } } });
      assert.equal(audit[2]!.details.before && (audit[2]!.details.before as { status: string }).status, 'pending_payment');
      const logged = JSON.stringify(audit);
      for (const personal of ['13900000001', 'shopper1@example.com', 'Shopper 1', '科技园路1号']) assert.ok(!logged.toLowerCase().includes(personal.toLowerCase()), `${personal} is not in the audit log`);

      assertError(await call('GET', '/orders/OZ-22222-22222'), 404, 'not_found');
      assertError(await call('POST', '/orders/OZ-22222-22222/mark-paid'), 404, 'not_found');
      assertError(await call('POST', `/orders/${number}/teleport`), 404, 'not_found');
    });

    it('shows the merchant the company a business order was bought for', async () => {
      const { order } = await placeOrder(service, 90);
      assert.equal((await call('GET', `/orders/${order.orderNumber}`)).body.order.company, undefined, 'a private order has none');
      const destination = { country: 'CN', region: '广东省', postalCode: '518057' };
      const quote = await service.quote({ currency: 'CNY', lines: [SHIRT], shippingOptionId: 'standard', destination });
      const company = { name: '深圳云帆科技有限公司', creditCode: '9144 0300 7152 6726 xg', invoiceType: 'general' as const, invoiceTitle: '深圳云帆科技有限公司', purchaseOrderNumber: 'PO-88' };
      const business = await service.submitOrder(
        { currency: 'CNY', lines: [SHIRT], contact: order.contact, shippingAddress: order.shippingAddress!, shippingOptionId: 'standard', paymentMethodId: 'alipay', expectedTotal: quote.total, company },
        'admin-test-company',
      );
      const read = await call('GET', `/orders/${business.order.orderNumber}`);
      assert.deepEqual(read.body.order.company, { ...company, creditCode: '9144030071526726XG' });
    });

    it('approves and declines refunds, and takes a return back through approval and receipt', async () => {
      const [, second, third, fourth] = placed;
      for (const p of [second!, third!, fourth!]) await call('POST', `/orders/${p.order.orderNumber}/mark-paid`);
      await service.requestRefund(second!.order.orderNumber, { accessToken: second!.accessToken }, { reason: 'Ordered twice' });
      const refunded = await call('POST', `/orders/${second!.order.orderNumber}/approve-refund`, { note: 'Refunded to Alipay' });
      assert.equal(refunded.body.status, 'refunded');
      assert.equal(refunded.body.history.at(-1).note, 'Refunded to Alipay');

      await service.requestRefund(third!.order.orderNumber, { accessToken: third!.accessToken }, { reason: 'Changed my mind' });
      assert.equal((await call('POST', `/orders/${third!.order.orderNumber}/decline-refund`, { note: 'Already packed' })).body.status, 'refund_rejected');

      const number = fourth!.order.orderNumber;
      await call('POST', `/orders/${number}/ship`, { carrier: 'EMS', number: 'EA123' });
      await service.requestReturn(number, { accessToken: fourth!.accessToken }, { reason: 'Too small', photoIds: [] });
      const instructions = { address: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '仓库路8号', postalCode: '200120' }, recipient: 'OrderZone 退货部', phone: '021-55550000' };
      const approved = await call('POST', `/orders/${number}/approve-return`, instructions);
      assert.equal(approved.body.status, 'return_approved');
      assert.deepEqual(approved.body.returnInstructions, instructions);
      assert.equal((await call('POST', `/orders/${number}/receive-return`)).body.status, 'returned');
      assert.equal((await call('POST', `/orders/${number}/approve-refund`)).body.status, 'refunded');
      assertError(await call('POST', `/orders/${number}/decline-return`), 409, 'conflict');

      const log = await call('GET', `/audit-log?orderNumber=${number}`);
      assert.deepEqual(log.body.entries.map((e: AuditEntry) => e.action), ['order.approve_refund', 'order.receive_return', 'order.approve_return', 'order.ship', 'order.mark_paid']);
      assert.deepEqual(log.body.entries[0].details, { before: { status: 'returned', refunded: null }, after: { status: 'refunded', refunded: fourth!.order.total } });
      assert.ok(!JSON.stringify(log.body).includes('Too small'), 'the shopper\'s reason stays in the order only');
    });

    it('restocks and sets stock, never below zero, and refuses variants that do not track stock', async () => {
      const before = (await test.database.db.select().from(stock).where(eq(stock.variantId, 'shirt-white-l')))[0]!.quantity;
      const set = await call('PUT', '/stock/shirt-white-l', { quantity: 7 });
      assert.deepEqual(set.body, { variantId: 'shirt-white-l', productId: 'shirt', quantity: 7 });
      assert.equal((await call('POST', '/stock/shirt-white-l/adjust', { delta: 5 })).body.quantity, 12);
      const tooMany = await call('POST', '/stock/shirt-white-l/adjust', { delta: -13 });
      assertError(tooMany, 409, 'conflict');
      assert.equal(tooMany.body.error.details.available, 12);
      assert.equal((await call('POST', '/stock/shirt-white-l/adjust', { delta: -12 })).body.quantity, 0);
      assertError(await call('PUT', '/stock/shirt-white-l', { quantity: -1 }), 400, 'validation');
      assertError(await call('POST', '/stock/shirt-white-l/adjust', { delta: 1.5 }), 400, 'validation');
      assertError(await call('PUT', '/stock/no-such-variant', { quantity: 1 }), 404, 'not_found');
      assertError(await call('PUT', '/stock/ticket', { quantity: 1 }), 409, 'conflict');
      assert.equal((await test.database.db.select().from(stock).where(eq(stock.variantId, 'shirt-white-l')))[0]!.quantity, 0);
      // The shop sees it: the engine reads stock from the database.
      const shirt = await service.getProduct('shirt');
      assert.equal(shirt.variants.find((v) => v.id === 'shirt-white-l')!.stock, 0);

      const listed = await call('GET', '/stock?productId=shirt');
      assert.ok(listed.body.stock.some((row: { variantId: string; quantity: number }) => row.variantId === 'shirt-white-l' && row.quantity === 0));
      const log = await call('GET', '/audit-log?limit=3');
      assert.deepEqual(log.body.entries.map((e: AuditEntry) => [e.actor, e.action, e.details.before, e.details.after]), [
        [keyId, 'stock.adjust', { quantity: 12 }, { quantity: 0 }],
        [keyId, 'stock.adjust', { quantity: 7 }, { quantity: 12 }],
        [keyId, 'stock.set', { quantity: before }, { quantity: 7 }],
      ]);
      const older = await call('GET', `/audit-log?limit=3&cursor=${log.body.nextCursor}`);
      assert.ok(older.body.entries.every((e: AuditEntry) => e.id < log.body.entries.at(-1).id));
    });

    it('edits a product, checked like an import, and the shop prices with it from the next call', async () => {
      const current = await call('GET', '/products/mug');
      const mug: Product = current.body;
      const stockBefore = mug.variants[0]!.stock;
      const edited: Product = {
        ...mug,
        title: { 'zh-CN': '定制马克杯（新）', 'en-US': 'Custom mug (new)' },
        variants: [{ ...mug.variants[0]!, price: { amount: 5900, currency: 'CNY' }, stock: 999 }, { ...mug.variants[0]!, id: 'mug-large', sku: 'MUG-LARGE', stock: 4 }],
      };
      const saved = await call('PUT', '/products/mug', edited);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      // The tracked variant keeps its units on hand; the new one starts with the body's.
      assert.deepEqual(saved.body.product.variants.map((v: { id: string; stock: number }) => [v.id, v.stock]), [['mug', stockBefore], ['mug-large', 4]]);
      assert.equal(saved.body.catalogVersion, 2);
      const seen = await service.getProduct('mug');
      assert.deepEqual(seen.title, edited.title);
      assert.equal(seen.variants[0]!.price.amount, 5900);
      const entry = (await call('GET', '/audit-log?limit=1')).body.entries[0] as AuditEntry;
      assert.equal(entry.action, 'product.edit');
      assert.deepEqual(Object.keys(entry.details.after as object).sort(), ['title', 'variants']);

      const broken = { ...edited, categoryIds: ['nowhere'], variants: [{ ...edited.variants[0]!, price: { amount: '59', currency: 'CNY' } }] };
      const refused = await call('PUT', '/products/mug', broken);
      assertError(refused, 400, 'validation');
      assert.deepEqual(refused.body.error.fieldErrors, [{ field: 'variants[0].price.amount', code: 'invalid' }]);
      const wrongCategory = await call('PUT', '/products/mug', { ...edited, categoryIds: ['nowhere'] });
      assert.deepEqual(wrongCategory.body.error.fieldErrors, [{ field: 'categoryIds[0]', code: 'unknown_category' }]);
      assert.match(wrongCategory.body.error.details.issues[0].message, /category "nowhere", which does not exist/);
      assertError(await call('PUT', '/products/other-id', edited), 400, 'validation');
      assert.deepEqual((await call('GET', '/products/mug')).body.title, edited.title);
      assertError(await call('GET', '/products/no-such-product'), 404, 'not_found');
    });

    it('answers under {basePath}/admin when mounted in the server app', async () => {
      const orderEvents = createOrderEvents(test.database);
      try {
        const server = createServerApp({ service, database: test.database, config: { basePath: '/api', corsOrigins: [], trustProxy: 0, production: false }, orderEvents, logger: () => undefined, admin: app });
        const socket = { incoming: { socket: { remoteAddress: '192.0.2.7', remotePort: 50000, remoteFamily: 'IPv4' } } };
        const listed = await server.request('/api/admin/orders?limit=1', { headers: { Authorization: `Bearer ${key}` } }, socket);
        assert.equal(listed.status, 200);
        assert.equal(((await listed.json()) as { orders: Order[] }).orders.length, 1);
        assert.equal((await server.request('/api/admin/orders', {}, socket)).status, 401);
      } finally {
        await orderEvents.close();
      }
    });

    it('lists the messages sent, newest first, with where they went and whether they were delivered, but not the codes', async () => {
      await service.requestSignInCode({ channel: 'sms', destination: '13900000009' });
      clock = new Date(clock.getTime() + 120_000);
      await service.requestSignInCode({ channel: 'email', destination: 'someone@example.com' });
      const page = await call('GET', '/outbox?limit=1');
      assert.equal(page.body.messages.length, 1);
      const [newest] = page.body.messages;
      assert.equal(newest.destination, 'someone@example.com');
      assert.equal(newest.purpose, 'sign_in');
      assert.equal(newest.sentAt, clock.toISOString());
      assert.deepEqual(newest.delivery, { status: 'pending' });
      assert.ok(!('code' in newest), `no code without revealCodes: ${JSON.stringify(newest)}`);
      const next = await call('GET', `/outbox?limit=1&cursor=${page.body.nextCursor}`);
      assert.equal(next.body.messages[0].destination, '13900000009');
      assert.ok(!JSON.stringify(next.body).match(/"code"/), 'no code on any page');
    });

    it('shows the codes themselves with revealCodes (the server sets it outside production only)', async () => {
      const revealing = createAdminApp({ db: test.database.db, service, revealCodes: true });
      const response = await revealing.request('/outbox?limit=1', { headers: { Authorization: `Bearer ${key}` } });
      const body = (await response.json()) as { messages: { destination: string; code?: string }[] };
      assert.equal(body.messages[0]!.destination, 'someone@example.com');
      assert.match(body.messages[0]!.code ?? '', /^\d{6}$/);
    });

    it('has no simulate-payment route without the simulated provider', async () => {
      assertError(await call('POST', `/orders/${placed[0]!.order.orderNumber}/simulate-payment`), 404, 'not_found');
    });
  });
}
