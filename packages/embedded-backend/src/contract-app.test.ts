import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OrderRequest } from '@orderzone/core';
import { ErrorBodySchema, REST_ENDPOINTS, type Endpoint } from '@orderzone/core/rest';
import { OrderSchema } from '@orderzone/core/schemas';
import { createContractApp, type OrderChangeFeed, type PhotoUpload } from './contract-app.ts';
import { routePattern } from './route-pattern.ts';
import { engineStore } from './engine-store.ts';
import { createOrderEngine, type OrderEngine } from './order-engine.ts';
import { createOrderService } from './order-service.ts';
import { shirtLine, testShop } from '../../core/src/testing/test-shop.ts';

const request: OrderRequest = {
  currency: 'CNY',
  lines: [shirtLine(2)],
  contact: { name: '张三', phone: '13800138000', email: 'zhang@example.com' },
  shippingAddress: { country: 'CN', region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道100号', postalCode: '200120' },
  shippingOptionId: 'standard',
  paymentMethodId: 'alipay',
  // Two test shirts at ¥79.00 and standard delivery at ¥12.00.
  expectedTotal: { amount: 17000, currency: 'CNY' },
};

/** A feed the test fires by hand: what a server's database notifications do. */
function manualFeed(): OrderChangeFeed & { fire(orderNumber: string): void; count(): number } {
  const listeners = new Map<string, Set<() => void>>();
  return {
    async subscribe(orderNumber, listener) {
      const set = listeners.get(orderNumber) ?? new Set();
      set.add(listener);
      listeners.set(orderNumber, set);
      return () => set.delete(listener);
    },
    fire: (orderNumber) => listeners.get(orderNumber)?.forEach((listener) => listener()),
    count: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
  };
}

function setup(options: { feed?: OrderChangeFeed; heartbeatMs?: number } = {}) {
  const engine: OrderEngine = createOrderEngine({ seed: testShop() });
  const stored: PhotoUpload[] = [];
  const discarded: string[] = [];
  const app = createContractApp(createOrderService(engineStore(engine)), {
    storePhoto: async (photo) => {
      stored.push(photo);
      return `https://files.test/${stored.length}`;
    },
    discardPhoto: (url) => {
      discarded.push(url);
    },
    ...(options.feed ? { orderChanges: options.feed } : {}),
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
  });
  return { engine, app, stored, discarded };
}

/** A body stream that counts how many chunks were pulled from it. */
function countedStream(chunks: number, chunkBytes: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => pulled };
}

/** Reads an event stream until `until` matches what came so far (or it ends), and answers the text. */
async function readUntil(response: Response, until: (text: string) => boolean): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!until(text)) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text;
}

/** The `data` of every `order` event in an event-stream text, parsed. */
function orderEvents(text: string) {
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event: order\n'))
    .map((block) => OrderSchema.parse(JSON.parse(block.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n'))));
}

describe('the contract app', () => {
  it('has one route for every endpoint of the contract, and the optional event stream only with a feed of order changes', () => {
    const key = (method: string, path: string) => `${method} ${path}`;
    const routes = (app: ReturnType<typeof setup>['app']) => new Set(app.routes.map((r) => key(r.method, r.path)));
    const endpoints = Object.values(REST_ENDPOINTS) as Endpoint[];
    const without = routes(setup().app);
    // Optional endpoints the engine serves anyway (recommendations); only the event stream needs a feed.
    assert.deepEqual([...without].sort(), endpoints.filter((e) => !e.eventStream).map((e) => key(e.method, routePattern(e.path))).sort());
    const withFeed = routes(setup({ feed: manualFeed() }).app);
    assert.deepEqual([...withFeed].sort(), endpoints.map((e) => key(e.method, routePattern(e.path))).sort());
  });

  it('refuses a photo of another type from its headers, without reading the body (415)', async () => {
    const { app, stored } = setup();
    const body = countedStream(100, 1024);
    const response = await app.request('/orders/OZ-22222-22222/return-photos', { method: 'POST', headers: { 'Content-Type': 'image/gif' }, body: body.stream, duplex: 'half' } as RequestInit);
    assert.equal(response.status, 415);
    assert.equal(ErrorBodySchema.parse(await response.json()).error.fieldErrors?.[0]?.code, 'photo_type');
    assert.equal(body.pulled(), 0);
    assert.deepEqual(stored, []);
  });

  it('stops reading a photo sent without Content-Length as soon as it passes 5 MiB (413), and keeps nothing', async () => {
    const { app, stored } = setup();
    // 64 chunks of 128 KiB: 8 MiB offered, 5 MiB allowed.
    const body = countedStream(64, 128 * 1024);
    const response = await app.request('/orders/OZ-22222-22222/return-photos', { method: 'POST', headers: { 'Content-Type': 'image/jpeg' }, body: body.stream, duplex: 'half' } as RequestInit);
    assert.equal(response.status, 413);
    assert.deepEqual(ErrorBodySchema.parse(await response.json()).error.fieldErrors, [{ field: 'photos', code: 'photo_too_large', params: { max: 5 } }]);
    assert.ok(body.pulled() <= 41, `read ${body.pulled()} chunks`);
    assert.deepEqual(stored, []);
  });

  it('hands an accepted photo to storePhoto, and discards it when the order refuses it', async () => {
    const { app, engine, stored, discarded } = setup();
    const placed = engine.submitOrder(request, 'photo-1');
    engine.markPaid(placed.order.orderNumber);
    engine.markShipped(placed.order.orderNumber, { carrier: 'SF Express', number: 'SF1' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const upload = (token: string) =>
      app.request(`/orders/${placed.order.orderNumber}/return-photos`, { method: 'POST', headers: { 'Content-Type': 'image/png', 'Order-Access-Token': token }, body: png });
    const accepted = await upload(placed.accessToken);
    assert.equal(accepted.status, 201);
    assert.equal(((await accepted.json()) as { url: string }).url, 'https://files.test/1');
    assert.deepEqual(stored.map((p) => [p.orderNumber, p.contentType, [...p.bytes]]), [[placed.order.orderNumber, 'image/png', [...png]]]);
    const refused = await upload('not-the-token');
    assert.equal(refused.status, 404);
    assert.deepEqual(discarded, ['https://files.test/2']);
  });

  it('streams the order at once and after each change, ends at a terminal status, and asks for the same proof as GET /orders/{orderNumber}', async () => {
    const feed = manualFeed();
    const { app, engine } = setup({ feed });
    const placed = engine.submitOrder(request, 'watch-1');
    const number = placed.order.orderNumber;

    const stranger = await app.request(`/orders/${number}/events`, { headers: { 'Order-Access-Token': 'not-the-token' } });
    assert.deepEqual([stranger.status, stranger.headers.get('Content-Type'), ErrorBodySchema.parse(await stranger.json()).error.code], [404, 'application/json', 'not_found']);
    assert.equal(feed.count(), 0);

    const response = await app.request(`/orders/${number}/events`, { headers: { 'Order-Access-Token': placed.accessToken } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'text/event-stream');
    const all = readUntil(response, () => false);
    // The first event is written at once; then the order changes and the feed says so.
    await new Promise((resolve) => setTimeout(resolve, 20));
    engine.cancelOrder(number, { accessToken: placed.accessToken });
    feed.fire(number);
    const text = await all;
    assert.deepEqual(orderEvents(text).map((o) => o.status), ['pending_payment', 'cancelled']);
    assert.equal(feed.count(), 0, 'the stream stopped following the order');
  });

  it('keeps an idle stream open with heartbeat comments, and stops following when the client goes away', async () => {
    const feed = manualFeed();
    const { app, engine } = setup({ feed, heartbeatMs: 20 });
    const placed = engine.submitOrder(request, 'watch-2');
    const response = await app.request(`/orders/${placed.order.orderNumber}/events`, { headers: { 'Order-Access-Token': placed.accessToken } });
    const text = await readUntil(response, (t) => t.includes(': heartbeat\n\n'));
    assert.deepEqual(orderEvents(text).map((o) => o.orderNumber), [placed.order.orderNumber]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal(feed.count(), 0);
  });
});
