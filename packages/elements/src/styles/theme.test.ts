import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { addToCart, createZoneFixture, type ZoneFixture } from '../testing/zone-fixture.ts';
import { DARK_PALETTE, LIGHT_PALETTE } from './shared-styles.ts';
import type { CartPanel } from '../components/cart-panel/cart-panel.ts';
import type { ProductPicker } from '../components/product-picker/product-picker.ts';
import '../define.ts';

let flow: ZoneFixture | undefined;

afterEach(async () => {
  flow?.zone.dispose();
  flow = undefined;
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
});

/** A hex colour as getComputedStyle reports it. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

function style(el: Element | null): CSSStyleDeclaration {
  if (!el) throw new Error('no element');
  return getComputedStyle(el);
}

async function picker(attrs = ''): Promise<ProductPicker> {
  flow = await createZoneFixture();
  const wrapper = await fixture<HTMLElement>(
    html`<div>${attrs === 'dark' ? html`<product-picker theme="dark" style="--oz-transition: 0s" .zone=${flow.zone}></product-picker>` : html`<product-picker style="--oz-transition: 0s" .zone=${flow.zone}></product-picker>`}</div>`,
  );
  const el = wrapper.querySelector<ProductPicker>('product-picker')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.results[aria-busy="false"] .card'), 'products never shown');
  return el;
}

async function cartWithLine(template: (f: ZoneFixture) => ReturnType<typeof html>): Promise<{ host: HTMLElement; cart: CartPanel }> {
  flow = await createZoneFixture();
  await addToCart(flow.zone, 'cotton-tee', 'tee-navy-m', 1);
  const host = await fixture<HTMLElement>(template(flow));
  const cart = (host.matches('cart-panel') ? host : host.querySelector('cart-panel')) as CartPanel;
  await waitUntil(() => cart.shadowRoot?.querySelector('[data-checkout]'), 'no checkout button');
  return { host, cart };
}

const checkoutBackground = (cart: CartPanel) => style(cart.shadowRoot!.querySelector('[data-checkout]')).backgroundColor;

describe('colour schemes', () => {
  it('is light by default: dark text, light cards, the default accent on the checkout button', async () => {
    const { cart } = await cartWithLine((f) => html`<cart-panel .zone=${f.zone}></cart-panel>`);
    expect(style(cart).color).to.equal(rgb(LIGHT_PALETTE.text));
    expect(style(cart.shadowRoot!.querySelector('.panel')).backgroundColor).to.equal(rgb(LIGHT_PALETTE.surface));
    expect(checkoutBackground(cart)).to.equal(rgb(LIGHT_PALETTE.primary));
  });

  it('turns dark with theme="dark", and passes axe there', async () => {
    const el = await picker('dark');
    expect(style(el).color).to.equal(rgb(DARK_PALETTE.text));
    expect(style(el).backgroundColor).to.equal(rgb(DARK_PALETTE.canvas));
    expect(style(el.shadowRoot!.querySelector('.card')).backgroundColor).to.equal(rgb(DARK_PALETTE.surface));
    expect(style(el).colorScheme).to.equal('dark');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('passes axe in the dark cart, checkout button included', async () => {
    const { cart } = await cartWithLine((f) => html`<cart-panel theme="dark" style="--oz-transition: 0s" .zone=${f.zone}></cart-panel>`);
    expect(checkoutBackground(cart)).to.equal(rgb(DARK_PALETTE.primary));
    await waitUntil(() => cart.shadowRoot!.querySelector('.price-summary[aria-busy="false"]'), 'no quote');
    await expect(cart).shadowDom.to.be.accessible();
  });

  it('passes axe on a dark product page', async () => {
    flow = await createZoneFixture();
    const el = await fixture<HTMLElement>(html`<product-detail theme="dark" style="--oz-transition: 0s" .zone=${flow.zone} product-id="cotton-tee"></product-detail>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.detail.ready'), 'product never loaded');
    expect(style(el.shadowRoot!.querySelector('.add-button')).backgroundColor).to.equal(rgb(DARK_PALETTE.primary));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('passes axe on a dark checkout showing its error summary', async () => {
    flow = await createZoneFixture();
    await addToCart(flow.zone, 'cotton-tee', 'tee-navy-m', 1);
    const el = await fixture<HTMLElement>(html`<checkout-form theme="dark" style="--oz-transition: 0s" .zone=${flow.zone}></checkout-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('input[name="paymentMethodId"]') && el.shadowRoot!.querySelector('.price-summary[aria-busy="false"]'), 'checkout never ready');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-submit]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'no error summary');
    expect(style(el).color).to.equal(rgb(DARK_PALETTE.text));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('follows prefers-color-scheme: dark when no theme is set', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { cart } = await cartWithLine((f) => html`<cart-panel .zone=${f.zone}></cart-panel>`);
    expect(style(cart).color).to.equal(rgb(DARK_PALETTE.text));
    expect(checkoutBackground(cart)).to.equal(rgb(DARK_PALETTE.primary));
  });

  it('keeps theme="light" light under a dark system preference', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { cart } = await cartWithLine((f) => html`<cart-panel theme="light" .zone=${f.zone}></cart-panel>`);
    expect(style(cart).color).to.equal(rgb(LIGHT_PALETTE.text));
  });

  it('hands the theme of <order-zone> down to the elements inside it, views and slotted ones alike', async () => {
    const { host, cart } = await cartWithLine((f) => html`<order-zone theme="dark" .zone=${f.zone}><cart-panel></cart-panel></order-zone>`);
    await waitUntil(() => host.shadowRoot!.querySelector('product-picker'), 'no picker view');
    const view = host.shadowRoot!.querySelector('product-picker')!;
    expect(style(host).color).to.equal(rgb(DARK_PALETTE.text));
    expect(style(view).color).to.equal(rgb(DARK_PALETTE.text));
    expect(style(cart).color).to.equal(rgb(DARK_PALETTE.text));
    expect(checkoutBackground(cart)).to.equal(rgb(DARK_PALETTE.primary));
  });

  it('lets an element inside a dark <order-zone> choose light, and a light zone stay light in a dark system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { host, cart } = await cartWithLine((f) => html`<order-zone theme="light" .zone=${f.zone}><cart-panel></cart-panel></order-zone>`);
    expect(style(cart).color).to.equal(rgb(LIGHT_PALETTE.text));
    host.setAttribute('theme', 'dark');
    cart.setAttribute('theme', 'light');
    await cart.updateComplete;
    expect(style(host).color).to.equal(rgb(DARK_PALETTE.text));
    expect(style(cart).color).to.equal(rgb(LIGHT_PALETTE.text));
  });

  it('reflects the theme property to the attribute the styles read', async () => {
    const { cart } = await cartWithLine((f) => html`<cart-panel .zone=${f.zone}></cart-panel>`);
    cart.theme = 'dark';
    await cart.updateComplete;
    expect(cart.getAttribute('theme')).to.equal('dark');
    expect(style(cart).color).to.equal(rgb(DARK_PALETTE.text));
  });
});

describe('token fallbacks', () => {
  it('falls back from the component token to the role token to the global token', async () => {
    // No transitions, so each colour is read as set, not halfway.
    const { cart } = await cartWithLine((f) => html`<cart-panel style="--oz-transition: 0s" .zone=${f.zone}></cart-panel>`);
    cart.style.setProperty('--oz-color-primary', '#123456');
    expect(checkoutBackground(cart)).to.equal('rgb(18, 52, 86)');
    cart.style.setProperty('--oz-button-primary-bg', '#0000ff');
    expect(checkoutBackground(cart)).to.equal('rgb(0, 0, 255)');
    cart.style.setProperty('--oz-cart-checkout-bg', '#008000');
    expect(checkoutBackground(cart)).to.equal('rgb(0, 128, 0)');
  });

  it('wins over the dark defaults: a token set by the designer applies in both schemes', async () => {
    const { cart } = await cartWithLine((f) => html`<cart-panel theme="dark" style="--oz-color-primary: #123456" .zone=${f.zone}></cart-panel>`);
    expect(checkoutBackground(cart)).to.equal('rgb(18, 52, 86)');
  });

  it('scales spacing and control height with --oz-density', async () => {
    const { cart } = await cartWithLine((f) => html`<cart-panel .zone=${f.zone}></cart-panel>`);
    const input = cart.shadowRoot!.querySelector('.input')!;
    expect(style(input).minHeight).to.equal('44px');
    cart.style.setProperty('--oz-density', '0.8');
    expect(style(input).minHeight).to.equal('35.2px');
  });
});

describe('reduced motion', () => {
  it('drops transitions when the system asks for reduced motion', async () => {
    const { cart } = await cartWithLine((f) => html`<cart-panel .zone=${f.zone}></cart-panel>`);
    const button = cart.shadowRoot!.querySelector('[data-checkout]')!;
    expect(style(button).transitionDuration).to.contain('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(style(button).transitionDuration.split(', ').every((d) => d === '0s')).to.equal(true);
  });
});

describe('right to left', () => {
  it('opens the cart drawer from the inline-end side: the right, or the left in RTL', async () => {
    const { host, cart } = await cartWithLine((f) => html`<div><cart-panel mode="drawer" open .zone=${f.zone}></cart-panel></div>`);
    const dialog = () => cart.shadowRoot!.querySelector('dialog')!.getBoundingClientRect();
    await waitUntil(() => dialog().width > 0, 'drawer not open');
    expect(Math.round(dialog().right)).to.equal(document.documentElement.clientWidth);
    host.dir = 'rtl';
    expect(Math.round(dialog().left)).to.equal(0);
  });
});
