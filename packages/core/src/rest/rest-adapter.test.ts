import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse, delay } from 'msw';
import { createOrderEngine } from '@orderzone/embedded-backend';
import { createHttpHandlers } from '@orderzone/embedded-backend/http-handlers';
import { OrderZoneError } from '../errors.ts';
import type { OrderRequest } from '../order/order-schema.ts';
import { createRestAdapter } from './rest-adapter.ts';
import { rejectsWith } from '../testing/rejects-with.ts';
import { testShop } from '../testing/test-shop.ts';

const BASE = 'https://shop.test/api';
const server = setupServer();

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

beforeEach(() => {
  const engine = createOrderEngine({ seed: testShop(), now: () => new Date('2025-03-14T08:00:00Z') });
  server.use(...createHttpHandlers(engine, { baseUrl: BASE }));
});

const adapter = () => createRestAdapter({ baseUrl: `${BASE}/` });

const order: OrderRequest = {
  currency: 'CNY',
  lines: [{ productId: 'flask', variantId: 'flask-500ml-navy', quantity: 2, personalization: { engraving: 'Happy birthday' } }],
  contact: { name: 'Wang Fang', phone: '+86 139 0013 9000', email: 'wang@example.com' },
  shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路1号', postalCode: '518057' },
  shippingOptionId: 'standard',
  paymentMethodId: 'card',
  couponCode: 'TEST10',
  // The tests' shop: 2 × 169.00 = 338.00, − 10 % (TEST10), standard delivery free from 199.00
  expectedTotal: { amount: 30420, currency: 'CNY' },
};


// What the REST adapter does against a backend serving the contract (catalog, checkout, the order's
// lifecycle, accounts, bookings...) is `rest-adapter-contract.test.ts`: one suite, also run against
// the real server by `@orderzone/server`. Here: what the adapter itself sends and how it fails.
describe('REST adapter requests', () => {
  it('sends the configured headers and the locale', async () => {
    let seen: Headers | undefined;
    server.use(http.get(`${BASE}/checkout-options`, ({ request }) => {
      seen = request.headers;
      return HttpResponse.json({ paymentMethods: [{ id: 'alipay', kind: 'alipay', label: '支付宝' }], countries: ['CN'] });
    }));
    const api = createRestAdapter({ baseUrl: BASE, headers: async () => ({ Authorization: 'Bearer t0ken' }) });
    await api.getCheckoutOptions({ locale: 'en-US' });
    assert.equal(seen?.get('authorization'), 'Bearer t0ken');
    assert.equal(seen?.get('accept-language'), 'en-US');
  });
});

describe('REST adapter SKU lookup', () => {
  it('finds the products of SKUs (any case) with POST /sku-lookups, loaded on its first call', async () => {
    const products = await adapter().findSkus!(['shirt-navy-m', 'NO-SUCH-SKU']);
    assert.deepEqual(products.map((p) => p.id), ['shirt']);
  });
});

describe('REST adapter failure handling', () => {
  it('reports an unreachable backend as network', async () => {
    server.use(http.get(`${BASE}/categories`, () => HttpResponse.error()));
    const error = await rejectsWith(adapter().listCategories(), 'network');
    assert.equal(error.retryable, true);
  });

  it('reports 5xx as server, using the error body when there is one', async () => {
    server.use(http.get(`${BASE}/categories`, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } })));
    const bare = await rejectsWith(adapter().listCategories(), 'server');
    assert.equal(bare.status, 502);
    server.use(http.get(`${BASE}/categories`, () => HttpResponse.json({ error: { code: 'server', message: 'database down' } }, { status: 500 })));
    const described = await rejectsWith(adapter().listCategories(), 'server');
    assert.match(described.message, /database down/);
  });

  it('reports 429 as rate_limited with Retry-After', async () => {
    server.use(http.post(`${BASE}/quotes`, () => HttpResponse.json({ error: { code: 'rate_limited', message: 'slow down' } }, { status: 429, headers: { 'Retry-After': '30' } })));
    const error = await rejectsWith(adapter().quote({ currency: 'CNY', lines: [] }), 'rate_limited');
    assert.equal(error.retryAfterSeconds, 30);
    server.use(http.post(`${BASE}/quotes`, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '7' } })));
    assert.equal((await rejectsWith(adapter().quote({ currency: 'CNY', lines: [] }), 'rate_limited')).retryAfterSeconds, 7);
  });

  it('maps statuses without an error body', async () => {
    const cases: [number, string][] = [[404, 'not_found'], [401, 'unauthorized'], [403, 'unauthorized'], [409, 'conflict'], [400, 'validation'], [418, 'bad_response']];
    for (const [status, code] of cases) {
      server.use(http.get(`${BASE}/products/x`, () => new HttpResponse('nope', { status })));
      const error = await rejectsWith(adapter().getProduct('x'), code);
      assert.equal(error.status, status);
    }
  });

  it('uses the field errors of a 400 error body', async () => {
    const fieldErrors = [{ field: 'contact.email', code: 'invalid_email' }, { field: 'note', code: 'too_long', params: { max: 500 } }];
    server.use(http.post(`${BASE}/orders`, () => HttpResponse.json({ error: { code: 'validation', message: 'bad', fieldErrors } }, { status: 400 })));
    const error = await rejectsWith(adapter().submitOrder(order, { idempotencyKey: 'k' }), 'validation');
    assert.deepEqual(error.fieldErrors, fieldErrors);
  });

  it('takes price_changed with a valid quote, and rejects a malformed quote in details', async () => {
    const engine = createOrderEngine({ seed: testShop() });
    const quote = engine.quote({ currency: 'CNY', lines: order.lines });
    server.use(http.post(`${BASE}/orders`, () => HttpResponse.json({ error: { code: 'price_changed', message: 'new prices', details: { quote } } }, { status: 409 })));
    const changed = await rejectsWith(adapter().submitOrder(order, { idempotencyKey: 'k' }), 'price_changed');
    assert.deepEqual(changed.details.quote, quote);
    server.use(http.post(`${BASE}/orders`, () => HttpResponse.json({ error: { code: 'price_changed', message: 'new prices', details: { quote: { total: 12 } } } }, { status: 409 })));
    await rejectsWith(adapter().submitOrder(order, { idempotencyKey: 'k' }), 'bad_response');
  });

  it('reports malformed JSON and schema mismatches as bad_response naming the endpoint and field', async () => {
    server.use(http.get(`${BASE}/products/p1`, () => new HttpResponse('{"id": "p1",', { status: 200, headers: { 'Content-Type': 'application/json' } })));
    const notJson = await rejectsWith(adapter().getProduct('p1'), 'bad_response');
    assert.match(notJson.message, /GET \/products\/\{productId\}.*not JSON/);

    const product = createOrderEngine({ seed: testShop() }).getProduct('paper');
    server.use(http.get(`${BASE}/products/p1`, () => HttpResponse.json({ ...product, variants: [{ ...product.variants[0], price: { amount: 29.9, currency: 'CNY' } }] })));
    const mismatch = await rejectsWith(adapter().getProduct('p1'), 'bad_response');
    assert.match(mismatch.message, /GET \/products\/\{productId\}.*variants\.0\.price\.amount/);

    server.use(http.get(`${BASE}/checkout-options`, () => new HttpResponse(null, { status: 200 })));
    await rejectsWith(adapter().getCheckoutOptions(), 'bad_response');
  });

  it('gives up with timeout when the backend is too slow', async () => {
    server.use(http.get(`${BASE}/categories`, async () => {
      await delay('infinite');
      return HttpResponse.json({ categories: [] });
    }));
    const error = await rejectsWith(createRestAdapter({ baseUrl: BASE, timeoutMs: 30 }).listCategories(), 'timeout');
    assert.equal(error.retryable, true);
  });

  it('rejects with aborted when the caller cancels, before or during the request', async () => {
    server.use(http.get(`${BASE}/products`, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    await rejectsWith(adapter().searchProducts({}, { signal: AbortSignal.abort() }), 'aborted');
    const controller = new AbortController();
    const pending = adapter().searchProducts({ text: 'pen' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await rejectsWith(pending, 'aborted');
  });

  it('encodes path parameters and proves access in headers, never in the URL', async () => {
    let url: URL | undefined;
    let headers: Headers | undefined;
    server.use(http.get(`${BASE}/orders/:orderNumber`, ({ request }) => {
      url = new URL(request.url);
      headers = request.headers;
      return HttpResponse.json({ error: { code: 'not_found', message: 'no' } }, { status: 404 });
    }));
    await rejectsWith(adapter().getOrder('OZ/1 2', { accessToken: 'secret-token-0123456789abcdef', sessionToken: 'session-1' }), 'not_found');
    assert.equal(url?.pathname, '/api/orders/OZ%2F1%202');
    assert.equal(url?.search, '', 'nothing in the query string');
    assert.equal(headers?.get('Order-Access-Token'), 'secret-token-0123456789abcdef');
    assert.equal(headers?.get('Authorization'), 'Bearer session-1');
  });

  it('turns a failing headers callback into an OrderZoneError', async () => {
    const api = createRestAdapter({ baseUrl: BASE, headers: () => { throw new Error('token refresh failed'); } });
    const error = await rejectsWith(api.listCategories(), 'config');
    assert.match(error.message, /token refresh failed/);
  });

  it('needs a base URL', () => {
    assert.throws(() => createRestAdapter({ baseUrl: ' ' }), (e: unknown) => e instanceof OrderZoneError && e.code === 'config');
  });
});

describe('REST adapter trust boundaries', () => {
  it('never follows a redirect: a 3xx is a bad_response naming the status and Location, and nothing reaches the other origin', async () => {
    const reachedElsewhere: string[] = [];
    server.use(
      http.post(`${BASE}/orders`, () => new HttpResponse(null, { status: 301, headers: { Location: 'https://evil.test/steal' } })),
      http.get(`${BASE}/categories`, () => new HttpResponse(null, { status: 307, headers: { Location: 'https://evil.test/categories' } })),
      http.all('https://evil.test/*', ({ request }) => {
        reachedElsewhere.push(`${request.method} ${request.url} ${request.headers.get('X-Api-Key') ?? ''} ${request.headers.get('Idempotency-Key') ?? ''}`);
        return HttpResponse.json({ categories: [] });
      }),
    );
    const api = createRestAdapter({ baseUrl: BASE, headers: () => ({ 'X-Api-Key': 'merchant-key' }) });
    const submitted = await rejectsWith(api.submitOrder(order, { idempotencyKey: 'redirected' }), 'bad_response');
    assert.equal(submitted.status, 301);
    assert.match(submitted.message, /301 redirecting to "https:\/\/evil\.test\/steal".*not followed/);
    assert.deepEqual(submitted.details, { location: 'https://evil.test/steal' });
    const listed = await rejectsWith(api.listCategories(), 'bad_response');
    assert.match(listed.message, /307/);
    assert.deepEqual(reachedElsewhere, [], 'no header, key or body went to the other origin');
  });

  it('refuses a plain-http baseUrl off the local machine, unless the developer opts in', () => {
    for (const baseUrl of ['http://shop.example.com/api', 'HTTP://192.168.1.20/api', 'ftp://shop.example.com/api']) {
      assert.throws(() => createRestAdapter({ baseUrl }), (e: unknown) => e instanceof OrderZoneError && e.code === 'config' && /https:/.test(e.message), baseUrl);
    }
    assert.throws(() => createRestAdapter({ baseUrl: 'http://shop.example.com/api' }), /allowInsecureHttp: true/);
    for (const baseUrl of ['http://localhost:8787/api', 'http://127.0.0.1/api', 'http://[::1]:3000/api', 'https://shop.example.com/api']) {
      assert.doesNotThrow(() => createRestAdapter({ baseUrl }), baseUrl);
    }
    assert.doesNotThrow(() => createRestAdapter({ baseUrl: 'http://shop.example.com/api', allowInsecureHttp: true }));
  });
});

describe('REST adapter: following an order by its event stream', () => {
  const sample = (status: string) => ({
    orderNumber: 'OZ-7KD4M-9QXT2', status, createdAt: '2026-05-04T02:00:00.000Z', currency: 'CNY', lines: [], subtotal: { amount: 0, currency: 'CNY' }, adjustments: [],
    total: { amount: 0, currency: 'CNY' }, contact: { name: 'x', phone: '139', email: 'x@example.com' }, paymentMethod: { id: 'alipay', kind: 'alipay', label: 'Alipay' }, payment: { type: 'none' },
  });

  it('reads order events sent in pieces, with the proof of access in headers, until the server ends the stream', async () => {
    let headers: Headers | undefined;
    server.use(http.get(`${BASE}/orders/:n/events`, ({ request }) => {
      headers = request.headers;
      const encoder = new TextEncoder();
      const text = `: heartbeat\n\nevent: order\ndata: ${JSON.stringify(sample('pending_payment'))}\n\nevent: order\ndata: ${JSON.stringify(sample('paid'))}\n\n`;
      const stream = new ReadableStream({
        start(controller) {
          // Cut in the middle of an event: the reader must put it back together.
          controller.enqueue(encoder.encode(text.slice(0, 40)));
          controller.enqueue(encoder.encode(text.slice(40)));
          controller.close();
        },
      });
      return new HttpResponse(stream, { headers: { 'Content-Type': 'text/event-stream' } });
    }));
    const seen: string[] = [];
    await adapter().watchOrder!('OZ-7KD4M-9QXT2', { accessToken: 'token-0123456789abcdefghij' }, (order) => seen.push(order.status));
    assert.deepEqual(seen, ['pending_payment', 'paid']);
    assert.equal(headers?.get('Order-Access-Token'), 'token-0123456789abcdefghij');
    assert.equal(headers?.get('Accept'), 'text/event-stream');
  });

  it('answers like getOrder before the stream, and refuses an event that breaks the contract or an error event', async () => {
    server.use(http.get(`${BASE}/orders/:n/events`, () => HttpResponse.json({ error: { code: 'not_found', message: 'No order.' } }, { status: 404 })));
    await rejectsWith(adapter().watchOrder!('OZ-7KD4M-9QXT2', {}, () => undefined), 'not_found');
    server.use(http.get(`${BASE}/orders/:n/events`, () => new HttpResponse('event: order\ndata: {"orderNumber":42}\n\n', { headers: { 'Content-Type': 'text/event-stream' } })));
    await rejectsWith(adapter().watchOrder!('OZ-7KD4M-9QXT2', {}, () => undefined), 'bad_response');
    server.use(http.get(`${BASE}/orders/:n/events`, () => new HttpResponse(`event: error\ndata: ${JSON.stringify({ error: { code: 'unauthorized', message: 'Session ended.' } })}\n\n`, { headers: { 'Content-Type': 'text/event-stream' } })));
    await rejectsWith(adapter().watchOrder!('OZ-7KD4M-9QXT2', { sessionToken: 's' }, () => undefined), 'unauthorized');
  });

  it('stops when the caller aborts', async () => {
    server.use(http.get(`${BASE}/orders/:n/events`, () => new HttpResponse(new ReadableStream({ start() {} }), { headers: { 'Content-Type': 'text/event-stream' } })));
    const controller = new AbortController();
    const watching = adapter().watchOrder!('OZ-7KD4M-9QXT2', {}, () => undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await rejectsWith(watching, 'aborted');
  });
});
