import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OrderService } from '@orderzone/embedded-backend';
import { outbox } from '../db/schema.ts';
import { adminTestApp, type AdminTestApp } from '../testing/admin-test-app.ts';
import { DATABASE_KINDS } from '../testing/databases.ts';

let clock = new Date('2026-05-04T02:00:00Z');
const now = () => clock;
const fen = (amount: number) => ({ amount, currency: 'CNY' });

for (const kind of DATABASE_KINDS) {
  describe(`requests for quote in the admin API on ${kind}`, () => {
    let admin: AdminTestApp;
    let service: OrderService;
    let sessionToken: string;

    before(async () => {
      clock = new Date('2026-05-04T02:00:00Z');
      admin = await adminTestApp(kind, { now, keyName: 'Sales desk' });
      ({ service } = admin);
      await service.requestSignInCode({ channel: 'sms', destination: '13900000088' });
      const [message] = await admin.db.select().from(outbox);
      sessionToken = (await service.verifySignInCode({ channel: 'sms', destination: '13900000088', code: (message!.data as { code: string }).code })).token;
    });
    after(() => admin?.dispose());

    const call = (method: string, path: string, body?: unknown) => admin.call(method, path, body);

    it('lists a buyer’s request, answers it with prices and an expiry, shows it expired later, and logs each step', async () => {
      const sent = await service.rfqs.create(sessionToken, {
        lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 80 }, { productId: 'mug', variantId: 'mug', quantity: 20 }],
        targetDate: '2026-05-20',
        note: '发票抬头同公司名',
        contact: { name: '王芳', phone: '13900000088', email: 'wang@example.com' },
      });
      const listed = await call('GET', '/rfqs?status=requested');
      assert.equal(listed.status, 200);
      assert.deepEqual(listed.body.rfqs.map((r: { id: string }) => r.id), [sent.id]);
      assert.equal((await call('GET', '/rfqs?status=nonsense')).status, 400);

      const wrong = await call('PUT', `/rfqs/${sent.id}/offer`, { unitPrices: [fen(1900)], expiresAt: '2026-05-03T00:00:00Z' });
      assert.equal(wrong.status, 400);
      assert.ok(wrong.body.error.fieldErrors.some((e: { field: string }) => e.field === 'expiresAt'));
      const prices = sent.lines.map((_, index) => fen(1900 + index * 100));
      const answered = await call('PUT', `/rfqs/${sent.id}/offer`, { unitPrices: prices, expiresAt: '2026-05-05T02:00:00Z', note: '含税' });
      assert.equal(answered.status, 200);
      assert.equal(answered.body.status, 'quoted');
      assert.equal((await service.rfqs.get(sessionToken, sent.id)).offer?.note, '含税');

      clock = new Date('2026-05-06T00:00:00Z');
      assert.deepEqual((await call('GET', '/rfqs?status=expired')).body.rfqs.map((r: { id: string }) => r.id), [sent.id]);
      const withdrawn = await call('POST', `/rfqs/${sent.id}/withdraw`);
      assert.equal(withdrawn.body.status, 'withdrawn');
      assert.equal((await call('POST', `/rfqs/${sent.id}/withdraw`)).status, 409);
      assert.equal((await call('POST', '/rfqs/rfq_unknown/withdraw')).status, 404);

      const audit = (await call('GET', '/audit-log')).body.entries.map((e: { action: string; details: { rfqId?: string } }) => [e.action, e.details.rfqId]);
      assert.deepEqual(audit.filter(([action]: [string]) => action.startsWith('rfq.')), [['rfq.withdraw', sent.id], ['rfq.answer', sent.id]]);
    });
  });
}
