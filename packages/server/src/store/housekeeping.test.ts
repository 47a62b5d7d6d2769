import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createDemoShop } from '@orderzone/embedded-backend';
import { orders, stock } from '../db/schema.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { runHousekeeping } from './housekeeping.ts';
import { createServerService } from './server-service.ts';

const START = new Date('2026-05-04T02:00:00Z');

for (const kind of DATABASE_KINDS) {
  describe(`housekeeping on ${kind}`, () => {
    let test: TestDatabase;
    let now = START;
    before(async () => {
      test = await openTestDatabase(kind);
      await importShopSeed(test.database.db, createDemoShop(START));
    });
    after(() => test?.dispose());

    it('cancels the orders not paid by their payBy and gives their stock back, leaving the others alone', async () => {
      const db = test.database.db;
      const service = createServerService({ db, loadCatalog: loadShopSeed, now: () => now, engine: { unpaidOrderMinutes: 30 } });
      const line = { productId: 'cotton-tee', variantId: 'tee-navy-m', quantity: 2, personalization: {} };
      const quote = await service.quote({ currency: 'CNY', lines: [line], shippingOptionId: 'standard', destination: { country: 'CN' } });
      const request = {
        currency: 'CNY',
        lines: [line],
        contact: { name: '张三', phone: '13800138000', email: 'zhang@example.com' },
        shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
        shippingOptionId: 'standard',
        paymentMethodId: 'alipay',
        expectedTotal: quote.total,
      };
      const stockNow = async (): Promise<number> => (await db.select().from(stock).where(eq(stock.variantId, 'tee-navy-m')))[0]!.quantity;
      const before = await stockNow();
      const old = (await service.submitOrder(request, 'old')).order;
      now = new Date(START.getTime() + 20 * 60_000);
      const recent = (await service.submitOrder(request, 'recent')).order;
      now = new Date(START.getTime() + 35 * 60_000);
      const report = await runHousekeeping(db, service, now);
      assert.deepEqual(report.expiredOrders, [old.orderNumber]);
      const statuses = Object.fromEntries((await db.select().from(orders)).map((o) => [o.orderNumber, o.status]));
      assert.deepEqual(statuses, { [old.orderNumber]: 'cancelled', [recent.orderNumber]: 'pending_payment' });
      assert.equal(await stockNow(), before - 2, 'the expired order gave its two back');
      // A second round finds nothing more to do.
      assert.deepEqual((await runHousekeeping(db, service, now)).expiredOrders, []);
    });
  });
}
