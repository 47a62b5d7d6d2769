import { formatMoney, memoryStorage, OrderZoneError, type Quote } from '@orderzone/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { addToCart, createZoneFixture as createFixture, deferred, translator, withVariant, type ZoneFixture, type ZoneFixtureOptions } from '../../testing/zone-fixture.ts';
import { SHIRT_STOCK, testShop } from '../../../../core/src/testing/test-shop.ts';
import { CartPanel } from './cart-panel.ts';
import { cartPanelMessages } from './cart-panel.messages.ts';
import { defineElement } from '../define-element.ts';
import { renderQuantityStepper } from '../../parts/quantity-stepper/quantity-stepper.ts';

defineElement('cart-panel', CartPanel);

/** A zone over the tests' shop: its shirt (¥79.00; navy L: 3 in stock), mug (¥49.00), printed mug and coupon TEST10. */
const createZoneFixture = (options: Omit<ZoneFixtureOptions, 'seed'> = {}): Promise<ZoneFixture> => createFixture({ ...options, seed: testShop() });

let flow: ZoneFixture;

afterEach(() => flow?.zone.dispose());

async function mount(f: ZoneFixture, mode: 'inline' | 'drawer' = 'inline'): Promise<CartPanel> {
  flow = f;
  const el = await fixture<CartPanel>(html`<cart-panel .zone=${f.zone} mode=${mode}></cart-panel>`);
  return el;
}

function $(el: CartPanel, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(el: CartPanel, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

function text(el: CartPanel | HTMLElement | null): string {
  return (el?.shadowRoot ?? el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits until the panel shows a quote for the cart as it is now. */
async function quoted(el: CartPanel, f: ZoneFixture): Promise<Quote> {
  await waitUntil(() => f.zone.checkout.$quote.get().status === 'ready' && $(el, '.price-summary')?.getAttribute('aria-busy') === 'false', 'the quote did not arrive', { timeout: 4000 });
  const state = f.zone.checkout.$quote.get();
  if (state.status !== 'ready') throw new Error('no quote');
  return state.data;
}

describe('<cart-panel>', () => {
  it('has Chinese text for every English message', () => {
    const zh = cartPanelMessages['zh-CN']!;
    const missing = Object.keys(cartPanelMessages['en-US']!).filter((key) => !(key in zh) && !key.endsWith('.one'));
    expect(missing).to.deep.equal([]);
  });

  it('shows an accessible empty state whose "Continue shopping" asks to browse', async () => {
    const el = await mount(await createZoneFixture());
    expect(text($(el, '[part="empty"]'))).to.contain('Your cart is empty');
    expect($(el, '[data-checkout]')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
    const navigated = oneEvent(el, 'oz-navigate');
    $(el, '[data-continue]')!.click();
    expect((await navigated).detail).to.deep.equal({ view: 'browse' });
  });

  it('shows each line with the prices and totals of the backend quote', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
    await addToCart(f.zone, 'mug', 'mug', 1);
    const el = await mount(f);
    const quote = await quoted(el, f);
    const lines = $$(el, '[part="line"]');
    expect(lines).to.have.length(2);
    expect(text(lines[0]!)).to.contain('Test shirt');
    expect(text(lines[0]!.querySelector('[data-line-total]'))).to.equal(formatMoney(quote.lines[0]!.total, 'en-US'));
    expect(text(lines[0]!.querySelector('[data-unit-price]'))).to.contain(formatMoney(quote.lines[0]!.unitPrice, 'en-US'));
    expect(text($(el, '.summary-row.total dd'))).to.equal(formatMoney(quote.total, 'en-US'));
    expect(text($(el, '.summary-row.subtotal dd'))).to.equal(formatMoney(quote.subtotal, 'en-US'));
    expect(text($(el, 'h2'))).to.contain('3 items');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('writes each line with no empty text between its elements and its texts as properties (issue 16)', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
    const el = await mount(f);
    const quote = await quoted(el, f);
    const line = $(el, '[part="line"]')!;
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
    let empty = 0;
    let markers = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.COMMENT_NODE) markers += 1;
      else if (node.textContent!.trim() === '') empty += 1;
    }
    expect(empty, 'empty text nodes in a line').to.equal(0);
    // Lit's comment markers only where what a line shows differs from line to line (27 before, 4 empty
    // texts in the stepper; then 10): the stepper and the unit price are written in the line's template.
    expect(markers, 'comment markers in a line').to.be.at.most(5);
    expect(text(line.querySelector('.line-title'))).to.equal('Test shirt');
    // The unit price's amount kept whole in its own element, the words around it as the message says.
    const unitPrice = quote.lines[0]!.unitPrice;
    expect(text(line.querySelector('[data-unit-price] .money'))).to.equal(formatMoney(unitPrice, 'en-US'));
    expect(text(line.querySelector('[data-unit-price]'))).to.equal(`${formatMoney(unitPrice, 'en-US')} each`);
  });

  it('shows the seen prices and "Calculating…" while the quote loads', async () => {
    const f = await createZoneFixture();
    const pending = deferred<Quote>();
    f.override({ quote: () => pending.promise });
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await mount(f);
    await waitUntil(() => f.zone.checkout.$quote.get().status === 'loading');
    await el.updateComplete;
    const line = $(el, '[part="line"]')!;
    expect(text(line.querySelector('[data-unit-price]'))).to.contain(formatMoney(f.zone.cart.$lines.get()[0]!.seen.unitPrice, 'en-US'));
    expect(text(line.querySelector('[data-line-total]'))).to.equal('Calculating…');
    expect($(el, '.price-summary')!.getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '.summary-row.total dd'))).to.equal('Calculating…');
    await expect(el).shadowDom.to.be.accessible();
    pending.resolve(await f.backend.quote({ currency: 'CNY', lines: f.zone.cart.toLineRequests() }));
    await quoted(el, f);
    expect(text(line.querySelector('[data-line-total]'))).not.to.equal('Calculating…');
  });

  it('keeps the totals of the lines a quantity change did not touch while it is re-quoted (issue 16)', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    await addToCart(f.zone, 'mug', 'mug', 1);
    await addToCart(f.zone, 'shirt', 'shirt-white-m', 1);
    const el = await mount(f);
    const quote = await quoted(el, f);
    const totals = () => $$(el, '[part="line"] [data-line-total]').map((total) => text(total));
    const before = totals();
    expect(before).to.deep.equal(quote.lines.map((line) => formatMoney(line.total, 'en-US')));
    const pending = deferred<Quote>();
    f.override({ quote: () => pending.promise });
    const [, mugs] = $$(el, '[part="line"]');
    (mugs!.querySelector('[part="quantity"] button:last-of-type') as HTMLButtonElement).click();
    await waitUntil(() => f.zone.checkout.$quote.get().status === 'loading', 'no re-quote');
    await el.updateComplete;
    expect(totals()).to.deep.equal([before[0], 'Calculating…', before[2]]);
    expect(text($(el, '.summary-row.total dd'))).to.equal('Calculating…');
    pending.resolve(await f.backend.quote({ currency: 'CNY', lines: f.zone.cart.toLineRequests() }));
    const requoted = await quoted(el, f);
    expect(totals()).to.deep.equal(requoted.lines.map((line) => formatMoney(line.total, 'en-US')));
    expect(totals()[1]).to.not.equal(before[1]);
  });

  it('says when prices cannot be loaded, reports oz-error, and recovers with Try again', async () => {
    const f = await createZoneFixture();
    let fail = true;
    const base = f.backend;
    f.override({ quote: (req, ctx) => (fail ? Promise.reject(new OrderZoneError('network', 'offline')) : base.quote(req, ctx)) });
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    flow = f;
    const errors: CustomEvent[] = [];
    document.addEventListener('oz-error', (e) => errors.push(e as CustomEvent), { once: true });
    const el = await mount(f);
    await waitUntil(() => $(el, '[data-quote-error]') !== null, 'no error shown');
    const alert = $(el, '[data-quote-error]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain('Prices could not be updated.');
    expect(text(alert)).to.contain('We couldn’t reach the shop');
    expect(errors).to.have.length(1);
    await expect(el).shadowDom.to.be.accessible();
    fail = false;
    (alert.querySelector('button') as HTMLButtonElement).click();
    await quoted(el, f);
    expect($(el, '[data-quote-error]')).to.equal(null);
  });

  it('writes stock problems on the line and blocks checkout with the reason', async () => {
    const f = await createZoneFixture();
    // The shopper saw plenty of stock; the backend has 3 left.
    await addToCart(f.zone, 'shirt', SHIRT_STOCK.low, 5, { seen: withVariant(SHIRT_STOCK.low, { stock: 99 }) });
    const el = await mount(f);
    await quoted(el, f);
    const problem = $(el, '[data-problem]')!;
    expect(problem.dataset.problem).to.equal('insufficient_stock');
    expect(text(problem)).to.contain('Only 3 left in stock');
    expect(text(problem)).to.contain('Lower the quantity');
    const input = $(el, '[data-quantity]')!;
    expect(input.getAttribute('aria-describedby')).to.contain(problem.id);
    const checkout = $(el, '[data-checkout]') as HTMLButtonElement;
    expect(checkout.disabled).to.equal(true);
    expect(text($(el, '#' + checkout.getAttribute('aria-describedby')!))).to.contain('Fix the marked items');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('changes quantities with the stepper and shows the cart notice when capped', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-l', 1); // 3 in stock
    const el = await mount(f);
    await quoted(el, f);
    const changes: string[] = [];
    el.addEventListener('oz-cart-change', (e) => changes.push(e.detail.reason));
    const increase = $(el, '[part="quantity"] button:last-of-type') as HTMLButtonElement;
    expect(increase.getAttribute('aria-label')).to.equal('Increase quantity of Test shirt');
    increase.click();
    await el.updateComplete;
    expect(f.zone.cart.$lines.get()[0]!.quantity).to.equal(2);
    const input = $(el, '[data-quantity]') as HTMLInputElement;
    input.focus();
    input.select();
    await sendKeys({ type: '10' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(f.zone.cart.$lines.get()[0]!.quantity).to.equal(3);
    expect(input.value).to.equal('3');
    expect(text($(el, '[data-notice="quantity_capped"]'))).to.contain('Only 3 in stock');
    expect(changes).to.deep.equal(['quantity', 'quantity']);
    expect((($(el, '[part="quantity"] button:last-of-type')) as HTMLButtonElement).disabled).to.equal(true);
  });

  it('writes a line’s quantity stepper as the shared stepper writes it: the same elements, parts, names and states (issue 16)', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-l', 1); // 3 in stock
    const el = await mount(f);
    await quoted(el, f);
    const t = translator('en-US', cartPanelMessages);
    const title = 'Test shirt';
    const shared = document.createElement('div');
    render(
      renderQuantityStepper({
        quantity: 1,
        bounds: { min: 1, max: 3 },
        step: 1,
        disabled: false,
        labels: { group: t('cartPanel.quantity_label', { title }), input: t('cartPanel.quantity_label', { title }), decrease: t('cartPanel.decrease', { title }), increase: t('cartPanel.increase', { title }) },
      }),
      shared,
    );
    // Each element with its attributes (in any order), the input's value and the buttons' states.
    const shape = (stepper: Element): string[] =>
      [stepper, ...stepper.querySelectorAll('*')].map((node) => {
        const attributes = [...node.attributes].map((a) => `${a.name}=${a.value}`).sort();
        const state = node instanceof HTMLInputElement ? ` value=${node.value}` : node instanceof HTMLButtonElement ? ` disabled=${node.disabled}` : '';
        return `${node.localName}[${attributes.join(' ')}]${state}`;
      });
    expect(shape($(el, '[part="quantity"]')!)).to.deep.equal(shape(shared.querySelector('[part="quantity"]')!));
  });

  it('draws − as a bar and + as two crossed bars, in the buttons’ text colour', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
    const el = await mount(f);
    await waitUntil(() => $(el, '[part="quantity"]'), 'no stepper');
    const [minus, plus] = $$(el, '[part="quantity-button"]') as [HTMLButtonElement, HTMLButtonElement];
    const drawn = (button: HTMLElement, pseudo: '::before' | '::after') => {
      const style = getComputedStyle(button, pseudo);
      return { content: style.content, colour: style.backgroundColor, transform: style.transform };
    };
    const colour = getComputedStyle(minus).color;
    // An em square scaled to a 0.725em × 0.1em bar, as the SVG glyphs' 11.6 × 1.6 units of 16.
    expect(drawn(minus, '::before')).to.deep.equal({ content: '""', colour, transform: 'matrix(0.725, 0, 0, 0.1, 0, 0)' });
    expect(drawn(minus, '::after').content).to.equal('none');
    expect(drawn(plus, '::before')).to.deep.equal({ content: '""', colour, transform: 'matrix(0.725, 0, 0, 0.1, 0, 0)' });
    const upright = drawn(plus, '::after');
    expect(upright.content).to.equal('""');
    expect(upright.transform.match(/-?[\d.e-]+/g)!.map((n) => Math.round(Number(n) * 1000) / 1000 + 0)).to.deep.equal([0, 0.725, -0.1, 0, 0, 0]);
    expect(minus.textContent).to.equal('');
  });

  it('removes a line, announces it, and puts it back with Undo', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    await addToCart(f.zone, 'mug', 'mug', 2);
    const el = await mount(f);
    await quoted(el, f);
    const reasons: string[] = [];
    el.addEventListener('oz-cart-change', (e) => reasons.push(e.detail.reason));
    ($$(el, '[data-remove]')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, '[part="line"]')).to.have.length(1);
    expect(text($(el, '[part="undo"]'))).to.contain('Item removed: Test shirt');
    expect(text($(el, '[role="status"]'))).to.equal('Test shirt was removed from your cart.');
    const undo = $(el, '[data-undo]') as HTMLButtonElement;
    expect(el.shadowRoot!.activeElement).to.equal(undo);
    await expect(el).shadowDom.to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const titles = $$(el, '.line-title').map((t) => text(t));
    expect(titles).to.have.length(2);
    expect(titles[0]).to.equal('Test shirt');
    expect($(el, '[part="undo"]')).to.equal(null);
    expect(reasons).to.deep.equal(['remove', 'undo']);
  });

  it('clears the cart only after confirmation', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await mount(f);
    await quoted(el, f);
    $(el, '[data-clear]')!.click();
    await el.updateComplete;
    expect(text($(el, '.clear-confirm'))).to.contain('Remove all items from your cart?');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-clear-cancel]'));
    $(el, '[data-clear-cancel]')!.click();
    await el.updateComplete;
    expect(f.zone.cart.$lines.get()).to.have.length(1);
    $(el, '[data-clear]')!.click();
    await el.updateComplete;
    const cleared = oneEvent(el, 'oz-cart-change');
    $(el, '[data-clear-confirm]')!.click();
    const detail = (await cleared).detail;
    expect(detail.reason).to.equal('clear');
    expect(detail.itemCount).to.equal(0);
    await el.updateComplete;
    expect(text($(el, '[part="empty"]'))).to.contain('Your cart is empty');
    expect(text($(el, '[role="status"]'))).to.equal('Your cart has been cleared.');
  });

  it('applies a coupon through the checkout and shows its status from the quote', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
    const el = await mount(f);
    await quoted(el, f);
    const input = $(el, '#coupon') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'NOPE' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '[data-coupon-status]')) !== '', 'no coupon status');
    expect(text($(el, '[data-coupon-status]'))).to.equal('This coupon code isn’t valid.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    input.value = '';
    input.focus();
    await sendKeys({ type: 'TEST10' });
    $(el, '[data-coupon-apply]')!.click();
    await waitUntil(() => text($(el, '[data-coupon-status]')) === 'Coupon applied.', 'coupon not applied');
    const quote = await quoted(el, f);
    const discount = quote.adjustments.find((a) => a.kind === 'discount')!;
    expect(text($(el, '.summary-row.discount dd'))).to.equal(formatMoney(discount.amount, 'en-US'));
    expect(text($(el, '.summary-row.total dd'))).to.equal(formatMoney(quote.total, 'en-US'));
    await expect(el).shadowDom.to.be.accessible();
  });

  for (const [width, locale] of [[320, 'zh-CN'], [390, 'en-US'], [1280, 'en-US']] as const) {
    it(`shows the whole code typed in the coupon field, before and after it is applied, at ${width} px (${locale})`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const f = await createZoneFixture({ locale });
        await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
        flow = f;
        const el = await fixture<CartPanel>(html`<cart-panel style="display:block;max-width:420px;padding:0 20px" .zone=${f.zone}></cart-panel>`);
        await quoted(el, f);
        const input = $(el, '#coupon') as HTMLInputElement;
        input.focus();
        await sendKeys({ type: 'TEST10' });
        const fits = (): boolean => input.scrollWidth <= input.clientWidth;
        expect(fits(), 'the code is cut while typing').to.equal(true);
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => $(el, '[data-coupon-remove]'), 'coupon not applied');
        await el.updateComplete;
        expect(input.value).to.equal('TEST10');
        expect(fits(), 'the code is cut once applied').to.equal(true);
        expect(input.getBoundingClientRect().width).to.be.at.least(100);
        // Remove is under the field, not taking its room.
        expect($(el, '[data-coupon-remove]')!.getBoundingClientRect().top).to.be.at.least(input.getBoundingClientRect().bottom);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('asks to go to checkout', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await mount(f);
    await quoted(el, f);
    const navigated = oneEvent(el, 'oz-navigate');
    $(el, '[data-checkout]')!.click();
    expect((await navigated).detail).to.deep.equal({ view: 'checkout' });
  });

  it('never interprets personalization text as HTML', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'printed-mug', 'printed-mug', 1, { personalization: { 'print-text': '<img src=x onerror=alert(1)>' } });
    const el = await mount(f);
    await quoted(el, f);
    await waitUntil(() => text($(el, '.personalization')).includes('Printed text'), 'label not loaded');
    expect(text($(el, '.personalization'))).to.equal('Printed text: <img src=x onerror=alert(1)>');
    expect($(el, '.personalization img')).to.equal(null);
  });

  it('tells when the cart only lives in memory and when a stored cart was repaired', async () => {
    const storage = memoryStorage();
    storage.set('orderzone:t:cart', 'not json');
    const el = await mount(await createZoneFixture({ storage }));
    expect(text($(el, '[data-notice="memory"]'))).to.contain('It will be emptied if you leave this page');
    expect(text($(el, '[data-notice="recovery"]'))).to.contain('couldn’t be read completely');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says its cart notices in the language the shopper switches to after it opened', async () => {
    const storage = memoryStorage();
    storage.set('orderzone:t:cart', 'not json');
    const f = await createZoneFixture({ storage });
    const el = await mount(f);
    expect(text($(el, '[data-notice="memory"]'))).to.contain('It will be emptied if you leave this page');
    f.zone.setLocale('zh-CN');
    await el.updateComplete;
    await waitUntil(() => el.getAttribute('lang') === 'zh-CN', 'the panel switched to Chinese');
    const zh = translator('zh-CN', cartPanelMessages);
    expect(text($(el, '[data-notice="memory"]'))).to.equal(zh('cart.memory_only'));
    expect(text($(el, '[data-notice="recovery"]'))).to.equal(zh('cart.recovered_corrupt'));
  });

  it('speaks Chinese in zh-CN', async () => {
    const f = await createZoneFixture({ locale: 'zh-CN' });
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await mount(f);
    await quoted(el, f);
    expect(text($(el, 'h2'))).to.contain('购物车');
    expect(text($(el, '.line-title'))).to.equal('测试衬衫');
    expect(text($(el, '[data-checkout]'))).to.equal('去结算');
    expect(text($(el, '.summary-row.total dt'))).to.equal('合计');
  });

  describe('drawer mode', () => {
    it('opens as a modal dialog, closes with Escape and returns focus to the opener', async () => {
      const f = await createZoneFixture();
      await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
      flow = f;
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="opener">Cart</button>
        <cart-panel .zone=${f.zone} mode="drawer"></cart-panel>
      </div>`);
      const el = wrapper.querySelector('cart-panel')!;
      const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(false);
      opener.focus();
      opener.addEventListener('click', () => el.show());
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      await quoted(el, f);
      await expect(el).shadowDom.to.be.accessible();
      const closed = oneEvent(el, 'oz-cart-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(el.open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });

    it('closes with its Close button', async () => {
      const f = await createZoneFixture();
      const el = await mount(f, 'drawer');
      el.show();
      await el.updateComplete;
      const close = $(el, 'header button') as HTMLButtonElement;
      expect(close.getAttribute('aria-label')).to.equal('Close cart');
      const closed = oneEvent(el, 'oz-cart-close');
      close.click();
      await closed;
      expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    });
  });
});
