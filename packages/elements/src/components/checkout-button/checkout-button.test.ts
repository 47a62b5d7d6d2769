// <checkout-button>: a link to the merchant's checkout page (through the core's link rule), or the
// checkout in a dialog over the page, ending on the order's confirmation.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { axeFindings } from '../../testing/axe-review.ts';
import { addToCart, createZoneFixture, translator, type ZoneFixture } from '../../testing/zone-fixture.ts';
import '../../testing/define-all.ts';
import type { OrderZoneElement } from '../order-zone/order-zone.ts';
import type { CheckoutButton } from './checkout-button.ts';
import { checkoutButtonMessages } from './checkout-button.messages.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';

const t = translator('en-US', checkoutButtonMessages);
let flow: ZoneFixture;
afterEach(() => {
  flow?.zone.dispose();
  document.querySelectorAll('[data-orderzone-dialogs]').forEach((host) => host.remove());
});

const control = (el: CheckoutButton) => el.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
const pageHost = () => document.querySelector('[data-orderzone-dialogs]')?.shadowRoot ?? null;
const dialog = () => pageHost()?.querySelector('dialog') ?? null;

describe('<checkout-button>', () => {
  it('is a link to the merchant’s checkout page, and never follows a script URL', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const link = await fixture<CheckoutButton>(html`<checkout-button .zone=${flow.zone} href="/checkout.html"></checkout-button>`);
    expect(control(link).localName).to.equal('a');
    expect(control(link).getAttribute('href')).to.equal('/checkout.html');
    expect(control(link).textContent!.trim()).to.equal(t('checkoutButton.label'));

    const el = document.createElement('checkout-button');
    el.zone = flow.zone;
    el.setAttribute('href', 'javascript:alert(1)');
    const refused = oneEvent(el, 'oz-error');
    document.body.append(el);
    try {
      expect((await refused).detail.error.code).to.equal('config');
      await el.updateComplete;
      expect(control(el).localName, 'a button that opens the checkout dialog instead').to.equal('button');
      expect(el.shadowRoot!.querySelector('[href]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('opens the checkout in a dialog, places the order there and shows its confirmation', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    await addToCart(flow.zone, 'shirt', 'shirt-navy-m', 1);
    flow.zone.checkout.update({
      contact: { name: 'Li Lei', phone: '13800138000', email: 'li@example.com' },
      shippingAddress: { country: 'CN', region: 'Zhejiang', city: 'Hangzhou', district: 'Xihu', line1: '18 Wensan Road', postalCode: '310012' },
      paymentMethodId: 'alipay',
    });
    const el = await fixture<CheckoutButton>(html`<checkout-button .zone=${flow.zone}></checkout-button>`);
    await el.updateComplete;
    expect(el.getAttribute('count')).to.equal('1');
    const asked = oneEvent(el, 'oz-navigate');
    control(el).click();
    expect((await asked).detail).to.deep.equal({ view: 'checkout' });
    await waitUntil(() => dialog()?.open && dialog()!.querySelector('checkout-form')?.shadowRoot?.querySelector('[data-submit]:not([disabled])'), 'the checkout is ready', { timeout: 8000 });
    const placed = oneEvent(el, 'oz-order-created');
    dialog()!.querySelector('checkout-form')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-submit]')!.click();
    const order = (await placed).detail.order;
    await waitUntil(() => dialog()!.querySelector('order-confirmation')?.shadowRoot?.textContent?.includes(order.orderNumber), 'the confirmation names the order');
    expect(dialog()!.open).to.equal(true);
    expect(flow.zone.cart.$itemCount.get(), 'the cart is empty after the order').to.equal(0);
  });

  it('inside <order-zone> shows the zone’s checkout', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const zone = await fixture<OrderZoneElement>(html`<order-zone .zone=${flow.zone}><checkout-button></checkout-button></order-zone>`);
    const el = zone.querySelector('checkout-button')!;
    await el.updateComplete;
    control(el).click();
    await waitUntil(() => zone.view === 'checkout', 'the zone shows its checkout');
    expect(pageHost()).to.equal(null);
  });

  it('passes axe', async () => {
    flow = await createZoneFixture({ locale: 'zh-CN', seed: testShop() });
    const el = await fixture<CheckoutButton>(html`<checkout-button .zone=${flow.zone}></checkout-button>`);
    await el.updateComplete;
    expect(control(el).textContent!.trim()).to.equal(translator('zh-CN', checkoutButtonMessages)('checkoutButton.label'));
    await expect(el).shadowDom.to.be.accessible();
    expect(await axeFindings(el, ['color-contrast'])).to.deep.equal([]);
  });
});
