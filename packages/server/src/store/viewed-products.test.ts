import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isOrderZoneError } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import { outbox, viewedProducts } from '../db/schema.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { testShopSeed } from '../testing/test-shop-seed.ts';
import { createServerService } from './server-service.ts';

const START = new Date('2026-05-04T02:00:00Z');

for (const kind of DATABASE_KINDS) {
  describe(`a signed-in shopper’s browsing history on the server (${kind})`, () => {
    let test: TestDatabase;
    let service: () => OrderService;

    before(async () => {
      test = await openTestDatabase(kind);
      await importShopSeed(test.database.db, testShopSeed());
      // A new service for every call: nothing but the database carries the history.
      service = () => createServerService({ db: test.database.db, loadCatalog: loadShopSeed, now: () => START });
    });
    after(() => test.dispose());

    it('keeps the views in viewed_products, uses them for "recently viewed", clears them, and refuses an ended session', async () => {
      await service().requestSignInCode({ channel: 'sms', destination: '13900139000' });
      const [message] = await test.database.db.select().from(outbox);
      const token = (await service().verifySignInCode({ channel: 'sms', destination: '13900139000', code: (message!.data as { code: string }).code })).token;

      await service().recordProductView(token, 'shirt');
      assert.deepEqual(await service().recordProductView(token, 'mug'), { productIds: ['mug', 'shirt'] });
      assert.deepEqual(await service().listViewedProducts(token), { productIds: ['mug', 'shirt'] });
      const rows = await test.database.db.select().from(viewedProducts);
      assert.deepEqual(rows.map((row) => [row.shopper, row.productIds]), [['13900139000', ['mug', 'shirt']]]);

      const recommended = await service().recommend({ kind: 'recently_viewed' }, token);
      assert.deepEqual(recommended.items.map((item) => item.product.id), ['mug', 'shirt']);

      await assert.rejects(service().recordProductView(token, 'no-such-product'), (error) => isOrderZoneError(error) && error.code === 'not_found');
      assert.deepEqual(await service().clearViewedProducts(token), { productIds: [] });
      assert.deepEqual(await test.database.db.select().from(viewedProducts), []);
      assert.deepEqual(await service().listViewedProducts(token), { productIds: [] });

      await service().signOut(token);
      await assert.rejects(service().listViewedProducts(token), (error) => isOrderZoneError(error) && error.code === 'unauthorized');
    });
  });
}
