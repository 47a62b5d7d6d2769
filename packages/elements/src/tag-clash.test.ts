// A page where another library defined `<sign-in>` before OrderZone: OrderZone leaves the tag to it,
// says so in the console (the tag and the way out), and every other element still works.
// Its own page (test file): the clash is page-wide.
import { expect, waitUntil } from '@open-wc/testing';
import { memoryStorage } from '@orderzone/core';
import { defineOrderZoneElements, OrderZoneElement, CartPanel } from './index.ts';
import { createTestBackend, overridableAdapter } from './testing/zone-fixture.ts';

class OtherLibrarySignIn extends HTMLElement {}
const errors: string[] = [];
const consoleError = console.error;

before(() => {
  customElements.define('sign-in', OtherLibrarySignIn);
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
});
after(() => {
  console.error = consoleError;
});

describe('a page that defined <sign-in> before OrderZone', () => {
  it('registers the rest, and a console error names <sign-in> and the prefix that avoids the clash', async () => {
    const defined = defineOrderZoneElements();
    await defined.loadAll(); // resolves: a taken tag does not reject or throw
    expect(customElements.get('sign-in')).to.equal(OtherLibrarySignIn);
    expect(customElements.get('order-zone')).to.equal(OrderZoneElement);
    expect(customElements.get('cart-panel')).to.equal(CartPanel);
    const clash = errors.filter((e) => e.includes('<sign-in>'));
    expect(clash).to.have.length(1);
    expect(clash[0]).to.contain('is already defined by another script');
    expect(clash[0]).to.contain("defineOrderZoneElements({ prefix: 'shop' })");
    expect(clash[0]).to.contain('<shop-sign-in>');
  });

  it('still shows products and the cart', async () => {
    const el = document.createElement('order-zone');
    el.setAttribute('locale', 'en-US');
    el.adapter = overridableAdapter(createTestBackend()).adapter;
    el.storage = memoryStorage();
    document.body.append(el);
    try {
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('product-picker')?.shadowRoot?.querySelector('.results[aria-busy="false"] .card-link'), 'products are shown');
      const card = root.querySelector('product-picker')!.shadowRoot!.querySelector<HTMLButtonElement>('.card-link')!;
      const title = card.textContent!.trim();
      card.click();
      await waitUntil(() => root.querySelector('product-detail')?.shadowRoot?.querySelector('.detail.ready'), 'the product page loads');
      root.querySelector('product-detail')!.shadowRoot!.querySelector<HTMLButtonElement>('.add-button')!.click();
      await waitUntil(() => (el.activeZone?.cart.$itemCount.get() ?? 0) > 0, 'the product is added');
      el.navigate('cart');
      await waitUntil(() => root.querySelector('cart-panel')?.shadowRoot?.querySelector('dialog[open]')?.textContent?.includes(title), 'the cart shows the line');
    } finally {
      el.remove();
    }
  });
});
