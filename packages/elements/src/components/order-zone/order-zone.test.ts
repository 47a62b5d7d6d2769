import { ContextEvent } from '@lit/context';
import { localize, memoryStorage, OrderZoneError, type OrderZone } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { createOrderEngine } from '@orderzone/embedded-backend';
import { demoShop } from '@orderzone/embedded-backend/demo-catalog';
import { createHttpHandlers } from '@orderzone/embedded-backend/http-handlers';
import { setupWorker } from 'msw/browser';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { zoneContext } from '../../context/zone-context.ts';
import { createTestBackend, overridableAdapter, translator } from '../../testing/zone-fixture.ts';
import type { ProductDetail } from '../product-detail/product-detail.ts';
import type { ProductPicker } from '../product-picker/product-picker.ts';
import { OrderZoneElement } from './order-zone.ts';
import { orderZoneMessages } from './order-zone.messages.ts';
import { productDetailMessages } from '../product-detail/product-detail.messages.ts';
import '../../testing/define-all.ts';

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
  await waitUntil(() => picker(el)?.shadowRoot?.querySelector('.results[aria-busy="false"] .card-link'), 'products never shown');
}

/** Presses Tab until `predicate` holds for the focused element. */
async function tabUntil(predicate: (el: Element | null) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (predicate(deepActive())) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('never reached the element with Tab');
}

function isolatedAdapter() {
  return overridableAdapter(createTestBackend()).adapter;
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
    const worker = setupWorker(...createHttpHandlers(createOrderEngine({ seed: demoShop }), { baseUrl: '/oz-rest-test' }));
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
    try {
      const el = await mount(html`<order-zone api="/oz-rest-test" shop="rest" locale="en-US" .storage=${memoryStorage()}></order-zone>`);
      await pickerReady(el);
      const titles = [...picker(el).shadowRoot!.querySelectorAll('.card-link')].map((b) => b.textContent!.trim());
      const page = await createOrderEngine({ seed: demoShop }).searchProducts({ pageSize: 12 });
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
      <product-detail product-id="wireless-earbuds" hide-back></product-detail>
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
    el.dispatchEvent(new CustomEvent('oz-product-select', { detail: { productId: 'wireless-earbuds' }, bubbles: true, composed: true }));
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
    const product = await zone.catalog.getProduct('wireless-earbuds');
    expect(product.quantity.max).to.equal(5);
    zone.cart.add({ product, variantId: product.variants[0]!.id, quantity: 5 });
    el.dispatchEvent(new CustomEvent('oz-product-select', { detail: { productId: 'wireless-earbuds' }, bubbles: true, composed: true }));
    await waitUntil(() => detail(el)?.shadowRoot?.querySelector('.detail.ready'), 'product never loaded');
    const page = detail(el).shadowRoot!;
    page.querySelector<HTMLButtonElement>('[aria-label="Increase quantity"]')!.click();
    await detail(el).updateComplete;
    let added = false;
    el.addEventListener('oz-cart-add', () => (added = true));
    page.querySelector<HTMLButtonElement>('.add-button')!.click();
    await detail(el).updateComplete;
    const detailT = translator('en-US', productDetailMessages);
    expect(page.querySelector('[role=status]')!.textContent!.trim()).to.equal(detailT('cart.add_refused.max', { allowed: 5 }));
    await el.updateComplete;
    expect(added, 'no oz-cart-add').to.equal(false);
    expect(root(el).querySelector('.toast'), 'no toast').to.equal(null);
    expect(zone.cart.$itemCount.get()).to.equal(5);
  });

  it('never covers the Add to cart button it answers with the toast, at 1280 px', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      // A zone in the middle of a wide page, one column wide: its Add to cart button is where the toast appears.
      const el = await mount(html`<order-zone style="max-width: 600px; margin: 0 auto" locale="en-US" .adapter=${isolatedAdapter()} .storage=${memoryStorage()}></order-zone>`);
      el.dispatchEvent(new CustomEvent('oz-product-select', { detail: { productId: 'cotton-tee' }, bubbles: true, composed: true }));
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
    const product = await zone.catalog.getProduct('wireless-earbuds');
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
    expect(demoShop.products.map((p) => localize(p.title, 'zh-CN'))).to.include(first);
    // Switching the attribute switches every child.
    el.locale = 'en-US';
    await el.updateComplete;
    await picker(el).updateComplete;
    expect(root(el).querySelector('.shop-name')!.textContent).to.equal(t('zone.shop'));
    expect(demoShop.products.map((p) => localize(p.title, 'en-US'))).to.include(picker(el).shadowRoot!.querySelector('.card-link')!.textContent!.trim());
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
});
