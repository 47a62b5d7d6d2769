// <cart-button> and <cart-count>: the shared cart's count, live; the cart opens in the enclosing
// <order-zone>, or as the page's own drawer, whose Checkout opens the checkout in a dialog.
import { createOrderZone, memoryStorage, type OrderZone } from '@orderzone/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createLazyEmbeddedBackend } from '../../context/lazy-embedded-backend.ts';
import { shirtProduct, testShop } from '../../../../core/src/testing/test-shop.ts';
import { axeFindings } from '../../testing/axe-review.ts';
import { addToCart, createZoneFixture, translator, type ZoneFixture } from '../../testing/zone-fixture.ts';
import '../../testing/define-all.ts';
import type { OrderZoneElement } from '../order-zone/order-zone.ts';
import { orderZoneMessages } from '../order-zone/order-zone.messages.ts';
import type { CartButton } from './cart-button.ts';

const t = translator('en-US', orderZoneMessages);
let flow: ZoneFixture;
/** The tests' own shirt, navy M (in stock). */
const SHIRT = shirtProduct().id;
const SHIRT_TITLE = (shirtProduct().title as Record<string, string>)['en-US']!;
const NAVY_M = 'shirt-navy-m';
const zones: OrderZone[] = [];
afterEach(() => {
  flow?.zone.dispose();
  zones.splice(0).forEach((zone) => zone.dispose());
  document.querySelectorAll('[data-orderzone-dialogs]').forEach((host) => host.remove());
});

const button = (el: CartButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const pageHost = () => document.querySelector('[data-orderzone-dialogs]')?.shadowRoot ?? null;
const drawer = () => pageHost()?.querySelector('cart-panel') ?? null;
const drawerDialog = () => drawer()?.shadowRoot?.querySelector('dialog') ?? null;
const pageDialog = () => pageHost()?.querySelector('dialog') ?? null;

/** The element focused now, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<cart-button> and <cart-count>', () => {
  it('count the shared cart, live, with the count in the button’s name', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const header = await fixture<HTMLElement>(html`<header>
      <cart-button .zone=${flow.zone}><a href="/cart">Cart</a></cart-button>
      <a href="/cart">Basket (<cart-count .zone=${flow.zone}>0</cart-count>)</a>
    </header>`);
    const el = header.querySelector('cart-button')!;
    const count = header.querySelector('cart-count')!;
    await el.updateComplete;
    expect(button(el).getAttribute('aria-label')).to.equal(t('zone.cart_button', { count: 0 }));
    expect(el.shadowRoot!.querySelector('[part="badge"]'), 'no badge on an empty cart').to.equal(null);
    expect(count.getAttribute('count')).to.equal('0');

    await addToCart(flow.zone, SHIRT, NAVY_M, 2);
    await el.updateComplete;
    await count.updateComplete;
    expect(button(el).getAttribute('aria-label')).to.equal(t('zone.cart_button', { count: 2 }));
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.textContent!.trim()).to.equal('2');
    expect(count.shadowRoot!.textContent!.trim()).to.equal('2');
    expect(count.getAttribute('count')).to.equal('2');
  });

  it('outside <order-zone>: opens the page’s drawer on the same cart; Escape closes it and focus comes back', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    await addToCart(flow.zone, SHIRT, NAVY_M, 1);
    const el = await fixture<CartButton>(html`<cart-button .zone=${flow.zone}></cart-button>`);
    const asked = oneEvent(el, 'oz-navigate');
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    expect((await asked).detail).to.deep.equal({ view: 'cart' });
    await waitUntil(() => drawerDialog()?.open, 'the drawer opens');
    await waitUntil(() => drawer()!.shadowRoot!.textContent!.includes(SHIRT_TITLE), 'with the line in the cart');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !drawerDialog()!.open, 'Escape closes it');
    await waitUntil(() => deepActive() === button(el), 'focus is back on the cart button');
  });

  it('the drawer’s Checkout opens the checkout in a dialog over the page; Close returns', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    await addToCart(flow.zone, SHIRT, NAVY_M, 1);
    const el = await fixture<CartButton>(html`<cart-button .zone=${flow.zone}></cart-button>`);
    el.open();
    await waitUntil(() => drawerDialog()?.open && drawer()!.shadowRoot!.querySelector('[part="checkout-button"]:not([disabled])'), 'the drawer is ready');
    drawer()!.shadowRoot!.querySelector<HTMLButtonElement>('[part="checkout-button"]')!.click();
    await waitUntil(() => pageDialog()?.open && pageDialog()!.querySelector('checkout-form'), 'the checkout dialog opens');
    expect(pageDialog()!.getAttribute('aria-label')).to.equal('Checkout');
    expect(drawerDialog()!.open, 'the drawer closed').to.equal(false);
    const checkout = pageDialog()!.querySelector('checkout-form')!;
    await waitUntil(() => checkout.shadowRoot?.querySelector('form'), 'the checkout form renders');
    pageHost()!.querySelector<HTMLButtonElement>('[part="close"]')!.click();
    await waitUntil(() => !pageDialog()!.open, 'Close closes it');
  });

  it('inside <order-zone>: opens the zone’s own drawer, and the page’s stays shut', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const zone = await fixture<OrderZoneElement>(html`<order-zone .zone=${flow.zone}><cart-button></cart-button></order-zone>`);
    const el = zone.querySelector('cart-button')!;
    await el.updateComplete;
    button(el).click();
    await waitUntil(() => zone.view === 'cart', 'the zone shows its cart');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pageHost(), 'no page drawer').to.equal(null);
  });

  it('leaves the cart to a page that shows it itself (it cancels oz-navigate)', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const el = await fixture<CartButton>(html`<cart-button .zone=${flow.zone}></cart-button>`);
    const ownCart = (e: Event) => e.preventDefault();
    document.addEventListener('oz-navigate', ownCart);
    try {
      button(el).click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pageHost()).to.equal(null);
    } finally {
      document.removeEventListener('oz-navigate', ownCart);
    }
  });

  it('shares the cart of an <order-zone> of the same shop on the page, through the browser’s storage', async () => {
    const shop = `blocks-${Date.now()}`;
    const own = await fixture<OrderZoneElement>(html`<order-zone shop=${shop} .adapter=${(await createZoneFixture({ seed: testShop() })).adapter}></order-zone>`);
    const blocksZone = createOrderZone({ adapter: own.activeZone!.adapter, shopId: shop, locale: 'en-US' });
    zones.push(blocksZone);
    const el = await fixture<CartButton>(html`<cart-button .zone=${blocksZone}></cart-button>`);
    try {
      await addToCart(own.activeZone!, SHIRT, NAVY_M, 3);
      await waitUntil(() => button(el).getAttribute('aria-label') === t('zone.cart_button', { count: 3 }), 'the block counts what the zone added');
    } finally {
      localStorage.removeItem(`orderzone:${shop}:cart`);
    }
  });

  it('the page’s drawer says “Demo” when the zone runs on the demo backend', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const demo = createOrderZone({ adapter: createLazyEmbeddedBackend('blocks-demo'), storage: memoryStorage(), shopId: 'blocks-demo', locale: 'en-US' });
      zones.push(demo);
      const el = await fixture<CartButton>(html`<cart-button .zone=${demo}></cart-button>`);
      el.open();
      await waitUntil(() => drawerDialog()?.open, 'the drawer opens');
      expect(drawer()!.querySelector('[part="demo-marker"]')?.textContent).to.equal('Demo: no real orders or payments');
    } finally {
      console.warn = warn;
    }
  });

  it('speaks Chinese and passes axe', async () => {
    flow = await createZoneFixture({ locale: 'zh-CN', seed: testShop() });
    await addToCart(flow.zone, SHIRT, NAVY_M, 1);
    const el = await fixture<CartButton>(html`<cart-button .zone=${flow.zone}></cart-button>`);
    await el.updateComplete;
    expect(button(el).getAttribute('aria-label')).to.equal(translator('zh-CN', orderZoneMessages)('zone.cart_button', { count: 1 }));
    await expect(el).shadowDom.to.be.accessible();
    expect(await axeFindings(el, ['color-contrast', 'label-content-name-mismatch'])).to.deep.equal([]);
  });
});
