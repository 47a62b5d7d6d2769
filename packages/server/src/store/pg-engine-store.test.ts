import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { isOrderZoneError, type OrderRequest, type OrderZoneError } from '@orderzone/core';
import type { OrderService, ShopSeed } from '@orderzone/embedded-backend';
import { openDatabase, type Database } from '../db/database.ts';
import { orderAccessTokens, orders, outbox, stock } from '../db/schema.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { drawReadableNumbers } from '../../../core/src/testing/readable-number-draws.ts';
import { importShopSeed } from '../catalog/import-catalog.ts';
import { loadShopSeed } from '../catalog/catalog-store.ts';
import { shirtLine, testShopSeed } from '../testing/test-shop-seed.ts';
import { createServerService } from './server-service.ts';

/** Thursday 30 April 2026, 10:00 in Shanghai: before the test cinema's evening session (1 May). */
const NOW = new Date('2026-04-30T02:00:00Z');
const clock = () => NOW;

/** The tests' shop with only `units` navy shirts in size M left. */
function shopWithLastShirts(units: number): ShopSeed {
  const seed = testShopSeed();
  return {
    ...seed,
    products: seed.products.map((p) => (p.id === 'shirt' ? { ...p, variants: p.variants.map((v) => (v.id === 'shirt-navy-m' ? { ...v, stock: units } : v)) } : p)),
  };
}

function service(database: Database): OrderService {
  return createServerService({ db: database.db, loadCatalog: loadShopSeed, now: clock });
}

const SHIRT = shirtLine(1, 'shirt-navy-m');

async function shirtOrder(api: OrderService, i: number): Promise<OrderRequest> {
  const quote = await api.quote({ currency: 'CNY', lines: [SHIRT], shippingOptionId: 'standard', destination: { country: 'CN', region: '广东省', postalCode: '518057' } });
  return {
    currency: 'CNY',
    lines: [SHIRT],
    contact: { name: `Shopper ${i}`, phone: `139${String(i).padStart(8, '0')}`, email: `shopper${i}@example.com` },
    shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路1号', postalCode: '518057' },
    shippingOptionId: 'standard',
    paymentMethodId: 'alipay',
    expectedTotal: quote.total,
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (isOrderZoneError(error)) return error.code;
    throw error;
  }
}

for (const kind of DATABASE_KINDS) {
  describe(`PostgreSQL engine store on ${kind}`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(kind);
      await importShopSeed(test.database.db, shopWithLastShirts(5));
    });
    after(() => test?.dispose());

    it('places an order, opens it only with its token, finds it by number and contact, and cancels it, giving its stock back', async () => {
      const api = service(test.database);
      const { order, accessToken } = await api.submitOrder(await shirtOrder(api, 1), 'flow-1');
      assert.match(order.orderNumber, /^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
      const [stored] = await test.database.db.select().from(stock).where(eq(stock.variantId, 'shirt-navy-m'));
      assert.equal(stored!.quantity, 4);
      // The database keeps the token's digest, never the token.
      const tokens = await test.database.db.select().from(orderAccessTokens).where(eq(orderAccessTokens.orderNumber, order.orderNumber));
      assert.equal(tokens.length, 1);
      assert.notEqual(tokens[0]!.digest, accessToken);
      assert.deepEqual(await api.getOrder(order.orderNumber, { accessToken }), order);
      assert.equal(await codeOf(api.getOrder(order.orderNumber, {})), 'not_found');
      const found = await api.lookupOrder({ orderNumber: order.orderNumber.toLowerCase(), contact: '+86 139 0000 0001' });
      assert.equal(found.order.orderNumber, order.orderNumber);
      const cancelled = await api.cancelOrder(order.orderNumber, { accessToken: found.accessToken });
      assert.equal(cancelled.status, 'cancelled');
      const [after] = await test.database.db.select().from(stock).where(eq(stock.variantId, 'shirt-navy-m'));
      assert.equal(after!.quantity, 5);
      const [row] = await test.database.db.select().from(orders).where(eq(orders.orderNumber, order.orderNumber));
      assert.deepEqual([row!.status, row!.contactPhone, row!.contactEmail], ['cancelled', '13900000001', 'shopper1@example.com']);
    });

    it('keeps what the engine saved when the call then failed: wrong guesses are counted until the number is refused', async () => {
      const api = service(test.database);
      const { order } = await api.submitOrder(await shirtOrder(api, 2), 'guess-1');
      const answers: string[] = [];
      for (let i = 0; i < 11; i++) answers.push(await codeOf(api.lookupOrder({ orderNumber: order.orderNumber, contact: 'wrong@example.com' }, { clientId: `c${i}` })));
      assert.deepEqual(answers, [...Array(10).fill('not_found'), 'rate_limited']);
      assert.equal(await codeOf(api.lookupOrder({ orderNumber: order.orderNumber, contact: '13900000002' }, { clientId: 'c99' })), 'rate_limited', 'even with the right contact');
    });

    it('gives a new order and a new request for quote a number no other has, though the call loads none of the others', async (t) => {
      const api = service(test.database);
      const signIn = async (phone: string): Promise<string> => {
        await api.requestSignInCode({ channel: 'sms', destination: phone });
        const messages = await test.database.db.select().from(outbox);
        const code = messages.map((m) => m.data as { code?: string; destination?: string }).find((data) => data.destination === phone && data.code)?.code;
        return (await api.verifySignInCode({ channel: 'sms', destination: phone, code: code! })).token;
      };
      const draft = (phone: string) => ({ lines: [{ productId: 'paper', variantId: 'paper-a4', quantity: 100 }], targetDate: '2026-05-20', contact: { name: 'Buyer', phone, email: 'buyer@example.com' } });
      const first = await api.submitOrder(await shirtOrder(api, 41), 'clash-1');
      const firstRfq = await api.rfqs.create(await signIn('13900000041'), draft('13900000041'));
      const otherBuyer = await signIn('13900000042');
      // The next order draws the first order's number, the next request the first request's: each table refuses its repeat.
      const undrawn = drawReadableNumbers(t, [first.order.orderNumber, firstRfq.number!]);
      const second = await api.submitOrder(await shirtOrder(api, 42), 'clash-2');
      const secondRfq = await api.rfqs.create(otherBuyer, draft('13900000042'));
      assert.equal(undrawn(), 0, 'both repeats were drawn');
      assert.match(second.order.orderNumber, /^OZ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
      assert.notEqual(second.order.orderNumber, first.order.orderNumber);
      assert.match(secondRfq.number ?? '', /^RFQ-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
      assert.notEqual(secondRfq.number, firstRfq.number);
      assert.deepEqual((await api.rfqs.listAll()).map((rfq) => rfq.number).sort(), [firstRfq.number, secondRfq.number].sort());
    });

    it('sells the last 5 units to exactly 5 of 100 shoppers ordering at once, and never goes below zero', async () => {
      const db = test.database.db;
      await db.update(stock).set({ quantity: 5 }).where(eq(stock.variantId, 'shirt-navy-m'));
      const api = service(test.database);
      const request = await shirtOrder(api, 3);
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, i) => codeOf(api.submitOrder({ ...request, contact: { ...request.contact, phone: `138${String(i).padStart(8, '0')}` } }, `last-units-${i}`))),
      );
      assert.equal(results.filter((r) => r === 'ok').length, 5);
      assert.equal(results.filter((r) => r === 'out_of_stock').length, 95, `answers: ${[...new Set(results)].join(', ')}`);
      const [left] = await db.select().from(stock).where(eq(stock.variantId, 'shirt-navy-m'));
      assert.equal(left!.quantity, 0);
    });

    it('holds the last free seat for exactly 1 of 50 shoppers asking at once', async () => {
      const api = service(test.database);
      const cinema = (await api.getProduct('cinema')) as { booking: { sessions: { id: string }[] } };
      const sessionId = cinema.booking.sessions[0]!.id;
      const results = await Promise.all(
        Array.from({ length: 50 }, () => codeOf(api.placeHold({ productId: 'cinema', variantId: 'ticket', booking: { type: 'seats', sessionId, seatIds: ['A1'] } }))),
      );
      assert.equal(results.filter((r) => r === 'ok').length, 1);
      assert.equal(results.filter((r) => r === 'conflict').length, 49, `answers: ${[...new Set(results)].join(', ')}`);
    });

    it('answers 20 submissions of one idempotency key at once with one order', async () => {
      const db = test.database.db;
      await db.update(stock).set({ quantity: 50 }).where(eq(stock.variantId, 'shirt-navy-m'));
      const api = service(test.database);
      const request = await shirtOrder(api, 4);
      const placed = await Promise.all(Array.from({ length: 20 }, () => api.submitOrder(request, 'one-key-20-times')));
      assert.equal(new Set(placed.map((p) => p.order.orderNumber)).size, 1);
      const rows = await db.select().from(orders).where(eq(orders.contactPhone, '13900000004'));
      assert.equal(rows.length, 1);
      const [left] = await db.select().from(stock).where(eq(stock.variantId, 'shirt-navy-m'));
      assert.equal(left!.quantity, 49);
      // Every answer carries a token of its own that opens the order.
      for (const { order, accessToken } of placed.slice(0, 3)) assert.equal((await api.getOrder(order.orderNumber, { accessToken })).orderNumber, order.orderNumber);
    });

    it('refuses a broken stored record instead of starting over, and changes nothing', async () => {
      const api = service(test.database);
      const { order, accessToken } = await api.submitOrder(await shirtOrder(api, 5), 'broken-1');
      const db = test.database.db;
      await db.update(orders).set({ data: { ...order, total: { amount: 'lots', currency: 'CNY' } } }).where(eq(orders.orderNumber, order.orderNumber));
      const error = await api.cancelOrder(order.orderNumber, { accessToken }).catch((e: OrderZoneError) => e);
      assert.ok(isOrderZoneError(error) && error.code === 'server', String(error));
      const [row] = await db.select().from(orders).where(eq(orders.orderNumber, order.orderNumber));
      assert.equal(row!.status, 'pending_payment');
    });
  });
}

describe('PostgreSQL engine store: many instances, one database', () => {
  let first: TestDatabase;
  let second: Database;
  before(async () => {
    first = await openTestDatabase('postgres');
    await importShopSeed(first.database.db, shopWithLastShirts(5));
    second = await openDatabase(first.config);
  });
  after(async () => {
    await second?.close();
    await first?.dispose();
  });

  it('sells the last 5 units to exactly 5 of 100 shoppers split across two instances', async () => {
    const a = service(first.database);
    const b = service(second);
    const request = await shirtOrder(a, 7);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => codeOf((i % 2 === 0 ? a : b).submitOrder({ ...request, contact: { ...request.contact, phone: `137${String(i).padStart(8, '0')}` } }, `two-instances-${i}`))),
    );
    assert.equal(results.filter((r) => r === 'ok').length, 5);
    assert.equal(results.filter((r) => r === 'out_of_stock').length, 95);
    const [left] = await first.database.db.select().from(stock).where(eq(stock.variantId, 'shirt-navy-m'));
    assert.equal(left!.quantity, 0);
  });
});

describe('PostgreSQL engine store on PGlite: a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oz-pglite-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps orders in its data folder across a restart', async () => {
    const config = { kind: 'pglite' as const, dataDir: join(dir, 'data') };
    const one = await openDatabase(config);
    await one.migrate();
    await importShopSeed(one.db, shopWithLastShirts(5));
    const api = service(one);
    const { order, accessToken } = await api.submitOrder(await shirtOrder(api, 8), 'restart-1');
    await one.close();
    const two = await openDatabase(config);
    await two.migrate();
    try {
      assert.equal((await service(two).getOrder(order.orderNumber, { accessToken })).orderNumber, order.orderNumber);
    } finally {
      await two.close();
    }
  });
});
