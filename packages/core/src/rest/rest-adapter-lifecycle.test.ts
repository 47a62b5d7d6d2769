import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse, delay } from 'msw';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import type { OrderRequest } from '../order/order-schema.ts';
import { createRestAdapter } from './rest-adapter.ts';
import { REST_ENDPOINTS, errorCodeForStatus, type Endpoint } from './rest-contract.ts';
import { buildOpenApiDocument } from './openapi-document.ts';
import { rejectsWith } from '../testing/rejects-with.ts';
import { shirtLine } from '../testing/test-shop.ts';

const BASE = 'https://shop.test/api';
const server = setupServer();

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

const adapter = (options: Partial<Parameters<typeof createRestAdapter>[0]> = {}) => createRestAdapter({ baseUrl: BASE, ...options });
/** Proof of access for the mocked lifecycle calls. */
const WANG = { accessToken: 'token-of-wang-0123456789abcdef' };

const order: OrderRequest = {
  currency: 'CNY',
  lines: [shirtLine(1)],
  contact: { name: 'Wang Fang', phone: '+86 139 0013 9000', email: 'wang@example.com' },
  shippingAddress: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', line1: '科技园路1号', postalCode: '518057' },
  shippingOptionId: 'standard',
  paymentMethodId: 'wechat_pay',
  // ¥79.00 + standard shipping ¥12.00
  expectedTotal: { amount: 9100, currency: 'CNY' },
};


/** A tiny PNG signature: enough for a backend that does not decode photos. */
const png = () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], { type: 'image/png' });

// What returns, the payment status and the rest of the order's lifecycle answer is checked on the mocks
// and the real server alike by the contract suite (`rest-adapter-contract.test.ts`). Here: what the
// adapter sends for every lifecycle call and how it fails.

/** Every order-lifecycle call of the adapter, with the endpoint it uses. */
const LIFECYCLE_CALLS: { name: string; method: 'get' | 'post' | 'put'; path: string; run: (api: BackendAdapter, ctx?: { signal?: AbortSignal }) => Promise<unknown> }[] = [
  { name: 'getOrder', method: 'get', path: '/orders/:n', run: (api, ctx) => api.getOrder('OZ1', WANG, ctx) },
  { name: 'getPaymentStatus', method: 'get', path: '/orders/:n/payment', run: (api, ctx) => api.getPaymentStatus('OZ1', WANG, ctx) },
  { name: 'cancelOrder', method: 'post', path: '/orders/:n/cancel', run: (api, ctx) => api.cancelOrder!('OZ1', WANG, ctx) },
  { name: 'changeShippingAddress', method: 'put', path: '/orders/:n/shipping-address', run: (api, ctx) => api.changeShippingAddress!('OZ1', WANG, order.shippingAddress!, ctx) },
  { name: 'requestRefund', method: 'post', path: '/orders/:n/refund-requests', run: (api, ctx) => api.requestRefund!('OZ1', WANG, { reason: 'Twice' }, ctx) },
  { name: 'uploadReturnPhoto', method: 'post', path: '/orders/:n/return-photos', run: (api, ctx) => api.uploadReturnPhoto!('OZ1', WANG, png(), ctx) },
  { name: 'requestReturn', method: 'post', path: '/orders/:n/return-requests', run: (api, ctx) => api.requestReturn!('OZ1', WANG, { reason: 'Torn', photoIds: [] }, ctx) },
  { name: 'editOrder', method: 'put', path: '/orders/:n/lines', run: (api, ctx) => api.editOrder!('OZ1', WANG, { lines: order.lines, expectedTotal: order.expectedTotal }, ctx) },
  {
    name: 'rescheduleBooking',
    method: 'post',
    path: '/orders/:n/reschedules',
    run: (api, ctx) => api.rescheduleBooking!('OZ1', WANG, { lineIndex: 0, booking: { type: 'seats', sessionId: 's1', seatIds: ['D4'] } }, ctx),
  },
  { name: 'listOrderReviews', method: 'get', path: '/orders/:n/reviews', run: (api, ctx) => api.listOrderReviews!('OZ1', WANG, ctx) },
  { name: 'writeReview', method: 'put', path: '/orders/:n/reviews/:line', run: (api, ctx) => api.writeReview!('OZ1', WANG, 0, { rating: 5, body: 'Good' }, ctx) },
];

describe('REST adapter: failures of every order-lifecycle call', () => {
  it('covers every lifecycle endpoint of the contract', () => {
    // The event stream (`watchOrder`) is followed, not called once: it has no place among these calls.
    const paths = Object.values(REST_ENDPOINTS).filter((e) => e.path.startsWith('/orders/') && !(e as Endpoint).eventStream).map((e) => `${e.method.toLowerCase()} ${e.path.replace('{orderNumber}', ':n').replace('{lineIndex}', ':line')}`);
    assert.deepEqual(LIFECYCLE_CALLS.map((c) => `${c.method} ${c.path}`).sort(), paths.sort());
  });

  for (const call of LIFECYCLE_CALLS) {
    const route = (answer: Parameters<typeof http.get>[1]) => server.use(http[call.method](`${BASE}${call.path}`, answer));

    it(`${call.name}: network, timeout and aborted`, async () => {
      route(() => HttpResponse.error());
      const network = await rejectsWith(call.run(adapter()), 'network');
      assert.equal(network.retryable, true);
      route(async () => {
        await delay('infinite');
        return HttpResponse.json({});
      });
      await rejectsWith(call.run(adapter({ timeoutMs: 20 })), 'timeout');
      const controller = new AbortController();
      const pending = call.run(adapter(), { signal: controller.signal });
      setTimeout(() => controller.abort(), 5);
      await rejectsWith(pending, 'aborted');
    });

    it(`${call.name}: 404, 409 with details, 422 with field errors`, async () => {
      route(() => HttpResponse.json({ error: { code: 'not_found', message: 'There is no order "OZ1" for that contact.' } }, { status: 404 }));
      assert.equal((await rejectsWith(call.run(adapter()), 'not_found')).status, 404);
      route(() => HttpResponse.json({ error: { code: 'conflict', message: 'Order OZ1 is shipped.', details: { status: 'shipped', action: 'cancel', orderNumber: 'OZ1' } } }, { status: 409 }));
      const conflict = await rejectsWith(call.run(adapter()), 'conflict');
      assert.deepEqual(conflict.details, { status: 'shipped', action: 'cancel', orderNumber: 'OZ1' });
      assert.match(conflict.message, /failed with 409 conflict: Order OZ1 is shipped\.$/);
      route(() => HttpResponse.json({ error: { code: 'validation', message: 'bad', fieldErrors: [{ field: 'reason', code: 'too_long', params: { max: 500 } }] } }, { status: 422 }));
      const invalid = await rejectsWith(call.run(adapter()), 'validation');
      assert.equal(invalid.status, 422);
      assert.deepEqual(invalid.fieldErrors, [{ field: 'reason', code: 'too_long', params: { max: 500 } }]);
      route(() => new HttpResponse('Conflict', { status: 409 }));
      assert.equal((await rejectsWith(call.run(adapter()), 'conflict')).status, 409, 'a bare 409 is a conflict too');
    });

    it(`${call.name}: a body that is not JSON or not the contract is bad_response`, async () => {
      route(() => new HttpResponse('<html>OK</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
      assert.match((await rejectsWith(call.run(adapter()), 'bad_response')).message, /not JSON/);
      route(() => HttpResponse.json({ orderNumber: 42, status: 'shipped' }, { status: call.name === 'uploadReturnPhoto' ? 201 : 200 }));
      const mismatch = await rejectsWith(call.run(adapter()), 'bad_response');
      assert.match(mismatch.message, /does not match the contract/);
    });
  }

  it('uploadReturnPhoto: a bare 413 or 415 (a proxy’s page) becomes the photo field error', async () => {
    server.use(http.post(`${BASE}/orders/:n/return-photos`, () => new HttpResponse('<h1>413 Request Entity Too Large</h1>', { status: 413, headers: { 'Content-Type': 'text/html' } })));
    const large = await rejectsWith(adapter().uploadReturnPhoto!('OZ1', WANG, png()), 'validation');
    assert.deepEqual([large.status, large.fieldErrors], [413, [{ field: 'photos', code: 'photo_too_large', params: { max: 5 } }]]);
    server.use(http.post(`${BASE}/orders/:n/return-photos`, () => new HttpResponse(null, { status: 415 })));
    const type = await rejectsWith(adapter().uploadReturnPhoto!('OZ1', WANG, png()), 'validation');
    assert.deepEqual([type.status, type.fieldErrors], [415, [{ field: 'photos', code: 'photo_type', params: { types: 'JPEG, PNG, WebP' } }]]);
  });

  it('uploadReturnPhoto: sends the photo as is with its type, the order token in a header, and reports progress at the start and the end', async () => {
    let seen: { type: string | null; bytes: number; token: string | null; search: string } | undefined;
    server.use(http.post(`${BASE}/orders/:n/return-photos`, async ({ request }) => {
      seen = { type: request.headers.get('content-type'), bytes: (await request.arrayBuffer()).byteLength, token: request.headers.get('Order-Access-Token'), search: new URL(request.url).search };
      return HttpResponse.json({ id: 'p1', url: 'https://cdn.test/p1.png', contentType: 'image/png', bytes: 8 }, { status: 201 });
    }));
    const progress: number[] = [];
    assert.equal((await adapter().uploadReturnPhoto!('OZ1', WANG, png(), { onProgress: (f) => progress.push(f) })).id, 'p1');
    assert.deepEqual(seen, { type: 'image/png', bytes: 8, token: WANG.accessToken, search: '' });
    assert.deepEqual(progress, [0, 1]);
  });
});

describe('REST contract: the return endpoints', () => {
  it('documents the photo upload as a binary body with 413 and 415 answers', () => {
    type Operation = { operationId: string; responses: Record<string, unknown>; requestBody?: { content: Record<string, unknown> }; parameters: { name: string; in: string; required: boolean }[] };
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };
    const upload = doc.paths['/orders/{orderNumber}/return-photos']!.post!;
    assert.equal(upload.operationId, 'uploadReturnPhoto');
    assert.deepEqual(Object.keys(upload.requestBody!.content), ['image/jpeg', 'image/png', 'image/webp']);
    assert.deepEqual(Object.keys(upload.responses), ['201', '400', '401', '404', '409', '413', '415', '429', '500']);
    // Proof of access: the order's token or the session of the shopper who placed it; nothing in the query.
    assert.equal(upload.parameters.some((p) => p.in === 'query'), false);
    assert.deepEqual((upload as unknown as { security: unknown }).security, [{ orderAccessToken: [] }, { sessionToken: [] }]);
    const request = doc.paths['/orders/{orderNumber}/return-requests']!.post!;
    assert.deepEqual(Object.keys(request.requestBody!.content), ['application/json']);
    assert.deepEqual(Object.keys(request.responses), ['200', '400', '401', '404', '409', '429', '500']);
    for (const name of ['UploadedPhoto', 'ReturnRequest', 'ReturnInstructions']) assert.ok(doc.components.schemas[name], name);
  });

  it('maps a bare 413 or 415 to validation', () => {
    assert.deepEqual([413, 415].map(errorCodeForStatus), ['validation', 'validation']);
  });
});
