import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { addToCart, createZoneFixture, type ZoneFixture } from '../testing/zone-fixture.ts';
import { testShop } from '../../../core/src/testing/test-shop.ts';
import { DARK_PALETTE, LIGHT_PALETTE } from './shared-styles.ts';
import type { CartPanel } from '../components/cart-panel/cart-panel.ts';
import type { ProductPicker } from '../components/product-picker/product-picker.ts';
import '../testing/define-all.ts';
import { createCodeFixture } from '../testing/code-fixture.ts';
import { createOrderFixture, placeOrder } from '../testing/order-fixture.ts';
import { forgetZoneRoute } from '../testing/zone-fixture.ts';

afterEach(forgetZoneRoute);

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
  flow = await createZoneFixture({ seed: testShop() });
  const wrapper = await fixture<HTMLElement>(
    html`<div>${attrs === 'dark' ? html`<product-picker theme="dark" style="--oz-transition: 0s" .zone=${flow.zone}></product-picker>` : html`<product-picker style="--oz-transition: 0s" .zone=${flow.zone}></product-picker>`}</div>`,
  );
  const el = wrapper.querySelector<ProductPicker>('product-picker')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.results[aria-busy="false"] .card'), 'products never shown');
  return el;
}

async function cartWithLine(template: (f: ZoneFixture) => ReturnType<typeof html>): Promise<{ host: HTMLElement; cart: CartPanel }> {
  flow = await createZoneFixture({ seed: testShop() });
  await addToCart(flow.zone, 'shirt', 'shirt-navy-m', 1);
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
    flow = await createZoneFixture({ seed: testShop() });
    const el = await fixture<HTMLElement>(html`<product-detail theme="dark" style="--oz-transition: 0s" .zone=${flow.zone} product-id="shirt"></product-detail>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.detail.ready'), 'product never loaded');
    expect(style(el.shadowRoot!.querySelector('.add-button')).backgroundColor).to.equal(rgb(DARK_PALETTE.primary));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('passes axe on a dark checkout showing its error summary', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    await addToCart(flow.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await fixture<HTMLElement>(html`<checkout-form theme="dark" style="--oz-transition: 0s" .zone=${flow.zone}></checkout-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('input[name="paymentMethodId"]') && el.shadowRoot!.querySelector('.price-summary[aria-busy="false"]'), 'checkout never ready');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-submit]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'no error summary');
    expect(style(el).color).to.equal(rgb(DARK_PALETTE.text));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('is light on a page that declares no color-scheme, even when the system is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { cart } = await cartWithLine((f) => html`<cart-panel .zone=${f.zone}></cart-panel>`);
    expect(style(cart).color).to.equal(rgb(LIGHT_PALETTE.text));
    expect(checkoutBackground(cart)).to.equal(rgb(LIGHT_PALETTE.primary));
  });

  it('follows the shopper’s preference on a page that declares color-scheme: light dark, on its root or in a meta tag', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { cart } = await cartWithLine((f) => html`<cart-panel .zone=${f.zone}></cart-panel>`);
    document.documentElement.style.colorScheme = 'light dark';
    expect(style(cart).color).to.equal(rgb(DARK_PALETTE.text));
    expect(checkoutBackground(cart)).to.equal(rgb(DARK_PALETTE.primary));
    document.documentElement.style.colorScheme = '';
    expect(style(cart).color).to.equal(rgb(LIGHT_PALETTE.text));
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    expect(style(cart).color).to.equal(rgb(DARK_PALETTE.text));
    await emulateMedia({ colorScheme: 'light' });
    expect(style(cart).color).to.equal(rgb(LIGHT_PALETTE.text));
    meta.remove();
  });

  it('is dark on a page that declares color-scheme: dark', async () => {
    const { cart } = await cartWithLine((f) => html`<div style="color-scheme: dark"><cart-panel .zone=${f.zone}></cart-panel></div>`);
    expect(style(cart).color).to.equal(rgb(DARK_PALETTE.text));
  });

  it('follows the system with theme="auto", whatever the page declares', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { cart } = await cartWithLine((f) => html`<cart-panel theme="auto" .zone=${f.zone}></cart-panel>`);
    expect(style(cart).color).to.equal(rgb(DARK_PALETTE.text));
    await emulateMedia({ colorScheme: 'light' });
    expect(style(cart).color).to.equal(rgb(LIGHT_PALETTE.text));
  });

  it('keeps theme="light" light on a page that declares dark', async () => {
    const { cart } = await cartWithLine((f) => html`<div style="color-scheme: dark"><cart-panel theme="light" .zone=${f.zone}></cart-panel></div>`);
    expect(style(cart).color).to.equal(rgb(LIGHT_PALETTE.text));
  });

  it('pads the dark panel an element paints on a light page, and nothing in light', async () => {
    const { cart } = await cartWithLine((f) => html`<cart-panel .zone=${f.zone}></cart-panel>`);
    expect(style(cart).paddingTop).to.equal('0px');
    cart.theme = 'dark';
    await cart.updateComplete;
    expect(style(cart).backgroundColor).to.equal(rgb(DARK_PALETTE.canvas));
    expect(style(cart).paddingTop).to.equal('16px');
    cart.style.setProperty('--oz-canvas-padding', '0px');
    expect(style(cart).paddingTop).to.equal('0px');
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

/** Any CSS colour as the browser paints it: [r, g, b] bytes. */
function paint(colour: string): [number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

/** WCAG 2 contrast ratio of two CSS colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string): number => {
    const [r, g, b] = paint(colour).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('a brand colour stays readable', () => {
  /** Brand colours in every CSS notation a merchant may use, light and dark ones. */
  const BRANDS = ['#b4532a', '#f5c518', 'rgb(20 90 200)', 'hsl(140 60% 45%)', 'rebeccapurple', 'gold', 'white', 'black', '#c2410c80'];

  for (const theme of ['light', 'dark'] as const) {
    it(`derives the text on the brand colour and the brand colour as text, at 4.5:1 or more (${theme})`, async () => {
      const { cart } = await cartWithLine((f) => html`<cart-panel theme=${theme} style="--oz-transition: 0s" .zone=${f.zone}></cart-panel>`);
      const checkout = cart.shadowRoot!.querySelector('[data-checkout]')!;
      const link = cart.shadowRoot!.querySelector('[data-clear]')!;
      const surface = style(cart.shadowRoot!.querySelector('.panel')).backgroundColor;
      for (const brand of BRANDS) {
        // Set where a merchant sets it, and read again at once: nothing re-renders, CSS derives it.
        document.documentElement.style.setProperty('--oz-color-primary', brand);
        const button = style(checkout);
        expect(contrast(button.color, button.backgroundColor), `text on ${brand}`).to.be.at.least(4.5);
        expect(contrast(style(link).color, surface), `${brand} as text`).to.be.at.least(4.5);
      }
      document.documentElement.style.removeProperty('--oz-color-primary');
    });
  }

  it('keeps the brand colour itself on buttons, and a dark-enough brand colour as text in light', async () => {
    const { cart } = await cartWithLine((f) => html`<cart-panel style="--oz-transition: 0s; --oz-color-primary: #b4532a" .zone=${f.zone}></cart-panel>`);
    expect(checkoutBackground(cart)).to.equal('rgb(180, 83, 42)');
    expect(style(cart.shadowRoot!.querySelector('[data-checkout]')).color).to.equal('color(srgb-linear 1 1 1)');
    expect(paint(style(cart.shadowRoot!.querySelector('[data-clear]')).color)).to.deep.equal([180, 83, 42]);
  });

  it('uses each derived colour a merchant sets by hand', async () => {
    const { cart } = await cartWithLine(
      (f) => html`<cart-panel theme="dark" style="--oz-transition: 0s; --oz-color-primary: #b4532a; --oz-color-on-primary: #fefefe; --oz-color-primary-text: #ffd0b0" .zone=${f.zone}></cart-panel>`,
    );
    expect(style(cart.shadowRoot!.querySelector('[data-checkout]')).color).to.equal('rgb(254, 254, 254)');
    expect(style(cart.shadowRoot!.querySelector('[data-clear]')).color).to.equal('rgb(255, 208, 176)');
  });

  it('passes axe in the dark cart with the demo’s brand colour, and in the light one with a light brand colour', async () => {
    const { cart } = await cartWithLine((f) => html`<cart-panel theme="dark" style="--oz-transition: 0s; --oz-color-primary: #b4532a" .zone=${f.zone}></cart-panel>`);
    await waitUntil(() => cart.shadowRoot!.querySelector('.price-summary[aria-busy="false"]'), 'no quote');
    await expect(cart).shadowDom.to.be.accessible();
    cart.theme = 'light';
    cart.style.setProperty('--oz-color-primary', '#f5c518');
    await cart.updateComplete;
    await expect(cart).shadowDom.to.be.accessible();
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

/** Where `part` is drawn within the text of `node`. */
function rectOf(node: Element, part: string): DOMRect {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode as Text;
    const start = text.data.indexOf(part);
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + part.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${part}" is not in "${node.textContent}"`);
}

/** The left edges of `parts` as drawn within `node`. */
const leftEdges = (node: Element, parts: string[]): number[] => parts.map((part) => rectOf(node, part).left);

const ascending = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

describe('right to left', () => {
  it('keeps English counts and sentences in reading order inside the mirrored layout', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    await addToCart(flow.zone, 'shirt', 'shirt-navy-m', 2);
    const host = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <product-picker style="--oz-transition: 0s" .zone=${flow.zone}></product-picker>
        <cart-panel .zone=${flow.zone}></cart-panel>
        <checkout-form .zone=${flow.zone}></checkout-form>
      </div>`,
    );
    const picker = host.querySelector('product-picker')!;
    await waitUntil(() => picker.shadowRoot!.querySelector('.results[aria-busy="false"] .card'), 'products never shown');
    const count = picker.shadowRoot!.querySelector('[part="count"]')!;
    const total = count.textContent!.trim().split(' ')[0]!;
    expect(ascending(leftEdges(count, [total, 'products'])), `"${count.textContent!.trim()}" reads "${total} products"`).to.equal(true);
    // Aligned to the right, the start of a right-to-left page.
    expect(style(count).textAlign).to.equal('right');

    const cart = host.querySelector('cart-panel')!;
    await waitUntil(() => cart.shadowRoot!.querySelector('#cart-heading .count'), 'no cart heading');
    const heading = cart.shadowRoot!.querySelector('#cart-heading')!;
    expect(ascending(leftEdges(heading, ['Your cart', '2', 'items'])), `"${heading.textContent!.trim()}" reads "Your cart 2 items"`).to.equal(true);
    expect(rectOf(heading, '2').left - rectOf(heading, 'Your cart').right, 'a space between "Your cart" and "2 items"').to.be.greaterThan(2);

    const checkout = host.querySelector('checkout-form')!;
    await waitUntil(() => checkout.shadowRoot!.querySelector('#order-note-counter'), 'no note counter');
    const counter = checkout.shadowRoot!.querySelector('#order-note-counter')!;
    expect(ascending(leftEdges(counter, ['0', '/', '500', 'characters'])), `"${counter.textContent}" reads "0 / 500 characters"`).to.equal(true);
    const required = checkout.shadowRoot!.querySelector('.required-hint')!;
    expect(ascending(leftEdges(required, ['Fields', 'required', '.'])), `"${required.textContent}" keeps its full stop at the end`).to.equal(true);
  });


  it('opens the cart drawer from the inline-end side: the right, or the left in RTL', async () => {
    const { host, cart } = await cartWithLine((f) => html`<div><cart-panel mode="drawer" open .zone=${f.zone}></cart-panel></div>`);
    const dialog = () => cart.shadowRoot!.querySelector('dialog')!.getBoundingClientRect();
    await waitUntil(() => dialog().width > 0, 'drawer not open');
    expect(Math.round(dialog().right)).to.equal(document.documentElement.clientWidth);
    host.dir = 'rtl';
    expect(Math.round(dialog().left)).to.equal(0);
  });
});

describe('native controls follow the theme', () => {
  it('radios and check boxes take the accent colour, in light and dark, and the merchant\'s brand colour', async () => {
    const code = await createCodeFixture();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <sign-in .zone=${code.zone}></sign-in>
      <sign-in theme="dark" .zone=${code.zone}></sign-in>
      <sign-in style="--oz-color-primary: #0a7" .zone=${code.zone}></sign-in>
    </div>`);
    const [light, dark, brand] = [...wrapper.querySelectorAll('sign-in')];
    for (const el of [light, dark, brand]) await waitUntil(() => el!.shadowRoot?.querySelector('input[type="radio"]'), 'no channel radios');
    const radios = (el: Element) => [...el.shadowRoot!.querySelectorAll('input[type="radio"]')];
    for (const radio of radios(light!)) expect(style(radio).accentColor, 'never the browser blue').to.equal(rgb(LIGHT_PALETTE.primary));
    for (const radio of radios(dark!)) expect(style(radio).accentColor).to.equal(rgb(DARK_PALETTE.primary));
    for (const radio of radios(dark!)) expect(style(radio).colorScheme, 'drawn dark on a dark panel').to.equal('dark');
    for (const radio of radios(brand!)) expect(style(radio).accentColor).to.equal('rgb(0, 170, 119)');
    const filters = await picker();
    for (const box of filters.shadowRoot!.querySelectorAll('input[type="checkbox"]')) expect(style(box).accentColor).to.equal(rgb(LIGHT_PALETTE.primary));
    code.zone.dispose();
  });

  it('draws a file input\'s button like its own buttons and never shows the browser\'s "No file chosen"', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    f.backend.engine.markPaid(order.orderNumber);
    const shipped = f.backend.engine.markShipped(order.orderNumber, { carrier: 'SF Express', number: 'SF1' });
    const el = await fixture<HTMLElement>(html`<order-detail .zone=${f.zone} .order=${shipped}></order-detail>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[data-action="request_return"]'), 'no return action');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="request_return"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('input[type="file"]'), 'no photo input');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(style(input).color, 'the browser\'s file text is not shown').to.equal('rgba(0, 0, 0, 0)');
    const button = getComputedStyle(input, '::file-selector-button');
    const ownButton = style(el.shadowRoot!.querySelector('[data-back]'));
    expect(button.backgroundColor).to.equal(ownButton.backgroundColor);
    expect(button.borderTopColor).to.equal(ownButton.borderTopColor);
    expect(button.fontWeight).to.equal(ownButton.fontWeight);
    f.zone.dispose();
  });
});

describe('fonts for Chinese text', () => {
  /** The families of `el`'s text, unquoted, in order. */
  const families = (el: Element) => style(el).fontFamily.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));

  it('says its language and draws Han with the fonts of that language, before any system font, on a page in another language', async () => {
    const pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'en';
    try {
      flow = await createZoneFixture({ seed: testShop() });
      const wrapper = await fixture<HTMLElement>(html`<div>
        <product-picker .zone=${flow.zone} locale="zh-CN"></product-picker>
        <product-picker .zone=${flow.zone} locale="en-US"></product-picker>
        <product-picker .zone=${flow.zone} locale="zh-TW"></product-picker>
        <product-picker .zone=${flow.zone} locale="zh-CN" style="--oz-font-family: Georgia, serif"></product-picker>
      </div>`);
      const [zh, en, tw, merchant] = [...wrapper.querySelectorAll('product-picker')];
      for (const el of [zh, en, tw, merchant]) await waitUntil(() => el!.shadowRoot?.querySelector('.heading'), 'no heading');
      // Screen readers and the browser know what language the text is in, whatever the page says.
      expect([zh, en, tw].map((el) => el!.getAttribute('lang'))).to.deep.equal(['zh-CN', 'en-US', 'zh-TW']);
      const heading = (el: Element) => el.shadowRoot!.querySelector('.heading')!;
      for (const el of [zh, en]) {
        const list = families(heading(el!));
        const firstCjk = list.indexOf('PingFang SC');
        expect(firstCjk, list.join(', ')).to.be.greaterThan(0);
        for (const font of ['Microsoft YaHei', 'Noto Sans CJK SC']) expect(list.indexOf(font)).to.be.greaterThan(firstCjk);
        // A system font before them would draw Chinese in Japanese shapes on a Japanese system.
        expect(list.indexOf('system-ui'), 'system-ui after the Chinese fonts').to.be.greaterThan(list.indexOf('Noto Sans CJK SC'));
        expect(list.at(-1)).to.equal('sans-serif');
      }
      const traditional = families(heading(tw!));
      expect(traditional).to.include('Noto Sans CJK TC');
      expect(traditional).to.not.include('Noto Sans CJK SC');
      expect(families(heading(merchant!))).to.deep.equal(['Georgia', 'serif'], 'the merchant\'s font wins');
      // Switching the language switches the glyphs.
      zh!.setAttribute('locale', 'en-US');
      await (zh as ProductPicker).updateComplete;
      expect(zh!.getAttribute('lang')).to.equal('en-US');
    } finally {
      if (pageLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = pageLang;
    }
  });
});
