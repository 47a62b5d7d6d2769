import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { OrderRequest } from '@orderzone/core';
import { createDemoShop, type ShopSeed } from '@orderzone/embedded-backend';
import { openDatabase, type Database, type DatabaseConfig } from '../db/database.ts';
import { auditLog, merchantKeys, orders } from '../db/schema.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { exampleCsv } from '../testing/example-catalog.ts';
import { backupTables, writeBackup } from '../backup/backup.ts';
import { createServerService } from '../store/server-service.ts';
import { createPostgresDatabase, DATABASE_KINDS, type DatabaseKind } from '../testing/databases.ts';

const BIN = fileURLToPath(new URL('../../bin/orderzone-server.js', import.meta.url));
const DEMO: ShopSeed = createDemoShop(new Date('2026-05-04T02:00:00Z'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `orderzone-server ...args` as a process, as a merchant would. */
function cli(args: readonly string[], env: Record<string, string> = {}, cwd?: string): Promise<Run> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['DATABASE_URL', 'ORDERZONE_DATA', 'ORDERZONE_RETENTION_DAYS', 'NODE_OPTIONS'].includes(name)));
    execFile(process.execPath, [BIN, ...args], { env: { ...clean, ...env }, ...(cwd ? { cwd } : {}), maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A place for data the command line and the test open in turn: a PGlite folder, or a PostgreSQL database. */
interface Place {
  /** What the command line needs to reach it. */
  args: string[];
  env: Record<string, string>;
  config: DatabaseConfig;
  drop(): Promise<void>;
}

async function newPlace(kind: DatabaseKind, dir: string, name: string): Promise<Place> {
  if (kind === 'pglite') {
    const dataDir = join(dir, name);
    return { args: ['--data', dataDir], env: {}, config: { kind: 'pglite', dataDir }, drop: async () => undefined };
  }
  const created = await createPostgresDatabase();
  return { args: [], env: { DATABASE_URL: created.url }, config: { kind: 'postgres', url: created.url }, drop: created.drop };
}

/** Opens the place in this process (PGlite: only while no command runs on it), runs `work`, closes it. */
async function inside<T>(place: Place, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(place.config);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

describe('orderzone-server command line', () => {
  it('explains itself and refuses a command line it cannot run with exit code 2', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    for (const command of ['serve', 'migrate', 'import', 'export', 'backup', 'restore', 'create-merchant-key', 'revoke-merchant-key', 'export-shopper', 'delete-shopper']) {
      assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'));
    }
    const importHelp = await cli(['import', '--help']);
    assert.equal(importHelp.code, 0);
    assert.match(importHelp.stdout, /^Usage: orderzone-server import <catalog\.json\|catalog\.csv> \[--data <folder>\]/);
    assert.match(importHelp.stdout, /docs\/server\.md/);

    const cases = [
      [['frobnicate'], /unknown command "frobnicate"/],
      [['export', '--colour', 'red'], /unknown option --colour/],
      [['import'], /missing <file>/],
      [['import', 'catalog.xlsx'], /must be a \.json or \.csv file/],
      [['create-merchant-key'], /--name <name> is required/],
      [['serve', '--port', 'eighty'], /PORT \(--port\) must be a whole number/],
      [['apply-retention', '--days', '0'], /--days must be a whole number/],
    ] as const;
    // None of these opens a database: they run side by side.
    const runs = await Promise.all(cases.map(([args]) => cli(args)));
    for (const [index, [args, message]] of cases.entries()) {
      const run = runs[index]!;
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    }
  });
});

describe('orderzone-server serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oz-serve-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['DATABASE_URL', 'ORDERZONE_DATA', 'NODE_OPTIONS', 'NODE_ENV'].includes(name)));

  it('refuses to serve a database without a catalog, saying how to import one', () => {
    const refused = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--data', join(dir, 'empty')], { env: clean, encoding: 'utf8', timeout: 90_000 });
    assert.equal(refused.status, 2, refused.stderr); // a setting to fix, as for every ConfigError
    assert.match(refused.stderr, /no catalog yet\. Import yours with `orderzone-server import catalog\.json`/);
  });

  it('serves the demo shop on the port asked for, answers, and stops gracefully on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, '--port', '0', '--data', join(dir, 'data'), '--seed-demo'], { env: clean, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let output = '';
    const listening = await new Promise<{ url: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening" line in time:\n${output}`)), 90_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        for (const line of output.split('\n')) {
          if (!line.startsWith('{')) continue;
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          if (entry.msg === 'listening' && entry.url) {
            clearTimeout(timer);
            resolve({ url: entry.url });
          }
        }
      });
      child.once('exit', () => reject(new Error(`the server exited:\n${output}`)));
    });
    try {
      assert.match(listening.url, /^http:\/\/127\.0\.0\.1:\d+\/api$/);
      const ready = await fetch(`${new URL(listening.url).origin}/readyz`);
      assert.deepEqual(await ready.json(), { ready: true });
      const categories = await fetch(`${listening.url}/categories`);
      assert.equal(categories.status, 200);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
    assert.match(output, /"msg":"stopped"/);
  });
});

for (const kind of DATABASE_KINDS) {
  describe(`orderzone-server command line on ${kind}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'oz-cli-'));
    let shop: Place;
    let copy: Place;
    const files = {
      demo: join(dir, 'demo.json'),
      example: join(dir, 'example.csv'),
      broken: join(dir, 'broken.csv'),
      exported: join(dir, 'exported.json'),
      backup: join(dir, 'shop.backup'),
      shopper: join(dir, 'shopper.json'),
    };

    before(async () => {
      shop = await newPlace(kind, dir, 'shop');
      copy = await newPlace(kind, dir, 'copy');
      writeFileSync(files.demo, JSON.stringify(DEMO));
      writeFileSync(files.example, exampleCsv());
      writeFileSync(files.broken, 'product_id,title.en-US,variant_id,price,currency,stock\np1,One,p1-a,19.90,CNY,3\np2,Two,p2-a,100,CNY,-4\n');
    });
    after(async () => {
      await shop.drop();
      await copy.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('migrates, imports the JSON and CSV catalogs, refuses a broken file by line, and exports', async () => {
      const migrated = await cli(['migrate', ...shop.args], shop.env);
      assert.equal(migrated.code, 0, migrated.stderr);
      assert.match(migrated.stdout, kind === 'pglite' ? /^Migrations applied: PGlite in .*shop is up to date\.$/m : /^Migrations applied: PostgreSQL at 127\.0\.0\.1:5432\/oz_test_\w+ is up to date\.$/m);
      assert.ok(!migrated.stdout.includes('postgres:postgres'), 'no password printed');

      const imported = await cli(['import', files.demo, ...shop.args], shop.env);
      assert.equal(imported.code, 0, imported.stderr);
      assert.equal(imported.stdout, `Imported demo.json: 9 categories, ${DEMO.products.length} products (${DEMO.products.reduce((n, p) => n + p.variants.length, 0)} variants); catalog version 1.\n`);

      const broken = await cli(['import', files.broken, ...shop.args], shop.env);
      assert.equal(broken.code, 1);
      assert.equal(
        broken.stderr,
        'orderzone-server: broken.csv was not imported (nothing changed); 2 problems:\n' +
          '  line 2, price: must be a whole number of minor units (2990 for ¥29.90); got "19.90"\n' +
          '  line 3, stock: must be at least 0; got -4\n',
      );

      const csv = await cli(['import', files.example, ...shop.args], shop.env);
      assert.equal(csv.code, 0, csv.stderr);
      assert.equal(csv.stdout, 'Imported example.csv: 2 products (3 variants) created or replaced; catalog version 2.\n');

      const toFile = await cli(['export', files.exported, ...shop.args], shop.env);
      assert.equal(toFile.code, 0, toFile.stderr);
      assert.equal(toFile.stdout, `Exported the catalog (${DEMO.products.length + 2} products) to ${files.exported}.\n`);
      const exported = JSON.parse(readFileSync(files.exported, 'utf8')) as ShopSeed;
      assert.deepEqual(exported.products.map((p) => p.id), [...DEMO.products.map((p) => p.id), 'linen-shirt', 'gift-card']);
      const toStdout = await cli(['export', ...shop.args], shop.env);
      assert.deepEqual(JSON.parse(toStdout.stdout), exported);
    });

    it('creates a merchant key shown once, lists and revokes it', async () => {
      const created = await cli(['create-merchant-key', '--name', 'Front desk', ...shop.args], shop.env);
      assert.equal(created.code, 0, created.stderr);
      const match = /^Created merchant key (mk_[0-9a-f]{16}) \("Front desk"\)\. The key, shown only this once:\n(ozk_[\w-]{43})\n/.exec(created.stdout);
      assert.ok(match, created.stdout);
      const [, id, key] = match;
      const listed = await cli(['list-merchant-keys', ...shop.args], shop.env);
      assert.match(listed.stdout, new RegExp(`^${id}  "Front desk"  created \\d{4}-`, 'm'));
      assert.ok(!listed.stdout.includes(key!), 'the key is never shown again');
      const revoked = await cli(['revoke-merchant-key', id!, ...shop.args], shop.env);
      assert.equal(revoked.stdout, `Revoked merchant key ${id} ("Front desk").\n`);
      const again = await cli(['revoke-merchant-key', id!, ...shop.args], shop.env);
      assert.equal(again.code, 1);
      assert.equal(again.stderr, `orderzone-server revoke-merchant-key: The merchant key ${id} is revoked already.\n`);
      await inside(shop, async (database) => {
        const [row] = await database.db.select().from(merchantKeys).where(eq(merchantKeys.id, id!));
        assert.ok(row!.revokedAt);
        assert.notEqual(row!.digest, key);
      });
    });

    it('exports and deletes a shopper\'s data, refusing while an order is open', async () => {
      let orderNumber = '';
      await inside(shop, async (database) => {
        const service = createServerService({ db: database.db, loadCatalog: loadShopSeed });
        const lines = [{ productId: 'linen-shirt', variantId: 'linen-shirt-m', quantity: 1, personalization: {} }];
        const quote = await service.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN' } });
        const request: OrderRequest = {
          currency: 'CNY',
          lines,
          contact: { name: '张伟', phone: '13912345678', email: 'zhang@example.com' },
          shippingAddress: { country: 'CN', region: '浙江省', city: '杭州市', district: '西湖区', line1: '文三路9号', postalCode: '310000' },
          shippingOptionId: 'standard',
          paymentMethodId: 'alipay',
          expectedTotal: quote.total,
        };
        orderNumber = (await service.submitOrder(request, 'cli-1')).order.orderNumber;
      });

      const exported = await cli(['export-shopper', '+86 139 1234 5678', files.shopper, ...shop.args], shop.env);
      assert.equal(exported.code, 0, exported.stderr);
      assert.equal(exported.stdout, `Exported 1 order, 0 sessions and 0 messages to ${files.shopper}.\n`);
      const data = JSON.parse(readFileSync(files.shopper, 'utf8'));
      assert.deepEqual(data.orders.map((o: { orderNumber: string }) => o.orderNumber), [orderNumber]);
      assert.equal(data.orders[0].shippingAddress.line1, '文三路9号');

      const refused = await cli(['delete-shopper', 'zhang@example.com', ...shop.args], shop.env);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, new RegExp(`1 order is still in progress \\(${orderNumber}\\).*--include-open-orders`));
      const deleted = await cli(['delete-shopper', 'zhang@example.com', '--include-open-orders', ...shop.args], shop.env);
      assert.equal(deleted.code, 0, deleted.stderr);
      assert.equal(deleted.stdout, "Deleted the shopper's data: 1 order anonymised, 0 sessions, 0 codes and 0 messages deleted.\n");

      const retention = await cli(['apply-retention', ...shop.args], shop.env);
      assert.equal(retention.stdout, 'No retention period set (ORDERZONE_RETENTION_DAYS or --days): nothing to do.\n');
      const applied = await cli(['apply-retention', ...shop.args], { ...shop.env, ORDERZONE_RETENTION_DAYS: '30' });
      assert.equal(applied.stdout, 'Retention of 30 days: 0 orders anonymised, 0 messages deleted, 0 requests for quote deleted and 0 anonymised, 0 browsing histories deleted.\n');

      await inside(shop, async (database) => {
        const [row] = await database.db.select().from(orders).where(eq(orders.orderNumber, orderNumber));
        assert.deepEqual([row!.contactPhone, (row!.data as { contact: { name: string } }).contact.name], ['[deleted]', '[deleted]']);
        const actions = (await database.db.select().from(auditLog)).map((entry) => [entry.actor, entry.action]);
        assert.deepEqual(actions, [
          ['cli', 'catalog.import'],
          ['cli', 'catalog.import'],
          ['cli', 'merchant_key.create'],
          ['cli', 'merchant_key.revoke'],
          ['cli', 'shopper.export'],
          ['cli', 'shopper.delete'],
        ]);
      });
    });

    it('backs up every table and restores the same rows into a fresh database, but never over data', async () => {
      const backedUp = await cli(['backup', files.backup, ...shop.args], shop.env);
      assert.equal(backedUp.code, 0, backedUp.stderr);
      assert.match(backedUp.stdout, new RegExp(`^Backed up \\d+ rows of ${backupTables().size} tables to .*shop\\.backup\\.\n$`));

      const restored = await cli(['restore', files.backup, ...copy.args], copy.env);
      assert.equal(restored.code, 0, restored.stderr);
      const rows = Number(/^Backed up (\d+) rows/.exec(backedUp.stdout)![1]);
      assert.equal(restored.stdout, `Restored ${rows} rows from ${files.backup}.\n`);

      const over = await cli(['restore', files.backup, ...shop.args], shop.env);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /restored into an empty database; this one has data/);

      // The same rows: both back up to the same lines, the copy's restore entry aside.
      const lines = async (place: Place): Promise<string[]> =>
        inside(place, async (database) => {
          const out: string[] = [];
          await writeBackup(database.db, (line) => void out.push(line), { now: new Date(0) });
          return out;
        });
      const original = await lines(shop);
      const restoredLines = (await lines(copy)).filter((line) => !line.includes('"backup.restore"'));
      assert.deepEqual(restoredLines.slice(0, -1), original.slice(0, -1));
      const seed = await inside(copy, (database) => loadShopSeed(database.db));
      assert.equal(seed.catalogVersion, 2);
    });
  });
}
