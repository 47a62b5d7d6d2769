import { formatMoney, OrderZoneError, type Order, type Quote } from '@orderzone/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { addToCart, createZoneFixture as createFixture, withVariant, type ZoneFixture, type ZoneFixtureOptions, type TestZone } from '../../testing/zone-fixture.ts';
import { testShop, type TestShop } from '../../../../core/src/testing/test-shop.ts';
import { CheckoutForm } from './checkout-form.ts';
import { checkoutFormMessages } from './checkout-form.messages.ts';
import { defineElement } from '../define-element.ts';

defineElement('checkout-form', CheckoutForm);

/** The tests' shop (its shirt, ¥79.00), shipping to the United States too, so the form has a country outside China. */
function shop(): TestShop {
  const seed = testShop();
  const international = { id: 'international', label: { 'zh-CN': '国际快递', 'en-US': 'International shipping' }, price: { amount: 12000, currency: 'CNY' }, countries: ['US'] };
  return { ...seed, countries: ['CN', 'US'], pricing: { ...seed.pricing, shippingRates: [...seed.pricing.shippingRates, international] } };
}

/** A zone over the tests' shop. */
const createZoneFixture = (options: Omit<ZoneFixtureOptions, 'seed'> = {}): Promise<ZoneFixture> => createFixture({ ...options, seed: shop() });

let flow: ZoneFixture;

afterEach(() => flow?.zone.dispose());

async function mount(f: ZoneFixture): Promise<CheckoutForm> {
  flow = f;
  return fixture<CheckoutForm>(html`<checkout-form .zone=${f.zone}></checkout-form>`);
}

function $<T extends HTMLElement = HTMLElement>(el: CheckoutForm, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits until options and a quote for the current cart are shown. */
async function ready(el: CheckoutForm, f: ZoneFixture): Promise<Quote> {
  await waitUntil(
    () => f.zone.checkout.$options.get().status === 'ready' && f.zone.checkout.$quote.get().status === 'ready' && $(el, '#payment-method-0') !== null && $(el, '#shipping-option-0') !== null,
    'options and quote did not load',
    { timeout: 4000 },
  );
  await el.updateComplete;
  const quote = f.zone.checkout.$quote.get();
  if (quote.status !== 'ready') throw new Error('no quote');
  return quote.data;
}

function fillValid(zone: TestZone): void {
  zone.checkout.update({
    contact: { name: '李雷', phone: '138 0013 8000', email: 'li.lei@example.com' },
    shippingAddress: { region: '上海市', city: '上海市', district: '浦东新区', line1: '世纪大道 100 号', postalCode: '200120' },
    paymentMethodId: 'alipay',
  });
}

async function filledFlow(locale = 'en-US'): Promise<{ f: ZoneFixture; el: CheckoutForm }> {
  const f = await createZoneFixture({ locale });
  await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
  const el = await mount(f);
  await ready(el, f);
  fillValid(f.zone);
  await f.zone.checkout.refreshQuote();
  await el.updateComplete;
  return { f, el };
}

describe('<checkout-form>', () => {
  it('has Chinese text for every English message', () => {
    const zh = checkoutFormMessages['zh-CN']!;
    const missing = Object.keys(checkoutFormMessages['en-US']!).filter((key) => !(key in zh) && !key.endsWith('.one'));
    expect(missing).to.deep.equal([]);
  });

  it('offers to continue shopping when the cart is empty', async () => {
    const el = await mount(await createZoneFixture());
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Your cart is empty');
    await expect(el).shadowDom.to.be.accessible();
    const navigated = oneEvent(el, 'oz-navigate');
    $(el, '.empty button')!.click();
    expect((await navigated).detail).to.deep.equal({ view: 'browse' });
  });

  it('shows the sections, countries, delivery and payment options from the backend', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await mount(f);
    const quote = await ready(el, f);
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map(text);
    expect(legends.slice(0, 4)).to.deep.equal(['Contact', 'Shipping address', 'Delivery *', 'Payment *']);
    const form = $<HTMLFormElement>(el, 'form')!;
    expect(form.noValidate).to.equal(true);
    const countries = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#address-country option')];
    const options = f.zone.checkout.$options.get();
    expect(countries.map((o) => o.value)).to.deep.equal(options.status === 'ready' ? options.data.countries : []);
    expect(text(countries[0])).to.equal(new Intl.DisplayNames(['en-US'], { type: 'region' }).of(countries[0]!.value));
    expect($<HTMLInputElement>(el, '#contact-phone')!.type).to.equal('tel');
    expect($<HTMLInputElement>(el, '#contact-phone')!.autocomplete).to.equal('tel');
    expect($<HTMLInputElement>(el, '#contact-email')!.type).to.equal('email');
    expect($<HTMLInputElement>(el, '#address-postal-code')!.getAttribute('autocomplete')).to.equal('shipping postal-code');
    expect($(el, '#address-district')).not.to.equal(null);
    const shipping = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="shippingOptionId"]')];
    expect(shipping.map((r) => r.value)).to.deep.equal(quote.shippingOptions.map((o) => o.id));
    expect(text(shipping[0]!.closest('label'))).to.contain(formatMoney(quote.shippingOptions[0]!.price, 'en-US'));
    const payments = el.shadowRoot!.querySelectorAll('input[name="paymentMethodId"]');
    expect(payments.length).to.equal(options.status === 'ready' ? options.data.paymentMethods.length : -1);
    expect(text($(el, '#payment-note'))).to.contain('payment provider’s secure page');
    expect(text($(el, '.summary-row.total dd'))).to.equal(formatMoney(quote.total, 'en-US'));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('hides the district outside China', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await mount(f);
    await ready(el, f);
    const select = $<HTMLSelectElement>(el, '#address-country')!;
    select.value = 'US';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(f.zone.checkout.$draft.get().shippingAddress.country).to.equal('US');
    expect($(el, '#address-district')).to.equal(null);
    expect(text($(el, 'label[for="address-region"]'))).to.contain('State / Province');
  });

  it('keeps names, addresses and notes of rare CJK characters and emoji whole up to the limit the core counts, and says how many characters over', async () => {
    // The browser counts `maxlength` in UTF-16 units, the core in characters (code points): with a
    // `maxlength`, a name of rare characters or a note of emoji would be cut off at half the limit.
    const { f, el } = await filledFlow();
    const name = $<HTMLInputElement>(el, '#contact-name')!;
    name.focus();
    name.select();
    const rare = '𠀀'.repeat(50); // the name's limit: 50 characters, 100 UTF-16 units
    await sendKeys({ type: rare });
    await el.updateComplete;
    expect(name.value).to.equal(rare);
    expect(f.zone.checkout.$draft.get().contact.name).to.equal(rare);
    const line1 = $<HTMLInputElement>(el, '#address-line1')!;
    expect(line1.hasAttribute('maxlength')).to.equal(false, 'no address line counts UTF-16 units');

    f.zone.checkout.update({ note: '😀'.repeat(499) });
    await el.updateComplete;
    const note = $<HTMLTextAreaElement>(el, '#order-note')!;
    note.focus();
    note.setSelectionRange(note.value.length, note.value.length);
    await sendKeys({ type: '𠀀' });
    await el.updateComplete;
    expect(f.zone.checkout.$draft.get().note).to.equal(`${'😀'.repeat(499)}𠀀`, 'the 500th character is taken');
    expect(text($(el, '#order-note-counter'))).to.equal('500 / 500 characters');
    await sendKeys({ type: 'ab' });
    await el.updateComplete;
    expect(text($(el, '#order-note-counter'))).to.equal('2 characters over');
    $(el, '[data-submit]')!.click();
    await el.updateComplete;
    expect(text($(el, '#order-note-error'))).to.contain('500');
    expect(flow.orderCount()).to.equal(0, 'the core refuses a note over its limit');
  });

  it('shows every problem under its field and in a summary, and focuses the first invalid field', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await mount(f);
    await ready(el, f);
    f.zone.checkout.update({ contact: { phone: '12345' } });
    await el.updateComplete;
    $(el, '[data-submit]')!.click();
    await el.updateComplete;
    const summary = $(el, '[data-error-summary]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(text(summary.querySelector('h3'))).to.match(/^There are \d+ problems with your details$/);
    expect(el.shadowRoot!.activeElement?.id).to.equal('contact-name');
    const phone = $<HTMLInputElement>(el, '#contact-phone')!;
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = phone.getAttribute('aria-describedby')!.split(' ');
    const message = describedBy.map((id) => text(el.shadowRoot!.getElementById(id))).join(' ');
    expect(message).to.contain('Please enter a valid 11-digit mainland China mobile number.');
    expect(text(el.shadowRoot!.getElementById('contact-name-error'))).to.equal('Please fill in this field.');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map(text)).to.include('Mobile phone: Please enter a valid 11-digit mainland China mobile number.');
    expect(links.map(text)).to.include('Payment: Please choose a payment method.');
    links.find((a) => text(a).startsWith('Mobile phone'))!.click();
    expect(el.shadowRoot!.activeElement).to.equal(phone);
    await expect(el).shadowDom.to.be.accessible();
    // Fixing a field clears its error.
    phone.focus();
    phone.select();
    await sendKeys({ type: '13800138000' });
    await el.updateComplete;
    expect(phone.getAttribute('aria-invalid')).to.equal('false');
    expect(f.zone.checkout.$draft.get().contact.phone).to.equal('13800138000');
    expect(flow.orderCount()).to.equal(0);
  });

  it('names every field in the summary by what the shopper sees: a control’s label, a cart line’s title, never a field path', async () => {
    const { f, el } = await filledFlow();
    f.override({
      submitOrder: () =>
        Promise.reject(
          new OrderZoneError('validation', 'refused', {
            fieldErrors: [
              { field: 'lines.0.quantity', code: 'invalid_quantity' },
              { field: 'shippingAddress', code: 'required' },
              { field: 'shippingAddress.line1', code: 'required' },
              { field: 'idempotencyKey', code: 'invalid' },
            ],
          }),
        ),
    });
    $(el, '[data-submit]')!.click();
    await waitUntil(() => $(el, '[data-error-summary]'), 'no summary');
    const items = [...$(el, '[data-error-summary]')!.querySelectorAll('li')].map(text);
    expect(items).to.deep.equal([
      'Test shirt: Please enter a valid quantity.',
      'Shipping address: Please fill in this field.',
      'Street address: Please fill in this field.',
      'Please check this value.',
    ]);
    expect(items.join(' ')).not.to.match(/lines\.|shippingAddress|idempotencyKey/);
  });

  it('speaks Chinese and applies the mainland phone and postal code rules in zh-CN', async () => {
    const f = await createZoneFixture({ locale: 'zh-CN' });
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await mount(f);
    await ready(el, f);
    f.zone.checkout.update({ contact: { phone: '1234567' }, shippingAddress: { postalCode: '2001' } });
    await el.updateComplete;
    $(el, '[data-submit]')!.click();
    await el.updateComplete;
    expect(text($(el, 'label[for="contact-phone"]'))).to.contain('手机号码');
    expect(text($(el, 'label[for="address-district"]'))).to.contain('区/县');
    expect(text($(el, 'label[for="address-region"]'))).to.contain('省/自治区/直辖市');
    expect(text(el.shadowRoot!.getElementById('contact-phone-error'))).to.equal('请输入有效的 11 位中国大陆手机号。');
    expect(text(el.shadowRoot!.getElementById('address-postal-code-error'))).to.equal('请输入 6 位数字的邮政编码。');
    expect(text(el.shadowRoot!.getElementById('address-district-error'))).to.equal('请填写此项。');
    expect(text($(el, '[data-error-summary] h3'))).to.match(/^有 \d+ 处信息需要修改$/);
    expect(text($(el, '[data-submit]'))).to.equal('提交订单');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('can be filled in and submitted with the keyboard only', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await mount(f);
    await ready(el, f);
    const created = oneEvent(el, 'oz-order-created');
    $(el, '#contact-name')!.focus();
    const typeThenTab = async (value: string): Promise<void> => {
      if (value) await sendKeys({ type: value });
      await sendKeys({ press: 'Tab' });
    };
    await typeThenTab('Li Lei'); // name
    await typeThenTab('13800138000'); // phone
    await typeThenTab('li.lei@example.com'); // email
    await typeThenTab(''); // country (China, the default)
    await typeThenTab('Shanghai'); // region
    await typeThenTab('Shanghai'); // city
    await typeThenTab('Pudong'); // district
    await typeThenTab('100 Century Avenue'); // line 1
    await typeThenTab(''); // line 2
    await typeThenTab('200120'); // postal code
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('shippingOptionId');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('payment-method-0');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    // "Buying for a company" stays unticked: its fields are not in the way.
    expect(el.shadowRoot!.activeElement?.id).to.equal('company-toggle');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('order-note');
    await typeThenTab('Please ring twice');
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-submit')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    const { order } = (await created).detail;
    expect(order.contact.name).to.equal('Li Lei');
    expect(order.note).to.equal('Please ring twice');
    expect(order.paymentMethod.id).to.equal(f.zone.checkout.$options.get().status === 'ready' ? (f.zone.checkout.$options.get() as { data: { paymentMethods: { id: string }[] } }).data.paymentMethods[0]!.id : '');
    expect(f.orderCount()).to.equal(1);
  });

  it('fires a cancelable oz-checkout-submit that stops the submission', async () => {
    const { f, el } = await filledFlow();
    const quote = await ready(el, f);
    const submitting = oneEvent(el, 'oz-checkout-submit');
    el.addEventListener('oz-checkout-submit', (e) => e.preventDefault(), { once: true });
    $(el, '[data-submit]')!.click();
    const event = await submitting;
    expect(event.cancelable).to.equal(true);
    expect(event.detail).to.deep.equal({ total: quote.total, paymentMethodId: 'alipay' });
    await el.updateComplete;
    expect(f.zone.checkout.$state.get().phase).to.equal('editing');
    expect(f.orderCount()).to.equal(0);
    expect(f.zone.cart.$lines.get()).to.have.length(1);
  });

  it('creates one order on a double submit and shows it is busy meanwhile', async () => {
    const { f, el } = await filledFlow();
    let calls = 0;
    const base = f.backend;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    f.override({
      submitOrder: async (req, ctx) => {
        calls += 1;
        await gate;
        return base.submitOrder(req, ctx);
      },
    });
    const created: Order[] = [];
    el.addEventListener('oz-order-created', (e) => created.push(e.detail.order));
    const button = $<HTMLButtonElement>(el, '[data-submit]')!;
    button.click();
    button.click();
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await waitUntil(() => calls > 0, 'not submitted');
    await el.updateComplete;
    expect(button.disabled).to.equal(true);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(text(button)).to.equal('Placing your order…');
    release();
    await waitUntil(() => created.length > 0, 'no order');
    expect(calls).to.equal(1);
    expect(created).to.have.length(1);
    expect(f.orderCount()).to.equal(1);
  });

  it('after a lost answer, says the order may have been placed, and Check now finds it without a second order', async () => {
    const { f, el } = await filledFlow();
    const base = f.backend;
    let attempt = 0;
    f.override({
      submitOrder: async (req, ctx) => {
        attempt += 1;
        // The first request reaches the backend, but its answer is lost.
        const order = await base.submitOrder(req, ctx);
        if (attempt === 1) throw new OrderZoneError('network', 'connection reset');
        return order;
      },
    });
    const errors: string[] = [];
    el.addEventListener('oz-error', (e) => errors.push(e.detail.message));
    $(el, '[data-submit]')!.click();
    await waitUntil(() => $(el, '[data-submit-error]') !== null, 'no error shown');
    const panel = $(el, '[data-submit-error]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(text(panel)).to.contain('We could not confirm your order: it may have been placed.');
    expect(text(panel)).not.to.contain('not placed');
    expect(text(panel)).to.contain('We couldn’t reach the shop');
    expect(errors).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(panel);
    await expect(el).shadowDom.to.be.accessible();
    const created = oneEvent(el, 'oz-order-created');
    expect(text($(el, '[data-retry]'))).to.equal('Check now');
    $(el, '[data-retry]')!.click();
    const { order } = (await created).detail;
    expect(attempt).to.equal(2);
    expect(f.orderCount()).to.equal(1);
    expect(f.backend.engine.snapshot().orders[0]!.orderNumber).to.equal(order.orderNumber);
  });

  it('after a lost answer, checks by itself, shows that it is checking, and moves on once the order is found', async () => {
    const { f, el } = await filledFlow();
    const base = f.backend;
    let attempt = 0;
    f.override({
      submitOrder: async (req, ctx) => {
        attempt += 1;
        const placed = await base.submitOrder(req, ctx);
        if (attempt === 1) throw new OrderZoneError('timeout', 'no answer');
        // The check is slow enough to be seen.
        await new Promise((resolve) => setTimeout(resolve, 150));
        return placed;
      },
    });
    const created = oneEvent(el, 'oz-order-created');
    $(el, '[data-submit]')!.click();
    await waitUntil(() => $(el, '[data-maybe-placed]') !== null, 'no "may have been placed"');
    await waitUntil(() => $(el, '[data-checking]') !== null, 'no "checking"', { timeout: 4000 });
    expect(text($(el, '[data-checking]'))).to.equal('Checking whether your order was placed…');
    const { order } = (await created).detail;
    expect(attempt).to.equal(2);
    expect(f.orderCount()).to.equal(1);
    expect(f.backend.engine.snapshot().orders[0]!.orderNumber).to.equal(order.orderNumber);
  });

  it('when the cart changed after a lost answer, names the order already placed and places the new cart only when asked, as a new order', async () => {
    const { f, el } = await filledFlow();
    const base = f.backend;
    let attempt = 0;
    f.override({
      submitOrder: async (req, ctx) => {
        attempt += 1;
        const placed = await base.submitOrder(req, ctx);
        if (attempt === 1) throw new OrderZoneError('network', 'connection reset');
        return placed;
      },
    });
    $(el, '[data-submit]')!.click();
    await waitUntil(() => $(el, '[data-maybe-placed]') !== null);
    const first = f.backend.engine.snapshot().orders[0]!.orderNumber;
    // The shopper adds one more shirt: the same key now carries another request.
    const line = f.zone.cart.$lines.get()[0]!;
    f.zone.cart.setQuantity(line.key, line.quantity + 1);
    await f.zone.checkout.refreshQuote();
    await el.updateComplete;
    $(el, '[data-submit]')!.click();
    await waitUntil(() => $(el, '[data-placed-earlier]') !== null, 'no "already placed"');
    const panel = $(el, '[data-placed-earlier]')!;
    expect(text(panel)).to.contain(`An order was already placed: ${first}.`);
    expect(($(el, '[data-submit]') as HTMLButtonElement).disabled, 'Place order waits for the shopper’s choice').to.equal(true);
    await waitUntil(() => $(el, '[data-view-earlier]') !== null, 'no way to the earlier order');
    await expect(el).shadowDom.to.be.accessible();
    const created = oneEvent(el, 'oz-order-created');
    $(el, '[data-place-new]')!.click();
    const { order } = (await created).detail;
    expect(order.orderNumber).not.to.equal(first);
    expect(f.orderCount()).to.equal(2);
  });

  it('lists exactly what changed when prices differ, and goes on after the shopper accepts', async () => {
    const f = await createZoneFixture();
    // The shopper saw the navy shirt at ¥69.00; it costs more now.
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2, { seen: withVariant('shirt-navy-m', { price: 6900 }) });
    const el = await mount(f);
    const quote = await ready(el, f);
    fillValid(f.zone);
    await el.updateComplete;
    $(el, '[data-submit]')!.click();
    await waitUntil(() => $(el, '[data-changes]') !== null, 'no changes panel');
    await el.updateComplete;
    const panel = $(el, '[data-changes]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(panel);
    const before = formatMoney({ amount: 6900, currency: 'CNY' }, 'en-US');
    const after = formatMoney(quote.lines[0]!.unitPrice, 'en-US');
    expect([...panel.querySelectorAll('li')].map(text)).to.deep.equal([`Test shirt: price per item ${before} → ${after}`]);
    expect($<HTMLButtonElement>(el, '[data-submit]')!.disabled).to.equal(true);
    expect(f.orderCount()).to.equal(0);
    await expect(el).shadowDom.to.be.accessible();
    const back = oneEvent(el, 'oz-navigate');
    $(el, '[data-back]')!.click();
    expect((await back).detail).to.deep.equal({ view: 'cart' });
    $(el, '[data-accept]')!.click();
    await el.updateComplete;
    expect($(el, '[data-changes]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-submit]'));
    const created = oneEvent(el, 'oz-order-created');
    $(el, '[data-submit]')!.click();
    const { order } = (await created).detail;
    expect(order.lines[0]!.unitPrice).to.deep.equal(quote.lines[0]!.unitPrice);
    expect(f.orderCount()).to.equal(1);
  });

  it('shows the total before and after when the backend refuses a changed total', async () => {
    const f = await createZoneFixture();
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
    const base = f.backend;
    // The shopper is shown a promotion that has ended by the time the order is sent.
    let promotion = true;
    f.override({ quote: (req, ctx) => base.quote(promotion ? { ...req, couponCode: 'TEST10' } : req, ctx) });
    const el = await mount(f);
    await ready(el, f);
    fillValid(f.zone);
    await f.zone.checkout.refreshQuote();
    const shown = f.zone.checkout.$quote.get();
    if (shown.status !== 'ready') throw new Error('no quote');
    const promoted = shown.data;
    promotion = false;
    $(el, '[data-submit]')!.click();
    await waitUntil(() => $(el, '[data-changes]') !== null, 'no changes panel');
    const now = f.zone.checkout.$quote.get();
    if (now.status !== 'ready') throw new Error('no new quote');
    expect(now.data.total.amount).not.to.equal(promoted.total.amount);
    const items = [...$(el, '[data-changes]')!.querySelectorAll('li')].map(text);
    expect(items).to.include(`Total: ${formatMoney(promoted.total, 'en-US')} → ${formatMoney(now.data.total, 'en-US')}`);
    expect(f.orderCount()).to.equal(0);
  });

  it('fires oz-order-created with an order that exists in the backend', async () => {
    const { f, el } = await filledFlow();
    const created = oneEvent(el, 'oz-order-created');
    $(el, '[data-submit]')!.click();
    const { order, totalChanged } = (await created).detail;
    expect(totalChanged).to.equal(false);
    const stored = await f.backend.getOrder(order.orderNumber, f.zone.checkout.orderAccess(order.orderNumber));
    expect(stored.orderNumber).to.equal(order.orderNumber);
    expect(f.zone.cart.$lines.get()).to.have.length(0);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('h2'))).to.contain(order.orderNumber);
  });

  it('places the order with the delivery option the quote picks when Place order is pressed before the quote is back', async () => {
    const f = await createZoneFixture({ locale: 'en-US' });
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    f.override({ quote: async (request, ctx) => (await gate, f.backend.quote(request, ctx)) });
    const el = await mount(f);
    await waitUntil(() => $(el, '#payment-method-0') !== null, 'payment methods did not load');
    fillValid(f.zone);
    await el.updateComplete;
    expect(f.zone.checkout.$draft.get().shippingOptionId).to.equal(undefined);
    const created = oneEvent(el, 'oz-order-created');
    $(el, '[data-submit]')!.click();
    await el.updateComplete;
    expect(text($(el, '[data-error-summary]')), 'no error before the quote is back').to.equal('');
    release();
    const { order } = (await created).detail;
    expect(order.shippingOption?.id).to.equal(f.zone.checkout.$draft.get().shippingOptionId);
    expect(f.orderCount()).to.equal(1);
  });

  it('says when payment options cannot be loaded and retries', async () => {
    const f = await createZoneFixture();
    const base = f.backend;
    let fail = true;
    f.override({ getCheckoutOptions: (ctx) => (fail ? Promise.reject(new OrderZoneError('server', 'boom')) : base.getCheckoutOptions(ctx)) });
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await mount(f);
    await waitUntil(() => f.zone.checkout.$options.get().status === 'error');
    await el.updateComplete;
    const alert = [...el.shadowRoot!.querySelectorAll('[role="alert"]')].find((n) => text(n).includes('Payment options could not be loaded.'))!;
    expect(alert).to.exist;
    await expect(el).shadowDom.to.be.accessible();
    fail = false;
    alert.querySelector('button')!.click();
    await ready(el, f);
    expect(el.shadowRoot!.querySelectorAll('input[name="paymentMethodId"]').length).to.be.greaterThan(0);
  });

  describe('the total before "Place order"', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('on a phone (390 px): shows the total at the top, and the lines and amounts when opened', async () => {
      await setViewport({ width: 390, height: 844 });
      const { f, el } = await filledFlow();
      const quote = await ready(el, f);
      const top = $(el, '[data-summary-top]') as HTMLDetailsElement;
      const total = $(el, '[data-summary-top-total]')!;
      const submit = $(el, '[data-submit]')!;
      expect(text(top.querySelector('summary'))).to.equal(`Order summary ${formatMoney(quote.total, 'en-US')}`);
      expect(total.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(total.getBoundingClientRect().bottom, 'the total comes before the button').to.be.below(submit.getBoundingClientRect().top);
      expect(total.getBoundingClientRect().top, 'in the first screen').to.be.below(window.innerHeight);
      // The side summary would come after the button on a phone: it is the top one instead.
      expect(($(el, '.order-summary') as HTMLElement).offsetHeight).to.equal(0);
      expect(top.open).to.equal(false);
      top.querySelector('summary')!.click();
      await el.updateComplete;
      expect(top.open).to.equal(true);
      expect(text(top.querySelector('.summary-lines'))).to.contain('Test shirt');
      expect(text(top.querySelector('.summary-row.total'))).to.equal(`Total ${formatMoney(quote.total, 'en-US')}`);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('on a wide screen (1280 px): the summary beside the form, none at the top', async () => {
      await setViewport({ width: 1280, height: 800 });
      const { f, el } = await filledFlow();
      const quote = await ready(el, f);
      expect(($(el, '[data-summary-top]') as HTMLElement).offsetHeight).to.equal(0);
      const side = $(el, '.order-summary .summary-row.total')!;
      expect(side.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(text(side)).to.equal(`Total ${formatMoney(quote.total, 'en-US')}`);
      expect(side.getBoundingClientRect().left, 'beside the form').to.be.greaterThan($(el, 'form')!.getBoundingClientRect().right);
    });
  });

  it('never interprets backend text as HTML', async () => {
    const f = await createZoneFixture();
    const base = f.backend;
    f.override({
      quote: async (req, ctx) => {
        const quote = await base.quote(req, ctx);
        return { ...quote, lines: quote.lines.map((l) => ({ ...l, title: '<b>Bold</b> tee' })), shippingOptions: quote.shippingOptions.map((o) => ({ ...o, label: '<i>Fast</i>' })) };
      },
    });
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    const el = await mount(f);
    await ready(el, f);
    expect(text($(el, '.summary-line-title'))).to.equal('<b>Bold</b> tee');
    expect(text($(el, '.choice-label'))).to.equal('<i>Fast</i>');
    expect(el.shadowRoot!.querySelector('b, i')).to.equal(null);
  });
});
