// `defineOrderZoneElements({ prefix })`: every element under the merchant's prefix, the inner ones
// too, so a page whose other libraries own `<sign-in>` or `<cart-panel>` still gets a whole shop.
// Its own page (test file): the prefix is page-wide.
import { expect, waitUntil } from '@open-wc/testing';
import { memoryStorage } from '@orderzone/core';
import { defineOrderZoneElements, OrderZoneElement, type OrderZoneElements } from './index.ts';
import { ORDERZONE_TAGS } from './frameworks/tags.ts';
import { createTestBackend, overridableAdapter } from './testing/zone-fixture.ts';

let defined: OrderZoneElements;
before(() => {
  defined = defineOrderZoneElements({ prefix: 'acme' });
});

describe('defineOrderZoneElements({ prefix: "acme" })', () => {
  it('registers <acme-order-zone>, not <order-zone>', () => {
    expect(customElements.get('acme-order-zone')).to.equal(OrderZoneElement);
    expect(customElements.get('order-zone')).to.equal(undefined);
  });

  it('renders a working product picker and cart, every inner element under the prefix', async () => {
    const el = document.createElement('acme-order-zone') as OrderZoneElement;
    el.setAttribute('locale', 'en-US');
    el.adapter = overridableAdapter(createTestBackend()).adapter;
    el.storage = memoryStorage();
    document.body.append(el);
    try {
      const root = el.shadowRoot!;
      expect(root.querySelector('product-picker')).to.equal(null);
      await waitUntil(() => root.querySelector('acme-product-picker')?.shadowRoot?.querySelector('.results[aria-busy="false"] .card-link'), 'the prefixed picker shows products');
      const card = root.querySelector('acme-product-picker')!.shadowRoot!.querySelector<HTMLButtonElement>('.card-link')!;
      const title = card.textContent!.trim();
      card.click();
      await waitUntil(() => root.querySelector('acme-product-detail')?.shadowRoot?.querySelector('.detail.ready'), 'the prefixed product page loads');
      root.querySelector('acme-product-detail')!.shadowRoot!.querySelector<HTMLButtonElement>('.add-button')!.click();
      await waitUntil(() => (el.activeZone?.cart.$itemCount.get() ?? 0) > 0, 'the product is added');
      el.navigate('cart');
      const panel = (): Element | null => root.querySelector('acme-cart-panel');
      await waitUntil(() => panel()?.shadowRoot?.querySelector('dialog[open]')?.textContent?.includes(title), 'the prefixed cart shows the line');
      expect(root.querySelector('cart-panel')).to.equal(null);
      expect(customElements.get('cart-panel')).to.equal(undefined);
    } finally {
      el.remove();
    }
  });

  it('loadAll() registers every element under the prefix and none under its own name', async () => {
    await defined.loadAll();
    for (const tag of ORDERZONE_TAGS) {
      expect(customElements.get(`acme-${tag}`), `<acme-${tag}>`).to.not.equal(undefined);
      expect(customElements.get(tag), `<${tag}>`).to.equal(undefined);
    }
  });

  it('refuses a second, different prefix with a config error', () => {
    expect(() => defineOrderZoneElements({ prefix: 'other' })).to.throw(/already registered as <acme-order-zone>/);
  });
});
