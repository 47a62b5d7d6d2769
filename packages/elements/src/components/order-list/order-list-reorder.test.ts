import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Product } from '@orderzone/core';
import { placeOrder } from '../../testing/order-fixture.ts';
import { createCodeFixture, type CodeFixture } from '../../testing/code-fixture.ts';
import { forgetZoneRoute } from '../../testing/zone-fixture.ts';
import { defineElement } from '../define-element.ts';
import { OrderList } from './order-list.ts';
import { orderListMessages } from './order-list.messages.ts';

afterEach(forgetZoneRoute);
defineElement('order-list', OrderList);

let flow: CodeFixture | undefined;
afterEach(() => flow?.zone.dispose());
afterEach(() => setViewport({ width: 800, height: 600 }));

const $ = (el: OrderList, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function signedInWithOrder(locale = 'en-US') {
  const f = (flow = await createCodeFixture({ locale }));
  const order = await placeOrder(f.zone); // the tests' shop: a navy M shirt (¥79.00) and a mug
  await f.zone.account.requestCode({ channel: 'sms', destination: '13900139000' });
  await f.zone.account.verifyCode(f.state.code);
  // The catalog now: the shirt costs 10.00 more and is sold out; the mug is unchanged.
  const findSkus = f.backend.findSkus!.bind(f.backend);
  f.backend.findSkus = async (skus) =>
    (await findSkus(skus)).map((product: Product) =>
      product.id === 'shirt' ? { ...product, variants: product.variants.map((v) => (v.id === 'shirt-navy-m' ? { ...v, price: { ...v.price, amount: v.price.amount + 1000 }, stock: 0 } : v)) } : product,
    );
  const el = await fixture<OrderList>(html`<order-list .zone=${f.zone}></order-list>`);
  await waitUntil(() => $(el, `[data-reorder="${order.orderNumber}"]`), 'the order is listed with "Order again"');
  return { f, order, el };
}

describe('"Order again" in <order-list>', () => {
  it('has Chinese text for its messages', () => {
    for (const key of ['orders.actions', 'orders.reorder', 'orders.reorder_label', 'orders.reorder_of']) expect(orderListMessages['zh-CN']![key], key).to.be.a('string');
  });

  it('explains a changed price and missing stock from the list, then puts the lines in the cart in one step', async () => {
    const { f, order, el } = await signedInWithOrder();
    const button = $(el, `[data-reorder="${order.orderNumber}"]`) as HTMLButtonElement;
    expect(text(button)).to.equal('Order again');
    expect(button.getAttribute('aria-label')).to.equal(`Order again: the items of order ${order.orderNumber}`);
    button.click();
    await waitUntil(() => $(el, '[data-reorder-panel]'), 'the changes are shown');
    expect(text($(el, '[data-reorder-of] > p'))).to.equal(`Order ${order.orderNumber}`);
    const changes = [...el.shadowRoot!.querySelectorAll('[data-change]')].map(text);
    expect(changes).to.deep.equal(['Test shirt: sold out. now CN¥89.00 each (was CN¥79.00).']);
    expect(f.zone.cart.$lines.get()).to.deep.equal([], 'nothing goes to the cart before the buyer agrees');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'reorder-heading', 'the panel is focused');
    expect(text($(el, '[data-reorder-add]'))).to.equal('Add 1 item to cart');
    // The panel has the look of a card, as in <order-detail>.
    expect(getComputedStyle($(el, '[data-reorder-panel]')!).borderTopStyle).to.equal('solid');
    await expect(el).shadowDom.to.be.accessible();
    const navigated = oneEvent(el, 'oz-navigate');
    ($(el, '[data-reorder-add]') as HTMLButtonElement).click();
    expect((await navigated).detail).to.deep.equal({ view: 'cart' });
    expect(f.zone.cart.$lines.get().map((l) => [l.variantId, l.quantity])).to.deep.equal([['mug', 1]]);
    await el.updateComplete;
    expect($(el, '[data-reorder-panel]')).to.equal(null);
  });

  it('fits a phone: the order number breaks only after a hyphen, "Order again" wraps, nothing overflows', async () => {
    await setViewport({ width: 390, height: 800 });
    const { order, el } = await signedInWithOrder();
    el.style.width = '358px'; // a 390 px phone, less the page's margins
    await el.updateComplete;
    const table = $(el, 'table')!;
    expect(table.scrollWidth).to.be.at.most(358);
    const number = $(el, `[data-order="${order.orderNumber}"]`)!;
    const lineHeight = parseFloat(getComputedStyle(number).lineHeight) || 20;
    // "OZ-XXXXX-XXXXX" on at most two lines (after its hyphen), never a letter a line.
    expect(number.getBoundingClientRect().height).to.be.below(lineHeight * 2.5 + 24);
    const heading = table.querySelector('thead th')!;
    expect(heading.getBoundingClientRect().height).to.be.below(60, '"Order number" is not broken letter by letter');
  });

  it('closes with Cancel, in Chinese, and gives the focus back to the row', async () => {
    const { f, order, el } = await signedInWithOrder('zh-CN');
    const button = $(el, `[data-reorder="${order.orderNumber}"]`) as HTMLButtonElement;
    expect(text(button)).to.equal('再来一单');
    button.click();
    await waitUntil(() => $(el, '[data-reorder-panel]'));
    expect(text($(el, '#reorder-heading'))).to.equal('再来一单');
    expect(text($(el, '[data-change]'))).to.match(/已售罄。/);
    ($(el, '[data-reorder-cancel]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '[data-reorder-panel]')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-reorder') === order.orderNumber);
    expect(f.zone.cart.$lines.get()).to.deep.equal([]);
  });
});
