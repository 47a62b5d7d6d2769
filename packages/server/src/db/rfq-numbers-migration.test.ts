import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Rfq } from '@orderzone/core';
import { parseOrderNumber } from '@orderzone/core/orders';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { createServerService } from '../store/server-service.ts';
import { createPostgresDatabase, DATABASE_KINDS } from '../testing/databases.ts';
import { testShopSeed } from '../testing/test-shop-seed.ts';
import { MIGRATIONS_FOLDER, openDatabase, type Database } from './database.ts';
import { rfqs } from './schema.ts';

/** The migrations up to `tag` only: a database as a server of that version left it. */
function migrationsUpTo(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'oz-migrations-'));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((entry) => entry.tag === tag) + 1);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

const AT = '2026-12-01T08:00:00.000Z';
const fen = (amount: number) => ({ amount, currency: 'CNY' });
/** A request as the engine stored it before numbers (and before `acceptedAt`). */
function oldRfq(id: string, status: Rfq['status'], extra: Partial<Rfq> = {}): Rfq {
  return {
    id,
    status,
    lines: [{ productId: 'paper', variantId: 'paper-a4', sku: 'PAPER-A4', title: { 'en-US': 'Paper' }, quantity: 100, listUnitPrice: fen(2300), unitPrice: fen(1990) }],
    targetDate: '2026-12-20',
    contact: { name: 'Li Wei', phone: '13900000001', email: 'li.wei@example.com' },
    offer: { expiresAt: '2026-12-03T08:00:00.000Z', total: fen(199_000), answeredAt: AT },
    createdAt: AT,
    updatedAt: '2026-12-02T09:30:00.000Z',
    ...extra,
  };
}

for (const kind of DATABASE_KINDS) {
  describe(`the migration that numbers requests for quote, on ${kind}`, () => {
    let database: Database;
    let drop = async () => {};
    const folder = migrationsUpTo('0004_viewed_products_and_rfqs');

    before(async () => {
      if (kind === 'pglite') {
        database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
        await migratePglite(database.db as never, { migrationsFolder: folder });
      } else {
        const created = await createPostgresDatabase();
        drop = created.drop;
        database = await openDatabase({ kind: 'postgres', url: created.url, maxConnections: 4 });
        await migratePg(database.db as never, { migrationsFolder: folder });
      }
      const rows = [
        oldRfq('rfq_requested', 'requested', { offer: undefined, updatedAt: AT }),
        oldRfq('rfq_lapsed', 'quoted'),
        oldRfq('rfq_accepted', 'accepted'),
        oldRfq('rfq_ordered', 'accepted', { orderNumber: 'OZ-7KD4M-9QXT2' }),
      ].map((rfq) => ({ id: rfq.id, buyer: '+8613900000001', status: rfq.status, createdAt: rfq.createdAt, data: rfq }));
      // The table as 0004 made it: no number column yet.
      for (const row of rows) {
        await database.db.execute(sql`insert into rfqs (id, buyer, status, created_at, data) values (${row.id}, ${row.buyer}, ${row.status}, ${row.createdAt}, ${JSON.stringify(row.data)}::jsonb)`);
      }
      await database.migrate();
    });
    after(async () => {
      await database.close();
      await drop();
      rmSync(folder, { recursive: true, force: true });
    });

    it('gives every request stored before a number of its own, valid like the engine’s, in the column and the stored request', async () => {
      const rows = await database.db.select({ id: rfqs.id, number: rfqs.number, data: rfqs.data }).from(rfqs).orderBy(asc(rfqs.id));
      assert.equal(rows.length, 4);
      for (const row of rows) {
        assert.match(row.number ?? '', /^RFQ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/, row.id);
        assert.ok(parseOrderNumber(row.number!.slice(4)), `${row.number}: its check character is right`);
        assert.equal((row.data as Rfq).number, row.number, 'the stored request carries it too');
      }
      assert.equal(new Set(rows.map((row) => row.number)).size, 4, 'each row drew its own');
    });

    it('records when an accepted request not ordered was accepted, so one that lapsed is not offered to the merchant again', async () => {
      const rows = await database.db.select({ id: rfqs.id, data: rfqs.data }).from(rfqs).orderBy(asc(rfqs.id));
      assert.deepEqual(rows.map((row) => [row.id, (row.data as Rfq).acceptedAt]), [
        ['rfq_accepted', '2026-12-02T09:30:00.000Z'],
        ['rfq_lapsed', undefined],
        ['rfq_ordered', undefined],
        ['rfq_requested', undefined],
      ]);
    });

    it('shows the merchant the numbers, and lets them answer again the quote that lapsed unaccepted only', async () => {
      await importShopSeed(database.db, testShopSeed());
      const service = createServerService({ db: database.db, loadCatalog: loadShopSeed, now: () => new Date('2026-12-07T08:00:00Z') });
      const listed = await service.rfqs.listAll();
      const numbers = new Map((await database.db.select({ id: rfqs.id, number: rfqs.number }).from(rfqs)).map((row) => [row.id, row.number]));
      assert.deepEqual(listed.map((rfq) => rfq.number), listed.map((rfq) => numbers.get(rfq.id)));
      const offer = { unitPrices: [fen(1950)], expiresAt: '2026-12-10T08:00:00Z' };
      assert.equal((await service.rfqs.answer('rfq_lapsed', offer)).status, 'quoted');
      await assert.rejects(service.rfqs.answer('rfq_accepted', offer), (error: Error & { code?: string }) => error.code === 'conflict');
    });
  });
}
