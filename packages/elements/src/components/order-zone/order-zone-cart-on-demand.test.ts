// <order-zone> makes its zone with `createLightOrderZone()`: the cart's code is not part of the first
// paint, yet the cart button counts what the shopper left in the cart (read from storage at once),
// and the cart drawer shows those lines once the code is here.
import { createOrderZone, memoryStorage } from '@orderzone/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import '../../testing/define-all.ts';
import { createTestBackend, forgetZoneRoute, overridableAdapter } from '../../testing/zone-fixture.ts';
import type { OrderZoneElement } from './order-zone.ts';

afterEach(forgetZoneRoute);

describe("<order-zone>'s cart on demand", () => {
  it("counts the stored cart on the cart button before the cart's code loads, and shows its lines in the drawer", async () => {
    const storage = memoryStorage();
    const backend = createTestBackend({ seed: testShop() });
    const earlier = createOrderZone({ adapter: backend, storage, shopId: 'default', locale: 'en-US' });
    earlier.cart.add({ product: await earlier.catalog.getProduct('shirt'), variantId: 'shirt-navy-m', quantity: 2 });
    earlier.cart.add({ product: await earlier.catalog.getProduct('mug'), variantId: 'mug', quantity: 1 });
    earlier.dispose();

    const el = await fixture<OrderZoneElement>(html`<order-zone locale="en-US" .adapter=${overridableAdapter(backend).adapter} .storage=${storage}></order-zone>`);
    const zone = el.activeZone!;
    expect(zone.isLoaded('cart'), 'browsing does not load the cart’s code').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="cart-badge"]')?.textContent?.trim()).to.equal('3');

    el.shadowRoot!.querySelector<HTMLButtonElement>('.cart-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('cart-panel')?.shadowRoot?.querySelectorAll('[part="line"]').length === 2, 'the drawer never showed the stored lines');
    expect(zone.isLoaded('cart')).to.equal(true);
    el.remove();
  });
});
