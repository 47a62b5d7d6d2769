/**
 * End to end, `npm start`'s server (examples/shop/server/demo-server.ts), through the shop's own
 * origin as a browser reaches it: the API under `/api` with the demo catalog seeded, the simulated
 * provider's payment pages on that origin, an order's event stream passed through as it happens, the
 * merchant key put into `console.html` and taking the admin API, and everything still there after a
 * restart on the same data folder. A second server refuses a folder in use, and in production the
 * console page gets no key.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Order, OrderRequest } from '@orderzone/core';
import { createRestAdapter } from '@orderzone/core/rest';
import { freshDataDir, startShopServer } from './shop-harness.ts';

const ORDER: OrderRequest = {
  currency: 'CNY',
  lines: [{ productId: 'cotton-tee', variantId: 'tee-navy-m', quantity: 2, personalization: {} }],
  contact: { name: '张三', phone: '13800138000', email: 'zhang.san@example.com' },
  shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
  shippingOptionId: 'standard',
  paymentMethodId: 'alipay',
  expectedTotal: { amount: 17000, currency: 'CNY' },
};

/** The merchant key `console.html` carries, if any. */
async function keyInConsolePage(url: string): Promise<string | undefined> {
  const page = await (await fetch(`${url}console.html`)).text();
  return /<meta name="orderzone-merchant-key" content="([^"]+)"/.exec(page)?.[1];
}

async function adminOrders(url: string, key: string): Promise<{ status: number; orders: Order[] }> {
  const response = await fetch(`${url}api/admin/orders`, { headers: { Authorization: `Bearer ${key}` } });
  return { status: response.status, orders: response.ok ? ((await response.json()) as { orders: Order[] }).orders : [] };
}

describe('the demo server of npm start', () => {
  const folders: string[] = [];
  let dataDir: string;
  const nodeEnv = process.env.NODE_ENV;
  const restoreNodeEnv = () => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  };

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'orderzone-demo-'));
    folders.push(dataDir);
  });
  after(async () => {
    restoreNodeEnv();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  let placed: { orderNumber: string; accessToken: string; key: string };

  it('serves the API on the shop’s origin, payment pages there too, order events as they happen, and a merchant key to the console', async () => {
    const shop = await startShopServer(dataDir);
    try {
      const api = createRestAdapter({ baseUrl: `${shop.url}api` });
      const { order, accessToken } = await api.submitOrder(ORDER, { idempotencyKey: 'demo-server-1' });
      assert.equal(order.status, 'pending_payment');
      // The simulated provider's QR code opens its page on the shop's origin.
      assert.equal(order.payment.type, 'qr_code');
      const payload = order.payment.type === 'qr_code' ? order.payment.payload : '';
      assert.ok(payload.startsWith(`${shop.url}api/payments/simulated/pages/`), payload);
      const page = await fetch(payload);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /模拟支付 · Simulated payment/);

      // The console page carries the demo's key (kept in the data folder), and it opens the admin API.
      const key = await keyInConsolePage(shop.url);
      assert.match(key ?? '', /^ozk_/);
      assert.equal(JSON.parse(await readFile(join(dataDir, 'merchant-key.json'), 'utf8')).key, key);
      const listed = await adminOrders(shop.url, key!);
      assert.deepEqual(listed.orders.map((o) => o.orderNumber), [order.orderNumber]);
      assert.equal((await adminOrders(shop.url, 'ozk_not-a-key')).status, 401);

      // The shopper's event stream passes through as it happens: the payment simulated by the console shows up on it.
      const seen: Order[] = [];
      const stop = new AbortController();
      const paid = new Promise<void>((resolve) => {
        void api.watchOrder!(order.orderNumber, { accessToken }, (update) => {
          seen.push(update);
          if (update.status === 'paid') resolve();
        }, { signal: stop.signal }).catch(() => undefined);
      });
      const simulated = await fetch(`${shop.url}api/admin/orders/${order.orderNumber}/simulate-payment`, { method: 'POST', headers: { Authorization: `Bearer ${key}` } });
      assert.equal(simulated.status, 200);
      await paid;
      stop.abort();
      assert.equal(seen.at(-1)!.status, 'paid');

      // A second server on the same folder (a second npm start) refuses it, saying why.
      const second = await startShopServer(dataDir, { waitForApi: false });
      try {
        const answer = await fetch(`${second.url}api/checkout-options`);
        assert.equal(answer.status, 503);
        assert.match(((await answer.json()) as { error: { message: string } }).error.message, /is in use by another demo server \(process \d+\)/);
      } finally {
        await second.close();
      }
      placed = { orderNumber: order.orderNumber, accessToken, key: key! };
    } finally {
      await shop.close();
    }
  });

  it('keeps the orders and the merchant key across a restart on the same data folder', async () => {
    const shop = await startShopServer(dataDir);
    try {
      const api = createRestAdapter({ baseUrl: `${shop.url}api` });
      const order = await api.getOrder(placed.orderNumber, { accessToken: placed.accessToken });
      assert.equal(order.status, 'paid');
      assert.equal(await keyInConsolePage(shop.url), placed.key);
      assert.deepEqual((await adminOrders(shop.url, placed.key)).orders.map((o) => o.orderNumber), [placed.orderNumber]);
    } finally {
      await shop.close();
    }
  });

  it('puts no merchant key into the console page in production', async () => {
    // (A first start on an empty folder is the first test's: this one starts from an initialised database.)
    const folder = await freshDataDir();
    folders.push(folder);
    process.env.NODE_ENV = 'production';
    try {
      const shop = await startShopServer(folder);
      try {
        assert.equal(await keyInConsolePage(shop.url), undefined);
        assert.match(await (await fetch(`${shop.url}console.html`)).text(), /<main class="console">/, 'the page itself is served');
      } finally {
        await shop.close();
      }
    } finally {
      restoreNodeEnv();
    }
  });
});
