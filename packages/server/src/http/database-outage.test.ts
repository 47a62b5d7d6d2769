import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { OrderZoneError } from '@orderzone/core';
import { ErrorBodySchema } from '@orderzone/core/rest';
import { OrderWithAccessSchema } from '@orderzone/core/schemas';
import { openDatabase, type Database } from '../db/database.ts';
import { createPostgresDatabase, openTestDatabase } from '../testing/databases.ts';
import { testShopSeed } from '../testing/test-shop-seed.ts';
import { TEST_ORDER, memoryService } from '../testing/memory-service.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { createServerService } from '../store/server-service.ts';
import { isDatabaseUnavailable } from './database-outage.ts';
import { createOrderEvents } from './order-events.ts';
import type { LogEntry } from './request-log.ts';
import { createServerApp } from './server-app.ts';

const CONFIG = { basePath: '/api', corsOrigins: [], trustProxy: 0, production: false };
const from = { incoming: { socket: { remoteAddress: '192.0.2.8', remotePort: 50000, remoteFamily: 'IPv4' } } };

async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  assert.fail('expected a failure');
}

/** A TCP proxy to the test PostgreSQL server that the test can take down and bring back: a database outage. */
async function outageProxy(target: URL): Promise<{ port: number; down(): Promise<void>; up(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const up = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  await up();
  return {
    port,
    up,
    down: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server!.close(() => resolve());
      }),
  };
}

function submit(app: ReturnType<typeof createServerApp>, key: string) {
  return app.request('/api/orders', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(TEST_ORDER) }, from);
}

describe('a database outage', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it('is told apart from other failures, with the errors both drivers really throw', async () => {
    const pglite = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await pglite.close();
    assert.equal(isDatabaseUnavailable(await failureOf(() => pglite.db.execute(sql`select 1`))), true, 'PGlite closed');

    const refused = await openDatabase({ kind: 'postgres', url: 'postgres://postgres:postgres@127.0.0.1:1/nothing' });
    cleanups.push(() => refused.close());
    assert.equal(isDatabaseUnavailable(await failureOf(() => refused.db.execute(sql`select 1`))), true, 'connection refused');

    const test = await openTestDatabase('postgres');
    cleanups.push(() => test.dispose());
    assert.equal(isDatabaseUnavailable(await failureOf(() => test.database.db.execute(sql`selec 1`))), false, 'a syntax error is a bug, not an outage');
    assert.equal(isDatabaseUnavailable(await failureOf(() => test.database.db.execute(sql`select 1/0`))), false, 'division by zero');
    assert.equal(isDatabaseUnavailable(new OrderZoneError('conflict', 'taken')), false);
    assert.equal(isDatabaseUnavailable(new Error('boom')), false);
    // An administrator ending the connection under a transaction (a failover): 57P01, or the driver's "terminated".
    const killer = await openDatabase(test.config);
    cleanups.push(() => killer.close());
    const terminated = await failureOf(() =>
      test.database.db.transaction(async (tx) => {
        const [{ pid }] = ((await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as { rows: [{ pid: number }] }).rows;
        await killer.db.execute(sql`select pg_terminate_backend(${pid}::int)`);
        await tx.execute(sql`select 1`);
      }),
    );
    assert.equal(isDatabaseUnavailable(terminated), true, String(terminated));
    await test.database.close();
    assert.equal(isDatabaseUnavailable(await failureOf(() => test.database.db.execute(sql`select 1`))), true, 'pool ended');
  });

  it('on PGlite (closed), answers 503 with Retry-After and the contract body, and places nothing', async () => {
    const database: Database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await database.migrate();
    const memory = memoryService();
    const logs: LogEntry[] = [];
    const app = createServerApp({ service: memory.service, database, config: CONFIG, orderEvents: createOrderEvents(database), logger: (entry) => logs.push(entry) });
    await database.close();
    const response = await submit(app, 'outage-pglite');
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('Retry-After'), '5');
    const body = ErrorBodySchema.parse(await response.json());
    assert.deepEqual([body.error.code, body.error.retryAfterSeconds], ['server', 5]);
    assert.equal(memory.engine().snapshot().orders.length, 0);
    assert.deepEqual([logs.at(-1)?.level, logs.at(-1)?.status, logs.at(-1)?.error?.name], ['error', 503, 'DrizzleQueryError']);
  });

  it('on PostgreSQL (unreachable, then back), answers 503 meanwhile, and the same Idempotency-Key then places exactly one order', async () => {
    const created = await createPostgresDatabase();
    cleanups.push(() => created.drop());
    const target = new URL(created.url);
    const proxy = await outageProxy(target);
    cleanups.push(() => proxy.down());
    const viaProxy = new URL(created.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const database = await openDatabase({ kind: 'postgres', url: viaProxy.toString() });
    cleanups.push(() => database.close());
    await database.migrate();
    await importShopSeed(database.db, testShopSeed());
    const service = createServerService({ db: database.db, loadCatalog: loadShopSeed });
    const options = { service, database, config: CONFIG, logger: () => undefined };
    const app = createServerApp({ ...options, orderEvents: createOrderEvents(database) });
    // The same without rate limits, so that the request reaches the order store itself.
    const unlimited = createServerApp({ ...options, orderEvents: createOrderEvents(database), rateLimits: [] });
    assert.equal((await app.request('/api/categories', {}, from)).status, 200, 'up');

    await proxy.down();
    for (const server of [app, unlimited]) {
      const during = await submit(server, 'outage-key');
      assert.equal(during.status, 503);
      assert.equal(during.headers.get('Retry-After'), '5');
      assert.equal(ErrorBodySchema.parse(await during.json()).error.code, 'server');
    }
    assert.equal((await app.request('/readyz', {}, from)).status, 503);
    assert.equal((await app.request('/healthz', {}, from)).status, 200);

    await proxy.up();
    const first = await submit(app, 'outage-key');
    assert.equal(first.status, 201);
    const again = await submit(unlimited, 'outage-key');
    assert.equal(again.status, 201);
    const [a, b] = [OrderWithAccessSchema.parse(await first.json()), OrderWithAccessSchema.parse(await again.json())];
    assert.equal(a.order.orderNumber, b.order.orderNumber);
    const count = await database.db.execute(sql`select count(*)::int as n from orders`);
    assert.equal((count as unknown as { rows: { n: number }[] }).rows[0]!.n, 1);
    assert.equal((await app.request('/readyz', {}, from)).status, 200);
  });
});
