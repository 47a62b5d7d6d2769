import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { ErrorBodySchema, REST_ENDPOINTS, fillPath, type Endpoint } from '@orderzone/core/rest';
import { UploadedPhotoSchema } from '@orderzone/core/schemas';
import { ORDER_ACCESS_LIMITS } from '@orderzone/embedded-backend';
import { openDatabase } from '../db/database.ts';
import { DATABASE_KINDS, createPostgresDatabase, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { TEST_ORDER, memoryService, type MemoryService } from '../testing/memory-service.ts';
import { createOrderEvents, type OrderEvents } from './order-events.ts';
import { createServerApp, type ServerAppOptions } from './server-app.ts';
import type { LogEntry } from './request-log.ts';

const CONFIG = { basePath: '/api', corsOrigins: ['https://shop.example'], trustProxy: 0, production: false };

/** What a request from the socket address `address` brings along (as @hono/node-server passes it). */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address, remotePort: 50000, remoteFamily: 'IPv4' } } });

async function errorOf(response: Response) {
  return { status: response.status, ...ErrorBodySchema.parse(await response.json()).error };
}

for (const kind of DATABASE_KINDS) {
  describe(`the server app (${kind})`, () => {
    let test: TestDatabase;
    const events: OrderEvents[] = [];
    before(async () => {
      test = await openTestDatabase(kind);
    });
    after(async () => {
      for (const feed of events) await feed.close();
      await test.dispose();
    });

    function app(options: Partial<ServerAppOptions> & { memory?: MemoryService; logs?: LogEntry[] } = {}) {
      const memory = options.memory ?? memoryService();
      const orderEvents = createOrderEvents(test.database);
      events.push(orderEvents);
      const { logs, memory: _memory, ...rest } = options;
      const server = createServerApp({
        service: memory.service,
        database: test.database,
        config: CONFIG,
        orderEvents,
        logger: (entry) => logs?.push(entry),
        ...rest,
      });
      return { server, memory };
    }

    it('answers every endpoint of the contract, and has no route that is neither in the contract nor in docs/server.md', async () => {
      const { server } = app();
      const documented = documentedServerRoutes(CONFIG.basePath);
      const contract = (Object.values(REST_ENDPOINTS) as Endpoint[]).map((e) => ({ method: e.method, path: `${CONFIG.basePath}${e.path.replace(/\{(\w+)\}/g, ':$1')}` }));
      const endpoints = server.routes.filter((route) => route.method !== 'ALL');
      for (const route of endpoints) {
        const known =
          contract.some((c) => c.method === route.method && c.path === route.path) ||
          documented.some((d) => (d.method === route.method || d.method === 'ANY') && (d.prefix ? route.path.startsWith(d.path) : d.path === route.path));
        assert.ok(known, `${route.method} ${route.path} is neither in REST_ENDPOINTS nor in docs/server.md`);
      }
      for (const e of Object.values(REST_ENDPOINTS) as Endpoint[]) {
        const path = `${CONFIG.basePath}${fillPath(e.path, Object.fromEntries(e.pathParameters.map((p) => [p.name, 'x'])))}`;
        const init: RequestInit = { method: e.method, headers: { 'Content-Type': e.rawBody ? 'image/png' : 'application/json' } };
        if (e.method === 'POST' || e.method === 'PUT') init.body = e.rawBody ? new Uint8Array([1, 2, 3]) : '{}';
        const response = await server.request(path, init, from('192.0.2.1'));
        const body = response.headers.get('Content-Type') === 'application/json' ? ((await response.json()) as { error?: { message?: string } }) : {};
        assert.notEqual(body.error?.message, 'No endpoint answers this method and path.', `${e.method} ${e.path} reached no endpoint`);
      }
      // And something that is no endpoint gets the router's answer.
      assert.deepEqual(await errorOf(await server.request('/api/admin-console', {}, from('192.0.2.1'))), { status: 404, code: 'not_found', message: 'No endpoint answers this method and path.' });
    });

    it('sends the security headers, HSTS only in production', async () => {
      const { server } = app();
      const response = await server.request('/api/categories', {}, from('192.0.2.1'));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.match(response.headers.get('Content-Security-Policy') ?? '', /frame-ancestors 'none'/);
      assert.equal(response.headers.get('X-Frame-Options'), 'DENY');
      assert.equal(response.headers.get('Referrer-Policy'), 'no-referrer');
      assert.equal(response.headers.get('Strict-Transport-Security'), null);
      const production = app({ config: { ...CONFIG, production: true } }).server;
      assert.match((await production.request('/api/categories', {}, from('192.0.2.1'))).headers.get('Strict-Transport-Security') ?? '', /^max-age=\d+/);
    });

    it('allows only the listed origins (none when the list is empty), answers preflights and exposes Retry-After', async () => {
      const { server } = app();
      const preflight = await server.request('/api/orders', { method: 'OPTIONS', headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'idempotency-key,content-type' } }, from('192.0.2.1'));
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), 'https://shop.example');
      assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Idempotency-Key/);
      assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Order-Access-Token/);
      const allowed = await server.request('/api/categories', { headers: { Origin: 'https://shop.example' } }, from('192.0.2.1'));
      assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://shop.example');
      assert.match(allowed.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
      const other = await server.request('/api/categories', { headers: { Origin: 'https://evil.example' } }, from('192.0.2.1'));
      assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
      const closed = app({ config: { ...CONFIG, corsOrigins: [] } }).server;
      const none = await closed.request('/api/categories', { method: 'OPTIONS', headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'GET' } }, from('192.0.2.1'));
      assert.equal(none.headers.get('Access-Control-Allow-Origin'), null);
    });

    it('refuses a JSON body over 1 MiB and a photo over 5 MiB with 413 and the contract body, before any endpoint', async () => {
      const { server, memory } = app();
      const big = JSON.stringify({ lines: [], note: 'x'.repeat(1024 * 1024) });
      const json = await errorOf(await server.request('/api/quotes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big }, from('192.0.2.1')));
      assert.deepEqual([json.status, json.code, json.fieldErrors], [413, 'validation', [{ field: 'body', code: 'too_large', params: { max: 1024 * 1024 } }]]);
      const placed = await memory.service.submitOrder(TEST_ORDER, 'big-photo');
      const photo = await server.request(
        `/api/orders/${placed.order.orderNumber}/return-photos`,
        { method: 'POST', headers: { 'Content-Type': 'image/jpeg', 'Order-Access-Token': placed.accessToken }, body: new Uint8Array(6 * 1024 * 1024) },
        from('192.0.2.1'),
      );
      assert.deepEqual(await errorOf(photo), { status: 413, code: 'validation', message: 'A return photo can be at most 5242880 bytes (5 MiB).', fieldErrors: [{ field: 'photos', code: 'photo_too_large', params: { max: 5 } }] });
    });

    it('keeps an uploaded photo in photo_files and serves it at the URL the order got, privately and never sniffed; a refused one is not kept', async () => {
      const { server, memory } = app();
      const placed = await memory.service.submitOrder(TEST_ORDER, 'photo-ok');
      await memory.service.markPaid(placed.order.orderNumber);
      await memory.service.markShipped(placed.order.orderNumber, { carrier: 'SF Express', number: 'SF1' });
      const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);
      const upload = await server.request(
        `/api/orders/${placed.order.orderNumber}/return-photos`,
        { method: 'POST', headers: { 'Content-Type': 'image/png', 'Order-Access-Token': placed.accessToken }, body: bytes },
        from('192.0.2.1'),
      );
      assert.equal(upload.status, 201);
      const photo = UploadedPhotoSchema.parse(await upload.json());
      assert.match(photo.url, /^\/api\/files\/return-photos\/[A-Za-z0-9_-]{22}$/);
      const served = await server.request(photo.url, {}, from('192.0.2.1'));
      assert.equal(served.status, 200);
      assert.deepEqual([...new Uint8Array(await served.arrayBuffer())], [...bytes]);
      assert.equal(served.headers.get('Content-Type'), 'image/png');
      assert.match(served.headers.get('Cache-Control') ?? '', /^private/);
      assert.equal(served.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal((await server.request('/api/files/return-photos/AAAAAAAAAAAAAAAAAAAAAA', {}, from('192.0.2.1'))).status, 404);

      const before = await countPhotos(test);
      const refused = await server.request(
        `/api/orders/${placed.order.orderNumber}/return-photos`,
        { method: 'POST', headers: { 'Content-Type': 'image/png', 'Order-Access-Token': 'not-the-token-of-this-order' }, body: bytes },
        from('192.0.2.1'),
      );
      assert.equal(refused.status, 404);
      assert.equal(await countPhotos(test), before);

      const elsewhere = app({ memory, config: { ...CONFIG, publicUrl: 'https://api.shop.example' } }).server;
      const absolute = await elsewhere.request(
        `/api/orders/${placed.order.orderNumber}/return-photos`,
        { method: 'POST', headers: { 'Content-Type': 'image/png', 'Order-Access-Token': placed.accessToken }, body: bytes },
        from('192.0.2.1'),
      );
      assert.match(UploadedPhotoSchema.parse(await absolute.json()).url, /^https:\/\/api\.shop\.example\/api\/files\/return-photos\//);
    });

    it('passes the client address to the engine: wrong guesses of one address do not lock out another', async () => {
      const { server, memory } = app();
      const placed = await memory.service.submitOrder(TEST_ORDER, 'guesses');
      const guess = (address: string) => server.request(`/api/orders/${placed.order.orderNumber}`, { headers: { 'Order-Access-Token': 'a-wrong-token-for-this-order' } }, from(address));
      let last: Response | undefined;
      for (let i = 0; i <= ORDER_ACCESS_LIMITS.perOrderNumber.max; i++) last = await guess('198.51.100.7');
      assert.equal(last!.status, 429);
      // The order number is now locked for guesses, but its owner still gets in from anywhere.
      const owner = await server.request(`/api/orders/${placed.order.orderNumber}`, { headers: { 'Order-Access-Token': placed.accessToken } }, from('203.0.113.9'));
      assert.equal(owner.status, 200);
      const failures = memory.engine().snapshot().accessFailures ?? [];
      assert.ok(failures.some((f) => f.scope === 'client' && f.key === '198.51.100.7'), 'counted against the socket address');
      assert.ok(!failures.some((f) => f.key === 'local' || f.key === 'unknown'));
    });

    it('limits requests per address in the database, across instances, with 429, Retry-After and the contract body', async () => {
      const rules = [
        { name: `all-${kind}`, max: 4, windowSeconds: 3600 },
        { name: `codes-${kind}`, max: 1, windowSeconds: 3600, only: { method: 'POST' as const, path: '/auth/codes' } },
      ];
      const memory = memoryService();
      const a = app({ memory, rateLimits: rules }).server;
      const b = app({ memory, rateLimits: rules }).server;
      const statuses = [];
      for (const server of [a, b, a, b]) statuses.push((await server.request('/api/categories', {}, from('198.51.100.20'))).status);
      assert.deepEqual(statuses, [200, 200, 200, 200]);
      const over = await b.request('/api/categories', {}, from('198.51.100.20'));
      const error = await errorOf(over.clone());
      assert.deepEqual([error.status, error.code, error.details], [429, 'rate_limited', { limit: `all-${kind}` }]);
      const retryAfter = Number(over.headers.get('Retry-After'));
      assert.ok(retryAfter >= 1 && retryAfter <= 3600, `Retry-After ${retryAfter}`);
      assert.equal(error.retryAfterSeconds, retryAfter);
      // Another address has its own count.
      assert.equal((await a.request('/api/categories', {}, from('198.51.100.21'))).status, 200);
      // The stricter rule of sign-in codes, on top.
      const code = () => a.request('/api/auth/codes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'sms', destination: '13700137000' }) }, from('198.51.100.22'));
      assert.equal((await code()).status, 201);
      const second = await errorOf(await code());
      assert.deepEqual([second.status, second.code, second.details], [429, 'rate_limited', { limit: `codes-${kind}` }]);
      // Health checks are never limited.
      for (let i = 0; i < 6; i++) assert.equal((await a.request('/healthz', {}, from('198.51.100.20'))).status, 200);
    });

    it('is ready when the database answers and is migrated, not ready otherwise or while stopping', async () => {
      const { server } = app();
      const ready = await server.request('/readyz', {}, from('192.0.2.1'));
      assert.deepEqual([ready.status, await ready.json()], [200, { ready: true }]);
      const stopping = app({ stopping: () => true }).server;
      const draining = await stopping.request('/readyz', {}, from('192.0.2.1'));
      assert.deepEqual([draining.status, await draining.json()], [503, { ready: false, reason: 'stopping' }]);

      const fresh = kind === 'pglite' ? { url: undefined, drop: async () => undefined } : await createPostgresDatabase();
      const unmigrated = await openDatabase(fresh.url ? { kind: 'postgres', url: fresh.url } : { kind: 'pglite', dataDir: 'memory://' });
      try {
        const blank = createServerApp({ service: memoryService().service, database: unmigrated, config: CONFIG, orderEvents: createOrderEvents(unmigrated), logger: () => undefined });
        const notMigrated = await blank.request('/readyz', {}, from('192.0.2.1'));
        assert.deepEqual([notMigrated.status, await notMigrated.json()], [503, { ready: false, reason: 'not_migrated' }]);
        await unmigrated.close();
        const gone = await blank.request('/readyz', {}, from('192.0.2.1'));
        assert.deepEqual([gone.status, await gone.json()], [503, { ready: false, reason: 'database_unreachable' }]);
        assert.equal((await blank.request('/healthz', {}, from('192.0.2.1'))).status, 200, 'alive all the same');
      } finally {
        await unmigrated.close().catch(() => undefined);
        await fresh.drop();
      }
    });

    it('answers an unexpected failure with 500 naming the request id, never the failure\'s own text, which goes to the log by that id', async () => {
      const memory = memoryService();
      const secret = 'duplicate key value violates unique constraint "orders_pkey" (shopper 13800138000)';
      const failing = { ...memory.service, quote: async () => Promise.reject(Object.assign(new Error(secret), { code: '23505' })) };
      const logs: LogEntry[] = [];
      const { server } = app({ memory, service: failing, logs });
      const response = await server.request('/api/quotes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(TEST_ORDER) }, from('192.0.2.44'));
      const id = response.headers.get('X-Request-Id');
      const body = await errorOf(response);
      assert.equal(body.status, 500);
      assert.equal(body.code, 'server');
      assert.ok(id && body.message.includes(id), body.message);
      assert.doesNotMatch(body.message, /duplicate|orders_pkey|13800138000/);
      const logged = logs.find((entry) => entry.requestId === id);
      assert.deepEqual([logged?.status, logged?.error?.code], [500, '23505']);
    });

    it('logs one JSON line per request with its id, method, route pattern, status and duration, and nothing personal or secret', async () => {
      const logs: LogEntry[] = [];
      const { server, memory } = app({ logs });
      const phone = '13912345678';
      const email = 'private.person@example.com';
      const placed = await memory.service.submitOrder({ ...TEST_ORDER, contact: { name: 'Wang', phone, email } }, 'log-key-123');
      const responses: Response[] = [];
      const send = async (path: string, init: RequestInit) => {
        const response = await server.request(path, init, from('192.0.2.44'));
        responses.push(response);
        await response.text();
      };
      await send('/api/auth/codes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'sms', destination: phone }) });
      const code = memory.engine().outbox()[0]!.code;
      await send('/api/auth/sessions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'sms', destination: phone, code }) });
      await send('/api/order-lookups', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ orderNumber: placed.order.orderNumber, contact: email }) });
      await send(`/api/orders/${placed.order.orderNumber}`, { headers: { 'Order-Access-Token': placed.accessToken } });
      await send('/api/me/orders', { headers: { Authorization: `Bearer ${placed.accessToken}` } });
      await send(`/api/products?text=${encodeURIComponent(email)}`, {});

      assert.equal(logs.length, responses.length, 'one line per request');
      const text = logs.map((entry) => JSON.stringify(entry)).join('\n');
      for (const secret of [phone, email, placed.accessToken, code, placed.order.orderNumber, 'log-key-123', 'private.person']) {
        assert.ok(!text.includes(secret), `the logs contain ${secret}`);
      }
      assert.deepEqual(
        logs.map((entry) => [entry.method, entry.route, entry.status]),
        [
          ['POST', '/api/auth/codes', 201],
          ['POST', '/api/auth/sessions', 201],
          ['POST', '/api/order-lookups', 200],
          ['GET', '/api/orders/:orderNumber', 200],
          ['GET', '/api/me/orders', 401],
          ['GET', '/api/products', 200],
        ],
      );
      for (const [i, entry] of logs.entries()) {
        assert.equal(entry.level, 'info');
        assert.equal(entry.msg, 'request');
        assert.ok(!Number.isNaN(Date.parse(entry.time)));
        assert.equal(typeof entry.durationMs, 'number');
        assert.equal(entry.requestId, responses[i]!.headers.get('X-Request-Id'));
      }
      // A request id from the client is not believed without a trusted proxy.
      const claimed = await server.request('/healthz', { headers: { 'X-Request-Id': 'mine' } }, from('192.0.2.44'));
      assert.notEqual(claimed.headers.get('X-Request-Id'), 'mine');
    });
  });
}

/** The server routes `docs/server.md` documents (its table under "Routes the server adds"), with `{basePath}` filled in. */
function documentedServerRoutes(basePath: string): { method: string; path: string; prefix: boolean }[] {
  const doc = readFileSync(new URL('../../../../docs/server.md', import.meta.url), 'utf8');
  const section = doc.split(/^## /m).find((part) => part.startsWith('Routes the server adds'));
  assert.ok(section, 'docs/server.md has a section "Routes the server adds"');
  const routes = [...section.matchAll(/^\| (GET|POST|PUT|DELETE|ANY) \| `([^`]+)` \|/gm)].map(([, method, template]) => {
    const path = template!.replace('{basePath}', basePath).replace(/\{(\w+)\}/g, ':$1');
    return path.endsWith('/…') ? { method: method!, path: path.slice(0, -1), prefix: true } : { method: method!, path, prefix: false };
  });
  assert.ok(routes.length >= 4, 'the table lists the routes');
  return routes;
}

async function countPhotos(test: TestDatabase): Promise<number> {
  const result = await test.database.db.execute(sql`select count(*)::int as n from photo_files`);
  return Number((result as unknown as { rows: { n: number }[] }).rows[0]!.n);
}

