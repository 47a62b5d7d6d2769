import { expect } from '@open-wc/testing';
import { createLazyRestAdapter } from './lazy-rest-adapter.ts';
import { startFirstProducts, takeStartedProducts } from './first-products-request.ts';

/** A zone element as the page has it before the elements are defined. */
function zoneWith(attributes: Record<string, string>): Element {
  const zone = document.createElement('order-zone-test');
  for (const [name, value] of Object.entries(attributes)) zone.setAttribute(name, value);
  return zone;
}

describe('the first products request started by the script-tag loader', () => {
  const realFetch = window.fetch;
  let sent: { url: string; headers: Record<string, string> }[] = [];
  beforeEach(() => {
    sent = [];
    window.fetch = ((url: string, init: RequestInit) => {
      sent.push({ url: String(url), headers: init.headers as Record<string, string> });
      return Promise.resolve(Response.json({ items: [], total: 0, page: 1, pageSize: 12, facets: { options: [] } }));
    }) as typeof fetch;
  });
  afterEach(() => {
    window.fetch = realFetch;
    takeStartedProducts('');
    history.replaceState(null, '', location.pathname);
  });

  it('asks for the zone picker\'s first page in the zone\'s language, and hands it to the adapter of that api once', async () => {
    startFirstProducts(zoneWith({ api: '/api/', locale: 'en' }), undefined);
    expect(sent).to.deep.equal([{ url: '/api/products?pageSize=12', headers: { Accept: 'application/json', 'Accept-Language': 'en-US' } }]);
    expect(takeStartedProducts('/elsewhere')).to.equal(undefined, 'another api does not take it');
    startFirstProducts(zoneWith({ api: '/api/' }), 'zh-TW');
    expect(sent[1]!.headers['Accept-Language']).to.equal('zh-TW', 'the configured language when the zone has none');
    const started = takeStartedProducts('/api/');
    expect(started?.url).to.equal('/api/products?pageSize=12');
    expect(takeStartedProducts('/api/')).to.equal(undefined, 'once');
  });

  it('asks for nothing without api, or when the page opens on another view than the product grid', () => {
    startFirstProducts(null, undefined);
    startFirstProducts(zoneWith({ shop: 'demo' }), undefined);
    startFirstProducts(zoneWith({ api: '/api', view: 'checkout' }), undefined);
    history.replaceState(null, '', `${location.pathname}?oz=product/cotton-tee`);
    startFirstProducts(zoneWith({ api: '/api' }), undefined);
    history.replaceState(null, '', `${location.pathname}#shop=orders`);
    startFirstProducts(zoneWith({ api: '/api', routing: 'hash', 'route-param': 'shop' }), undefined);
    expect(sent).to.deep.equal([]);
    history.replaceState(null, '', `${location.pathname}?oz=browse`);
    startFirstProducts(zoneWith({ api: '/api' }), undefined);
    expect(sent.length).to.equal(1);
  });

  it('is taken by the REST adapter of `<order-zone api>`: its first search sends nothing more', async () => {
    startFirstProducts(zoneWith({ api: '/api', locale: 'en-US' }), undefined);
    const adapter = createLazyRestAdapter({ baseUrl: '/api' });
    const page = await adapter.searchProducts({ pageSize: 12 }, { locale: 'en-US' });
    expect(page.pageSize).to.equal(12);
    expect(sent.map((r) => r.url)).to.deep.equal(['/api/products?pageSize=12']);
    await adapter.searchProducts({ pageSize: 12 }, { locale: 'en-US' });
    expect(sent.map((r) => r.url)).to.deep.equal(['/api/products?pageSize=12', '/api/products?pageSize=12'], 'a later search asks');
  });
});
