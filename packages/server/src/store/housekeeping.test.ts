import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { orders, pendingReturnPhotos, photoFiles, stock } from '../db/schema.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { shirtLine, testShopSeed } from '../testing/test-shop-seed.ts';
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
      await importShopSeed(test.database.db, testShopSeed());
    });
    after(() => test?.dispose());

    it('cancels the orders not paid by their payBy and gives their stock back, leaving the others alone', async () => {
      const db = test.database.db;
      const service = createServerService({ db, loadCatalog: loadShopSeed, now: () => now, engine: { unpaidOrderMinutes: 30 } });
      const line = shirtLine(2, 'shirt-navy-m');
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
      const stockNow = async (): Promise<number> => (await db.select().from(stock).where(eq(stock.variantId, 'shirt-navy-m')))[0]!.quantity;
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

    it('deletes uploaded photos a day old that neither a request nor the pending uploads of their order name', async () => {
      const db = test.database.db;
      const [order] = await db.select({ orderNumber: orders.orderNumber }).from(orders).limit(1);
      const orderNumber = order!.orderNumber;
      const later = new Date(now.getTime() + 2 * 24 * 60 * 60_000);
      const photo = (id: string, createdAt: Date) => ({ id, orderNumber, contentType: 'image/jpeg', bytes: 3, content: new Uint8Array([1, 2, 3]), createdAt: createdAt.toISOString() });
      const url = (id: string) => `/api/files/return-photos/${id}`;
      await db.insert(photoFiles).values([
        photo('inRequestAAAAAAAAAAAAA', now),
        photo('pendingAAAAAAAAAAAAAAA', now),
        photo('forgottenAAAAAAAAAAAAA', now),
        photo('justNowAAAAAAAAAAAAAAA', new Date(later.getTime() - 60_000)),
      ]);
      await db
        .update(orders)
        .set({ data: sql`${orders.data} || ${JSON.stringify({ returnRequest: { reason: 'torn', photos: [{ id: `${orderNumber}-P1`, url: url('inRequestAAAAAAAAAAAAA'), contentType: 'image/jpeg', bytes: 3 }] } })}::jsonb` })
        .where(eq(orders.orderNumber, orderNumber));
      await db.insert(pendingReturnPhotos).values({ orderNumber, photos: [{ id: `${orderNumber}-P2`, url: url('pendingAAAAAAAAAAAAAAA'), contentType: 'image/jpeg', bytes: 3 }] });
      const service = createServerService({ db, loadCatalog: loadShopSeed, now: () => later });

      const report = await runHousekeeping(db, service, later);
      assert.equal(report.removedPhotos, 1);
      const kept = (await db.select({ id: photoFiles.id }).from(photoFiles)).map((row) => row.id).sort();
      assert.deepEqual(kept, ['inRequestAAAAAAAAAAAAA', 'justNowAAAAAAAAAAAAAAA', 'pendingAAAAAAAAAAAAAAA']);
    });
  });
}
