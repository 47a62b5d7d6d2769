import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { CODE_TTL_MS, type OutboxMessage } from '@orderzone/embedded-backend';
import { openDatabase, type Database } from '../db/database.ts';
import { oneTimeCodes, outbox } from '../db/schema.ts';
import { createServerService } from '../store/server-service.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { testShopSeed } from '../testing/test-shop-seed.ts';
import { startSmtpTestServer, type SmtpTestServer } from '../testing/smtp-test-server.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { startMessageWorker } from './message-worker.ts';
import { deliverDueMessages } from './outbox-delivery.ts';
import { notifyOutbox } from './outbox-notify.ts';
import type { MessageSettings } from './render-message.ts';
import { createSmtpEmailChannel } from './smtp-email-channel.ts';

const START = new Date('2026-05-04T02:00:00Z');
const settings: MessageSettings = { shopName: { 'zh-CN': '小店', 'en-US': 'Little Shop' }, defaultLocale: 'zh-CN', timeZone: 'Asia/Shanghai' };
const TRY_LATER = () => ({ replyCode: 451, message: '4.3.0 Try again later' });

for (const kind of DATABASE_KINDS) {
  describe(`outbox delivery on ${kind}`, () => {
    let test: TestDatabase;
    let smtp: SmtpTestServer;
    let now = START;
    const clock = () => now;
    before(async () => {
      test = await openTestDatabase(kind);
      await importShopSeed(test.database.db, testShopSeed());
      smtp = await startSmtpTestServer();
    });
    after(async () => {
      await smtp?.close();
      await test?.dispose();
    });
    beforeEach(async () => {
      await test.database.db.delete(outbox);
      await test.database.db.delete(oneTimeCodes);
      smtp.received.length = 0;
      smtp.behave(() => undefined);
      now = new Date(now.getTime() + 2 * 60 * 60_000);
    });

    const email = () => ({ email: createSmtpEmailChannel({ transport: { host: '127.0.0.1', port: smtp.port, ignoreTLS: true }, from: '"小店" <no-reply@shop.example>' }) });
    const service = () => createServerService({ db: test.database.db, loadCatalog: loadShopSeed, now: clock });
    const rows = () => test.database.db.select().from(outbox).orderBy(outbox.sentAt, outbox.id);
    /** Everything the database holds about codes and messages, as text. */
    const storedText = async () => JSON.stringify([await rows(), await test.database.db.select().from(oneTimeCodes)]);

    it('e-mails a sign-in code the engine made, which then signs the shopper in; afterwards the database holds no code', async () => {
      const sent = await service().requestSignInCode({ channel: 'email', destination: 'Shopper@Example.com' });
      const [queued] = await rows();
      const code = (queued!.data as OutboxMessage).code;
      assert.match(code, /^\d{6}$/);
      const report = await deliverDueMessages(test.database.db, email(), { settings, now: clock });
      assert.deepEqual(report, { delivered: 1, retrying: 0, failed: 0, expired: 0 });
      const mail = smtp.received[0]!;
      // As the shopper typed it (nodemailer writes the domain in lower case, as domains are).
      assert.deepEqual(mail.to, ['Shopper@example.com']);
      assert.equal(mail.parsed.subject, `小店登录验证码：${code}`);
      assert.match(mail.parsed.text!, new RegExp(`请输入以下验证码登录小店：\\n\\n {4}${code}\\n\\n验证码 ${CODE_TTL_MS / 60_000} 分钟内有效`));
      assert.match(String(mail.parsed.html), new RegExp(`<html lang="zh-CN">[\\s\\S]*>${code}</p>`));
      const [row] = await rows();
      assert.equal(row!.deliveredAt !== null, true);
      assert.deepEqual([row!.deliveredVia, row!.attempts, row!.lastError, row!.failedAt], ['smtp', 1, null, null]);
      assert.equal((await storedText()).includes(code), false, 'no code left in the database');
      assert.equal(sent.maskedDestination, 's***@example.com');
      const session = await service().verifySignInCode({ channel: 'email', destination: 'shopper@example.com', code });
      assert.equal(session.shopper.email, 'shopper@example.com');
    });

    it('keeps a delivered code in its row with keepCodes (outside production, for the demo console)', async () => {
      await service().requestSignInCode({ channel: 'email', destination: 'demo@example.com' });
      const code = ((await rows())[0]!.data as OutboxMessage).code;
      assert.deepEqual(await deliverDueMessages(test.database.db, email(), { settings, now: clock, keepCodes: true }), { delivered: 1, retrying: 0, failed: 0, expired: 0 });
      const [row] = await rows();
      assert.equal(row!.deliveredVia, 'smtp');
      assert.equal((row!.data as OutboxMessage).code, code);
    });

    it('does not send a code that expired before it could be sent, and erases it', async () => {
      await service().requestSignInCode({ channel: 'email', destination: 'late@example.com' });
      const code = ((await rows())[0]!.data as OutboxMessage).code;
      now = new Date(now.getTime() + CODE_TTL_MS);
      const report = await deliverDueMessages(test.database.db, email(), { settings, now: clock });
      assert.deepEqual(report, { delivered: 0, retrying: 0, failed: 0, expired: 1 });
      assert.equal(smtp.received.length, 0);
      const [row] = await rows();
      assert.deepEqual([row!.deliveredAt, row!.lastError, row!.failedAt !== null], [null, 'expired', true]);
      assert.equal((await storedText()).includes(code), false);
    });

    it('tries a refusing mail server again after a growing wait, and delivers once it accepts', async () => {
      smtp.behave(TRY_LATER);
      await service().requestSignInCode({ channel: 'email', destination: 'retry@example.com' });
      const deliver = () => deliverDueMessages(test.database.db, email(), { settings, now: clock });
      assert.deepEqual(await deliver(), { delivered: 0, retrying: 1, failed: 0, expired: 0 });
      let [row] = await rows();
      assert.deepEqual([row!.attempts, row!.lastError, Date.parse(row!.nextAttemptAt!)], [1, 'smtp EMESSAGE 451 4.3.0', now.getTime() + 30_000]);
      assert.deepEqual(await deliver(), { delivered: 0, retrying: 0, failed: 0, expired: 0 }, 'not due before its wait is over');
      now = new Date(now.getTime() + 30_000);
      assert.deepEqual(await deliver(), { delivered: 0, retrying: 1, failed: 0, expired: 0 });
      [row] = await rows();
      assert.deepEqual([row!.attempts, Date.parse(row!.nextAttemptAt!)], [2, now.getTime() + 60_000], 'the wait doubled');
      smtp.behave(() => undefined);
      now = new Date(now.getTime() + 60_000);
      assert.deepEqual(await deliver(), { delivered: 1, retrying: 0, failed: 0, expired: 0 });
      [row] = await rows();
      assert.deepEqual([row!.attempts, row!.lastError, row!.deliveredVia], [3, null, 'smtp']);
      assert.equal(smtp.refused, 2);
      assert.deepEqual(smtp.received.map((m) => m.to[0]), ['retry@example.com']);
    });

    it('gives up after the last try and records why, without the address or the code; loses no message of a flaky server', async () => {
      smtp.behave(TRY_LATER);
      const engine = service();
      await engine.requestSignInCode({ channel: 'email', destination: 'never@example.com' });
      const options = { settings, now: clock, maxAttempts: 3, retryDelayMs: () => 10_000 };
      for (let i = 0; i < 3; i++) {
        await deliverDueMessages(test.database.db, email(), options);
        now = new Date(now.getTime() + 10_000);
      }
      const [row] = await rows();
      assert.deepEqual([row!.attempts, row!.lastError, row!.failedAt !== null, row!.deliveredAt], [3, 'smtp EMESSAGE 451 4.3.0', true, null]);
      assert.equal('code' in (row!.data as object), false);
      assert.doesNotMatch(row!.lastError!, /@|\d{6}/, 'no address and no code in the recorded reason');

      // Eight messages through a server that refuses every other one at first: each is delivered exactly once.
      await test.database.db.delete(outbox);
      smtp.behave((n) => (n % 2 === 1 ? TRY_LATER() : undefined));
      const destinations = Array.from({ length: 8 }, (_, i) => `flaky${i}@example.com`);
      for (const destination of destinations) await engine.requestSignInCode({ channel: 'email', destination });
      for (let round = 0; round < 6; round++) {
        await deliverDueMessages(test.database.db, email(), { ...options, maxAttempts: 8, batchSize: 3 });
        now = new Date(now.getTime() + 10_000);
      }
      assert.deepEqual(smtp.received.map((m) => m.to[0]).sort(), destinations.slice().sort());
      const states = (await rows()).map((r) => [r.destination, r.deliveredAt !== null, r.failedAt]).sort();
      assert.deepEqual(states, destinations.map((d) => [d, true, null]));
    });

    it('two workers on one database, woken by NOTIFY outbox, send each message exactly once', async () => {
      const slow = await startSmtpTestServer({ delayMs: 15 });
      // On PostgreSQL the second worker has a database connection pool of its own, as a second server instance would.
      const second: Database = kind === 'postgres' ? await openDatabase(test.config) : test.database;
      const channels = (port: number) => ({ email: createSmtpEmailChannel({ transport: { host: '127.0.0.1', port, ignoreTLS: true }, from: 'no-reply@shop.example' }) });
      const common = { settings, now: clock, intervalMs: 60 * 60_000, orderNotices: false, batchSize: 4, onError: (error: unknown) => assert.fail(String(error)) };
      const workers = [
        await startMessageWorker({ ...common, db: test.database.db, listen: test.database.listen, channels: channels(slow.port) }),
        await startMessageWorker({ ...common, db: second.db, listen: second.listen, channels: channels(slow.port) }),
      ];
      try {
        await Promise.all(workers.map((w) => w.idle()));
        const destinations = Array.from({ length: 24 }, (_, i) => `buyer${String(i).padStart(2, '0')}@example.com`);
        const engine = service();
        for (const destination of destinations) await engine.requestSignInCode({ channel: 'email', destination });
        await notifyOutbox(test.database.db);
        await slow.waitFor(24);
        await Promise.all(workers.map((w) => w.idle()));
        assert.deepEqual(slow.received.map((m) => m.to[0]).sort(), destinations);
        const delivered = await test.database.db.select({ attempts: outbox.attempts }).from(outbox).where(sql`${outbox.deliveredAt} is not null`);
        assert.deepEqual(delivered.map((r) => r.attempts), destinations.map(() => 1));
        const [left] = await test.database.db.select({ n: sql<number>`count(*)::int` }).from(outbox).where(eq(outbox.attempts, 0));
        assert.equal(left!.n, 0);
      } finally {
        await Promise.all(workers.map((w) => w.stop()));
        if (second !== test.database) await second.close();
        await slow.close();
      }
    });
  });
}
