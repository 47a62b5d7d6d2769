import type { Order, RefundRequest } from '@orderzone/core';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backendOrder, createOrderFixture, placeOrder, type OrderFixture } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { manualClock } from '../../../../core/src/testing/manual-clock.ts';
import { OrderDetail } from './order-detail.ts';

const cny = (amount: number): string => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY' }).format(amount / 100);

/** A paid order of the tests' shirt (¥79.00) and mug (¥49.00) with ¥12.00 shipping: ¥140.00. */
async function paidOrder(f: OrderFixture): Promise<Order> {
  const order = await placeOrder(f.zone);
  f.backend.engine.markPaid(order.orderNumber);
  return backendOrder(f, order.orderNumber);
}

function line(el: OrderDetail, index: number): HTMLElement {
  return $(el, `[data-after-sale-line="${index}"]`)!;
}

function typeQuantity(el: OrderDetail, index: number, quantity: number): void {
  const input = $(el, `#after-sale-quantity-${index}`) as HTMLInputElement;
  input.value = String(quantity);
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<order-detail>: refunds and returns by line', () => {
  it('lets the shopper choose lines and units, shows what they give back before sending, and sends that choice', async () => {
    const f = await createOrderFixture();
    const order = await paidOrder(f);
    expect(order.total.amount).to.equal(14000);
    const sent: RefundRequest[] = [];
    f.override({
      requestRefund: (orderNumber, access, request, ctx) => {
        sent.push(request);
        return f.backend.requestRefund!(orderNumber, access, request, ctx);
      },
    });
    const el = await mountOrderDetail(f, order);
    $(el, '[data-action="request_refund"]')!.click();
    await el.updateComplete;
    // Everything is chosen to start with: the whole order, shipping included.
    expect(text($(el, 'legend'))).to.equal('Which items should be refunded?');
    expect(text(line(el, 0))).to.contain('Test shirt');
    expect(text(line(el, 0))).to.contain('of 1');
    expect(text($(el, '[data-after-sale-total]'))).to.equal(`You get back ${cny(14000)} including ${cny(1200)} shipping`);
    await expect(el).shadowDom.to.be.accessible();

    // Leaving the shirt out: the mug alone give back what was paid for them, without shipping.
    const decrease = line(el, 0).querySelector<HTMLButtonElement>('[part="quantity-button"]')!;
    expect(decrease.getAttribute('aria-label')).to.equal('One fewer Test shirt');
    decrease.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(($(el, '#after-sale-quantity-0') as HTMLInputElement).value).to.equal('0');
    expect(text(line(el, 0).querySelector('[data-after-sale-amount]'))).to.equal('');
    expect(text(line(el, 1).querySelector('[data-after-sale-amount]'))).to.equal(cny(4900));
    expect(text($(el, '[data-after-sale-total]'))).to.equal(`You get back ${cny(4900)}`);
    // More than there is is held at what may be asked for.
    typeQuantity(el, 1, 5);
    await el.updateComplete;
    expect(($(el, '#after-sale-quantity-1') as HTMLInputElement).value).to.equal('1');

    const reason = $(el, '#action-reason') as HTMLTextAreaElement;
    reason.value = 'The mug is the wrong colour';
    reason.dispatchEvent(new Event('input'));
    const acted = oneEvent(el, 'oz-order-action');
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await acted;
    await el.updateComplete;
    expect(sent).to.deep.equal([{ reason: 'The mug is the wrong colour', lines: [{ lineIndex: 1, quantity: 1 }] }]);
    expect(text($(el, '[data-status]'))).to.equal('Refund requested');
    const request = $(el, '[data-after-sale="AS1"]')!;
    expect(text(request)).to.contain('Refund request');
    expect(text(request)).to.contain('Awaiting the shop’s decision');
    expect(text(request.querySelector('[data-line="1"]'))).to.equal(`Mug × 1 Awaiting decision ${cny(4900)}`);
    expect(text(request)).to.contain('The mug is the wrong colour');
  });

  it('says nothing was chosen, without sending anything', async () => {
    const f = await createOrderFixture();
    const order = await paidOrder(f);
    let calls = 0;
    f.override({ requestRefund: async () => (calls++, order) });
    const el = await mountOrderDetail(f, order);
    $(el, '[data-action="request_refund"]')!.click();
    await el.updateComplete;
    typeQuantity(el, 0, 0);
    typeQuantity(el, 1, 0);
    const reason = $(el, '#action-reason') as HTMLTextAreaElement;
    reason.value = 'Changed my mind';
    reason.dispatchEvent(new Event('input'));
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[data-after-sale-problem]'));
    expect(text($(el, '[data-after-sale-problem]'))).to.equal('Please choose at least one item.');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'after-sale-problem', 'the problem is focused, so it is read out');
    expect(calls).to.equal(0);
  });

  it('shows each line’s status once the shop decided, what was refunded so far, and "Partly refunded" in the history', async () => {
    const f = await createOrderFixture();
    const order = await paidOrder(f);
    const access = f.zone.checkout.orderAccess(order.orderNumber);
    await f.backend.requestRefund!(order.orderNumber, access, { reason: 'Both, please' });
    const clock = manualClock(Date.now());
    const el = await mountOrderDetail(f, await backendOrder(f, order.orderNumber), clock);
    // The shop refunds the mug and declines the shirt.
    f.backend.engine.approveRefund(order.orderNumber, { lines: [{ lineIndex: 1, quantity: 1 }], note: 'The shirt has shipped already' });
    await clock.advance(4000);
    await waitUntil(() => text($(el, '[data-status]')) === 'Paid', 'the order went back to awaiting shipment');
    const request = $(el, '[data-after-sale="AS1"]')!;
    expect(text(request.querySelector('[part="after-sale-status"]'))).to.equal('Refunded');
    expect(text(request.querySelector('[data-line="0"]'))).to.equal('Test shirt × 1 Declined');
    expect(text(request.querySelector('[data-line="1"]'))).to.equal(`Mug × 1 Refunded ${cny(4900)}`);
    expect(text(request)).to.contain('Shop’s note: The shirt has shipped already');
    expect(text($(el, '[data-refunded-total]'))).to.equal(`Refunded so far: ${cny(4900)} of the ${cny(14000)} paid`);
    const history = [...el.shadowRoot!.querySelectorAll('[part="timeline"] li .timeline-status')].map((node) => text(node));
    expect(history.at(-1)).to.equal('Partly refunded');
    // Nothing is left to ask a refund for: the shirt was declined, the mug refunded.
    expect([...el.shadowRoot!.querySelectorAll('[data-action]')].map((b) => b.getAttribute('data-action'))).not.to.include('request_refund');
    await expect(el).shadowDom.to.be.accessible();

    // Once shipped, the shirt may be returned; the refunded mug says why they cannot.
    f.backend.engine.markShipped(order.orderNumber, { carrier: 'SF Express', number: 'SF77' });
    await clock.advance(8000);
    await waitUntil(() => $(el, '[data-action="request_return"]'), 'a return is offered');
    $(el, '[data-action="request_return"]')!.click();
    await el.updateComplete;
    expect(text(line(el, 1).querySelector('[data-unavailable]'))).to.equal('Refunded');
    expect(text($(el, '[data-after-sale-total]'))).to.equal(`Refund once the items are back ${cny(7900 + 1200)} including ${cny(1200)} shipping`);
  });

  it('shows a request and its lines in Chinese', async () => {
    const f = await createOrderFixture({ locale: 'zh-CN' });
    const order = await paidOrder(f);
    const access = f.zone.checkout.orderAccess(order.orderNumber);
    await f.backend.requestRefund!(order.orderNumber, access, { reason: '不需要了', lines: [{ lineIndex: 0, quantity: 1 }] });
    f.backend.engine.approveRefund(order.orderNumber);
    const el = await mountOrderDetail(f, await backendOrder(f, order.orderNumber));
    expect(text($(el, '#after-sales-heading'))).to.equal('退款与退货');
    expect(text($(el, '[data-after-sale="AS1"] [part="after-sale-status"]'))).to.equal('已退款');
    expect(text($(el, '[data-after-sale="AS1"]'))).to.contain('退款申请');
    $(el, '[data-action="request_refund"]')!.click();
    await el.updateComplete;
    expect(text($(el, 'legend'))).to.equal('选择要退款的商品');
    expect(text(line(el, 0).querySelector('[data-unavailable]'))).to.equal('已退款');
    expect(text($(el, '[data-after-sale-total]'))).to.contain('预计退款');
  });
});
