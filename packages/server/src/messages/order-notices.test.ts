import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import type { Order, OrderRequest } from '@orderzone/core';
import { openDatabase, type Database } from '../db/database.ts';
import { orderNotices, orders, outbox } from '../db/schema.ts';
import { createServerService } from '../store/server-service.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { shirtLine, testShopSeed } from '../testing/test-shop-seed.ts';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { startMessageWorker, type MessageWorker } from './message-worker.ts';
import { deliverDueMessages } from './outbox-delivery.ts';
import { noticeContent, noticeKindOf, queueOrderNotices, scanOrderNotices } from './order-notices.ts';
import type { MessageSettings } from './render-message.ts';
import { createSmtpEmailChannel } from './smtp-email-channel.ts';

const START = new Date('2026-05-04T02:00:00Z');
const settings: MessageSettings = { shopName: { 'zh-CN': '小店', 'en-US': 'Little Shop' }, defaultLocale: 'zh-CN', timeZone: 'Asia/Shanghai' };
const CONTACT_NAME = '张三丰';
const PHONE = '13812345678';
const STREET = '世纪大道100号';

describe('the notice of a refund of part of an order', () => {
  it('tells the shopper the refund was approved, and how much goes back', () => {
    const at = '2026-05-04T03:00:00.000Z';
    const cny = (amount: number) => ({ amount, currency: 'CNY' });
    const order = {
      orderNumber: 'OZ-7KD4M-9QXT2', lines: [{ title: 'Tee', quantity: 2 }], total: cny(19830),
      history: [{ status: 'pending_payment', at: START.toISOString() }, { status: 'paid', at, action: 'partial_refund', note: 'One shirt' }],
      afterSales: [{ id: 'AS1', kind: 'refund', status: 'refunded', decidedAt: at, refunded: cny(7110), lines: [] }],
    } as unknown as Order;
    assert.equal(noticeKindOf(order, 1), 'refund_decided');
    assert.deepEqual(noticeContent(order, 1, 'refund_decided', 'en-US'), {
      kind: 'refund_decided', approved: true, note: 'One shirt', amount: cny(7110), order: { orderNumber: 'OZ-7KD4M-9QXT2', lines: [{ title: 'Tee', quantity: 2 }], total: cny(19830) },
    });
  });
});

for (const kind of DATABASE_KINDS) {
  describe(`order notices on ${kind}`, () => {
    let test: TestDatabase;
    let smtp: SmtpTestServer;
    let now = START;
    const clock = () => now;
    let serial = 0;
    before(async () => {
      test = await openTestDatabase(kind);
      await importShopSeed(test.database.db, testShopSeed());
      smtp = await startSmtpTestServer();
    });
    after(async () => {
      await smtp?.close();
      await test?.dispose();
    });
    beforeEach(() => {
      smtp.received.length = 0;
      now = new Date(now.getTime() + 2 * 60 * 60_000);
    });

    const db = () => test.database.db;
    const service = () => createServerService({ db: db(), loadCatalog: loadShopSeed, now: clock, engine: { unpaidOrderMinutes: 30 } });
    const channels = () => ({ email: createSmtpEmailChannel({ transport: { host: '127.0.0.1', port: smtp.port, ignoreTLS: true }, from: '"小店" <no-reply@shop.example>' }) });
    const deliver = () => deliverDueMessages(db(), channels(), { settings, now: clock });

    /** Places an order (awaiting payment by Alipay) for a new shopper; its number, token and e-mail address. */
    async function placeOrder(): Promise<{ orderNumber: string; accessToken: string; email: string }> {
      const n = ++serial;
      const email = `buyer${n}@example.com`;
      const line = shirtLine(1, 'shirt-navy-m');
      const quote = await service().quote({ currency: 'CNY', lines: [line], shippingOptionId: 'standard', destination: { country: 'CN' } });
      const request: OrderRequest = {
        currency: 'CNY',
        lines: [line],
        contact: { name: CONTACT_NAME, phone: `${PHONE.slice(0, -2)}${String(n).padStart(2, '0')}`, email },
        shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: STREET, postalCode: '200120' },
        shippingOptionId: 'standard',
        paymentMethodId: 'alipay',
        expectedTotal: quote.total,
      };
      const placed = await service().submitOrder(request, `order-${kind}-${n}`);
      return { orderNumber: placed.order.orderNumber, accessToken: placed.accessToken, email };
    }

    it('e-mails the order contact once per status change, in the shop language, with what the notice needs and nothing personal', async () => {
      const { orderNumber, accessToken, email } = await placeOrder();
      assert.equal((await queueOrderNotices(db(), orderNumber, { settings, now: clock })).length, 1);
      assert.deepEqual(await queueOrderNotices(db(), orderNumber, { settings, now: clock }), [], 'a repeat queues nothing');
      await service().markPaid(orderNumber);
      await service().requestRefund(orderNumber, { accessToken }, { reason: 'Ordered the wrong size' });
      await service().rejectRefund(orderNumber, { note: 'Already <packed> & labelled' });
      await service().markShipped(orderNumber, { carrier: '顺丰速运', number: 'SF1234567890' });
      assert.equal((await queueOrderNotices(db(), orderNumber, { settings, now: clock })).length, 3, 'paid, refund decided, shipped (the refund request itself sends nothing)');
      assert.deepEqual(await queueOrderNotices(db(), orderNumber, { settings, now: clock }), []);
      assert.deepEqual(await deliver(), { delivered: 4, retrying: 0, failed: 0, expired: 0 });

      const subjects = smtp.received.map((mail) => mail.parsed.subject);
      assert.deepEqual(subjects, [
        `小店：已收到您的订单 ${orderNumber}`,
        `小店：订单 ${orderNumber} 已付款`,
        `小店：订单 ${orderNumber} 的退款申请未通过`,
        `小店：订单 ${orderNumber} 已发货`,
      ]);
      assert.deepEqual(new Set(smtp.received.map((mail) => mail.to[0])), new Set([email]));
      const [placed, , refused, shipped] = smtp.received;
      assert.match(placed!.parsed.text!, /\n- 测试衬衫 \(M \/ 藏青\) × 1\n\n订单号: OZ-[0-9A-Z-]+\n合计: ¥91\.00\n/);
      assert.match(placed!.parsed.text!, /订单待支付，请在 .+ 前完成支付/);
      assert.match(refused!.parsed.text!, /商家备注: Already <packed> & labelled/);
      assert.match(String(refused!.parsed.html), /Already &lt;packed&gt; &amp; labelled/);
      assert.match(shipped!.parsed.text!, /快递公司: 顺丰速运\n运单号: SF1234567890/);
      for (const mail of smtp.received) {
        const everything = mail.raw + mail.parsed.text + String(mail.parsed.html);
        for (const personal of [CONTACT_NAME, PHONE.slice(0, 7), STREET, accessToken]) assert.equal(everything.includes(personal), false, `no ${personal} in a notice`);
      }
      const recorded = await db().select().from(orderNotices).where(eq(orderNotices.orderNumber, orderNumber)).orderBy(orderNotices.historyIndex);
      assert.deepEqual(
        recorded.map((r) => [r.historyIndex, r.notice, r.outcome]),
        [[0, 'order_placed', 'queued'], [1, 'order_paid', 'queued'], [2, null, 'none'], [3, 'refund_decided', 'queued'], [4, 'order_shipped', 'queued']],
      );
    });

    it('writes in the order locale when it has one', async () => {
      const { orderNumber } = await placeOrder();
      await db().update(orders).set({ data: sql`${orders.data} || '{"locale":"en-US"}'::jsonb` }).where(eq(orders.orderNumber, orderNumber));
      await queueOrderNotices(db(), orderNumber, { settings, now: clock });
      await deliver();
      assert.deepEqual(smtp.received.map((m) => m.parsed.subject), [`Order ${orderNumber} received: Little Shop`]);
      assert.match(String(smtp.received[0]!.parsed.html), /<html lang="en-US">/);
    });

    it('does not notify a change older than a day, and finds changes nobody was told of by a scan', async () => {
      const { orderNumber } = await placeOrder();
      now = new Date(now.getTime() + 25 * 60 * 60_000);
      await service().markPaid(orderNumber);
      const queued = await scanOrderNotices(db(), new Date(Date.now() - 60_000), { settings, now: clock });
      assert.ok(queued.includes(`N-${orderNumber}-1`));
      assert.equal(queued.includes(`N-${orderNumber}-0`), false);
      const recorded = await db().select().from(orderNotices).where(eq(orderNotices.orderNumber, orderNumber)).orderBy(orderNotices.historyIndex);
      assert.deepEqual(recorded.map((r) => [r.notice, r.outcome]), [['order_placed', 'too_old'], ['order_paid', 'queued']]);
      assert.deepEqual(await scanOrderNotices(db(), new Date(Date.now() - 60_000), { settings, now: clock }), [], 'a second scan finds nothing new');
      await deliver();
    });

    it('two instances hearing NOTIFY order_changed send each notice exactly once', async () => {
      await deliver();
      smtp.received.length = 0;
      const second: Database = kind === 'postgres' ? await openDatabase(test.config) : test.database;
      const common = { settings, now: clock, intervalMs: 60 * 60_000, onError: (error: unknown) => assert.fail(String(error)) };
      const workers: MessageWorker[] = [
        await startMessageWorker({ ...common, db: test.database.db, listen: test.database.listen, channels: channels() }),
        await startMessageWorker({ ...common, db: second.db, listen: second.listen, channels: channels() }),
      ];
      try {
        await Promise.all(workers.map((w) => w.idle()));
        const placed = [await placeOrder(), await placeOrder(), await placeOrder()];
        for (const { orderNumber } of placed) {
          await service().markPaid(orderNumber);
          await service().markShipped(orderNumber, { carrier: 'SF Express', number: `SF${orderNumber}` });
        }
        await smtp.waitFor(9);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await Promise.all(workers.map((w) => w.idle()));
        const subjects = smtp.received.map((m) => m.parsed.subject!).sort();
        const expected = placed.flatMap(({ orderNumber }) => [`小店：已收到您的订单 ${orderNumber}`, `小店：订单 ${orderNumber} 已付款`, `小店：订单 ${orderNumber} 已发货`]).sort();
        assert.deepEqual(subjects, expected);
        const notices = await db().select().from(outbox).where(sql`${outbox.id} like 'N-%' and ${outbox.deliveredAt} is null`);
        assert.deepEqual(notices, []);
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
        if (second !== test.database) await second.close();
      }
    });
  });
}
