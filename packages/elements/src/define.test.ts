// `@orderzone/elements/define`, as an app's bundler loads it: the first screen's elements at once,
// every other element on demand (the same on-demand table as the script-tag bundle).
import { expect, waitUntil } from '@open-wc/testing';
import type { OrderZone } from '@orderzone/core';
import { loadAllElements } from './define.ts';
import { ORDERZONE_TAGS } from './frameworks/tags.ts';
import * as classes from './index.ts';
import { createZoneFixture } from './testing/zone-fixture.ts';

const zones: OrderZone[] = [];
afterEach(() => zones.splice(0).forEach((zone) => zone.dispose()));

/** Every tag and the class `@orderzone/elements` exports for it. */
const expectedClasses: Record<string, CustomElementConstructor> = {
  'order-zone': classes.OrderZoneElement,
  'product-picker': classes.ProductPicker,
  'product-detail': classes.ProductDetail,
  'cart-panel': classes.CartPanel,
  'checkout-form': classes.CheckoutForm,
  'order-confirmation': classes.OrderConfirmation,
  'booking-picker': classes.BookingPicker,
  'stay-picker': classes.StayPicker,
  'seat-picker': classes.SeatPicker,
  'order-detail': classes.OrderDetail,
  'order-lookup': classes.OrderLookup,
  'order-help': classes.OrderHelp,
  'sign-in': classes.SignIn,
  'order-list': classes.OrderList,
  'quick-order': classes.QuickOrder,
  'quote-requests': classes.QuoteRequests,
  'product-price': classes.ProductPrice,
  'product-availability': classes.ProductAvailability,
  'add-to-cart-button': classes.AddToCartButton,
  'book-button': classes.BookButton,
  'cart-button': classes.CartButton,
  'cart-count': classes.CartCount,
  'checkout-button': classes.CheckoutButton,
  'product-recommendations': classes.ProductRecommendations,
};

describe('@orderzone/elements/define', () => {
  it('registers <order-zone> and <product-picker> at once, and no other element before it is needed', () => {
    expect(customElements.get('order-zone')).to.equal(classes.OrderZoneElement);
    expect(customElements.get('product-picker')).to.equal(classes.ProductPicker);
    const registered = ORDERZONE_TAGS.filter((tag) => customElements.get(tag) !== undefined);
    expect(registered).to.have.members(['order-zone', 'product-picker']);
  });

  it('<order-zone> loads the element of the view it shows', async () => {
    const { zone } = await createZoneFixture();
    zones.push(zone);
    const el = document.createElement('order-zone');
    el.zone = zone;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(customElements.get('cart-panel')).to.equal(undefined);
      el.navigate('cart');
      await waitUntil(() => customElements.get('cart-panel') === classes.CartPanel, '<cart-panel> is registered when <order-zone> shows the cart');
      await waitUntil(() => el.shadowRoot?.querySelector('cart-panel')?.shadowRoot?.textContent?.includes('Your cart is empty'), 'and renders the cart');
    } finally {
      el.remove();
    }
  });

  it('registers an element as soon as the page contains it on its own', async () => {
    expect(customElements.get('order-help')).to.equal(undefined);
    const el = document.createElement('order-help');
    document.body.append(el);
    try {
      await waitUntil(() => customElements.get('order-help') === classes.OrderHelp, '<order-help> put on the page is registered');
      expect(el).to.be.instanceOf(classes.OrderHelp);
    } finally {
      el.remove();
    }
  });

  it('loadAllElements() registers every tag of the Custom Elements Manifest with its exported class', async () => {
    await loadAllElements();
    expect(ORDERZONE_TAGS.length).to.equal(Object.keys(expectedClasses).length);
    for (const tag of ORDERZONE_TAGS) expect(customElements.get(tag), `<${tag}>`).to.equal(expectedClasses[tag]);
  });
});
