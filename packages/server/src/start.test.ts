import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { CheckoutOptionsSchema, OrderSchema, OrderWithAccessSchema } from '@orderzone/core/schemas';
import type { OrderRequest } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import { ConfigError, type ServerConfig } from './config.ts';
import { shop } from './db/schema.ts';
import type { Database } from './db/database.ts';
import type { LogEntry } from './http/request-log.ts';
import { startServer, type RunningServer } from './start.ts';
import { createMerchantKey } from './admin/merchant-keys.ts';
import { createRestAdapter } from '@orderzone/core/rest';
import { TEST_ORDER, memoryService } from './testing/memory-service.ts';
import { eventReader } from './testing/event-stream.ts';
import { DATABASE_KINDS, createPostgresDatabase } from './testing/databases.ts';
import { importShopSeed } from './catalog/import-catalog.ts';
import { loadShopSeed } from './catalog/catalog-store.ts';
import { createServerService } from './store/server-service.ts';
import { startSmtpTestServer } from './testing/smtp-test-server.ts';
import { testShopSeed } from './testing/test-shop-seed.ts';

/** The service over the PostgreSQL engine store, the tests' shop written first when the database has none. */
async function pgService(database: Database): Promise<OrderService> {
  if ((await database.db.select().from(shop)).length === 0) await importShopSeed(database.db, testShopSeed());
  return createServerService({ db: database.db, loadCatalog: loadShopSeed });
}

const BASE: ServerConfig = { port: 0, host: '127.0.0.1', dataDir: 'memory://', basePath: '/api', corsOrigins: [], trustProxy: 0, production: false };

/** A service whose `getCheckoutOptions` waits until released: a request in flight. */
function slowService(service: OrderService) {
  let started!: () => void;
  let release!: () => void;
  const began = new Promise<void>((resolve) => (started = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    service: { ...service, getCheckoutOptions: async () => (started(), await gate, service.getCheckoutOptions()) } satisfies OrderService,
    began,
    release: () => release(),
  };
}

/**
 * An order of the demo catalog (two navy T-shirts, standard shipping, Alipay: ¥170.00), for the
 * server started with its default shop (`seedDemo`, the CLI's `--seed-demo`).
 */
const DEMO_ORDER: OrderRequest = { ...TEST_ORDER, lines: [{ productId: 'cotton-tee', variantId: 'tee-navy-m', quantity: 2, personalization: {} }] };

async function placeOrder(server: RunningServer, key: string, request: OrderRequest = TEST_ORDER) {
  const response = await fetch(`${server.url}/api/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(request) });
  assert.equal(response.status, 201);
  return OrderWithAccessSchema.parse(await response.json());
}

function watch(server: RunningServer, orderNumber: string, accessToken: string) {
  return fetch(`${server.url}/api/orders/${orderNumber}/events`, { headers: { 'Order-Access-Token': accessToken } });
}

describe('starting and stopping the server', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it('refuses CORS "*" or no base path in production before opening anything', async () => {
    await assert.rejects(startServer({ ...BASE, production: true, corsOrigins: ['*'] }, { logger: () => undefined }), ConfigError);
    await assert.rejects(startServer({ ...BASE, production: true, basePath: '' }, { logger: () => undefined }), ConfigError);
  });

  it('serves on a free port, lets a slow request started before close() finish with 200, then stops listening and closes the database', async () => {
    const memory = memoryService();
    const slow = slowService(memory.service);
    const logs: LogEntry[] = [];
    const server = await startServer(BASE, { service: slow.service, logger: (entry) => logs.push(entry) });
    cleanups.push(() => server.close());
    assert.ok(server.port > 0);
    assert.equal(server.url, `http://127.0.0.1:${server.port}`);
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);

    const inFlight = fetch(`${server.url}/api/checkout-options`);
    await slow.began;
    const closing = server.close();
    setTimeout(() => slow.release(), 200);
    const response = await inFlight;
    assert.equal(response.status, 200);
    CheckoutOptionsSchema.parse(await response.json());
    await closing;
    await assert.rejects(fetch(`${server.url}/healthz`), 'no longer accepting');
    await assert.rejects(server.database.db.execute(sql`select 1`), 'database closed');
    assert.deepEqual(logs.map((entry) => entry.msg).filter((msg) => msg !== 'request'), ['listening', 'stopped']);
  });

  it('stops gracefully on SIGTERM: the request in flight is answered 200, then the process exits 0', { timeout: 60_000 }, async () => {
    const script = fileURLToPath(new URL('./testing/serve-until-signal.ts', import.meta.url));
    const child = spawn(process.execPath, ['--conditions=@orderzone/source', '--import', 'tsx', script], { env: { ...process.env, SLOW_MS: '400' }, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const lines = createInterface({ input: child.stdout! });
    const seen: { msg: string; url?: string }[] = [];
    const waiters: { msg: string; resolve: (entry: { msg: string; url?: string }) => void }[] = [];
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { msg: string; url?: string };
      seen.push(entry);
      for (const waiter of waiters.filter((w) => w.msg === entry.msg)) waiter.resolve(entry);
    });
    const when = (msg: string) => new Promise<{ msg: string; url?: string }>((resolve) => {
      const done = seen.find((entry) => entry.msg === msg);
      if (done) resolve(done);
      else waiters.push({ msg, resolve });
    });
    const { url } = await when('ready');
    const inFlight = fetch(`${url}/api/checkout-options`);
    await when('slow call started');
    child.kill('SIGTERM');
    const response = await inFlight;
    assert.equal(response.status, 200);
    CheckoutOptionsSchema.parse(await response.json());
    assert.equal(await exited, 0);
    assert.deepEqual(seen.map((entry) => entry.msg).filter((msg) => !['request', 'ready', 'slow call started'].includes(msg)), ['listening', 'shutting down (SIGTERM)', 'stopped']);
  });

  for (const kind of DATABASE_KINDS) {
    it(`streams an order's changes to a watcher, and ends open streams when it stops (${kind}, PostgreSQL engine store)`, { timeout: 30_000 }, async () => {
      const created = kind === 'postgres' ? await createPostgresDatabase() : undefined;
      if (created) cleanups.push(() => created.drop());
      const server = await startServer({ ...BASE, ...(created ? { databaseUrl: created.url } : {}) }, { service: pgService, logger: () => undefined, shutdownGraceMs: 60_000 });
      cleanups.push(() => server.close());
      const placed = await placeOrder(server, `watch-${kind}`);
      const stream = await watch(server, placed.order.orderNumber, placed.accessToken);
      assert.equal(stream.status, 200);
      assert.equal(stream.headers.get('Content-Type'), 'text/event-stream');
      const events = eventReader(stream);
      assert.equal(OrderSchema.parse(JSON.parse((await events.next(2000))!.data)).status, 'pending_payment');
      // The merchant marks it paid; the store announces the change when its transaction commits.
      await server.service.markPaid(placed.order.orderNumber);
      const paid = await events.next(2000);
      assert.deepEqual([paid?.event, OrderSchema.parse(JSON.parse(paid!.data)).status], ['order', 'paid']);
      // Stopping ends the stream rather than waiting for it.
      await server.close();
      assert.equal(await events.next(2000), undefined);
    });
  }

  it('carries a change made through instance A to a watcher on instance B within a second (two instances, one PostgreSQL database)', { timeout: 30_000 }, async () => {
    const created = await createPostgresDatabase();
    cleanups.push(() => created.drop());
    const config = { ...BASE, databaseUrl: created.url };
    const a = await startServer(config, { service: pgService, logger: () => undefined });
    cleanups.push(() => a.close());
    const b = await startServer(config, { service: pgService, logger: () => undefined });
    cleanups.push(() => b.close());
    assert.notEqual(a.port, b.port);

    const placed = await placeOrder(a, 'two-instances');
    const events = eventReader(await watch(b, placed.order.orderNumber, placed.accessToken));
    assert.equal(OrderSchema.parse(JSON.parse((await events.next(2000))!.data)).status, 'pending_payment');

    const cancelled = await fetch(`${a.url}/api/orders/${placed.order.orderNumber}/cancel`, { method: 'POST', headers: { 'Order-Access-Token': placed.accessToken } });
    assert.equal(cancelled.status, 200);
    const event = await events.next(1000);
    assert.deepEqual([event?.event, OrderSchema.parse(JSON.parse(event!.data)).status], ['order', 'cancelled']);
    // A terminal status ends the stream.
    assert.equal(await events.next(1000), undefined);
  });

  it('carries a change through instance A to the storefront’s REST adapter following the order on instance B within a second', { timeout: 30_000 }, async () => {
    const created = await createPostgresDatabase();
    cleanups.push(() => created.drop());
    const config = { ...BASE, databaseUrl: created.url };
    const a = await startServer(config, { service: pgService, logger: () => undefined });
    cleanups.push(() => a.close());
    const b = await startServer(config, { service: pgService, logger: () => undefined });
    cleanups.push(() => b.close());
    const placed = await placeOrder(a, 'adapter-two-instances');
    const storefront = createRestAdapter({ baseUrl: `${b.url}/api` });
    const seen: { status: string; at: number }[] = [];
    const following = storefront.watchOrder!(placed.order.orderNumber, { accessToken: placed.accessToken }, (order) => seen.push({ status: order.status, at: Date.now() }));
    for (let i = 0; i < 100 && seen.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(seen.map((s) => s.status), ['pending_payment']);
    const changedAt = Date.now();
    await a.service.markPaid(placed.order.orderNumber);
    for (let i = 0; i < 100 && seen.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(seen[1]?.status, 'paid');
    assert.ok(seen[1]!.at - changedAt < 1000, `reached the storefront after ${seen[1]!.at - changedAt} ms`);
    await a.service.markShipped(placed.order.orderNumber, { carrier: 'SF Express', number: 'SF1' });
    await a.service.markCompleted(placed.order.orderNumber);
    // Two changes in a row may reach the storefront as one (the latest order), never out of order or twice.
    for (let i = 0; i < 100 && seen.at(-1)?.status !== 'completed'; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const after = seen.slice(2).map((s) => s.status);
    assert.ok(['shipped,completed', 'completed'].includes(after.join()), `then saw ${after.join(', ')}`);
    await b.close();
    await following.catch(() => undefined);
  });

  it('runs the housekeeping while it serves: rate-limit windows of long ago are removed', { timeout: 30_000 }, async () => {
    const server = await startServer(BASE, { seedDemo: true, env: {}, logger: () => undefined, housekeepingMs: 50 });
    cleanups.push(() => server.close());
    const db = server.database.db;
    await db.execute(sql`insert into rate_limits (key, window_start, count) values ('all:203.0.113.1', now() - interval '2 days', 3), ('all:203.0.113.2', now(), 1)`);
    const keys = async () => ((await db.execute(sql`select key from rate_limits order by key`)) as unknown as { rows: { key: string }[] }).rows.map((row) => row.key);
    for (let i = 0; i < 100 && (await keys()).includes('all:203.0.113.1'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(await keys(), ['all:203.0.113.2']);
  });
});

describe('the shop the server runs by default', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it('refuses to start on a database without a catalog, naming how to import one', async () => {
    await assert.rejects(startServer(BASE, { env: {}, logger: () => undefined }), (error: Error) => error instanceof ConfigError && /orderzone-server import catalog\.json/.test(error.message) && /--seed-demo/.test(error.message));
  });

  for (const kind of DATABASE_KINDS) {
    it(`on ${kind}: sells from the catalog in the database, takes the payment through the provider, e-mails the shopper, and answers the merchant’s key`, { timeout: 60_000 }, async () => {
      const created = kind === 'postgres' ? await createPostgresDatabase() : undefined;
      if (created) cleanups.push(() => created.drop());
      const smtp = await startSmtpTestServer();
      cleanups.push(() => smtp.close());
      const env = { ORDERZONE_SMTP_HOST: '127.0.0.1', ORDERZONE_SMTP_PORT: String(smtp.port), ORDERZONE_MAIL_FROM: 'Little Shop <shop@example.com>', ORDERZONE_MESSAGES_INTERVAL_SECONDS: '1' };
      const server = await startServer({ ...BASE, ...(created ? { databaseUrl: created.url } : {}) }, { seedDemo: true, env, logger: () => undefined, housekeepingMs: 0 });
      cleanups.push(() => server.close());

      const placed = await placeOrder(server, `default-${kind}`, DEMO_ORDER);
      assert.equal(placed.order.status, 'pending_payment');
      // The engine's order, with the provider's step (the simulated provider outside production): a QR code to its page on this server.
      assert.equal(placed.order.payment.type, 'qr_code');
      const payload = placed.order.payment.type === 'qr_code' ? placed.order.payment.payload : '';
      assert.ok(payload.startsWith(`${server.url}/api/payments/simulated/pages/`), payload);
      assert.equal((await fetch(payload)).status, 200);
      assert.ok(placed.order.payBy, 'an order paid online gets a time to pay by');
      assert.equal(Date.parse(placed.order.payBy!) - Date.parse(placed.order.createdAt), 30 * 60_000);

      // The merchant console's "simulate the payment" (admin API, merchant key): the provider's signed
      // notification comes through the webhook route and pays the order.
      const { key } = await createMerchantKey(server.database.db, 'Demo console');
      const simulated = await fetch(`${server.url}/api/admin/orders/${placed.order.orderNumber}/simulate-payment`, { method: 'POST', headers: { Authorization: `Bearer ${key}` } });
      assert.equal(simulated.status, 200);
      assert.equal(OrderSchema.parse(await simulated.json()).status, 'paid');
      const read = await fetch(`${server.url}/api/orders/${placed.order.orderNumber}`, { headers: { 'Order-Access-Token': placed.accessToken } });
      assert.equal(OrderSchema.parse(await read.json()).status, 'paid');

      // The message worker e-mails the shopper that the order was placed and paid, through the SMTP server.
      await smtp.waitFor(2, 20_000);
      assert.deepEqual(smtp.received.map((mail) => mail.to), [['zhang.san@example.com'], ['zhang.san@example.com']]);
      assert.ok(smtp.received.every((mail) => mail.parsed.text?.includes(placed.order.orderNumber)));

      // The admin API is there, behind a merchant key; outside production its outbox shows the codes.
      const anonymous = await fetch(`${server.url}/api/admin/orders`);
      assert.equal(anonymous.status, 401);
      const sent = await fetch(`${server.url}/api/auth/codes`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'sms', destination: '13900000001' }) });
      assert.equal(sent.status, 201, await sent.clone().text());
      const outbox = (await (await fetch(`${server.url}/api/admin/outbox`, { headers: { Authorization: `Bearer ${key}` } })).json()) as { messages: { purpose?: string; code?: string }[] };
      assert.match(outbox.messages.find((message) => message.purpose === 'sign_in')?.code ?? '', /^\d{6}$/);
    });
  }

  it('in production (a demo allowing the simulated provider), the admin API never shows a code', { timeout: 60_000 }, async () => {
    const env = {
      NODE_ENV: 'production',
      ORDERZONE_SIMULATED_PAYMENTS: '1',
      ORDERZONE_ALLOW_SIMULATED_PAYMENTS: '1',
      ORDERZONE_PUBLIC_URL: 'http://127.0.0.1:9',
      ORDERZONE_PAYMENT_RETURN_URL: 'http://localhost:9/orders/{orderNumber}',
    };
    const server = await startServer({ ...BASE, production: true }, { seedDemo: true, env, logger: () => undefined, housekeepingMs: 0 });
    cleanups.push(() => server.close());
    const { key } = await createMerchantKey(server.database.db, 'Demo console');
    const sent = await fetch(`${server.url}/api/auth/codes`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'sms', destination: '13900000002' }) });
    assert.equal(sent.status, 201, await sent.clone().text());
    const outbox = await (await fetch(`${server.url}/api/admin/outbox`, { headers: { Authorization: `Bearer ${key}` } })).text();
    const messages = (JSON.parse(outbox) as { messages: { purpose?: string; destination: string }[] }).messages;
    assert.equal(messages.find((message) => message.purpose === 'sign_in')?.destination, '13900000002');
    assert.doesNotMatch(outbox, /"code"/);
  });
});
