import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BackendAdapter, RequestContext } from '../backend/backend-adapter.ts';
import { OrderZoneError } from '../errors.ts';
import type { CatalogQuery, Product, ProductPage } from './catalog-schema.ts';
import { createCatalogClient, normalizeCatalogQuery } from './catalog-client.ts';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface Call<T> {
  args: unknown[];
  ctx: RequestContext | undefined;
  reply: Deferred<T>;
}

/** An adapter whose every call waits until the test answers it. */
function fakeAdapter() {
  const searches: Call<ProductPage>[] = [];
  const products: Call<Product>[] = [];
  const categories: Call<never[]>[] = [];
  const adapter = {
    listCategories(ctx?: RequestContext) {
      const call = { args: [], ctx, reply: deferred<never[]>() };
      categories.push(call);
      return call.reply.promise;
    },
    searchProducts(query: CatalogQuery, ctx?: RequestContext) {
      const call = { args: [query], ctx, reply: deferred<ProductPage>() };
      searches.push(call);
      return call.reply.promise;
    },
    getProduct(productId: string, ctx?: RequestContext) {
      const call = { args: [productId], ctx, reply: deferred<Product>() };
      products.push(call);
      ctx?.signal?.addEventListener('abort', () => call.reply.reject(new DOMException('aborted', 'AbortError')));
      return call.reply.promise;
    },
  } as unknown as BackendAdapter;
  return { adapter, searches, products, categories };
}

function page(label: string): ProductPage {
  return { items: [], total: label.length, page: 1, pageSize: 20, facets: { options: [] } };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('catalog search', () => {
  it('keeps the previous page while loading and shows the new one when it arrives', async () => {
    const { adapter, searches } = fakeAdapter();
    const client = createCatalogClient({ adapter, locale: () => 'zh-CN' });
    const search = client.createSearch();
    const first = search.run({ text: 'tee' });
    assert.deepEqual(search.$results.get(), { status: 'loading' });
    searches[0]!.reply.resolve(page('tee'));
    await first;
    assert.deepEqual(search.$results.get(), { status: 'ready', data: page('tee') });

    const second = search.run({ text: 'mug' });
    assert.deepEqual(search.$results.get(), { status: 'loading', data: page('tee') });
    assert.equal(searches[1]!.ctx?.locale, 'zh-CN');
    searches[1]!.reply.resolve(page('mugs'));
    await second;
    assert.deepEqual(search.$results.get(), { status: 'ready', data: page('mugs') });
  });

  it('aborts a stale query, which never overwrites the newer result, even when it answers late', async () => {
    const { adapter, searches } = fakeAdapter();
    const search = createCatalogClient({ adapter, locale: () => 'zh-CN' }).createSearch();
    const stale = search.run({ text: 'te' });
    const fresh = search.run({ text: 'tee' });
    assert.equal(searches[0]!.ctx?.signal?.aborted, true);
    assert.equal(searches[1]!.ctx?.signal?.aborted, false);
    searches[1]!.reply.resolve(page('tee'));
    await fresh;
    searches[0]!.reply.resolve(page('stale result'));
    await stale;
    assert.deepEqual(search.$results.get(), { status: 'ready', data: page('tee') });
    assert.deepEqual(search.$query.get(), { text: 'tee' });
  });

  it('never shows the error of a superseded or aborted request', async () => {
    const { adapter, searches } = fakeAdapter();
    const search = createCatalogClient({ adapter, locale: () => 'zh-CN' }).createSearch();
    const stale = search.run({ text: 'a' });
    const fresh = search.run({ text: 'ab' });
    searches[0]!.reply.reject(new OrderZoneError('network', 'offline'));
    await stale;
    assert.equal(search.$results.get().status, 'loading');
    searches[1]!.reply.reject(new DOMException('The operation was aborted.', 'AbortError'));
    await fresh;
    assert.equal(search.$results.get().status, 'loading');
  });

  it('serves a repeated or equivalent query from the cache without calling the adapter', async () => {
    const { adapter, searches } = fakeAdapter();
    const client = createCatalogClient({ adapter, locale: () => 'zh-CN' });
    const one = client.createSearch();
    const run = one.run({ text: 'tee', options: { size: ['m', 's'] }, page: 1 });
    searches[0]!.reply.resolve(page('tee'));
    await run;
    const other = client.createSearch();
    await other.run({ text: ' tee ', options: { size: ['s', 'm'], colour: [] } });
    assert.equal(searches.length, 1);
    assert.deepEqual(other.$results.get(), { status: 'ready', data: page('tee') });
  });

  it('asks again once the cache entry has expired, or after invalidate()', async () => {
    const { adapter, searches } = fakeAdapter();
    let now = 1000;
    const client = createCatalogClient({ adapter, locale: () => 'zh-CN', cacheTtlMs: 500, now: () => now });
    const search = client.createSearch();
    const first = search.run({ text: 'tee' });
    searches[0]!.reply.resolve(page('tee'));
    await first;
    now += 499;
    await search.run({ text: 'tee' });
    assert.equal(searches.length, 1);
    now += 1;
    const expired = search.run({ text: 'tee' });
    assert.equal(searches.length, 2);
    searches[1]!.reply.resolve(page('tee again'));
    await expired;
    assert.deepEqual(search.$results.get(), { status: 'ready', data: page('tee again') });
    client.invalidate();
    void search.run({ text: 'tee' });
    assert.equal(searches.length, 3);
  });

  it('caches per locale', async () => {
    const { adapter, searches } = fakeAdapter();
    let locale = 'zh-CN';
    const search = createCatalogClient({ adapter, locale: () => locale }).createSearch();
    const zh = search.run({ text: 'tee' });
    searches[0]!.reply.resolve(page('zh'));
    await zh;
    locale = 'en-US';
    void search.run({ text: 'tee' });
    assert.equal(searches.length, 2);
    assert.equal(searches[1]!.ctx?.locale, 'en-US');
  });

  it('shows an error with the previous data, then retry() asks the backend again', async () => {
    const { adapter, searches } = fakeAdapter();
    const search = createCatalogClient({ adapter, locale: () => 'zh-CN' }).createSearch();
    const first = search.run({ text: 'tee' });
    searches[0]!.reply.resolve(page('tee'));
    await first;
    const failing = search.run({ text: 'mug' });
    searches[1]!.reply.reject(new TypeError('Failed to fetch'));
    await failing;
    const state = search.$results.get();
    assert.equal(state.status, 'error');
    assert.equal(state.status === 'error' && state.error.code, 'network');
    assert.deepEqual(state.status === 'error' && state.data, page('tee'));

    const retry = search.retry();
    assert.deepEqual(searches[2]!.args[0], { text: 'mug' });
    searches[2]!.reply.resolve(page('mugs'));
    await retry;
    assert.deepEqual(search.$results.get(), { status: 'ready', data: page('mugs') });
  });

  it('update() merges into the query and goes back to page 1 unless the page is what changed', async () => {
    const { adapter, searches } = fakeAdapter();
    const search = createCatalogClient({ adapter, locale: () => 'zh-CN' }).createSearch({ categoryId: 'tops', sort: 'price_asc' });
    void search.update({ page: 3 });
    assert.deepEqual(searches.at(-1)!.args[0], { categoryId: 'tops', sort: 'price_asc', page: 3 });
    void search.update({ text: 'navy' });
    assert.deepEqual(searches.at(-1)!.args[0], { categoryId: 'tops', sort: 'price_asc', text: 'navy' });
    void search.update({ categoryId: undefined });
    assert.deepEqual(search.$query.get(), { sort: 'price_asc', text: 'navy' });
  });

  it('normalises queries', () => {
    assert.deepEqual(normalizeCatalogQuery({ text: '  ', page: 1, inStockOnly: false, options: { size: [] } }), {});
  });
});

describe('catalog products and categories', () => {
  it('shares one request among concurrent callers and caches the product', async () => {
    const { adapter, products } = fakeAdapter();
    const client = createCatalogClient({ adapter, locale: () => 'zh-CN' });
    const a = client.getProduct('tee');
    const b = client.getProduct('tee');
    assert.equal(products.length, 1);
    const product = { id: 'tee' } as Product;
    products[0]!.reply.resolve(product);
    assert.equal(await a, product);
    assert.equal(await b, product);
    assert.equal(await client.getProduct('tee'), product);
    assert.equal(products.length, 1);
  });

  it('cancels the shared request only when every caller has cancelled', async () => {
    const { adapter, products } = fakeAdapter();
    const client = createCatalogClient({ adapter, locale: () => 'zh-CN' });
    const one = new AbortController();
    const two = new AbortController();
    const a = client.getProduct('tee', one.signal);
    const b = client.getProduct('tee', two.signal);
    one.abort();
    await assert.rejects(a, { code: 'aborted' });
    assert.equal(products[0]!.ctx?.signal?.aborted, false);
    two.abort();
    await assert.rejects(b, { code: 'aborted' });
    assert.equal(products[0]!.ctx?.signal?.aborted, true);
    const c = client.getProduct('tee');
    assert.equal(products.length, 2);
    products[1]!.reply.resolve({ id: 'tee' } as Product);
    assert.equal((await c).id, 'tee');
  });

  it('rejects with an OrderZoneError and does not cache failures', async () => {
    const { adapter, products } = fakeAdapter();
    const client = createCatalogClient({ adapter, locale: () => 'zh-CN' });
    const a = client.getProduct('nope');
    products[0]!.reply.reject(new OrderZoneError('not_found', 'No product "nope".'));
    await assert.rejects(a, { name: 'OrderZoneError', code: 'not_found' });
    void client.getProduct('nope').catch(() => {});
    assert.equal(products.length, 2);
  });

  it('loads categories into $categories, including failures', async () => {
    const { adapter, categories } = fakeAdapter();
    const client = createCatalogClient({ adapter, locale: () => 'zh-CN' });
    const load = client.loadCategories();
    assert.equal(client.$categories.get().status, 'loading');
    categories[0]!.reply.reject(new TypeError('Failed to fetch'));
    await load;
    const state = client.$categories.get();
    assert.equal(state.status === 'error' && state.error.code, 'network');
    const again = client.loadCategories();
    categories[1]!.reply.resolve([]);
    await again;
    await tick();
    assert.deepEqual(client.$categories.get(), { status: 'ready', data: [] });
  });
});

/** A product whose one variant costs `amount` fen, with `stock` units. */
function priced(amount: number, stock: number | null = 10): Product {
  return {
    id: 'tee',
    kind: 'goods',
    title: 'Tee',
    description: '',
    categoryIds: [],
    images: [],
    specs: [],
    reviews: [],
    optionGroups: [],
    variants: [{ id: 'tee-m', sku: 'TEE-M', options: {}, price: { amount, currency: 'CNY' }, stock }],
    personalization: [],
    quantity: { min: 1, step: 1 },
    createdAt: '2025-01-01T00:00:00Z',
  };
}

const amountOf = (state: { status: string; data?: Product }) => state.data?.variants[0]!.price.amount;

describe('watched products', () => {
  it('loads when listened to, shares one store and one request, and follows the backend every cacheTtlMs', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { adapter, products } = fakeAdapter();
    let now = 0;
    const client = createCatalogClient({ adapter, locale: () => 'en-US', cacheTtlMs: 60_000, now: () => now });
    const $price = client.watchProduct('tee');
    assert.equal(client.watchProduct('tee'), $price, 'one store per product');
    assert.equal(products.length, 0, 'nothing is asked before anyone listens');

    const seen: (number | undefined)[] = [];
    const stop = $price.subscribe((state) => seen.push(amountOf(state)));
    assert.equal(products.length, 1);
    products[0]!.reply.resolve(priced(7900));
    await tick();
    assert.deepEqual($price.get(), { status: 'ready', data: priced(7900) });

    // The backend's price changes: the next look, a minute later, shows it; the old price stays meanwhile.
    now += 60_000;
    t.mock.timers.tick(60_000);
    assert.equal(products.length, 2);
    assert.deepEqual($price.get(), { status: 'loading', data: priced(7900) });
    products[1]!.reply.resolve(priced(6900));
    await tick();
    assert.deepEqual($price.get(), { status: 'ready', data: priced(6900) });
    assert.deepEqual(seen.filter((amount, i) => i === 0 || amount !== seen[i - 1]), [undefined, 7900, 6900], "never empty once shown");

    stop();
    t.mock.timers.tick(5 * 60_000);
    assert.equal(products.length, 2, 'nobody listens: nothing more is asked');
  });

  it('keeps the product it has when asking again fails, and asks again at once after invalidate()', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { adapter, products } = fakeAdapter();
    const client = createCatalogClient({ adapter, locale: () => 'en-US', cacheTtlMs: 1000 });
    const $product = client.watchProduct('tee');
    const stop = $product.listen(() => undefined);
    products[0]!.reply.resolve(priced(7900, 5));
    await tick();

    t.mock.timers.tick(1000);
    products[1]!.reply.reject(new OrderZoneError('network', 'offline'));
    await tick();
    const failed = $product.get();
    assert.equal(failed.status, 'error');
    assert.equal(amountOf(failed), 7900, 'the product shown stays');

    client.invalidate();
    assert.equal(products.length, 3, 'invalidate() asks again at once');
    products[2]!.reply.resolve(priced(7900, 4));
    await tick();
    const state = $product.get();
    assert.equal(state.status === 'ready' && state.data.variants[0]!.stock, 4);
    stop();
  });

  it('does not ask while the page is hidden, and asks once it is visible again after cacheTtlMs', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const page = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
    (globalThis as { document?: unknown }).document = page;
    t.after(() => delete (globalThis as { document?: unknown }).document);
    const { adapter, products } = fakeAdapter();
    let now = 0;
    const client = createCatalogClient({ adapter, locale: () => 'en-US', cacheTtlMs: 1000, now: () => now });
    const stop = client.watchProduct('tee').listen(() => undefined);
    products[0]!.reply.resolve(priced(7900));
    await tick();

    page.visibilityState = 'hidden';
    now += 5000;
    t.mock.timers.tick(5000);
    assert.equal(products.length, 1, 'a hidden page asks nothing');
    page.visibilityState = 'visible';
    page.dispatchEvent(new Event('visibilitychange'));
    assert.equal(products.length, 2, 'back in view after more than cacheTtlMs: asked at once');
    stop();
  });
});
