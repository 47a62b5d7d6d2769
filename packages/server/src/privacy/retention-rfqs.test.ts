import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { LineRequest, OrderRequest, Rfq } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import { auditLog, outbox, rfqs, viewedProducts } from '../db/schema.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { createServerService } from '../store/server-service.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { testShopSeed } from '../testing/test-shop-seed.ts';
import { TOMBSTONE } from './anonymise-orders.ts';
import { applyRetention } from './retention.ts';

const START = new Date('2026-05-04T02:00:00Z');
const DAY = 86_400_000;
const day = (n: number) => new Date(START.getTime() + n * DAY);
let clock = START;
const now = () => clock;

const contact = { name: 'Li Wei', phone: '13900000001', email: 'li.wei@example.com' };
const paper = (quantity: number): LineRequest => ({ productId: 'paper', variantId: 'paper-a4', quantity, personalization: {} });

for (const kind of DATABASE_KINDS) {
  describe(`retention of requests for quote and browsing history on ${kind}`, () => {
    let test: TestDatabase;
    let service: OrderService;
    let open: Rfq;
    let declined: Rfq;
    let lapsed: Rfq;
    let withdrawn: Rfq;
    let ordered: Rfq;
    let orderNumber: string;

    const storedIds = async () => (await test.database.db.select({ id: rfqs.id }).from(rfqs)).map((row) => row.id).sort();
    const retain = (at: Date) => applyRetention(test.database.db, at, { days: 30 });

    before(async () => {
      clock = START;
      test = await openTestDatabase(kind);
      await importShopSeed(test.database.db, testShopSeed());
      service = createServerService({ db: test.database.db, loadCatalog: loadShopSeed, now });
      await service.requestSignInCode({ channel: 'sms', destination: contact.phone });
      const [message] = await test.database.db.select().from(outbox);
      const token = (await service.verifySignInCode({ channel: 'sms', destination: contact.phone, code: (message!.data as { code: string }).code })).token;
      const ask = (quantity: number) => service.rfqs.create(token, { lines: [paper(quantity)], targetDate: '2026-05-20', contact });
      const offer = (rfq: Rfq, expiresAt: Date) => service.rfqs.answer(rfq.id, { unitPrices: [{ amount: 1990, currency: 'CNY' }], expiresAt: expiresAt.toISOString() });

      open = await ask(60);
      declined = await ask(70);
      await offer(declined, day(10));
      clock = day(1);
      await service.rfqs.decide(token, declined.id, 'decline');
      lapsed = await ask(80);
      await offer(lapsed, day(2));
      withdrawn = await ask(90);
      await service.rfqs.withdraw(withdrawn.id);
      ordered = await ask(120);
      await offer(ordered, day(3));
      await service.rfqs.decide(token, ordered.id, 'accept');
      const lines = [{ ...paper(120), rfqId: ordered.id }];
      const destination = { country: 'CN', region: '广东省', postalCode: '518057' };
      const quote = await service.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination });
      const request: OrderRequest = {
        currency: 'CNY', lines, contact, shippingOptionId: 'standard', paymentMethodId: 'alipay', expectedTotal: quote.total,
        shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路1号', postalCode: '518057' },
      };
      orderNumber = (await service.submitOrder(request, 'k-rfq')).order.orderNumber;
      await service.markPaid(orderNumber);
      await service.markShipped(orderNumber, { carrier: 'EMS', number: 'E1' });
      await service.markCompleted(orderNumber);
      await service.recordProductView(token, 'paper');
    });
    after(() => test.dispose());

    it('keeps everything younger than the period', async () => {
      const report = await retain(day(30));
      assert.deepEqual([report.rfqs, report.rfqsAnonymised, report.viewedProducts], [0, 0, 0]);
      assert.deepEqual(await storedIds(), [open, declined, lapsed, withdrawn, ordered].map((r) => r.id).sort());
      assert.equal((await test.database.db.select().from(viewedProducts)).length, 1);
    });

    it('deletes requests over for the period, anonymises the one ordered with its order, keeps the open one, and deletes the browsing history', async () => {
      // Day 31.5: the declined and withdrawn requests (day 1) are over for 30 days; the offer left to lapse expired on day 2.
      const first = await retain(new Date(day(31).getTime() + DAY / 2));
      assert.deepEqual([first.orders, first.rfqs, first.rfqsAnonymised, first.viewedProducts], [[orderNumber], 2, 1, 1]);
      assert.deepEqual(await storedIds(), [open.id, lapsed.id, ordered.id].sort());
      assert.deepEqual(await test.database.db.select().from(viewedProducts), []);
      const [kept] = await test.database.db.select().from(rfqs).where(eq(rfqs.id, ordered.id));
      const data = kept!.data as Rfq;
      assert.deepEqual([kept!.buyer, data.contact, data.orderNumber, data.lines[0]!.unitPrice], [TOMBSTONE, { name: TOMBSTONE, phone: TOMBSTONE, email: TOMBSTONE }, orderNumber, { amount: 1990, currency: 'CNY' }]);

      const second = await retain(day(33));
      assert.deepEqual([second.orders, second.rfqs, second.rfqsAnonymised, second.viewedProducts], [[], 1, 0, 0]);
      assert.deepEqual(await storedIds(), [open.id, ordered.id].sort(), 'the open request stays, however old');
      const entries = await test.database.db.select().from(auditLog).where(eq(auditLog.action, 'retention.apply'));
      assert.deepEqual(entries.map((e) => { const d = e.details as Record<string, unknown>; return [d['rfqs'], d['rfqsAnonymised'], d['viewedProducts']]; }), [[2, 1, 1], [1, 0, 0]]);
      assert.ok(!JSON.stringify(entries).includes('li.wei'), 'the audit log names no contact');
    });
  });
}
