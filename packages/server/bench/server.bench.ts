/**
 * The server under load (`npm run bench`; never a test), on PGlite and on PostgreSQL
 * (`ORDERZONE_TEST_DATABASE_URL`, default the local server; a database is created and dropped).
 *
 * The server runs in its own process (`bench-server.ts`) as a merchant would run it: rate limits
 * counted in the database, risk rules, the simulated provider starting a payment for every order,
 * the message worker queueing order notices. This process is the shoppers: 50 concurrent clients on
 * loopback, each request from one of 5,000 addresses behind one trusted proxy (no shopper reaches
 * the per-client limit), orders spread over the demo catalog's goods.
 *
 * Two measures per call:
 * - **closed loop**: 50 clients, each sending its next request when the last is answered, for the
 *   most the server can do (with 50 in flight, latency is 50 ÷ throughput by Little's law);
 * - **open loop** at the goal's rate (500 quotes/s, 200 orders/s) spread over the 50 clients: the
 *   latency a shopper sees at that load, measured from when each request was due (so a slow answer
 *   also counts against the requests queued behind it).
 *
 * Prints one table; `docs/performance.md` records the figures.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { demoShop } from '@orderzone/embedded-backend';
import type { LineRequest, Money, OrderRequest } from '@orderzone/core';
import { createPostgresDatabase } from '../src/testing/databases.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const GOAL = { quote: 500, order: 200 };
const ADDRESSES = 5000;
const destination = { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' };

/** One line of each goods product a shopper can order without typing anything. */
const basket: LineRequest[] = demoShop.products
  .filter((product) => product.kind === 'goods' && !(product.personalization ?? []).some((field) => field.required))
  .map((product) => ({ productId: product.id, variantId: product.variants[0]!.id, quantity: product.quantity?.min ?? 1, personalization: {} }));

interface Result {
  latencies: number[];
  failures: Map<string, number>;
  seconds: number;
}

type Call = (n: number) => Promise<Response>;

async function timed(call: Call, n: number, from: number, result: Result): Promise<void> {
  const response = await call(n).catch((error: unknown) => new Response(String(error), { status: 599 }));
  await response.arrayBuffer();
  result.latencies.push(performance.now() - from);
  if (!response.ok) result.failures.set(String(response.status), (result.failures.get(String(response.status)) ?? 0) + 1);
}

/** `CLIENTS` clients, each sending its next request when the last is answered. */
async function closedLoop(seconds: number, call: Call, first = 0): Promise<Result> {
  const result: Result = { latencies: [], failures: new Map(), seconds: 0 };
  const started = performance.now();
  const until = started + seconds * 1000;
  let n = first;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) await timed(call, n++, performance.now(), result);
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** `rate` requests per second over `CLIENTS` clients, each due at its time; latency counted from when it was due. */
async function openLoop(seconds: number, rate: number, call: Call, first = 0): Promise<Result> {
  const result: Result = { latencies: [], failures: new Map(), seconds: 0 };
  const started = performance.now();
  const total = Math.round(seconds * rate);
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (;;) {
        const i = next++;
        if (i >= total) return;
        const due = started + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        await timed(call, first + i, due, result);
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function row(kind: string, what: string, result: Result): string {
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const failed = [...result.failures].map(([status, count]) => `${count}×${status}`).join(' ') || '0';
  return `| ${kind} | ${what} | ${(result.latencies.length / result.seconds).toFixed(0)} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 95).toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} | ${failed} |`;
}

/** Starts `bench-server.ts` and resolves with its URL and how to stop it. */
async function serve(env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const script = fileURLToPath(new URL('./bench-server.ts', import.meta.url));
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), '--conditions=@orderzone/source', '--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bench server exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('{')) resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function benchOn(kind: 'pglite' | 'postgres'): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'oz-bench-'));
  const created = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const server = await serve(created ? { BENCH_DATABASE_URL: created.url } : { BENCH_DATA_DIR: join(folder, 'data') });
  try {
    const api = `${server.url}/api`;
    const from = (n: number) => `198.51.${Math.floor((n % ADDRESSES) / 250)}.${(n % ADDRESSES) % 250}`;
    const post = (path: string, n: number, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${api}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from(n), ...headers }, body: JSON.stringify(body) });
    const quoteOf = (line: LineRequest) => ({ currency: 'CNY', lines: [line], shippingOptionId: 'standard', destination: { country: 'CN', region: '上海市' } });

    // The total of each line, as a storefront learns it before placing the order.
    const totals: Money[] = [];
    for (const line of basket) {
      const answer = await post('/quotes', 0, quoteOf(line));
      if (!answer.ok) throw new Error(`POST /quotes answered ${answer.status}: ${await answer.text()}`);
      totals.push(((await answer.json()) as { total: Money }).total);
    }
    const runId = Date.now().toString(36);
    const quote: Call = (n) => post('/quotes', n, quoteOf(basket[n % basket.length]!));
    const order: Call = (n) => {
      const i = n % basket.length;
      const body: OrderRequest = {
        currency: 'CNY', lines: [basket[i]!], shippingOptionId: 'standard', shippingAddress: destination, paymentMethodId: 'alipay', expectedTotal: totals[i]!,
        contact: { name: '压测', phone: `139${String(n % 100_000_000).padStart(8, '0')}`, email: `bench-${runId}-${n}@example.com` },
      };
      return post('/orders', n, body, { 'Idempotency-Key': `bench-${runId}-${n}` });
    };
    const probe = await order(0);
    if (!probe.ok) throw new Error(`POST /orders answered ${probe.status}: ${await probe.text()}`);

    await closedLoop(2, quote); // warm up
    const rows = [
      row(kind, `quote, ${CLIENTS} clients flat out`, await closedLoop(SECONDS, quote)),
      row(kind, `quote at ${GOAL.quote}/s`, await openLoop(SECONDS, GOAL.quote, quote)),
      row(kind, `order, ${CLIENTS} clients flat out`, await closedLoop(SECONDS, order, 1_000_000)),
      row(kind, `order at ${GOAL.order}/s`, await openLoop(SECONDS, GOAL.order, order, 2_000_000)),
    ];
    return rows;
  } finally {
    await server.stop();
    await created?.drop().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  }
}

console.log(`OrderZone server: ${CLIENTS} concurrent clients on loopback, ${SECONDS} s per measure, ${cpus().length} CPU cores, Node ${process.version}\n`);
console.log('| database | measure | answered per second | p50 ms | p95 ms | p99 ms | failed |');
console.log('|---|---|---:|---:|---:|---:|---|');
for (const kind of (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[]) {
  for (const line of await benchOn(kind)) console.log(line);
}
console.log(`\nGoal on 2 cores with PostgreSQL (issue 13): at least ${GOAL.quote} quotes/s and ${GOAL.order} orders/s, p95 under 50 ms.`);
