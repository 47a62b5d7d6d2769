import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OrderZoneError } from '@orderzone/core';
import { placeOrder } from '../../testing/order-fixture.ts';
import { createCodeFixture, type CodeFixture } from '../../testing/code-fixture.ts';
import { defineElement } from '../define-element.ts';
import { OrderDetail } from '../order-detail/order-detail.ts';
import { OrderList } from './order-list.ts';
import { orderListMessages } from './order-list.messages.ts';
import { forgetZoneRoute } from '../../testing/zone-fixture.ts';

afterEach(forgetZoneRoute);

defineElement('order-list', OrderList);
defineElement('order-detail', OrderDetail);

let flow: CodeFixture | undefined;
afterEach(() => flow?.zone.dispose());

function $(el: OrderList, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function signIn(f: CodeFixture): Promise<void> {
  await f.zone.account.requestCode({ channel: 'sms', destination: '13900139000' });
  await f.zone.account.verifyCode(f.state.code);
}

describe('<order-list>', () => {
  it('has Chinese text for every English message', () => {
    const zh = orderListMessages['zh-CN']!;
    // Its own keys (the shared order-status text is checked with <order-confirmation>).
    expect(Object.keys(orderListMessages['en-US']!).filter((key) => key.startsWith('orders.') && !(key in zh))).to.deep.equal([]);
  });

  it('offers sign-in to a guest', async () => {
    const f = (flow = await createCodeFixture());
    const el = await fixture<OrderList>(html`<order-list .zone=${f.zone}></order-list>`);
    expect(text($(el, '[part="empty"] p'))).to.equal('Sign in to see your orders.');
    const navigate = oneEvent(el, 'oz-navigate');
    ($(el, '[data-sign-in]') as HTMLButtonElement).click();
    expect((await navigate).detail.view).to.equal('sign-in');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says so when the signed-in shopper has no orders yet', async () => {
    const f = (flow = await createCodeFixture());
    await signIn(f);
    const el = await fixture<OrderList>(html`<order-list .zone=${f.zone}></order-list>`);
    await waitUntil(() => $(el, '[data-empty]'));
    expect(text($(el, '[data-empty] p'))).to.equal('You have no orders yet.');
    expect(text($(el, '[data-who]'))).to.equal('Signed in as 13900139000');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('lists the orders with number, status and total, and opens one by keyboard', async () => {
    const f = (flow = await createCodeFixture());
    const order = await placeOrder(f.zone);
    await signIn(f);
    const el = await fixture<OrderList>(html`<order-list .zone=${f.zone}></order-list>`);
    await waitUntil(() => $(el, `[data-order="${order.orderNumber}"]`));
    const row = $(el, 'tbody tr')!;
    expect(text(row.querySelector('th'))).to.equal(order.orderNumber);
    expect(text(row.querySelector('[data-status]'))).to.equal('Awaiting payment');
    // In the core's tone for the status (orderStatusTone): amber, the warning colour, while it waits.
    const badge = row.querySelector<HTMLElement>('[data-status]')!;
    expect(badge.dataset.tone).to.equal('waiting');
    expect(getComputedStyle(badge).color).to.not.equal(getComputedStyle(row).color);
    expect(text(row.querySelector('td.total'))).to.equal(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CNY' }).format(order.total.amount / 100));
    await expect(el).shadowDom.to.be.accessible();

    const button = $(el, `[data-order="${order.orderNumber}"]`) as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).to.equal(`View order ${order.orderNumber}`);
    button.focus();
    const selected = oneEvent(el, 'oz-order-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.order.orderNumber).to.equal(order.orderNumber);
    await el.updateComplete;
    const detail = $(el, 'order-detail') as OrderDetail;
    await detail.updateComplete;
    expect(text(detail.shadowRoot!.querySelector('h2'))).to.equal(`Order ${order.orderNumber}`);

    ($(el, '[data-back]') as HTMLButtonElement).click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-order') === order.orderNumber);
  });

  it('asks for the orders once: signing in loads them, showing the list, again or after an opened order, does not', async () => {
    const f = (flow = await createCodeFixture());
    const order = await placeOrder(f.zone);
    await signIn(f);
    expect(f.state.listOrders).to.equal(1);
    const el = await fixture<OrderList>(html`<order-list .zone=${f.zone}></order-list>`);
    await waitUntil(() => $(el, `[data-order="${order.orderNumber}"]`));
    expect(f.state.listOrders).to.equal(1);

    // Shown anew (as when <order-zone> comes back to "My orders"): the list loaded is shown at once.
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect($(el, `[data-order="${order.orderNumber}"]`)).to.not.equal(null);
    expect(f.state.listOrders).to.equal(1);

    ($(el, `[data-order="${order.orderNumber}"]`) as HTMLButtonElement).click();
    await waitUntil(() => $(el, 'order-detail'));
    ($(el, '[data-back]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, 'tbody tr th'))).to.equal(order.orderNumber);
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-order') === order.orderNumber);
    expect(f.state.listOrders).to.equal(1);
  });

  it('loads the orders once when shown with a stored session, as after reloading the page', async () => {
    const before = await createCodeFixture();
    await signIn(before);
    before.zone.dispose();
    const f = (flow = await createCodeFixture({ storage: before.storage }));
    f.state.sessions.set('token-1', '13900139000');
    expect(f.zone.account.$orders.get().status).to.equal('idle');
    const el = await fixture<OrderList>(html`<order-list .zone=${f.zone}></order-list>`);
    await waitUntil(() => $(el, '[data-empty]'));
    expect(text($(el, '[data-empty] p'))).to.equal('You have no orders yet.');
    expect(f.state.listOrders).to.equal(1);
  });

  it('says when loading failed and loads again only when asked to', async () => {
    const f = (flow = await createCodeFixture({ locale: 'zh-CN' }));
    f.state.failNextListOrders = new OrderZoneError('network', 'Offline.');
    await signIn(f);
    const el = await fixture<OrderList>(html`<order-list .zone=${f.zone}></order-list>`);
    await waitUntil(() => $(el, '[data-orders-error]'));
    const retry = $(el, '[data-orders-error] button') as HTMLButtonElement;
    expect(text(retry)).to.equal('重试');
    expect(f.state.listOrders).to.equal(1);
    retry.click();
    await waitUntil(() => $(el, '[data-empty]'));
    expect(f.state.listOrders).to.equal(2);
  });

  it('signs out with a message when the session is no longer accepted', async () => {
    // A stored session the backend has forgotten, as after reloading the page.
    const before = await createCodeFixture();
    await signIn(before);
    before.zone.dispose();
    const f = (flow = await createCodeFixture({ storage: before.storage }));
    const el = await fixture<OrderList>(html`<order-list .zone=${f.zone}></order-list>`);
    await waitUntil(() => $(el, '[data-sign-in]'));
    expect(f.zone.account.$notice.get()).to.equal('session_expired');
    expect(f.zone.account.$session.get()).to.equal(undefined);
  });
});
