// Only safe URLs reach `src` or `href`: every element that shows an image from the catalog or a
// backend (product cards, the product gallery, cart lines, the checkout's and an order's lines, a QR
// code image, return photos) or follows a link (payment, help) uses the core's one rule, and shows
// its placeholder (or no link) for a script or document URL, however it is spelled.
import { type Order } from '@orderzone/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { hostileImageShop, HOSTILE_IMAGE_URLS } from '../testing/hostile-shop.ts';
import { createOrderFixture, placeOrder, type OrderFixture } from '../testing/order-fixture.ts';
import { addToCart, createTestBackend } from '../testing/zone-fixture.ts';
import { CartPanel } from './cart-panel/cart-panel.ts';
import { CheckoutForm } from './checkout-form/checkout-form.ts';
import { defineElement } from './define-element.ts';
import { OrderConfirmation } from './order-confirmation/order-confirmation.ts';
import { OrderDetail } from './order-detail/order-detail.ts';
import { OrderHelp } from './order-help/order-help.ts';
import { ProductDetail } from './product-detail/product-detail.ts';
import { ProductPicker } from './product-picker/product-picker.ts';

defineElement('product-picker', ProductPicker);
defineElement('product-detail', ProductDetail);
defineElement('cart-panel', CartPanel);
defineElement('checkout-form', CheckoutForm);
defineElement('order-confirmation', OrderConfirmation);
defineElement('order-detail', OrderDetail);
defineElement('order-help', OrderHelp);

let flow: OrderFixture | undefined;
afterEach(() => {
  flow?.zone.dispose();
  flow = undefined;
});

async function hostileFlow(): Promise<OrderFixture> {
  flow = await createOrderFixture({ backend: createTestBackend({ seed: hostileImageShop() }) });
  return flow;
}

/** Every element matching `selector` in `el`'s shadow root and light DOM, through nested open shadow roots. */
function deepAll(el: Element, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (root: ParentNode): void => {
    found.push(...root.querySelectorAll(selector));
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  visit(el);
  return found;
}

/** The scheme a `src` or `href` has once the browser resolved it: `javascript:`, `data:text/html`... */
function schemeOf(url: string): string {
  const parsed = new URL(url, document.baseURI);
  return parsed.protocol === 'data:' ? `data:${parsed.pathname.split(/[;,]/)[0]!.trim().toLowerCase()}` : parsed.protocol;
}

/** The `src` and `href` values in `el` that are neither http(s) nor a `data:image/*`. */
function unsafeUrls(el: Element): string[] {
  const urls = [...deepAll(el, 'img[src]').map((img) => img.getAttribute('src')!), ...deepAll(el, 'a[href]').map((a) => a.getAttribute('href')!)];
  return urls.filter((url) => {
    const scheme = schemeOf(url);
    return !(scheme === 'http:' || scheme === 'https:' || scheme.startsWith('data:image/') || scheme === 'tel:' || scheme === 'mailto:');
  });
}

describe('only safe URLs reach src and href', () => {
  it('the hostile URLs are what a browser would run or open as a document', () => {
    expect(HOSTILE_IMAGE_URLS.map(schemeOf)).to.deep.equal(['javascript:', 'javascript:', 'javascript:', 'data:text/html', 'data:text/html', 'vbscript:']);
  });

  it('product cards and the product gallery show their placeholders instead', async () => {
    const f = await hostileFlow();
    const picker = await fixture<ProductPicker>(html`<product-picker .zone=${f.zone}></product-picker>`);
    await waitUntil(() => picker.shadowRoot!.querySelectorAll('[part~="card"]').length > 0, 'no product cards');
    const cards = [...picker.shadowRoot!.querySelectorAll('[part~="card"]')];
    expect(unsafeUrls(picker)).to.deep.equal([]);
    expect(cards.every((card) => card.querySelector('.card-placeholder')), 'every card shows the placeholder').to.equal(true);

    // The shirt: three product images and a variant image each.
    const detail = await fixture<ProductDetail>(html`<product-detail .zone=${f.zone} product-id="shirt"></product-detail>`);
    await waitUntil(() => detail.shadowRoot!.querySelector('.detail.ready'), 'product never loaded');
    expect(unsafeUrls(detail)).to.deep.equal([]);
    expect(detail.shadowRoot!.querySelector('[part="main-image"] .image-placeholder')).to.not.equal(null);
    const thumbnails = [...detail.shadowRoot!.querySelectorAll('[part="thumbnail"]')];
    expect(thumbnails.length).to.be.greaterThan(1);
    expect(thumbnails.every((thumbnail) => thumbnail.querySelector('.image-placeholder') && !thumbnail.querySelector('img'))).to.equal(true);
  });

  it('cart lines and the checkout summary show their placeholders instead', async () => {
    const f = await hostileFlow();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    await addToCart(f.zone, 'mug', 'mug', 2);
    const cart = await fixture<CartPanel>(html`<cart-panel .zone=${f.zone}></cart-panel>`);
    await waitUntil(() => cart.shadowRoot!.querySelectorAll('[part~="line"]').length === 2, 'no cart lines');
    expect(unsafeUrls(cart)).to.deep.equal([]);
    expect(cart.shadowRoot!.querySelectorAll('span[part="line-image"]').length).to.equal(2);

    const checkout = await fixture<CheckoutForm>(html`<checkout-form .zone=${f.zone}></checkout-form>`);
    await waitUntil(() => checkout.shadowRoot!.querySelectorAll('aside.order-summary .summary-line').length === 2, 'no summary lines');
    expect(unsafeUrls(checkout)).to.deep.equal([]);
    expect(checkout.shadowRoot!.querySelectorAll('aside.order-summary .summary-line .image-placeholder').length).to.equal(2);
    expect(checkout.shadowRoot!.querySelectorAll('[data-summary-top] .summary-line .image-placeholder').length, 'and in the summary at the top').to.equal(2);
  });

  it('an order’s lines, its QR image, its payment link and its return photos are never unsafe', async () => {
    const f = await hostileFlow();
    const placed = await placeOrder(f.zone);
    const order: Order = { ...placed, payment: { type: 'qr_code', payload: 'weixin://wxpay/1', imageUrl: 'javascript:alert(1)' } };
    const confirmation = await fixture<OrderConfirmation>(html`<order-confirmation .zone=${f.zone} .order=${order}></order-confirmation>`);
    await waitUntil(() => confirmation.shadowRoot!.querySelectorAll('.summary-line').length === 2, 'no order lines');
    expect(unsafeUrls(confirmation)).to.deep.equal([]);
    expect(confirmation.shadowRoot!.querySelectorAll('.summary-line .image-placeholder').length).to.equal(2);
    expect(confirmation.shadowRoot!.querySelector('[data-qr-image]'), 'no QR image from a script URL').to.equal(null);
    expect(confirmation.shadowRoot!.querySelector('[data-qr-payload]')?.textContent).to.equal('weixin://wxpay/1');

    confirmation.order = { ...placed, payment: { type: 'redirect', url: ' JavaScript:alert(1)' } };
    await confirmation.updateComplete;
    expect(confirmation.shadowRoot!.querySelector('[data-pay-link]')).to.equal(null);
    expect(unsafeUrls(confirmation)).to.deep.equal([]);

    const photo = (id: string, url: string) => ({ id, url, contentType: 'image/png', bytes: 10 });
    const returned: Order = {
      ...placed,
      status: 'return_requested',
      returnRequest: { reason: 'Too small', photos: [photo('p1', 'javascript:alert(1)'), photo('p2', 'DATA:text/html,<script>alert(1)</script>'), photo('p3', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=')] },
    };
    f.override({ getOrder: () => Promise.resolve(returned) });
    const detail = await fixture<OrderDetail>(html`<order-detail .zone=${f.zone} .order=${returned}></order-detail>`);
    await waitUntil(() => detail.shadowRoot!.querySelector('[data-return-request]'), 'no return request');
    expect(unsafeUrls(detail)).to.deep.equal([]);
    expect(detail.shadowRoot!.querySelectorAll('[data-return-request] img').length, 'only the image photo is shown').to.equal(1);
  });

  it('a help link that is not http(s) is left out', async () => {
    const f = await hostileFlow();
    const help = await fixture<OrderHelp>(html`<order-help .zone=${f.zone} .config=${{ contact: { email: 'help@shop.example', link: { url: '\tjavascript:alert(1)' } } }}></order-help>`);
    await help.updateComplete;
    expect(help.shadowRoot!.querySelector('[data-channel="link"]')).to.equal(null);
    expect(unsafeUrls(help)).to.deep.equal([]);
    help.config = { contact: { link: { url: 'https://help.shop.example/chat' } } };
    await help.updateComplete;
    expect(help.shadowRoot!.querySelector('[data-channel="link"] a')?.getAttribute('href')).to.equal('https://help.shop.example/chat');
  });
});
