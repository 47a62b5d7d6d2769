import { ContextEvent } from '@lit/context';
import { localize, memoryStorage, OrderZoneError, type OrderZone } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { createOrderEngine } from '@orderzone/embedded-backend';
import { createHttpHandlers } from '@orderzone/embedded-backend/http-handlers';
import { setupWorker } from 'msw/browser';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { zoneContext } from '../../context/zone-context.ts';
import { createTestBackend, overridableAdapter, translator } from '../../testing/zone-fixture.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import type { ProductDetail } from '../product-detail/product-detail.ts';
import type { ProductPicker } from '../product-picker/product-picker.ts';
import { OrderZoneElement } from './order-zone.ts';
import { configureHelp } from '../order-help/help-defaults.ts';
import type { HelpConfig } from '../order-help/help-config.ts';
import { orderZoneMessages } from './order-zone.messages.ts';
import { productDetailMessages } from '../product-detail/product-detail.messages.ts';
import '../../testing/define-all.ts';
import { forgetZoneRoute } from '../../testing/zone-fixture.ts';

afterEach(forgetZoneRoute);

const t = translator('en-US', orderZoneMessages);
let mounted: OrderZoneElement | undefined;

afterEach(() => {
  mounted?.remove();
  mounted = undefined;
});

async function mount(template: ReturnType<typeof html>): Promise<OrderZoneElement> {
  mounted = await fixture<OrderZoneElement>(template);
  // No transitions: axe must never measure a colour halfway through one.
  mounted.style.setProperty('--oz-transition', '0s');
  return mounted;
}

function root(el: OrderZoneElement): ShadowRoot {
  return el.shadowRoot!;
}

/** The focused element, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function picker(el: OrderZoneElement): ProductPicker {
  return root(el).querySelector('product-picker')!;
}

function detail(el: OrderZoneElement): ProductDetail {
  return root(el).querySelector('product-detail')!;
}

function cartButton(el: OrderZoneElement): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>('.cart-button')!;
}

async function pickerReady(el: OrderZoneElement): Promise<void> {
  // Up to 5 s: the first products go through the REST adapter's chunk and, over msw, a service worker; on a
  // loaded machine that took over waitUntil's default second.
  await waitUntil(() => picker(el)?.shadowRoot?.querySelector('.results[aria-busy="false"] .card-link'), 'products never shown', { timeout: 5000 });
}

/** Presses Tab until `predicate` holds for the focused element. */
async function tabUntil(predicate: (el: Element | null) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (predicate(deepActive())) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('never reached the element with Tab');
}

/** The help a shop gives: one question and a phone number. */
function demoHelp(): HelpConfig {
  return { faq: [{ question: { 'en-US': 'My payment failed. Was I charged?' }, answer: { 'en-US': 'No.' } }], contact: { phone: '400-820-8820' } };
}

function isolatedAdapter() {
  return overridableAdapter(createTestBackend({ seed: testShop() })).adapter;
}

describe('<order-zone>', () => {
  it('creates one zone from its attributes and shows the header and the product grid', async () => {
    const adapter = isolatedAdapter();
    const el = await mount(html`<order-zone shop="t2" currency="CNY" locale="en-us" .adapter=${adapter} .storage=${memoryStorage()}></order-zone>`);
    const zone = el.activeZone!;
    expect(zone.shopId).to.equal('t2');
    expect(zone.currency).to.equal('CNY');
    expect(zone.$locale.get()).to.equal('en-US');
    expect(zone.adapter).to.equal(adapter);
    expect(root(el).querySelector('.shop-name')!.textContent).to.equal(t('zone.shop'));
    expect(cartButton(el).getAttribute('aria-label')).to.equal(t('zone.cart_button.other', { count: 0 }));
    expect(el.getAttribute('view')).to.equal('browse');
    await pickerReady(el);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('talks to a REST backend given by the api attribute', async () => {
    const worker = setupWorker(...createHttpHandlers(createOrderEngine({ seed: testShop() }), { baseUrl: '/oz-rest-test' }));
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
    try {
      const el = await mount(html`<order-zone api="/oz-rest-test" shop="rest" locale="en-US" .storage=${memoryStorage()}></order-zone>`);
      await pickerReady(el);
      const titles = [...picker(el).shadowRoot!.querySelectorAll('.card-link')].map((b) => b.textContent!.trim());
      const page = createOrderEngine({ seed: testShop() }).searchProducts({ pageSize: 12 });
      expect(titles).to.deep.equal(page.items.map((i) => localize(i.title, 'en-US')));
    } finally {
      worker.stop();
    }
  });

  it('renders a configuration error visibly and dispatches oz-error', async () => {
    const errors: string[] = [];
    const listener = (e: Event): void => {
      errors.push((e as HTMLElementEventMap['oz-error']).detail.error.code);
    };
    document.addEventListener('oz-error', listener);
    const el = await mount(html`<order-zone currency="XX1" locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
    document.removeEventListener('oz-error', listener);
    const box = root(el).querySelector('.config-error')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.querySelector('.config-error-title')!.textContent).to.equal(describeError(new OrderZoneError('config', ''), t));
    expect(box.querySelector('code')!.textContent).to.contain('XX1');
    expect((box as HTMLElement).offsetHeight).to.be.greaterThan(0);
    expect(errors).to.deep.equal(['config']);
    expect(root(el).querySelector('product-picker')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();

    // Fixing the attribute recovers.
    el.currency = 'CNY';
    await el.updateComplete;
    expect(root(el).querySelector('.config-error')).to.equal(null);
    expect(el.activeZone!.currency).to.equal('CNY');
  });

  it('shares its zone with OrderZone elements placed inside it', async () => {
    const el = await mount(html`<order-zone locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}>
      <product-detail product-id="printed-mug" hide-back></product-detail>
    </order-zone>`);
    const child = el.querySelector('product-detail')!;
    let provided: OrderZone | undefined;
    child.dispatchEvent(new ContextEvent(zoneContext, child, (zone: OrderZone) => (provided = zone)));
    expect(provided).to.equal(el.activeZone);
    // The view's own grid asks the same provider.
    let providedToGrid: OrderZone | undefined;
    picker(el).dispatchEvent(new ContextEvent(zoneContext, picker(el), (zone: OrderZone) => (providedToGrid = zone)));
    expect(providedToGrid).to.equal(el.activeZone);
    await waitUntil(() => child.shadowRoot!.querySelector('.detail.ready'), 'child product never loaded');
    child.shadowRoot!.querySelector<HTMLButtonElement>('.add-button')!.click();
    await waitUntil(() => root(el).querySelector('.cart-badge')?.textContent === '1', 'header badge did not update');
    expect(el.activeZone!.cart.$itemCount.get()).to.equal(1);
    expect(cartButton(el).getAttribute('aria-label')).to.equal(t('zone.cart_button.one', { count: 1 }));
  });

  it('goes browse → product → add → cart drawer → back with the keyboard alone', async () => {
    const el = await mount(html`<order-zone locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
    await pickerReady(el);
    const firstCard = picker(el).shadowRoot!.querySelector<HTMLButtonElement>('.card-link')!;
    const title = firstCard.textContent!.trim();
    // Tab from the cart button through the grid's controls to the first product.
    cartButton(el).focus();
    await tabUntil((a) => a === firstCard);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.view === 'product', 'product view not shown');
    expect(el.getAttribute('view')).to.equal('product');
    // Focus lands on the product's heading.
    await waitUntil(() => deepActive()?.classList.contains('title'), 'focus did not move to the product heading');
    await waitUntil(() => detail(el).shadowRoot!.querySelector('.detail.ready'), 'product never loaded');
    expect(detail(el).shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal(title);
    expect(picker(el).hidden).to.equal(true);

    await tabUntil((a) => a?.classList.contains('add-button') ?? false);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('.toast'), 'no toast');
    expect(root(el).querySelector('.toast-text')!.textContent).to.equal(t('zone.added'));
    const count = el.activeZone!.cart.$itemCount.get();
    expect(count).to.be.greaterThan(0);
    await waitUntil(() => root(el).querySelector('[aria-live="polite"]')!.textContent === t(count === 1 ? 'zone.cart_count.one' : 'zone.cart_count.other', { count }), 'count not announced');
    // Let the toast finish sliding in before axe measures its colours.
    await Promise.all(root(el).querySelector('.toast')!.getAnimations().map((a) => a.finished));
    await expect(el).shadowDom.to.be.accessible();

    // "View cart" in the toast opens the drawer.
    await tabUntil((a) => a?.classList.contains('toast-action') ?? false);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('cart-panel')!.shadowRoot!.querySelector('dialog[open]'), 'drawer did not open');
    expect(el.view).to.equal('cart');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => el.view === 'product', 'drawer did not close');
    await waitUntil(() => deepActive() === cartButton(el), 'focus did not return to the cart button');

    // The header cart button opens it too; Escape brings focus back to it.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('cart-panel')!.shadowRoot!.querySelector('dialog[open]'), 'drawer did not open from the header');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActive() === cartButton(el), 'focus did not return to the cart button');

    // Back to the grid, which kept its state.
    detail(el).shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => el.view === 'browse', 'not back to browse');
    await waitUntil(() => deepActive()?.id === 'heading', 'focus did not move to the grid heading');
  });

  it('drops the "added to cart" toast once the shopper moves on to checkout', async () => {
    const el = await mount(html`<order-zone locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
    el.dispatchEvent(new CustomEvent('oz-product-select', { detail: { productId: 'printed-mug' }, bubbles: true, composed: true }));
    await waitUntil(() => detail(el)?.shadowRoot?.querySelector('.detail.ready'), 'product never loaded');
    detail(el).shadowRoot!.querySelector<HTMLButtonElement>('.add-button')!.click();
    await waitUntil(() => root(el).querySelector('.toast'), 'no toast after adding');
    el.dispatchEvent(new CustomEvent('oz-navigate', { detail: { view: 'checkout' }, bubbles: true, composed: true }));
    await waitUntil(() => root(el).querySelector('checkout-form'), 'checkout not shown');
    expect(root(el).querySelector('.toast') !== null, 'the toast is still shown').to.equal(false);
  });

  it('says nothing was added, and shows no "Added to cart" toast, when the cart already holds the maximum', async () => {
    const el = await mount(html`<order-zone locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
    const zone = el.activeZone!;
    const product = await zone.catalog.getProduct('printed-mug');
    expect(product.quantity.max).to.equal(10);
    (await zone.load('cart')).cart.add({ product, variantId: product.variants[0]!.id, quantity: 10 });
    el.dispatchEvent(new CustomEvent('oz-product-select', { detail: { productId: 'printed-mug' }, bubbles: true, composed: true }));
    await waitUntil(() => detail(el)?.shadowRoot?.querySelector('.detail.ready'), 'product never loaded');
    const page = detail(el).shadowRoot!;
    page.querySelector<HTMLButtonElement>('[aria-label="Increase quantity"]')!.click();
    await detail(el).updateComplete;
    let added = false;
    el.addEventListener('oz-cart-add', () => (added = true));
    page.querySelector<HTMLButtonElement>('.add-button')!.click();
    await detail(el).updateComplete;
    const detailT = translator('en-US', productDetailMessages);
    expect(page.querySelector('[role=status]')!.textContent!.trim()).to.equal(detailT('cart.add_refused.max', { allowed: 10 }));
    await el.updateComplete;
    expect(added, 'no oz-cart-add').to.equal(false);
    expect(root(el).querySelector('.toast'), 'no toast').to.equal(null);
    expect(zone.cart.$itemCount.get()).to.equal(10);
  });

  it('never covers the Add to cart button it answers with the toast, at 1280 px', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      // A zone in the middle of a wide page, one column wide: its Add to cart button is where the toast appears.
      const el = await mount(html`<order-zone style="max-width: 600px; margin: 0 auto" locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
      el.dispatchEvent(new CustomEvent('oz-product-select', { detail: { productId: 'shirt' }, bubbles: true, composed: true }));
      await waitUntil(() => detail(el)?.shadowRoot?.querySelector('.detail.ready'), 'product never loaded');
      const button = detail(el).shadowRoot!.querySelector<HTMLButtonElement>('.add-button')!;
      // Room to scroll the button anywhere in the viewport.
      document.body.style.padding = '900px 0';
      const covered = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
      // Scrolled so the button sits where the toast appears: at the bottom edge, in the middle.
      window.scrollBy(0, button.getBoundingClientRect().bottom - window.innerHeight + 30);
      const at = button.getBoundingClientRect();
      expect(at.bottom).to.be.closeTo(window.innerHeight - 30, 1);
      await sendMouse({ type: 'click', position: [Math.round(at.left + at.width / 2), Math.round(at.top + at.height / 2)] });
      await waitUntil(() => root(el).querySelector('.toast'), 'no toast');
      await el.updateComplete;
      const toast = root(el).querySelector('.toast')!.getBoundingClientRect();
      expect(covered(toast, button.getBoundingClientRect()), 'the toast covers the button').to.equal(false);
      expect(toast.bottom).to.be.lessThan(window.innerHeight / 2, 'moved to the top edge');
      // With the button clear of the bottom edge, the toast stays at the bottom.
      root(el).querySelector<HTMLButtonElement>('.toast-close')!.click();
      await el.updateComplete;
      window.scrollBy(0, button.getBoundingClientRect().top - 200);
      const clear = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(clear.left + clear.width / 2), Math.round(clear.top + clear.height / 2)] });
      await waitUntil(() => root(el).querySelector('.toast'), 'no second toast');
      await el.updateComplete;
      const second = root(el).querySelector('.toast')!.getBoundingClientRect();
      expect(second.top).to.be.greaterThan(window.innerHeight / 2, 'at the bottom edge');
      expect(covered(second, button.getBoundingClientRect())).to.equal(false);
    } finally {
      document.body.style.padding = '';
      window.scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('opens checkout from the drawer and shows the confirmation on oz-order-created', async () => {
    const el = await mount(html`<order-zone locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
    const zone = await el.activeZone!.load('checkout');
    const product = await zone.catalog.getProduct('printed-mug');
    zone.cart.add({ product, variantId: product.variants[0]!.id, quantity: 1 });
    cartButton(el).click();
    await waitUntil(() => el.view === 'cart');
    // The cart panel asks for checkout.
    root(el).querySelector('cart-panel')!.dispatchEvent(new CustomEvent('oz-navigate', { detail: { view: 'checkout' }, bubbles: true, composed: true }));
    await waitUntil(() => root(el).querySelector('checkout-form'), 'checkout not shown');
    expect(el.view).to.equal('checkout');
    zone.checkout.update({
      contact: { name: '韩梅梅', phone: '13900139000', email: 'han@example.com' },
      shippingAddress: { region: '北京市', city: '北京市', district: '朝阳区', line1: '建国路 88 号', postalCode: '100022' },
      paymentMethodId: 'alipay',
    });
    await zone.checkout.loadOptions();
    await zone.checkout.refreshQuote();
    // The checkout form on show announces the order (oz-order-created), whoever pressed the button.
    const created = oneEvent(el, 'oz-order-created');
    const order = (await zone.checkout.submit())!;
    expect(order.orderNumber).to.be.a('string');
    expect((await created).detail).to.deep.equal({ order, totalChanged: false });
    await waitUntil(() => root(el).querySelector('order-confirmation'), 'confirmation not shown');
    expect(el.view).to.equal('confirmation');
    expect(root(el).querySelector('order-confirmation')!.order).to.equal(order);
    await waitUntil(() => deepActive()?.id === 'confirmation-heading', 'focus did not move to the confirmation heading');
    expect(root(el).querySelector('order-confirmation')!.shadowRoot!.textContent).to.contain(order.orderNumber);
  });

  it('speaks Chinese with locale="zh-CN"', async () => {
    const el = await mount(html`<order-zone locale="zh-CN" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
    const zh = translator('zh-CN', orderZoneMessages);
    expect(root(el).querySelector('.shop-name')!.textContent).to.equal(zh('zone.shop'));
    expect(cartButton(el).getAttribute('aria-label')).to.equal(zh('zone.cart_button.other', { count: 0 }));
    await pickerReady(el);
    const first = picker(el).shadowRoot!.querySelector('.card-link')!.textContent!.trim();
    expect(testShop().products.map((p) => localize(p.title, 'zh-CN'))).to.include(first);
    // Switching the attribute switches every child.
    el.locale = 'en-US';
    await el.updateComplete;
    await picker(el).updateComplete;
    expect(root(el).querySelector('.shop-name')!.textContent).to.equal(t('zone.shop'));
    expect(testShop().products.map((p) => localize(p.title, 'en-US'))).to.include(picker(el).shadowRoot!.querySelector('.card-link')!.textContent!.trim());
  });

  it('keeps the view in the URL fragment with routing="hash"', async () => {
    const start = location.href;
    try {
      const el = await mount(html`<order-zone routing="hash" locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
      await pickerReady(el);
      const selected = oneEvent(el, 'oz-product-select');
      picker(el).shadowRoot!.querySelector<HTMLButtonElement>('.card-link')!.click();
      const { productId } = (await selected).detail;
      await el.updateComplete;
      expect(location.hash).to.equal(`#oz=product/${encodeURIComponent(productId)}`);
      history.back();
      await waitUntil(() => el.view === 'browse', 'back button did not return to browse');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  describe('routing (on by default: a query parameter)', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    /** Waits until the zone shows the page of the product titled `title`. */
    async function productShown(el: OrderZoneElement, title: string): Promise<void> {
      await waitUntil(() => detail(el)?.shadowRoot?.querySelector('h2')?.textContent?.trim() === title, `the page of ${title} is not shown`);
    }

    async function popState(move: () => void): Promise<void> {
      const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      move();
      await moved;
    }

    it('Back and Forward move between the zone\'s views; the address names the product and keeps the page\'s own parameters', async () => {
      history.replaceState({ router: 'merchant' }, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}utm_source=mail%20list&ref=a/b#promo`);
      const el = await mount(html`<order-zone locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
      await pickerReady(el);
      expect(new URL(location.href).searchParams.has('oz'), 'the first page writes nothing').to.equal(false);
      const card = [...picker(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('.card-link')].find((b) => b.textContent!.trim() === 'Test shirt')!;
      card.click();
      await productShown(el, 'Test shirt');
      const url = new URL(location.href);
      expect(url.searchParams.get('oz')).to.equal('product/shirt');
      expect(url.search).to.contain('utm_source=mail%20list&ref=a/b&oz=product/shirt');
      expect(url.hash).to.equal('#promo');
      const entries = history.length;
      expect((history.state as Record<string, unknown>).router, "the page's router keeps its state").to.equal('merchant');

      await popState(() => history.back());
      await waitUntil(() => el.view === 'browse' && !picker(el).hidden, 'Back did not show the products');
      expect(new URL(location.href).searchParams.has('oz')).to.equal(false);
      expect(new URL(location.href).searchParams.get('utm_source')).to.equal('mail list');

      await popState(() => history.forward());
      await productShown(el, 'Test shirt');
      expect(history.length, 'moving through the history adds no entries').to.equal(entries);
    });

    it('opens the view its address names: a reload, or a shared link, shows the same product', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}oz=product/flask`);
      const entries = history.length;
      const el = await mount(html`<order-zone locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
      await productShown(el, 'Engraved flask');
      expect(el.view).to.equal('product');
      expect(history.length, 'opening at an address adds no entry').to.equal(entries);
      // "Back to products" from there is a step the shopper took: Back returns to the flask.
      detail(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="back"]')!.click();
      await pickerReady(el);
      expect(new URL(location.href).searchParams.has('oz')).to.equal(false);
      await popState(() => history.back());
      await productShown(el, 'Engraved flask');
    });

    it('leaves the view alone when a hash link on the page is followed, and when its own view is the address', async () => {
      const el = await mount(html`<order-zone locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
      await pickerReady(el);
      el.navigate('product', 'shirt');
      await productShown(el, 'Test shirt');
      // A merchant's anchor link (<a href="#about">) is a new history entry with another fragment.
      await popState(() => (location.hash = 'about'));
      await el.updateComplete;
      expect(el.view).to.equal('product');
      await popState(() => history.back());
      await el.updateComplete;
      expect(el.view).to.equal('product');
      expect(new URL(location.href).searchParams.get('oz')).to.equal('product/shirt');
    });

    it('never reads or writes the address with routing="none"', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}oz=checkout`);
      const before = location.href;
      const entries = history.length;
      const el = await mount(html`<order-zone routing="none" locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
      await pickerReady(el);
      expect(el.view, 'the address is not read').to.equal('browse');
      el.navigate('product', 'shirt');
      await productShown(el, 'Test shirt');
      expect(location.href).to.equal(before);
      expect(history.length).to.equal(entries);
    });

    it('gives each zone of a page its own parameter with route-param', async () => {
      const el = await mount(html`<order-zone route-param="shop2" locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
      await pickerReady(el);
      el.navigate('lookup');
      await el.updateComplete;
      const url = new URL(location.href);
      expect(url.searchParams.get('shop2')).to.equal('lookup');
      expect(url.searchParams.has('oz')).to.equal(false);
    });
  });

  describe('never stranded', () => {
    afterEach(() => configureHelp(undefined));

    for (const view of ['lookup', 'sign-in', 'orders', 'order', 'confirmation', 'help'] as const) {
      it(`offers "Back to products" on the ${view} page`, async () => {
        configureHelp(demoHelp());
        const el = await mount(html`<order-zone locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
        await el.activeZone!.load('account');
        await pickerReady(el);
        el.navigate(view);
        await el.updateComplete;
        const back = root(el).querySelector<HTMLButtonElement>('[data-back-to-products]');
        expect(back, `no way back on ${view}`).to.not.equal(null);
        expect(back!.textContent!.trim()).to.equal(t('zone.back_to_products'));
        expect(back!.querySelector('svg[aria-hidden="true"]'), 'an arrow drawn before it').to.not.equal(null);
        expect(back!.getBoundingClientRect().height).to.be.greaterThan(0);
        back!.click();
        await el.updateComplete;
        expect(el.view).to.equal('browse');
        expect(picker(el).hidden).to.equal(false);
        expect(root(el).querySelector('[data-back-to-products]'), 'none on the products themselves').to.equal(null);
      });
    }

    it('skips from the header to the first product with the keyboard', async () => {
      const el = await mount(html`<order-zone locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
      await pickerReady(el);
      const skip = root(el).querySelector<HTMLButtonElement>('[data-skip-to-products]')!;
      expect(skip.getBoundingClientRect().width, 'hidden until focused').to.be.at.most(1);
      await tabUntil((a) => a === skip);
      expect(skip.getBoundingClientRect().width, 'shown while focused').to.be.greaterThan(40);
      expect(skip.textContent!.trim()).to.equal(t('zone.skip_to_products'));
      await sendKeys({ press: 'Enter' });
      const first = picker(el).shadowRoot!.querySelector('.card-link')!;
      expect(deepActive()).to.equal(first);
      // One Tab further is the second product's card: the header's and filters' stops are behind.
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.closest('li')?.previousElementSibling?.contains(first)).to.equal(true);
    });

    it('has a help entry in its footer once the shop gives help: the help view, or the shop\'s own page', async () => {
      const el = await mount(html`<order-zone locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
      await pickerReady(el);
      expect(root(el).querySelector('[data-help]'), 'no help given, no entry').to.equal(null);
      configureHelp(demoHelp());
      await el.updateComplete;
      const entry = root(el).querySelector<HTMLButtonElement>('[data-help]')!;
      expect(entry.textContent!.trim()).to.equal(t('zone.help'));
      entry.click();
      await el.updateComplete;
      expect(el.view).to.equal('help');
      const help = root(el).querySelector('order-help')!;
      await waitUntil(() => help.shadowRoot?.textContent?.includes('Was I charged?'), 'the FAQ is not shown');
      expect(new URL(location.href).searchParams.get('oz')).to.equal('help');

      el.helpUrl = 'https://shop.example.com/help';
      el.helpText = 'Customer service';
      await el.updateComplete;
      const link = root(el).querySelector<HTMLAnchorElement>('a[data-help]')!;
      expect(link.href).to.equal('https://shop.example.com/help');
      expect(link.textContent!.trim()).to.equal('Customer service');
      el.helpUrl = 'javascript:alert(1)';
      await el.updateComplete;
      expect(root(el).querySelector('a[data-help]'), 'an unsafe URL is never linked').to.equal(null);
    });
  });
});
