import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CONTACT_MAX_LENGTH, ORDER_NUMBER_MAX_LENGTH } from '@orderzone/core';
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
  it('has Chinese text for every English message', () => {
    const zh = orderLookupMessages['zh-CN']!;
    expect(Object.keys(orderLookupMessages['en-US']!).filter((key) => !(key in zh))).to.deep.equal([]);
  });

  it('takes no longer order number or contact than the contract accepts', async () => {
    const f = (flow = await createOrderFixture());
    const el = await fixture<OrderLookup>(html`<order-lookup .zone=${f.zone}></order-lookup>`);
    await type(el, '#lookup-number', 'OZ'.repeat(40));
    expect(($(el, '#lookup-number') as HTMLInputElement).value).to.equal('OZ'.repeat(40).slice(0, ORDER_NUMBER_MAX_LENGTH));
    expect([ORDER_NUMBER_MAX_LENGTH, ($(el, '#lookup-contact') as HTMLInputElement).maxLength]).to.deep.equal([64, CONTACT_MAX_LENGTH]);
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

  it('finds an order placed on another device by number and phone, and opens it live in an <order-detail>', async () => {
    const placedHere = await createOrderFixture();
    const order = await placeOrder(placedHere.zone);
    placedHere.zone.dispose();
    // Another device: the same backend, none of the first device's storage (no token for this order).
    const f = (flow = await createOrderFixture({ backend: placedHere.backend }));
    expect(f.zone.checkout.orderAccess(order.orderNumber)).to.deep.equal({});
    const el = await fixture<OrderLookup>(html`<order-lookup .zone=${f.zone}></order-lookup>`);
    // Typed as a person would: lower case, without dashes.
    await type(el, '#lookup-number', ` ${order.orderNumber.toLowerCase().replace(/-/g, ' ')} `);
    await type(el, '#lookup-contact', '139 0013 9000');
    const found = oneEvent(el, 'oz-order-found');
    await sendKeys({ press: 'Enter' });
    expect((await found).detail.order.orderNumber).to.equal(order.orderNumber);
    await el.updateComplete;
    const detail = $(el, 'order-detail') as OrderDetail;
    await detail.updateComplete;
    expect(text(detail.shadowRoot!.querySelector('h2'))).to.equal(`Order ${order.orderNumber}`);
    expect(f.zone.checkout.orderAccess(order.orderNumber).accessToken, 'the lookup gave this device a token').to.be.a('string');
    // The order works from here: the merchant ships it and the detail follows.
    expect(detail.shadowRoot!.querySelector('[data-action="cancel"]')).to.exist;
    ($(el, '[data-another]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(($(el, '#lookup-number') as HTMLInputElement).value.trim()).to.equal(order.orderNumber.toLowerCase().replace(/-/g, ' '));
  });

  it('refuses a mistyped order number on the page, before any request', async () => {
    const f = (flow = await createOrderFixture());
    const order = await placeOrder(f.zone);
    let asked = 0;
    f.override({ lookupOrder: () => ((asked += 1), Promise.reject(new Error('must not be called'))) });
    const el = await fixture<OrderLookup>(html`<order-lookup .zone=${f.zone}></order-lookup>`);
    // One character off: the check character catches it.
    const last = order.orderNumber.at(-1) === '2' ? '3' : '2';
    await type(el, '#lookup-number', order.orderNumber.slice(0, -1) + last);
    await type(el, '#lookup-contact', '13900139000');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#lookup-number-error'));
    expect(text($(el, '#lookup-number-error'))).to.contain('This is not an order number');
    expect(($(el, '#lookup-number') as HTMLInputElement).getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('lookup-number');
    expect(asked).to.equal(0);
  });

  it('says how long to wait after too many wrong tries', async () => {
    const f = (flow = await createOrderFixture());
    const order = await placeOrder(f.zone);
    let answered = 0;
    f.override({ lookupOrder: (request, ctx) => f.backend.lookupOrder(request, ctx).finally(() => (answered += 1)) });
    const el = await fixture<OrderLookup>(html`<order-lookup .zone=${f.zone}></order-lookup>`);
    await type(el, '#lookup-number', order.orderNumber);
    await type(el, '#lookup-contact', 'wrong@example.com');
    for (let i = 1; i <= 11; i++) {
      ($(el, '[data-submit]') as HTMLButtonElement).click();
      await waitUntil(() => answered === i && !($(el, '[data-submit]') as HTMLButtonElement).disabled);
    }
    await el.updateComplete;
    expect(text($(el, '[data-lookup-error]'))).to.match(/Please wait 1[45] minutes and try again\./);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('speaks Chinese', async () => {
    const f = (flow = await createOrderFixture({ locale: 'zh-CN' }));
    const el = await fixture<OrderLookup>(html`<order-lookup .zone=${f.zone}></order-lookup>`);
    expect(text($(el, 'h2'))).to.equal('查询订单');
  });
});
