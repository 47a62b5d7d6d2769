import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { isOrderZoneError, type LineRequest, type Order, type OrderRequest, type Rfq } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import { ConfigError } from '../config.ts';
import { auditLog, oneTimeCodes, orders, outbox, photoFiles, rfqs, sessions, viewedProducts } from '../db/schema.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { createServerService } from '../store/server-service.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { shirtLine, testShopSeed } from '../testing/test-shop-seed.ts';
import { TOMBSTONE } from './anonymise-orders.ts';
import { applyRetention, readRetentionDays } from './retention.ts';
import { deleteShopperData, exportShopperData } from './shopper-data.ts';

const START = new Date('2026-05-04T02:00:00Z');
let clock = START;
const now = () => clock;

const MUG: LineRequest = { productId: 'printed-mug', variantId: 'printed-mug', quantity: 1, personalization: { 'print-text': 'For Li Wei', 'greeting-card': 'thanks' } };
const SHIRT: LineRequest = shirtLine(1, 'shirt-navy-m');

async function place(service: OrderService, key: string, contact: { phone: string; email: string }, lines: LineRequest[], note?: string): Promise<{ order: Order; accessToken: string }> {
  clock = new Date(clock.getTime() + 60_000);
  const destination = { country: 'CN', region: '广东省', postalCode: '518057' };
  const quote = await service.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination });
  const request: OrderRequest = {
    currency: 'CNY',
    lines,
    contact: { name: 'Li Wei', ...contact },
    shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路1号', postalCode: '518057' },
    shippingOptionId: 'standard',
    paymentMethodId: 'alipay',
    expectedTotal: quote.total,
    ...(note ? { note } : {}),
  };
  return service.submitOrder(request, key);
}

for (const kind of DATABASE_KINDS) {
  describe(`shoppers' personal data on ${kind}`, () => {
    let test: TestDatabase;
    let service: OrderService;
    let refunded: { order: Order; accessToken: string };
    let open: { order: Order; accessToken: string };
    let someoneElse: { order: Order; accessToken: string };
    let sessionToken: string;
    let asked: Rfq;
    let quoted: Rfq;
    let rfqOrder: { order: Order; accessToken: string };
    const liWei = { phone: '13900000001', email: 'li.wei@example.com' };

    before(async () => {
      clock = START;
      test = await openTestDatabase(kind);
      await importShopSeed(test.database.db, testShopSeed());
      service = createServerService({ db: test.database.db, loadCatalog: loadShopSeed, now });
      // A refunded order with a note, a printed text and the shopper's reason; an order still unpaid; another shopper's order.
      refunded = await place(service, 'k1', liWei, [MUG], 'Call Li Wei at the gate');
      await service.markPaid(refunded.order.orderNumber);
      await service.requestRefund(refunded.order.orderNumber, { accessToken: refunded.accessToken }, { reason: 'Li Wei moved house' });
      await service.approveRefund(refunded.order.orderNumber, { note: 'Refunded to Alipay' });
      open = await place(service, 'k2', { phone: '+86 139 0000 0001', email: 'LI.WEI@example.com' }, [SHIRT]);
      someoneElse = await place(service, 'k3', { phone: '13700000002', email: 'other@example.com' }, [SHIRT]);
      await test.database.db.insert(photoFiles).values({ id: 'photo-1', orderNumber: refunded.order.orderNumber, contentType: 'image/jpeg', bytes: 3, content: new Uint8Array([1, 2, 3]) });
      // Li Wei signs in (a code sent, a session), and a code is waiting for the other shopper.
      await service.requestSignInCode({ channel: 'sms', destination: '+86 139-0000-0001' });
      const [message] = await test.database.db.select().from(outbox);
      sessionToken = (await service.verifySignInCode({ channel: 'sms', destination: '13900000001', code: (message!.data as { code: string }).code })).token;
      await service.requestSignInCode({ channel: 'email', destination: 'other@example.com' });
      // Signed in, Li Wei asks two quotes; one is answered, accepted and ordered. Li Wei views a product.
      const contact = { name: 'Li Wei', phone: '13900000001', email: 'li.wei@example.com' };
      const paper = (quantity: number) => ({ productId: 'paper', variantId: 'paper-a4', quantity });
      asked = await service.rfqs.create(sessionToken, { lines: [paper(60)], targetDate: '2026-05-20', note: 'Li Wei needs it by Friday', contact });
      clock = new Date(clock.getTime() + 60_000);
      quoted = await service.rfqs.create(sessionToken, { lines: [paper(120)], targetDate: '2026-05-20', note: 'Call Li Wei first', contact });
      await service.rfqs.answer(quoted.id, { unitPrices: [{ amount: 1990, currency: 'CNY' }], expiresAt: new Date(clock.getTime() + 86_400_000).toISOString() });
      await service.rfqs.decide(sessionToken, quoted.id, 'accept');
      rfqOrder = await place(service, 'k-rfq', liWei, [{ ...paper(120), personalization: {}, rfqId: quoted.id }]);
      await service.recordProductView(sessionToken, 'paper');
    });
    after(() => test.dispose());

    it('exports every order, session and message of a phone number, without secrets, and logs it without the contact', async () => {
      const exported = await exportShopperData(test.database.db, '+86 139 0000 0001', { now: new Date('2026-05-05T00:00:00Z') });
      assert.equal(exported.format, 'orderzone-shopper-data');
      assert.equal(exported.contact, '13900000001');
      assert.deepEqual(exported.contacts, ['13900000001', 'li.wei@example.com']);
      assert.deepEqual(exported.orders.map((o) => o.orderNumber), [refunded.order.orderNumber, open.order.orderNumber, rfqOrder.order.orderNumber]);
      assert.deepEqual(exported.rfqs.map((r) => [r.id, r.status, r.note, r.orderNumber]), [[asked.id, 'requested', 'Li Wei needs it by Friday', undefined], [quoted.id, 'accepted', 'Call Li Wei first', rfqOrder.order.orderNumber]]);
      assert.deepEqual(exported.viewedProducts.map((v) => [v.contact, v.productIds]), [['13900000001', ['paper']]]);
      assert.equal(exported.orders[0]!.note, 'Call Li Wei at the gate');
      assert.equal(exported.sessions.length, 1);
      assert.equal(exported.messages.length, 1);
      assert.ok(!JSON.stringify(exported).includes(sessionToken), 'no session token');
      assert.ok(!('code' in exported.messages[0]!), 'no code');
      const byEmail = await exportShopperData(test.database.db, 'Li.Wei@Example.com');
      assert.equal(byEmail.orders.length, 3);
      assert.equal(byEmail.rfqs.length, 2);

      const [entry] = await test.database.db.select().from(auditLog).where(eq(auditLog.action, 'shopper.export'));
      assert.equal(entry!.actor, 'cli');
      assert.deepEqual(entry!.details, { orders: [refunded.order.orderNumber, open.order.orderNumber, rfqOrder.order.orderNumber], sessions: 1, messages: 1, rfqs: 2, viewedProducts: 1 });
      assert.ok(!JSON.stringify(entry).includes('13900000001'));
      await assert.rejects(exportShopperData(test.database.db, '--'), (error: unknown) => isOrderZoneError(error) && error.code === 'validation');
    });

    it('refuses to delete while an order is in progress, unless asked to, and then keeps orders for accounting with the personal data gone', async () => {
      const refused = await deleteShopperData(test.database.db, 'li.wei@example.com').catch((error: unknown) => error);
      assert.ok(isOrderZoneError(refused) && refused.code === 'conflict', String(refused));
      assert.deepEqual([...refused.details.openOrders as string[]].sort(), [open.order.orderNumber, rfqOrder.order.orderNumber].sort());
      assert.equal((await exportShopperData(test.database.db, 'li.wei@example.com')).orders[0]!.contact.name, 'Li Wei', 'nothing changed');

      await service.recordProductView(sessionToken, 'shirt');
      assert.equal((await test.database.db.select().from(viewedProducts)).length, 1);
      const deleted = await deleteShopperData(test.database.db, 'li.wei@example.com', { includeOpenOrders: true });
      assert.deepEqual(deleted, { orders: [refunded.order.orderNumber, open.order.orderNumber, rfqOrder.order.orderNumber].sort(), sessions: 1, codes: 1, messages: 1, accessTokens: 3, photos: 1, rfqs: 1, rfqsAnonymised: 1, viewedProducts: 1 });
      // The request never ordered is gone; the one ordered stays with its order, its prices kept, who asked gone.
      const left = await test.database.db.select().from(rfqs);
      assert.deepEqual(left.map((row) => [row.id, row.buyer]), [[quoted.id, TOMBSTONE]]);
      const kept = left[0]!.data as Rfq;
      assert.deepEqual([kept.contact, kept.note, kept.orderNumber, kept.lines[0]!.unitPrice], [{ name: TOMBSTONE, phone: TOMBSTONE, email: TOMBSTONE }, TOMBSTONE, rfqOrder.order.orderNumber, { amount: 1990, currency: 'CNY' }]);
      assert.ok(!JSON.stringify(kept).includes('Li Wei'));

      const [row] = await test.database.db.select().from(orders).where(eq(orders.orderNumber, refunded.order.orderNumber));
      const order = row!.data as Order;
      assert.deepEqual([row!.contactPhone, row!.contactEmail], [TOMBSTONE, TOMBSTONE]);
      assert.deepEqual(order.contact, { name: TOMBSTONE, phone: TOMBSTONE, email: TOMBSTONE });
      assert.deepEqual(order.shippingAddress, { country: 'CN', region: TOMBSTONE, city: TOMBSTONE, district: TOMBSTONE, line1: TOMBSTONE, postalCode: TOMBSTONE });
      assert.equal(order.note, TOMBSTONE);
      assert.deepEqual(order.lines[0]!.personalization, { 'print-text': TOMBSTONE, 'greeting-card': 'thanks' });
      assert.deepEqual(order.history!.map((h) => [h.action ?? 'created', h.note]), [['created', undefined], ['confirm_payment', undefined], ['request_refund', TOMBSTONE], ['approve_refund', 'Refunded to Alipay']]);
      // What accounting needs stays: the refund request's lines and amount, not its reason.
      assert.deepEqual([order.status, order.total, order.lines[0]!.sku], ['refunded', refunded.order.total, 'PRINTED-MUG']);
      assert.deepEqual([order.afterSales![0]!.reason, order.afterSales![0]!.refunded, order.refunded], [TOMBSTONE, refunded.order.total, refunded.order.total]);
      assert.ok(!JSON.stringify(order).includes('Li Wei'));

      // Nothing opens the orders or the session any more, and nothing is left to find.
      for (const placed of [refunded, open]) {
        await assert.rejects(service.getOrder(placed.order.orderNumber, { accessToken: placed.accessToken }), (error: unknown) => isOrderZoneError(error) && error.code === 'not_found');
      }
      await assert.rejects(service.listOrders(sessionToken), (error: unknown) => isOrderZoneError(error) && error.code === 'unauthorized');
      assert.equal((await test.database.db.select().from(photoFiles)).length, 0);
      assert.deepEqual((await exportShopperData(test.database.db, '13900000001')).orders, []);
      assert.equal((await test.database.db.select().from(sessions)).length, 0);
      assert.deepEqual(await test.database.db.select().from(viewedProducts), [], 'the browsing history of the account is gone');

      // The other shopper is untouched.
      assert.equal((await service.getOrder(someoneElse.order.orderNumber, { accessToken: someoneElse.accessToken })).contact.email, 'other@example.com');
      assert.equal((await test.database.db.select().from(oneTimeCodes)).length, 1);
      assert.equal((await test.database.db.select().from(outbox)).length, 1);

      const [entry] = await test.database.db.select().from(auditLog).where(eq(auditLog.action, 'shopper.delete'));
      assert.deepEqual(entry!.details, { ...deleted });
      assert.ok(!JSON.stringify(entry).toLowerCase().includes('li.wei'));
    });

    it('anonymises closed orders and old messages after the retention period, as the system', async () => {
      assert.equal(readRetentionDays({}), undefined);
      assert.equal(readRetentionDays({ ORDERZONE_RETENTION_DAYS: ' 30 ' }), 30);
      assert.throws(() => readRetentionDays({ ORDERZONE_RETENTION_DAYS: 'a month' }), ConfigError);
      assert.throws(() => readRetentionDays({ ORDERZONE_RETENTION_DAYS: '0' }), ConfigError);

      // The other shopper's order completes; a new one stays unpaid.
      await service.markPaid(someoneElse.order.orderNumber);
      await service.markShipped(someoneElse.order.orderNumber, { carrier: 'EMS', number: 'E1' });
      await service.markCompleted(someoneElse.order.orderNumber);
      const unpaid = await place(service, 'k4', { phone: '13700000002', email: 'other@example.com' }, [SHIRT]);

      assert.deepEqual(await applyRetention(test.database.db, new Date(START.getTime() + 40 * 86_400_000), { days: undefined }), { orders: [], messages: 0, rfqs: 0, rfqsAnonymised: 0, viewedProducts: 0 });
      assert.deepEqual(await applyRetention(test.database.db, new Date(START.getTime() + 29 * 86_400_000), { days: 30 }), { days: 30, orders: [], messages: 0, rfqs: 0, rfqsAnonymised: 0, viewedProducts: 0 });
      const report = await applyRetention(test.database.db, new Date(START.getTime() + 31 * 86_400_000), { days: 30 });
      assert.deepEqual(report, { days: 30, orders: [someoneElse.order.orderNumber], messages: 1, rfqs: 0, rfqsAnonymised: 0, viewedProducts: 0 });
      const rows = await test.database.db.select().from(orders).where(eq(orders.contactEmail, 'other@example.com'));
      assert.deepEqual(rows.map((r) => r.orderNumber), [unpaid.order.orderNumber], 'the unpaid order keeps its contact');
      assert.equal((await test.database.db.select().from(outbox)).length, 0);
      const [entry] = await test.database.db.select().from(auditLog).where(eq(auditLog.action, 'retention.apply'));
      assert.equal(entry!.actor, 'system');
      assert.deepEqual((entry!.details as { orders: string[] }).orders, [someoneElse.order.orderNumber]);
      // A second run finds nothing more.
      assert.deepEqual(await applyRetention(test.database.db, new Date(START.getTime() + 31 * 86_400_000), { days: 30 }), { days: 30, orders: [], messages: 0, rfqs: 0, rfqsAnonymised: 0, viewedProducts: 0 });
      assert.equal((await test.database.db.select().from(auditLog).where(eq(auditLog.action, 'retention.apply'))).length, 1);
      // Without options, the period is the environment's.
      process.env.ORDERZONE_RETENTION_DAYS = '7';
      try {
        assert.equal((await applyRetention(test.database.db, new Date(START.getTime() + 31 * 86_400_000))).days, 7);
      } finally {
        delete process.env.ORDERZONE_RETENTION_DAYS;
      }
    });
  });
}
