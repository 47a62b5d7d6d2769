import { OrderZoneError, memoryStorage, type Order, type UploadedPhoto } from '@orderzone/core';
import { MERCHANT_ACTIONS, SHOPPER_ACTIONS } from '@orderzone/core/orders';
import { createEmbeddedBackend } from '@orderzone/embedded-backend';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backendOrder, createOrderFixture, placeOrder, type OrderFixture } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { manualClock } from '../../../../core/src/testing/manual-clock.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import { deferred } from '../../testing/zone-fixture.ts';
import { switchLanguage } from '../../testing/language-switch.ts';
import { messages as formMessagesEn } from './order-detail-forms.messages.en-US.ts';
import { messages as formMessagesZh } from './order-detail-forms.messages.zh-CN.ts';
import { defineElement } from '../define-element.ts';
import { OrderDetail } from './order-detail.ts';
import { OrderHelp } from '../order-help/order-help.ts';
import { configureHelp } from '../order-help/help-defaults.ts';
import { orderDetailMessages } from './order-detail.messages.ts';

defineElement('order-help', OrderHelp);

function actionLabels(el: OrderDetail): string[] {
  return [...el.shadowRoot!.querySelectorAll('[data-action]')].map((b) => text(b));
}

/** Chooses files in the return photo input, as a shopper would. */
function choose(el: OrderDetail, files: File[]): void {
  const input = $(el, '#return-photos') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const png = (name = 'box.png', bytes = 64): File => new File([new Uint8Array(bytes)], name, { type: 'image/png' });

/** A paid order shown with its refund form open, as a shopper opens it. */
async function openRefundForm(clock?: ReturnType<typeof manualClock>): Promise<{ f: OrderFixture; order: Order; el: OrderDetail }> {
  const f = await createOrderFixture();
  const order = await placeOrder(f.zone);
  f.backend.engine.markPaid(order.orderNumber);
  const el = await mountOrderDetail(f, await backendOrder(f, order.orderNumber), clock);
  $(el, '[data-action="request_refund"]')!.click();
  await el.updateComplete;
  return { f, order, el };
}

async function shippedOrder(f: OrderFixture): Promise<Order> {
  const order = await placeOrder(f.zone);
  f.backend.engine.markPaid(order.orderNumber);
  return f.backend.engine.markShipped(order.orderNumber, { carrier: 'SF Express', number: 'SF1234567890' });
}

describe('<order-detail>', () => {
  it('has Chinese text for every English message', () => {
    const zh = orderDetailMessages['zh-CN']!;
    expect(Object.keys(orderDetailMessages['en-US']!).filter((key) => !(key in zh) && !key.endsWith('.one'))).to.deep.equal([]);
  });

  it('has Chinese text for every English message of the action forms, which load with the forms', () => {
    expect(Object.keys(formMessagesEn).filter((key) => !(key in formMessagesZh) && !key.endsWith('.one'))).to.deep.equal([]);
    expect(Object.keys(formMessagesZh).filter((key) => !(key in formMessagesEn))).to.deep.equal([]);
  });

  it('shows the last order: status, timeline, items, address, the payment step and the actions allowed now', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f);
    expect(text($(el, 'h2'))).to.equal(`Order ${order.orderNumber}`);
    expect(text($(el, '[data-status]'))).to.equal('Awaiting payment');
    expect(text($(el, '[part="timeline"]'))).to.contain('Order placed');
    expect(el.shadowRoot!.querySelectorAll('[part="items"] li').length).to.equal(2);
    expect(text($(el, '[data-shipping-address]'))).to.contain('建国路 88 号');
    expect($(el, '[data-payment="qr_code"]')).not.to.equal(null);
    expect(actionLabels(el)).to.deep.equal(['Edit order', 'Cancel order', 'Change shipping address']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says until when an unpaid order can be paid, and that it was cancelled for want of payment once that passed', async () => {
    const clock = manualClock(Date.now());
    // The backend's time, moved on its own: the page's clock only needs to reach its next live check.
    let backendNow = Date.now();
    const backend = createEmbeddedBackend({ storage: memoryStorage(), shopId: 't', seed: testShop(), risk: false, unpaidOrderMinutes: 30, now: () => new Date(backendNow) });
    const f = await createOrderFixture({ backend });
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order, clock);
    expect(order.payBy).to.be.a('string');
    expect(text($(el, '[data-pay-by]'))).to.match(/^Please pay by .+; after that the order is cancelled\.$/);
    // The deadline passes; the next live check finds the order cancelled by the backend.
    backendNow += 31 * 60_000;
    await clock.advance(2_500);
    await waitUntil(() => text($(el, '[data-status]')) === 'Cancelled', 'the order did not show as cancelled');
    const history = [...el.shadowRoot!.querySelectorAll('[part="timeline"] li .timeline-status')].map((node) => text(node));
    expect(history.at(-1)).to.equal('Cancelled: not paid in time');
    expect($(el, '[data-pay-by]')).to.equal(null);
  });

  it('offers only what the adapter implements', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    f.override({ cancelOrder: undefined, editOrder: undefined });
    const el = await mountOrderDetail(f, order);
    expect(actionLabels(el)).to.deep.equal(['Change shipping address']);
  });

  it('shows an open form in Chinese after a switch from English, its messages loaded with its code, never a key on the way', async () => {
    const f = await createOrderFixture({ locale: 'en-US' });
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    $(el, '[data-action="cancel"]')!.click();
    await el.updateComplete;
    expect(text($(el, '[part="action-form"]'))).to.contain('Cancel this order?');
    const { settled } = await switchLanguage(el, 'zh-CN', (shown) => ({ form: text($(shown as OrderDetail, '[part="action-form"]')) }));
    expect(settled.form).to.contain('确定取消此订单？');
    expect(settled.form).to.contain('保留订单');
  });

  it('cancels after a confirm step, by keyboard, and shows the cancelled order', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    const cancel = $(el, '[data-action="cancel"]')!;
    cancel.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, '[part="action-form"]'))).to.contain('This cannot be undone');
    expect(cancel.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).shadowDom.to.be.accessible();
    // "Keep order" closes it and gives focus back to the button.
    ($(el, '[data-back]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '[part="action-form"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('cancel');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const acted = oneEvent(el, 'oz-order-action');
    ($(el, '[data-submit]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await acted;
    expect(detail.action).to.equal('cancel');
    await el.updateComplete;
    expect(text($(el, '[data-status]'))).to.equal('Cancelled');
    expect(text($(el, '[part="notice"]'))).to.equal('Your order was cancelled.');
    expect(actionLabels(el)).to.deep.equal([]);
    expect((await backendOrder(f, order.orderNumber)).status).to.equal('cancelled');
  });

  it('changes the shipping address, showing field problems first', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    $(el, '[data-action="change_address"]')!.click();
    await el.updateComplete;
    const postal = $(el, '#new-address-postalCode') as HTMLInputElement;
    postal.value = '12';
    postal.dispatchEvent(new Event('input'));
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '#new-address-postalCode-error'));
    expect(text($(el, '#new-address-postalCode-error'))).to.equal('Please enter a 6-digit postal code.');
    expect(postal.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(postal);
    await expect(el).shadowDom.to.be.accessible();
    postal.value = '100020';
    postal.dispatchEvent(new Event('input'));
    const line1 = $(el, '#new-address-line1') as HTMLInputElement;
    line1.value = '光华路 1 号';
    line1.dispatchEvent(new Event('input'));
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[part="notice"]'));
    expect(text($(el, '[part="notice"]'))).to.equal('The shipping address was changed.');
    expect(text($(el, '[data-shipping-address]'))).to.contain('光华路 1 号');
  });

  it('says so and shows the fresh order when the shop shipped it meanwhile (conflict)', async () => {
    const { f, order, el } = await openRefundForm();
    const reason = $(el, '#action-reason') as HTMLTextAreaElement;
    expect(el.shadowRoot!.activeElement).to.equal(reason);
    reason.value = 'Ordered the wrong size';
    reason.dispatchEvent(new Event('input'));
    // Meanwhile, the merchant ships it.
    f.backend.engine.markShipped(order.orderNumber, { carrier: 'SF Express', number: 'SF998877' });
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[part="notice"]'));
    expect(text($(el, '[part="notice"]'))).to.contain('now “Shipped”');
    expect($(el, '[part="notice"]')!.getAttribute('role')).to.equal('alert');
    expect(text($(el, '[data-status]'))).to.equal('Shipped');
    expect(text($(el, '[data-tracking-number]'))).to.equal('SF998877');
    expect(text($(el, '[part="tracking"]'))).to.contain('SF Express');
    expect(actionLabels(el)).to.deep.equal(['Return items']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('asks for a reason before requesting a refund', async () => {
    const { el } = await openRefundForm();
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '#action-reason-error'));
    expect(text($(el, '#action-reason-error'))).to.equal('Please fill in this field.');
    const reason = $(el, '#action-reason') as HTMLTextAreaElement;
    reason.value = 'Changed my mind';
    reason.dispatchEvent(new Event('input'));
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[part="notice"]'));
    expect(text($(el, '[data-status]'))).to.equal('Refund requested');
    expect(text($(el, '[part="timeline"]'))).to.contain('Changed my mind');
  });

  it('takes a reason of 500 emoji whole (the limit the core counts), and says how many characters over', async () => {
    const { f, order, el } = await openRefundForm();
    const reason = $(el, '#action-reason') as HTMLTextAreaElement;
    // 499 emoji are 998 UTF-16 units: a `maxlength` of 500 would refuse any further typing.
    reason.value = '😀'.repeat(499);
    reason.dispatchEvent(new Event('input'));
    await el.updateComplete;
    reason.focus();
    reason.setSelectionRange(reason.value.length, reason.value.length);
    await sendKeys({ type: '𠀀' });
    await el.updateComplete;
    expect(reason.value).to.equal(`${'😀'.repeat(499)}𠀀`);
    expect(text($(el, '#action-reason-count'))).to.equal('500 / 500 characters');
    await sendKeys({ type: 'a' });
    await el.updateComplete;
    expect(text($(el, '#action-reason-count'))).to.equal('1 character over');
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '#action-reason-error'));
    expect(text($(el, '#action-reason-error'))).to.contain('500');
    expect((await backendOrder(f, order.orderNumber)).status).to.equal('paid', 'nothing was requested');
  });

  it('names every event of the history on its own, in both languages', () => {
    for (const locale of ['en-US', 'zh-CN'] as const) {
      const catalog = orderDetailMessages[locale]!;
      const events = ['placed', ...SHOPPER_ACTIONS, ...MERCHANT_ACTIONS, 'cancel_booking', 'change_service_address'];
      const labels = events.map((event) => catalog[`detail.history.${event}`]);
      expect(events.filter((event, i) => !labels[i]), `${locale}: events without a label`).to.deep.equal([]);
      expect(new Set(labels).size, `${locale}: two events share a label`).to.equal(labels.length);
    }
  });

  it('names each event in the timeline: an address change is "Shipping address changed", never a second "Awaiting payment"', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    const clock = manualClock(Date.now());
    const el = await mountOrderDetail(f, order, clock);
    $(el, '[data-action="change_address"]')!.click();
    await el.updateComplete;
    const line1 = $(el, '#new-address-line1') as HTMLInputElement;
    line1.value = '光华路 1 号';
    line1.dispatchEvent(new Event('input'));
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[part="notice"]'));
    f.backend.engine.markPaid(order.orderNumber);
    f.backend.engine.markShipped(order.orderNumber, { carrier: 'SF Express', number: 'SF1' });
    await clock.advance(2000);
    await waitUntil(() => text($(el, '[data-status]')) === 'Shipped', 'the shipment is not shown');
    const labels = [...el.shadowRoot!.querySelectorAll('[part="timeline"] .timeline-status')].map((node) => text(node));
    expect(labels).to.deep.equal(['Order placed', 'Shipping address changed', 'Payment received', 'Shipped']);
    expect(new Set(labels).size).to.equal(labels.length);
    // The address change's banner tells what stays true: it stays as the order moves on.
    expect(text($(el, '[part="notice"]'))).to.equal('The shipping address was changed.');
  });

  it('keeps the shop\'s help one step away under the heading, once the shop gives help', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone);
    const el = await mountOrderDetail(f, order);
    expect($(el, '[data-order-help]'), 'no help given, no entry').to.equal(null);
    configureHelp({ faq: [{ question: { 'en-US': 'When will my order ship?' }, answer: { 'en-US': 'Within 48 hours.' } }], contact: { phone: '400-820-8820' } });
    try {
      await el.updateComplete;
      const entry = $(el, '[data-order-help]') as HTMLButtonElement;
      expect(text(entry.closest('p'))).to.equal('Questions about this order? Help and contact');
      expect(entry.getAttribute('aria-expanded')).to.equal('false');
      entry.click();
      await el.updateComplete;
      expect(entry.getAttribute('aria-expanded')).to.equal('true');
      const help = $(el, 'order-help')!;
      await waitUntil(() => help.shadowRoot?.textContent?.includes('When will my order ship?'), 'the help is not shown');
      expect(help.shadowRoot!.textContent).to.contain('400-820-8820');
      // Right under the heading, before the payment step.
      expect(help.getBoundingClientRect().top).to.be.below($(el, '[part="payment"]')!.getBoundingClientRect().top);
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      configureHelp(undefined);
    }
  });

  it('takes a success banner down once the status it announced is no longer true', async () => {
    const clock = manualClock(Date.now());
    const { f, order, el } = await openRefundForm(clock);
    const reason = $(el, '#action-reason') as HTMLTextAreaElement;
    reason.value = 'Ordered the wrong size';
    reason.dispatchEvent(new Event('input'));
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[part="notice"]'));
    expect(text($(el, '[part="notice"]'))).to.equal('Your refund request was sent. We will let you know the decision.');
    f.backend.engine.rejectRefund(order.orderNumber, { note: 'Already packed' });
    await clock.advance(2000);
    await waitUntil(() => text($(el, '[data-status]')) === 'Refund declined', 'the decision is not shown');
    expect($(el, '[part="notice"]'), '"request was sent" stands above "Refund declined"').to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('[part="timeline"] .timeline-status')].map((node) => text(node)).slice(-2)).to.deep.equal(['Refund requested', 'Refund declined']);
  });

  it('updates live, announces the new status politely, and stops watching at a final status', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone, 'card');
    const clock = manualClock(Date.now());
    const el = await mountOrderDetail(f, order, clock);
    const updated = oneEvent(el, 'oz-order-updated');
    f.backend.engine.markPaid(order.orderNumber);
    await clock.advance(2000);
    expect((await updated).detail.order.status).to.equal('paid');
    await el.updateComplete;
    expect(text($(el, '[data-status]'))).to.equal('Paid');
    await waitUntil(() => text($(el, '[data-status-announcement]')) !== '');
    expect(text($(el, '[data-status-announcement]'))).to.contain('Paid');
    expect($(el, '[data-status-announcement]')!.getAttribute('aria-live')).to.equal('polite');
    f.backend.engine.markShipped(order.orderNumber, { carrier: '顺丰速运', number: 'SF42' });
    await clock.advance(4000);
    await el.updateComplete;
    expect(text($(el, '[data-tracking-number]'))).to.equal('SF42');
  });

  it('requests a return with photos: type and size checked first, progress shown, photos removable', async () => {
    const f = await createOrderFixture();
    const order = await shippedOrder(f);
    const uploads: { photo: Blob; progress?: (n: number) => void; done: ReturnType<typeof deferred<UploadedPhoto>> }[] = [];
    const sent: unknown[] = [];
    f.override({
      uploadReturnPhoto: (_n, _a, photo, ctx) => {
        const done = deferred<UploadedPhoto>();
        uploads.push({ photo, ...(ctx?.onProgress ? { progress: ctx.onProgress } : {}), done });
        return done.promise;
      },
      requestReturn: async (orderNumber, _access, request) => {
        sent.push(request);
        return { ...order, orderNumber, status: 'return_requested' };
      },
    });
    const el = await mountOrderDetail(f, order);
    $(el, '[data-action="request_return"]')!.click();
    await el.updateComplete;
    const gif = new File([new Uint8Array(10)], 'scan.gif', { type: 'image/gif' });
    const huge = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'huge.jpg', { type: 'image/jpeg' });
    choose(el, [gif, huge, png('box.png')]);
    await el.updateComplete;
    const problems = text($(el, '[data-photo-problems]'));
    expect(problems).to.contain('scan.gif: This file type is not accepted. Please choose a JPEG, PNG, WebP photo.');
    expect(problems).to.contain('huge.jpg: This photo is larger than 5 MB.');
    expect(uploads.length).to.equal(1, 'only the valid photo is uploaded');
    uploads[0]!.progress!(0.4);
    await el.updateComplete;
    expect(text($(el, '[data-photo="uploading"] [data-progress]'))).to.equal('Uploading… 40%');
    expect(($(el, '[data-photo="uploading"] progress') as HTMLProgressElement).value).to.equal(40);
    expect(($(el, '[data-photo="uploading"] img') as HTMLImageElement).src).to.match(/^blob:/);
    await expect(el).shadowDom.to.be.accessible();
    // Sending while a photo uploads is refused with a clear word.
    const reason = $(el, '#action-reason') as HTMLTextAreaElement;
    reason.value = 'The box arrived crushed';
    reason.dispatchEvent(new Event('input'));
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '#return-photos-error'))).to.equal('Please wait until every photo has uploaded.');
    uploads[0]!.done.resolve({ id: 'photo-1', url: 'data:image/png;base64,AA==', contentType: 'image/png', bytes: 64 });
    await waitUntil(() => $(el, '[data-photo="done"]'));
    // A second photo, removed again.
    choose(el, [png('second.png')]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[data-photo]').length).to.equal(2);
    (el.shadowRoot!.querySelectorAll('[data-remove-photo]')[1] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[data-photo]').length).to.equal(1);
    const acted = oneEvent(el, 'oz-order-action');
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    expect((await acted).detail.action).to.equal('request_return');
    // The order's lines, all chosen by default: its shirt and its mug.
    expect(sent).to.deep.equal([{ reason: 'The box arrived crushed', photoIds: ['photo-1'], lines: [{ lineIndex: 0, quantity: 1 }, { lineIndex: 1, quantity: 1 }] }]);
    await el.updateComplete;
    expect(text($(el, '[data-status]'))).to.equal('Return requested');
  });

  it('shows a failed upload and a failed action clearly, keeping what was typed', async () => {
    const f = await createOrderFixture();
    const order = await shippedOrder(f);
    f.override({
      uploadReturnPhoto: async () => {
        throw new OrderZoneError('validation', 'too big', { fieldErrors: [{ field: 'photos', code: 'photo_too_large', params: { max: 5 } }] });
      },
      requestReturn: async () => {
        throw new OrderZoneError('network', 'offline');
      },
    });
    const el = await mountOrderDetail(f, order);
    $(el, '[data-action="request_return"]')!.click();
    await el.updateComplete;
    choose(el, [png()]);
    await waitUntil(() => $(el, '[data-photo="failed"]'));
    expect(text($(el, '[data-photo="failed"]'))).to.contain('larger than 5 MB');
    const reason = $(el, '#action-reason') as HTMLTextAreaElement;
    reason.value = 'Wrong colour';
    reason.dispatchEvent(new Event('input'));
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[part="notice"]'));
    expect(text($(el, '[part="notice"]'))).to.equal('We couldn’t reach the shop. Check your connection and try again.');
    expect(($(el, '#action-reason') as HTMLTextAreaElement).value).to.equal('Wrong colour');
  });

  it('shows return instructions in Chinese', async () => {
    const f = await createOrderFixture({ locale: 'zh-CN' });
    const order = await shippedOrder(f);
    const el = await mountOrderDetail(f, {
      ...order,
      status: 'return_approved',
      returnRequest: { reason: '尺码不合适', photos: [] },
      returnInstructions: { recipient: '退货部', phone: '010-12345678', address: { country: 'CN', region: '上海市', city: '上海市', line1: '退货路 1 号', postalCode: '200000' } },
    });
    expect(text($(el, '[data-status]'))).to.equal('退货已同意');
    expect(text($(el, '[data-return-instructions]'))).to.contain('退货路 1 号');
    expect(text($(el, '[data-return-instructions]'))).to.contain('退货部');
    expect(text($(el, '[data-return-request]'))).to.contain('尺码不合适');
    await expect(el).shadowDom.to.be.accessible();
  });
});
