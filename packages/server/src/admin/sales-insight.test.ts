import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { LineRequest, Order, OrderRequest } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import { stock } from '../db/schema.ts';
import { adminTestApp, type AdminTestApp } from '../testing/admin-test-app.ts';
import { DATABASE_KINDS } from '../testing/databases.ts';
import { shirtLine } from '../testing/test-shop-seed.ts';

/** 10:00 in Shanghai on Monday 4 May 2026. */
const MONDAY = new Date('2026-05-04T02:00:00Z');
const DAY = 24 * 60 * 60_000;
let clock = MONDAY;
const now = () => clock;

const shirt = (quantity: number): LineRequest => shirtLine(quantity, 'shirt-navy-m');
const mug: LineRequest = { productId: 'mug', variantId: 'mug', quantity: 1, personalization: {} };
const bank = (quantity: number): LineRequest => ({ productId: 'power-bank', variantId: 'bank-20000', quantity, personalization: {} });

let shoppers = 0;
async function placeOrder(service: OrderService, lines: LineRequest[]): Promise<{ order: Order; accessToken: string }> {
  shoppers += 1;
  const destination = { country: 'CN', region: '广东省', postalCode: '518057' };
  const quote = await service.quote({ currency: 'CNY', lines, shippingOptionId: 'standard', destination });
  const request: OrderRequest = {
    currency: 'CNY',
    lines,
    contact: { name: `Shopper ${shoppers}`, phone: `137${String(shoppers).padStart(8, '0')}`, email: `insight${shoppers}@example.com` },
    shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: `科技园路${shoppers}号`, postalCode: '518057' },
    shippingOptionId: 'standard',
    paymentMethodId: 'alipay',
    expectedTotal: quote.total,
  };
  return service.submitOrder(request, `insight-${shoppers}`);
}

for (const kind of DATABASE_KINDS) {
  describe(`admin insight on ${kind}`, () => {
    let admin: AdminTestApp;
    let monday: Order;
    let tuesday: Order;

    before(async () => {
      clock = MONDAY;
      admin = await adminTestApp(kind, { now, keyName: 'Insight' });
      const { service } = admin;
      monday = (await placeOrder(service, [shirt(2), mug])).order;
      clock = new Date(MONDAY.getTime() + DAY);
      tuesday = (await placeOrder(service, [mug])).order;
      // Cancelled: counts as no sale.
      const cancelled = await placeOrder(service, [bank(3)]);
      await service.cancelOrder(cancelled.order.orderNumber, { accessToken: cancelled.accessToken });
      // Three mugs left, two sold in two days.
      await admin.db.update(stock).set({ quantity: 3 }).where(eq(stock.variantId, 'mug'));
      clock = new Date(MONDAY.getTime() + 2 * DAY);
    });
    after(() => admin?.dispose());

    const insight = (query = '') => admin.get(`/insights${query}`);

    it('answers sales by day (days without sales included) and by product, in the merchant’s days, without cancelled orders', async () => {
      const { status, body } = await insight('?days=3');
      assert.equal(status, 200);
      assert.deepEqual([body.from, body.to, body.currency, body.timeZone], ['2026-05-04', '2026-05-06', 'CNY', 'Asia/Shanghai']);
      assert.deepEqual(body.salesByDay, [
        { date: '2026-05-04', orders: 1, units: 3, revenue: monday.total },
        { date: '2026-05-05', orders: 1, units: 1, revenue: tuesday.total },
        { date: '2026-05-06', orders: 0, units: 0, revenue: { amount: 0, currency: 'CNY' } },
      ]);
      const lineTotal = (order: Order, productId: string) => order.lines.filter((l) => l.productId === productId).reduce((sum, l) => sum + l.total.amount, 0);
      const mugRevenue = lineTotal(monday, 'mug') + lineTotal(tuesday, 'mug');
      const shirtRevenue = lineTotal(monday, 'shirt');
      assert.deepEqual(
        body.salesByProduct.map((p: any) => [p.productId, p.orders, p.units, p.revenue.amount]).sort(),
        [['shirt', 1, 2, shirtRevenue], ['mug', 2, 2, mugRevenue]].sort(),
      );
      assert.ok(!body.salesByProduct.some((p: any) => p.productId === 'power-bank'), 'the cancelled order sold nothing');
      assert.deepEqual(body.salesByProduct[0].title, monday.lines.find((l) => l.productId === body.salesByProduct[0].productId)!.title);
      // Best sellers: by units, then revenue.
      assert.deepEqual(body.bestSellers.map((p: any) => p.productId), shirtRevenue > mugRevenue ? ['shirt', 'mug'] : ['mug', 'shirt']);
      // One day only: today, nothing sold yet.
      assert.deepEqual((await insight('?days=1')).body.salesByProduct, []);
    });

    it('forecasts when stock runs out at the pace of recent sales', async () => {
      const { body } = await insight();
      assert.deepEqual(body.lowStock, [
        // 2 mugs in the last 14 days: 0.14 a day; 3 left last about 21 days.
        { productId: 'mug', variantId: 'mug', sku: 'MUG', title: body.lowStock[0].title, stock: 3, unitsPerDay: 0.1, runsOutInDays: 21 },
      ]);
      assert.deepEqual(body.lowStock[0].title, { 'zh-CN': '马克杯', 'en-US': 'Mug' });
      // A shorter horizon leaves it out; a shorter velocity window with the same sales makes it sooner.
      assert.deepEqual((await insight('?horizonDays=20')).body.lowStock, []);
      assert.equal((await insight('?velocityDays=7')).body.lowStock[0].runsOutInDays, 10);
    });

    it('refuses a parameter it cannot use, naming it', async () => {
      for (const [query, field] of [['?days=0', 'days'], ['?days=abc', 'days'], ['?timeZone=Mars/Olympus', 'timeZone'], ['?velocityDays=91', 'velocityDays']] as const) {
        const { status, body } = await insight(query);
        assert.equal(status, 400, query);
        assert.deepEqual(body.error.fieldErrors, [{ field, code: 'invalid' }]);
      }
      const none = await admin.app.request('/insights');
      assert.equal(none.status, 401);
    });
  });
}
