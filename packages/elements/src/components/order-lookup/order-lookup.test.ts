import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createOrderFixture, placeOrder, type OrderFixture } from '../../testing/order-fixture.ts';
import { defineElement } from '../define-element.ts';
import { OrderDetail } from '../order-detail/order-detail.ts';
import { OrderLookup } from './order-lookup.ts';
import { orderLookupMessages } from './order-lookup.messages.ts';

defineElement('order-lookup', OrderLookup);
defineElement('order-detail', OrderDetail);

let flow: OrderFixture | undefined;
afterEach(() => flow?.zone.dispose());

function $(el: OrderLookup, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function type(el: OrderLookup, selector: string, value: string): Promise<void> {
  const input = $(el, selector) as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: value });
}

describe('<order-lookup>', () => {
  it('has Chinese text for every English message, and is registered', () => {
    const zh = orderLookupMessages['zh-CN']!;
    expect(Object.keys(orderLookupMessages['en-US']!).filter((key) => !(key in zh))).to.deep.equal([]);
    expect(customElements.get('order-lookup')).to.equal(OrderLookup);
  });

  it('asks for both fields, then says "not found" for a wrong pair and keeps what was typed', async () => {
    const f = (flow = await createOrderFixture());
    const order = await placeOrder(f.zone);
    const el = await fixture<OrderLookup>(html`<order-lookup .zone=${f.zone}></order-lookup>`);
    await expect(el).shadowDom.to.be.accessible();
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '#lookup-number-error'))).to.equal('Please fill in this field.');
    expect(text($(el, '#lookup-contact-error'))).to.equal('Please fill in this field.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('lookup-number');
    await type(el, '#lookup-number', order.orderNumber);
    await type(el, '#lookup-contact', 'someone@example.com');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[data-lookup-error]'));
    expect(text($(el, '[data-lookup-error]'))).to.equal('No order matches this order number and phone or e-mail. Please check both and try again.');
    expect(($(el, '#lookup-number') as HTMLInputElement).value).to.equal(order.orderNumber);
    expect(($(el, '#lookup-contact') as HTMLInputElement).value).to.equal('someone@example.com');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the order found by number and phone in an <order-detail>', async () => {
    const f = (flow = await createOrderFixture());
    const order = await placeOrder(f.zone);
    const el = await fixture<OrderLookup>(html`<order-lookup .zone=${f.zone}></order-lookup>`);
    await type(el, '#lookup-number', ` ${order.orderNumber} `);
    await type(el, '#lookup-contact', '13900139000');
    const found = oneEvent(el, 'oz-order-found');
    await sendKeys({ press: 'Enter' });
    expect((await found).detail.order.orderNumber).to.equal(order.orderNumber);
    await el.updateComplete;
    const detail = $(el, 'order-detail') as OrderDetail;
    await detail.updateComplete;
    expect(text(detail.shadowRoot!.querySelector('h2'))).to.equal(`Order ${order.orderNumber}`);
    expect(detail.contact).to.equal('13900139000');
    ($(el, '[data-another]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(($(el, '#lookup-number') as HTMLInputElement).value.trim()).to.equal(order.orderNumber);
  });

  it('speaks Chinese', async () => {
    const f = (flow = await createOrderFixture({ locale: 'zh-CN' }));
    const el = await fixture<OrderLookup>(html`<order-lookup .zone=${f.zone}></order-lookup>`);
    expect(text($(el, 'h2'))).to.equal('查询订单');
  });
});
