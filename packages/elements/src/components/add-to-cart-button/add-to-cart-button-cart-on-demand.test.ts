// A zone whose cart's code loads on demand (`createLightOrderZone`, what <order-zone> and the page's
// default zone use): the badge counts the stored cart before that code is here, and "Add to cart"
// pressed before it arrives adds the line once it has, in the order pressed, once each.
import { createOrderZone, memoryStorage, type KeyValueStorage, type OrderZone } from '@orderzone/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { zoneWithHeldBackCart } from '../../../../core/src/testing/held-back-cart.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import { createTestBackend } from '../../testing/zone-fixture.ts';
import { defineElement } from '../define-element.ts';
import { CartCount } from '../cart-count/cart-count.ts';
import { AddToCartButton } from './add-to-cart-button.ts';

defineElement('add-to-cart-button', AddToCartButton);
defineElement('cart-count', CartCount);

const button = (el: AddToCartButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const badge = (el: CartCount) => el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();

/** A light zone over the test shop whose cart's code arrives when `release()` is called. */
const lightZone = (storage: KeyValueStorage) => zoneWithHeldBackCart({ adapter: createTestBackend({ seed: testShop() }), storage, shopId: 't', locale: 'en-US' });

let zones: OrderZone[] = [];
afterEach(() => {
  for (const zone of zones) zone.dispose();
  zones = [];
});

describe("<add-to-cart-button> on a zone whose cart's code loads on demand", () => {
  it("shows the stored count at once, and adds what was pressed before the cart's code arrived, in order, once each", async () => {
    const storage = memoryStorage();
    // The shopper's cart from an earlier visit: 1 mug.
    const earlier = createOrderZone({ adapter: createTestBackend({ seed: testShop() }), storage, shopId: 't', locale: 'en-US' });
    earlier.cart.add({ product: await earlier.catalog.getProduct('mug'), variantId: 'mug', quantity: 1 });
    earlier.dispose();

    const { zone, release } = lightZone(storage);
    zones.push(zone);
    const page = await fixture<HTMLDivElement>(html`<div>
      <cart-count .zone=${zone}></cart-count>
      <add-to-cart-button .zone=${zone} product-id="shirt" variant-id="shirt-navy-m" quantity="2"></add-to-cart-button>
      <add-to-cart-button .zone=${zone} product-id="paper" variant-id="paper-a4" quantity="3"></add-to-cart-button>
    </div>`);
    const count = page.querySelector<CartCount>('cart-count')!;
    const [shirt, paper] = page.querySelectorAll<AddToCartButton>('add-to-cart-button');
    await count.updateComplete;
    expect(badge(count), 'the stored count, before the cart’s code is here').to.equal('1');
    expect(zone.isLoaded('cart')).to.equal(false);

    await waitUntil(() => !button(shirt!).disabled && !button(paper!).disabled, 'the products never loaded');
    button(shirt!).click();
    button(paper!).click();
    await shirt!.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(button(shirt!).getAttribute('aria-busy'), 'the press waits for the cart').to.equal('true');
    expect(zone.cart.$lines.get(), 'nothing added before the cart’s code is here').to.deep.equal([]);
    expect(badge(count)).to.equal('1');

    release();
    await waitUntil(() => button(shirt!).getAttribute('aria-busy') === 'false' && button(paper!).getAttribute('aria-busy') === 'false', 'the presses never finished');
    expect(zone.cart.$lines.get().map((line) => `${line.quantity} × ${line.variantId}`)).to.deep.equal(['1 × mug', '2 × shirt-navy-m', '3 × paper-a4']);
    await count.updateComplete;
    expect(badge(count)).to.equal('6');
  });
});
