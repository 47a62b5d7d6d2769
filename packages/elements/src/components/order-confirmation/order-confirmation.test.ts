import { OrderZoneError, formatMoney, type Order } from '@orderzone/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { addToCart, createZoneFixture as createFixture, type ZoneFixture, type ZoneFixtureOptions } from '../../testing/zone-fixture.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import { OrderConfirmation } from './order-confirmation.ts';
import { orderConfirmationMessages } from './order-confirmation.messages.ts';
import { defineElement } from '../define-element.ts';
import { backendOrder, createOrderFixture, placeCleaningVisit, placeOrder as placeRealOrder } from '../../testing/order-fixture.ts';
import { manualClock } from '../../../../core/src/testing/manual-clock.ts';
import { persistentMemoryStorage } from '../../testing/zone-fixture.ts';

defineElement('order-confirmation', OrderConfirmation);

let flow: ZoneFixture;
const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');

afterEach(() => {
  flow?.zone.dispose();
  if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

/** A zone over the tests' shop. */
const createZoneFixture = (options: Omit<ZoneFixtureOptions, 'seed'> = {}): Promise<ZoneFixture> => createFixture({ ...options, seed: testShop() });

/** Places a real order (two of the tests' shirts and a mug) through the zone's checkout. */
async function placeOrder(f: ZoneFixture, paymentMethodId = 'alipay', note?: string): Promise<Order> {
  await addToCart(f.zone, 'shirt', 'shirt-navy-m', 2);
  await addToCart(f.zone, 'mug', 'mug', 1);
  f.zone.checkout.update({
    contact: { name: '韩梅梅', phone: '13900139000', email: 'han@example.com' },
    shippingAddress: { region: '北京市', city: '北京市', district: '朝阳区', line1: '建国路 88 号', postalCode: '100022' },
    paymentMethodId,
    ...(note ? { note } : {}),
  });
  await f.zone.checkout.loadOptions();
  await f.zone.checkout.refreshQuote();
  const order = await f.zone.checkout.submit();
  if (!order) throw new Error(`no order: ${JSON.stringify(f.zone.checkout.$state.get())}`);
  return order;
}

async function mount(f: ZoneFixture, order?: Order): Promise<OrderConfirmation> {
  flow = f;
  return fixture<OrderConfirmation>(html`<order-confirmation .zone=${f.zone} .order=${order}></order-confirmation>`);
}

function $(el: OrderConfirmation, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function stubClipboard(writeText: (value: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

describe('<order-confirmation>', () => {
  it('has Chinese text for every English message', () => {
    const zh = orderConfirmationMessages['zh-CN']!;
    const missing = Object.keys(orderConfirmationMessages['en-US']!).filter((key) => !(key in zh) && !key.endsWith('.one'));
    expect(missing).to.deep.equal([]);
  });

  it('shows a friendly empty state without an order', async () => {
    const el = await mount(await createZoneFixture());
    expect(text($(el, '[part="empty"] h2'))).to.equal('No order to show yet');
    await expect(el).shadowDom.to.be.accessible();
    const navigated = oneEvent(el, 'oz-navigate');
    $(el, '[data-continue]')!.click();
    expect((await navigated).detail).to.deep.equal({ view: 'browse' });
  });

  it('shows the last order placed, whose number exists in the backend', async () => {
    const f = await createZoneFixture();
    const order = await placeOrder(f);
    const el = await mount(f);
    const shown = text($(el, '[data-order-number]'));
    expect(shown).to.equal(order.orderNumber);
    const stored = await backendOrder(f, shown);
    expect(stored.orderNumber).to.equal(shown);
    expect(text($(el, 'h2'))).to.equal('Thank you for your order!');
    expect(text($(el, '[data-status]'))).to.equal('Awaiting payment');
    expect(text($(el, '.summary-row.total dd'))).to.equal(formatMoney(order.total, 'en-US'));
    expect(el.shadowRoot!.querySelectorAll('[part="items"] li')).to.have.length(2);
    const details = text($(el, '[part="details"]'));
    expect(details).to.contain('韩梅梅');
    expect(details).to.contain('建国路 88 号');
    expect(details).to.contain('100022');
    expect(details).to.contain(new Intl.DisplayNames(['en-US'], { type: 'region' }).of('CN')!);
    expect(details).to.contain('Alipay');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('calls the address of an order of bookings only the service address, as the checkout did', async () => {
    const f = await createZoneFixture();
    const order = await placeCleaningVisit(f.zone);
    const el = await mount(f, order);
    const headings = [...el.shadowRoot!.querySelectorAll('[part="details"] h3')].map(text);
    expect(headings).to.include('Service address');
    expect(headings).not.to.include('Shipping address');
  });

  it('shows statuses in Chinese', async () => {
    const f = await createZoneFixture({ locale: 'zh-CN' });
    const order = await placeOrder(f);
    const statuses: Record<Order['status'], string> = {
      pending_payment: '待付款',
      paid: '已付款',
      pending_shipment: '待发货',
      shipped: '已发货',
      completed: '已完成',
      cancelled: '已取消',
      refund_requested: '退款申请中',
      refund_rejected: '退款被拒绝',
      refunded: '已退款',
      return_requested: '退货申请中',
      return_approved: '退货已同意',
      returned: '已退货',
      return_rejected: '退货被拒绝',
      confirmed: '已确认',
      fulfilled: '已履约',
    };
    const el = await mount(f, order);
    for (const [status, label] of Object.entries(statuses)) {
      el.order = { ...order, status: status as Order['status'] };
      await el.updateComplete;
      expect(text($(el, '[data-status]'))).to.equal(label);
    }
    expect(text($(el, 'h2'))).to.equal('感谢您的订购！');
    expect(text($(el, '.summary-row.total dt'))).to.equal('合计');
  });

  it('copies the order number and announces it', async () => {
    const f = await createZoneFixture();
    const order = await placeOrder(f);
    const copied: string[] = [];
    stubClipboard(async (value) => {
      copied.push(value);
    });
    const el = await mount(f);
    $(el, '[data-copy]')!.click();
    await waitUntil(() => text($(el, '[data-announcement]')) !== '');
    expect(copied).to.deep.equal([order.orderNumber]);
    expect(text($(el, '[data-announcement]'))).to.equal('Order number copied');
    expect($(el, '[data-announcement]')!.getAttribute('role')).to.equal('status');
  });

  it('says so when copying is not allowed', async () => {
    const f = await createZoneFixture();
    await placeOrder(f);
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const el = await mount(f);
    $(el, '[data-copy]')!.click();
    await waitUntil(() => text($(el, '[data-announcement]')) !== '');
    expect(text($(el, '[data-announcement]'))).to.contain('Could not copy');
  });

  it('links to the payment page for a redirect payment, and refuses a script URL', async () => {
    const f = await createZoneFixture();
    const order = await placeOrder(f);
    const el = await mount(f, { ...order, payment: { type: 'redirect', url: 'https://pay.example.com/checkout?id=1' } });
    const link = $(el, '[data-pay-link]') as HTMLAnchorElement;
    expect(link.href).to.equal('https://pay.example.com/checkout?id=1');
    expect(link.rel).to.equal('noopener');
    expect(text(link)).to.equal('Pay now');
    await expect(el).shadowDom.to.be.accessible();
    el.order = { ...order, payment: { type: 'redirect', url: 'javascript:alert(1)' } };
    await el.updateComplete;
    expect($(el, '[data-pay-link]')).to.equal(null);
    expect(text($(el, '[part="payment"]'))).to.contain('The payment link is not available');
  });

  it('shows a QR payment as an image, or as its payload text, with the expiry time', async () => {
    const f = await createZoneFixture();
    const order = await placeOrder(f);
    const expiresAt = '2031-05-06T07:08:00Z';
    const el = await mount(f, { ...order, payment: { type: 'qr_code', payload: 'https://qr.alipay.com/abc<b>x</b>', expiresAt } });
    expect(text($(el, '.qr-label'))).to.equal('Scan with Alipay');
    const payload = $(el, '[data-qr-payload]')!;
    expect(text(payload)).to.equal('https://qr.alipay.com/abc<b>x</b>');
    expect(payload.querySelector('b')).to.equal(null);
    expect(payload.getAttribute('aria-labelledby')).to.equal('qr-label');
    const time = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(expiresAt));
    expect(text($(el, '[data-qr-expires]'))).to.equal(`This code expires at ${time}.`);
    await expect(el).shadowDom.to.be.accessible();
    el.order = { ...order, paymentMethod: { ...order.paymentMethod, kind: 'wechat_pay' }, payment: { type: 'qr_code', payload: 'weixin://wxpay/1', imageUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' } };
    await el.updateComplete;
    expect(text($(el, '.qr-label'))).to.equal('Scan with WeChat');
    const img = $(el, '[data-qr-image]') as HTMLImageElement;
    expect(img.alt).to.equal(`Payment QR code for order ${order.orderNumber}`);
    expect($(el, '[data-qr-payload]')).to.equal(null);
  });

  it('draws a scannable QR code from the payload when the backend sends no image', async () => {
    const f = await createZoneFixture();
    const order = await placeOrder(f);
    const payload = 'https://qr.alipay.com/demo-OZ-payload';
    const el = await mount(f, { ...order, payment: { type: 'qr_code', payload } });
    await waitUntil(() => $(el, '[data-qr-code]'), 'no QR code drawn');
    const code = $(el, '[data-qr-code]')!;
    expect(code.getAttribute('role')).to.equal('img');
    expect(code.getAttribute('aria-label')).to.equal(`Payment QR code for order ${order.orderNumber}`);
    // The drawing holds exactly the dark modules of the payload's QR matrix, inside a 4-module quiet zone.
    const { encode } = await import('uqr');
    const matrix = encode(payload, { ecc: 'M', border: 0 });
    const darkModules = matrix.data.flat().filter(Boolean).length;
    expect(code.querySelector('path')!.getAttribute('d')!.match(/M/g)!.length).to.equal(darkModules);
    expect(code.getAttribute('viewBox')).to.equal(`-4 -4 ${matrix.size + 8} ${matrix.size + 8}`);
    // The payload stays readable beside it, for a shopper who pays on the same phone.
    expect(text($(el, '[data-qr-payload]'))).to.equal(payload);
    await expect(el).shadowDom.to.be.accessible();

    // Another order's code replaces it.
    el.order = { ...order, payment: { type: 'qr_code', payload: 'weixin://wxpay/bizpayurl?pr=other' } };
    const before = code.querySelector('path')!.getAttribute('d');
    await waitUntil(() => $(el, '[data-qr-code] path')?.getAttribute('d') !== before, 'the code did not change');
    const other = encode('weixin://wxpay/bizpayurl?pr=other', { ecc: 'M', border: 0 }).data.flat().filter(Boolean).length;
    expect($(el, '[data-qr-code] path')!.getAttribute('d')!.match(/M/g)!.length).to.equal(other);
  });

  it('says there is nothing more to do when no payment step is needed', async () => {
    const f = await createZoneFixture();
    const order = await placeOrder(f);
    const el = await mount(f, { ...order, payment: { type: 'none' } });
    expect(text($(el, '[part="payment"]'))).to.contain('Nothing more to do');
  });

  it('resets the checkout when the shopper continues shopping', async () => {
    const f = await createZoneFixture();
    await placeOrder(f);
    expect(f.zone.checkout.$state.get().phase).to.equal('completed');
    const el = await mount(f);
    const navigated = oneEvent(el, 'oz-navigate');
    $(el, '[data-continue]')!.click();
    expect((await navigated).detail).to.deep.equal({ view: 'browse' });
    expect(f.zone.checkout.$state.get().phase).to.equal('editing');
    // The last order stays available for this page.
    expect(text($(el, '[data-order-number]'))).not.to.equal('');
  });

  it('never interprets order text as HTML', async () => {
    const f = await createZoneFixture();
    const order = await placeOrder(f, 'alipay', '<img src=x onerror=alert(1)>note');
    const el = await mount(f, { ...order, contact: { ...order.contact, name: '<script>x</script>' } });
    expect(text($(el, '[part="details"]'))).to.contain('<img src=x onerror=alert(1)>note');
    expect(text($(el, '[part="details"]'))).to.contain('<script>x</script>');
    expect(el.shadowRoot!.querySelector('[part="details"] img, [part="details"] script')).to.equal(null);
  });

  it('counts down to the QR code expiry and moves on by itself once paid', async () => {
    const f = await createOrderFixture();
    const order = await placeRealOrder(f.zone, 'wechat_pay');
    const clock = manualClock(Date.now());
    const expiresAt = new Date(clock.now() + 2 * 60_000 + 500).toISOString();
    const el = await fixture<OrderConfirmation>(html`<order-confirmation .zone=${f.zone} .clock=${clock} .order=${{ ...order, payment: { type: 'qr_code', payload: 'weixin://wxpay/x', expiresAt } }}></order-confirmation>`);
    expect(text($(el, '[data-qr-countdown]'))).to.equal('Code valid for 2:01');
    expect($(el, '[data-qr-countdown]')!.getAttribute('role')).to.equal('timer');
    await clock.advance(1000);
    await el.updateComplete;
    expect(text($(el, '[data-qr-countdown]'))).to.equal('Code valid for 2:00');
    await expect(el).shadowDom.to.be.accessible();
    const updated = oneEvent(el, 'oz-order-updated');
    f.backend.engine.markPaid(order.orderNumber);
    await clock.advance(4000);
    expect((await updated).detail.order.status).to.equal('paid');
    await el.updateComplete;
    expect(text($(el, '[data-status]'))).to.equal('Paid');
    expect(text($(el, '[data-payment="paid"]'))).to.contain('Payment received');
    expect($(el, '[data-qr-countdown]')).to.equal(null);
    expect(text($(el, '[data-status-announcement]'))).to.contain('Payment received');
    f.zone.dispose();
  });

  it('"I have paid: check now" shows that it is checking, then what it found: not yet, a failure, then the payment', async () => {
    const f = await createOrderFixture();
    const order = await placeRealOrder(f.zone, 'wechat_pay');
    const clock = manualClock(Date.parse('2026-03-14T06:32:05Z'));
    let answer: (status: 'pending' | 'paid') => void = () => undefined;
    let fail: (error: OrderZoneError) => void = () => undefined;
    const refreshes: boolean[] = [];
    f.override({
      getPaymentStatus: (orderNumber: string, _access: unknown, ctx?: { refresh?: boolean }) => {
        refreshes.push(ctx?.refresh === true);
        return new Promise((resolve, reject) => {
          answer = (status) => resolve({ orderNumber, status });
          fail = reject;
        });
      },
    });
    const el = await fixture<OrderConfirmation>(html`<order-confirmation .zone=${f.zone} .clock=${clock} .order=${order}></order-confirmation>`);
    const button = (): HTMLButtonElement => $(el, '[data-check-payment]') as HTMLButtonElement;
    expect(text(button())).to.equal('I have paid: check now');
    button().click();
    await clock.advance(0);
    await el.updateComplete;
    expect(refreshes.at(-1), 'the backend is asked to ask its provider').to.equal(true);
    expect(text(button())).to.equal('Checking your payment…');
    expect(button().disabled).to.equal(true);
    expect(button().getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '[data-status-announcement]'))).to.equal('Checking your payment…');
    answer('pending');
    await clock.advance(0);
    await el.updateComplete;
    const time = new Intl.DateTimeFormat('en-US', { timeStyle: 'medium' }).format(new Date(clock.now()));
    expect(text($(el, '[data-check-result]'))).to.equal(`No payment has arrived yet (checked at ${time}). It can take a minute; this page keeps checking by itself.`);
    expect(text(button())).to.equal('I have paid: check now');
    expect(button().disabled).to.equal(false);
    await expect(el).shadowDom.to.be.accessible();

    button().click();
    await clock.advance(0);
    fail(new OrderZoneError('network', 'offline'));
    await clock.advance(0);
    await el.updateComplete;
    expect($(el, '[data-check-result]')!.dataset.checkResult).to.equal('failed');
    expect(text($(el, '[data-check-result]'))).to.match(/^The payment could not be checked: \S/);

    button().click();
    await clock.advance(0);
    f.backend.engine.markPaid(order.orderNumber);
    answer('paid');
    await clock.advance(0);
    await waitUntil(() => $(el, '[data-payment="paid"]'), 'the payment is not shown as received');
    expect(text($(el, '[data-payment="paid"]'))).to.contain('Payment received');
    expect($(el, '[data-check-result]')).to.equal(null);
    f.zone.dispose();
  });

  it('shows an expired code with a way to look for a new one, and says when the shop issues none', async () => {
    const f = await createOrderFixture();
    const order = await placeRealOrder(f.zone);
    const clock = manualClock(Date.now());
    const expiresAt = new Date(clock.now() + 3000).toISOString();
    const shown = { ...order, payment: { type: 'qr_code' as const, payload: 'https://qr.alipay.com/x', expiresAt } };
    f.override({ getPaymentStatus: async (orderNumber: string) => ({ orderNumber, status: clock.now() >= Date.parse(expiresAt) ? 'expired' : 'pending' }) as const });
    f.override({ getOrder: async () => shown });
    const el = await fixture<OrderConfirmation>(html`<order-confirmation .zone=${f.zone} .clock=${clock} .order=${shown}></order-confirmation>`);
    await clock.advance(3000);
    await el.updateComplete;
    expect(text($(el, '[data-payment-problem]'))).to.equal('This payment code has expired.');
    await expect(el).shadowDom.to.be.accessible();
    ($(el, '[data-renew]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[data-no-new-code]'));
    expect(text($(el, '[data-no-new-code]'))).to.contain('has not issued a new code');
    // A new code from the shop resumes the step.
    const renewed = { ...shown, payment: { ...shown.payment, payload: 'https://qr.alipay.com/new', expiresAt: new Date(clock.now() + 900_000).toISOString() } };
    f.override({ getOrder: async () => renewed, getPaymentStatus: async (orderNumber: string) => ({ orderNumber, status: 'pending' }) as const });
    ($(el, '[data-renew]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[data-qr-countdown]'));
    expect(text($(el, '[data-qr-payload]'))).to.equal('https://qr.alipay.com/new');
    f.zone.dispose();
  });

  it('resumes the payment step after a reload, from the stored last order', async () => {
    const storage = persistentMemoryStorage();
    const first = await createOrderFixture({ storage });
    const order = await placeRealOrder(first.zone, 'alipay');
    first.zone.dispose();
    // A reload: a new zone over the same storage and backend.
    const again = await createOrderFixture({ storage, backend: first.backend });
    const clock = manualClock(Date.now());
    const el = await fixture<OrderConfirmation>(html`<order-confirmation .zone=${again.zone} .clock=${clock}></order-confirmation>`);
    expect(text($(el, '[data-order-number]'))).to.equal(order.orderNumber);
    expect($(el, '[data-payment="qr_code"]')).not.to.equal(null);
    again.backend.engine.markPaid(order.orderNumber);
    await clock.advance(2000);
    await waitUntil(() => text($(el, '[data-status]')) === 'Paid');
    again.zone.dispose();
  });

  it('offers "Track this order"', async () => {
    const f = await createZoneFixture();
    const order = await placeOrder(f);
    const el = await mount(f, order);
    const navigated = oneEvent(el, 'oz-navigate');
    $(el, '[data-track]')!.click();
    expect((await navigated).detail).to.deep.equal({ view: 'order' });
  });

  it('shows an order placed at another total than the one confirmed, and starts no payment before the shopper accepts it', async () => {
    const f = await createZoneFixture();
    const base = f.backend;
    // A backend that placed the order at ¥10.00 more than the total the shopper confirmed.
    f.override({
      submitOrder: async (request, ctx) => {
        const placed = await base.submitOrder(request, ctx);
        return { ...placed, order: { ...placed.order, total: { ...placed.order.total, amount: placed.order.total.amount + 1000 } } };
      },
    });
    const order = await placeOrder(f, 'wechat_pay');
    const confirmed = f.zone.checkout.$totalChange.get()!.confirmed;
    expect(order.total.amount - confirmed.amount).to.equal(1000);
    const el = await mount(f);
    const card = $(el, '[data-payment="total-change"]')!;
    expect(card, 'the change is shown where the payment would be').to.exist;
    expect(text(card.querySelector('[data-confirmed-total]'))).to.equal(formatMoney(confirmed, 'en-US'));
    expect(text(card.querySelector('[data-charged-total]'))).to.equal(formatMoney(order.total, 'en-US'));
    expect(card.getAttribute('role')).to.equal('alert');
    expect($(el, '[data-qr-payload]'), 'no QR code before the shopper accepts').to.equal(null);
    expect($(el, '[data-pay-link]')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
    $(el, '[data-accept-total]')!.click();
    await el.updateComplete;
    expect($(el, '[data-payment="total-change"]')).to.equal(null);
    expect($(el, '[data-payment="qr_code"]'), 'the payment goes ahead once accepted').to.exist;
    expect(f.zone.checkout.$totalChange.get()?.accepted).to.equal(true);
  });

  it('shows “Price unavailable”, never “NaN”, for an amount that is not a safe integer', async () => {
    const f = await createZoneFixture();
    const order = await placeOrder(f);
    const broken: Order = {
      ...order,
      lines: order.lines.map((line, index) => (index === 0 ? { ...line, total: { amount: Number.NaN, currency: 'CNY' } } : line)),
      total: { amount: 2 ** 60, currency: 'CNY' },
    };
    const el = await mount(f, broken);
    const shown = text(el.shadowRoot as unknown as Element);
    expect(shown).to.not.contain('NaN');
    expect(shown).to.not.contain('1,152,921,504,606,846,976');
    expect(text($(el, '.summary-line-total'))).to.equal('Price unavailable');
    expect(text($(el, '[part~="summary-total"] dd'))).to.equal('Price unavailable');
    expect(text($(el, '.summary-line:nth-child(2) .summary-line-total'))).to.equal(formatMoney(order.lines[1]!.total, 'en-US'));
  });
});
