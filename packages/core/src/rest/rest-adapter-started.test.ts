import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { http, HttpResponse, delay } from 'msw';
import { createOrderEngine } from '@orderzone/embedded-backend';
import { createHttpHandlers } from '@orderzone/embedded-backend/http-handlers';
import type { CatalogQuery } from '../catalog/catalog-schema.ts';
import { createRestAdapter } from './rest-adapter.ts';
import { productsRequest, type StartedRequest } from './started-request.ts';
import { rejectsWith } from '../testing/rejects-with.ts';
import { testShop } from '../testing/test-shop.ts';

const BASE = 'https://shop.test/api';
const server = setupServer();
/** Every `GET /products` the backend was asked, as its query string. */
let asked: string[] = [];

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

beforeEach(() => {
  asked = [];
  const engine = createOrderEngine({ seed: testShop(), now: () => new Date('2025-03-14T08:00:00Z') });
  server.events.removeAllListeners();
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/api/products') asked.push(url.search);
  });
  server.use(...createHttpHandlers(engine, { baseUrl: BASE }));
});

/** The first products request as the script-tag loader starts it: `fetch` of {@link productsRequest}'s URL and headers. */
function start(query: CatalogQuery, locale: string | undefined, baseUrl = `${BASE}/`): StartedRequest {
  const { url, headers } = productsRequest(baseUrl, query, locale);
  return { url, headers, response: fetch(url, { headers, redirect: 'manual' }) };
}

describe('REST adapter: a GET /products started before it', () => {
  it('takes the started answer for the same first search instead of asking again, and asks for every later one', async () => {
    const startedRequest = start({ pageSize: 12 }, 'en-US');
    const api = createRestAdapter({ baseUrl: BASE, startedRequest });
    // Another call first (the categories) leaves it alone.
    await api.listCategories({ locale: 'en-US' });
    const first = await api.searchProducts({ pageSize: 12 }, { locale: 'en-US' });
    assert.equal(first.pageSize, 12);
    assert.ok(first.items.length > 0);
    assert.deepEqual(asked, ['?pageSize=12'], 'one request for the first page: the started one');
    const again = await api.searchProducts({ pageSize: 12 }, { locale: 'en-US' });
    assert.deepEqual(again, first);
    assert.deepEqual(asked, ['?pageSize=12', '?pageSize=12'], 'a later search asks again');
  });

  it('asks again when the first search differs from the started one (another query, another language), and never takes it later', async () => {
    const otherQuery = createRestAdapter({ baseUrl: BASE, startedRequest: start({ pageSize: 12 }, 'en-US') });
    const page = await otherQuery.searchProducts({ pageSize: 6 }, { locale: 'en-US' });
    assert.equal(page.pageSize, 6);
    await otherQuery.searchProducts({ pageSize: 12 }, { locale: 'en-US' });
    assert.deepEqual(asked, ['?pageSize=12', '?pageSize=6', '?pageSize=12']);

    asked = [];
    const otherLanguage = createRestAdapter({ baseUrl: BASE, startedRequest: start({ pageSize: 12 }, 'en-US') });
    assert.equal((await otherLanguage.searchProducts({ pageSize: 12 }, { locale: 'zh-CN' })).pageSize, 12);
    assert.deepEqual(asked, ['?pageSize=12', '?pageSize=12']);
  });

  it('asks again when the started request failed, and reports what the backend then says', async () => {
    let calls = 0;
    server.use(http.get(`${BASE}/products`, () => (calls += 1) === 1 ? HttpResponse.json({ error: { code: 'unavailable', message: 'Busy' } }, { status: 503 }) : undefined));
    const recovered = createRestAdapter({ baseUrl: BASE, startedRequest: start({}, undefined) });
    assert.ok((await recovered.searchProducts({})).items.length > 0);
    assert.equal(calls, 2);

    const unreachable: StartedRequest = { ...productsRequest(BASE, {}, undefined), response: Promise.reject(new TypeError('Failed to fetch')) };
    unreachable.response.catch(() => undefined);
    assert.ok((await createRestAdapter({ baseUrl: BASE, startedRequest: unreachable }).searchProducts({})).items.length > 0);

    server.use(http.get(`${BASE}/products`, () => HttpResponse.json({ error: { code: 'unavailable', message: 'Still busy' } }, { status: 503 })));
    const error = await rejectsWith(createRestAdapter({ baseUrl: BASE, startedRequest: start({}, undefined) }).searchProducts({}), 'server');
    assert.match(error.message, /Still busy/);
  });

  it('checks the started answer against the contract like any other', async () => {
    server.use(http.get(`${BASE}/products`, () => HttpResponse.json({ items: 'none' })));
    const error = await rejectsWith(createRestAdapter({ baseUrl: BASE, startedRequest: start({}, undefined) }).searchProducts({}), 'bad_response');
    assert.match(error.message, /^GET \/products answered with data that does not match the contract/);
  });

  it('stops waiting for a started answer when the caller cancels or the time is up', async () => {
    const never: StartedRequest = { ...productsRequest(BASE, {}, undefined), response: new Promise<Response>(() => undefined) };
    const controller = new AbortController();
    const pending = createRestAdapter({ baseUrl: BASE, startedRequest: never }).searchProducts({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await rejectsWith(pending, 'aborted');
    const slow: StartedRequest = { ...productsRequest(BASE, {}, undefined), response: delay(5_000).then(() => new Response('{}')) };
    await rejectsWith(createRestAdapter({ baseUrl: BASE, timeoutMs: 30, startedRequest: slow }).searchProducts({}), 'timeout');
  });
});
