import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { desc, eq } from 'drizzle-orm';
import { isOrderZoneError, type OrderRequest } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { auditLog, orders, photoFiles } from '../db/schema.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { authenticateMerchantKey, createMerchantKey } from '../admin/merchant-keys.ts';
import { writeAudit } from '../admin/audit-log.ts';
import { createServerService } from '../store/server-service.ts';
import { DATABASE_KINDS, openTestDatabase, type DatabaseKind, type TestDatabase } from '../testing/databases.ts';
import { testShopSeed } from '../testing/test-shop-seed.ts';
import { backupTables, currentSchemaTag, restoreBackup, writeBackup } from './backup.ts';

const NOW = new Date('2026-05-04T02:00:00Z');

async function backupLines(db: Db): Promise<string[]> {
  const lines: string[] = [];
  await writeBackup(db, (line) => void lines.push(line), { now: NOW });
  return lines;
}

async function* iterate(lines: readonly string[]): AsyncGenerator<string> {
  for (const line of lines) yield line;
}

async function order(service: OrderService): Promise<{ orderNumber: string; accessToken: string }> {
  const lines = [{ productId: 'printed-mug', variantId: 'printed-mug', quantity: 2, personalization: { 'print-text': '早安' } }];
  const quote = await service.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN' } });
  const request: OrderRequest = {
    currency: 'CNY',
    lines,
    contact: { name: '王芳', phone: '13800000000', email: 'wang@example.com' },
    shippingAddress: { country: 'CN', region: '北京市', city: '北京市', district: '朝阳区', line1: '建国路1号', postalCode: '100020' },
    shippingOptionId: 'standard',
    paymentMethodId: 'wechat_pay',
    expectedTotal: quote.total,
  };
  const placed = await service.submitOrder(request, 'backup-1');
  return { orderNumber: placed.order.orderNumber, accessToken: placed.accessToken };
}

/** Each kind backs up into the other kind: PGlite to PostgreSQL and PostgreSQL to PGlite. */
const other = (kind: DatabaseKind): DatabaseKind => (kind === 'pglite' ? 'postgres' : 'pglite');

for (const kind of DATABASE_KINDS) {
  describe(`backup on ${kind}, restore on ${other(kind)}`, () => {
    let source: TestDatabase;
    let target: TestDatabase;
    let placed: { orderNumber: string; accessToken: string };
    let key: string;

    before(async () => {
      source = await openTestDatabase(kind);
      target = await openTestDatabase(other(kind));
      const db = source.database.db;
      await importShopSeed(db, testShopSeed());
      const service = createServerService({ db, loadCatalog: loadShopSeed, now: () => NOW });
      placed = await order(service);
      await service.requestSignInCode({ channel: 'email', destination: 'wang@example.com' });
      ({ key } = await createMerchantKey(db, 'Front desk'));
      await db.insert(photoFiles).values({ id: 'p1', orderNumber: placed.orderNumber, contentType: 'image/png', bytes: 4, content: new Uint8Array([0, 255, 10, 13]) });
    });
    after(async () => {
      await source.dispose();
      await target.dispose();
    });

    it('writes every table and restores the same rows into a fresh database of the other kind', async () => {
      const lines = await backupLines(source.database.db);
      const header = JSON.parse(lines[0]!);
      assert.deepEqual(header, { format: 'orderzone-backup', version: 1, schema: currentSchemaTag(), createdAt: NOW.toISOString(), tables: [...backupTables().keys()] });
      assert.ok(header.tables.includes('orders') && header.tables.includes('merchant_keys') && header.tables.includes('audit_log'));
      assert.deepEqual(JSON.parse(lines.at(-1)!), { end: true, rows: lines.length - 2 });

      const counts = await restoreBackup(target.database.db, iterate(lines));
      assert.equal(counts.orders, 1);
      assert.equal(counts.photo_files, 1);
      // The same rows: the restored database backs up to the same lines (its restore entry aside).
      const again = await backupLines(target.database.db);
      const restoreEntry = again.find((line) => line.includes('"backup.restore"'));
      assert.ok(restoreEntry);
      assert.deepEqual(again.filter((line) => line !== restoreEntry).slice(0, -1), lines.slice(0, -1));

      // And it works: the order opens with its token, the key opens the admin API, photos are byte for byte, ids go on.
      const db = target.database.db;
      const service = createServerService({ db, loadCatalog: loadShopSeed, now: () => NOW });
      assert.equal((await service.getOrder(placed.orderNumber, { accessToken: placed.accessToken })).contact.name, '王芳');
      assert.ok(await authenticateMerchantKey(db, key));
      const [photo] = await db.select().from(photoFiles).where(eq(photoFiles.id, 'p1'));
      assert.deepEqual([...photo!.content], [0, 255, 10, 13]);
      const before = (await db.select().from(auditLog).orderBy(desc(auditLog.id)))[0]!.id;
      await writeAudit(db, { actor: 'cli', action: 'test.after_restore', details: {} });
      assert.ok((await db.select().from(auditLog).orderBy(desc(auditLog.id)))[0]!.id > before);
    });

    it('refuses to restore over data, a file cut short and a file that is not a backup, writing nothing', async () => {
      const lines = await backupLines(source.database.db);
      const refused = await restoreBackup(target.database.db, iterate(lines)).catch((error: unknown) => error);
      assert.ok(isOrderZoneError(refused) && refused.code === 'conflict' && /empty database/.test(refused.message), String(refused));

      const fresh = await openTestDatabase(other(kind));
      try {
        for (const [broken, reason] of [
          [lines.slice(0, -3), /cut short/],
          [['{"hello":"world"}', ...lines.slice(1)], /header/],
          [[lines[0]!.replace(`"schema":"${currentSchemaTag()}"`, '"schema":"9999_future"'), ...lines.slice(1)], /schema "9999_future"/],
          [[...lines.slice(0, 3), '{"table":"nowhere","row":{}}', ...lines.slice(3)], /line 4 is not a row of a known table/],
        ] as const) {
          const error = await restoreBackup(fresh.database.db, iterate(broken)).catch((e: unknown) => e);
          assert.ok(isOrderZoneError(error) && error.code === 'validation', String(error));
          assert.match(error.message, reason);
          assert.equal((await fresh.database.db.select().from(orders)).length, 0, 'nothing written');
        }
      } finally {
        await fresh.dispose();
      }
    });
  });
}
