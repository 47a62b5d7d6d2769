import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createOrderFixture, type OrderFixture } from '../../testing/order-fixture.ts';
import { createTestBackend } from '../../testing/zone-fixture.ts';
import { defineElement } from '../define-element.ts';
import { QuickOrder } from './quick-order.ts';
import { quickOrderMessages } from './quick-order.messages.ts';

defineElement('quick-order', QuickOrder);

let zoneFixture: OrderFixture | undefined;
afterEach(() => zoneFixture?.zone.dispose());

const $ = (el: QuickOrder, selector: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(locale = 'en-US'): Promise<{ f: OrderFixture; el: QuickOrder }> {
  // The order fixture's adapter forwards every backend method, findSkus included. These tests still
  // type the demo catalog's SKUs (notebooks with a minimum order, keyboards, earbuds): the demo backend.
  const f = (zoneFixture = await createOrderFixture({ locale, backend: createTestBackend() }));
  const el = await fixture<QuickOrder>(html`<quick-order .zone=${f.zone}></quick-order>`);
  await el.updateComplete;
  return { f, el };
}

function type(el: QuickOrder, value: string): void {
  const box = $(el, '#quick-order-text') as HTMLTextAreaElement;
  box.value = value;
  box.dispatchEvent(new Event('input'));
}

describe('<quick-order>', () => {
  it('has Chinese text for every English message', () => {
    const plural = (key: string) => key.replace(/\.(one|other)$/, '');
    expect([...new Set(Object.keys(quickOrderMessages['zh-CN']!).map(plural))].sort()).to.deep.equal([...new Set(Object.keys(quickOrderMessages['en-US']!).map(plural))].sort());
  });

  it('adds the lines that can be ordered in one step, and keeps the others in the box, each with what is wrong', async () => {
    const { f, el } = await mount();
    type(el, 'OZ-NOTE-76-Y 20\nOZ-NOTE-76-Y 12\nNO-SUCH-SKU 1\nOZ-KB-BLU 1\noz-buds-blk, 2\nOZ-BUDS-WHT 3');
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => text($(el, '[data-status]')) !== '');
    expect(text($(el, '[data-status]'))).to.equal('2 lines were added to your cart.');
    expect(f.zone.cart.$lines.get().map((l) => [l.variantId, l.quantity])).to.deep.equal([
      ['notes-yellow', 20],
      ['buds-black', 2],
    ]);
    expect(($(el, '#quick-order-text') as HTMLTextAreaElement).value).to.equal('OZ-NOTE-76-Y 12\nNO-SUCH-SKU 1\nOZ-KB-BLU 1\nOZ-BUDS-WHT 3');
    expect([...el.shadowRoot!.querySelectorAll('[data-problem]')].map(text)).to.deep.equal([
      'Line 1: OZ-NOTE-76-Y 12 — Sold in packs of 5, from 5: order 10, for example.',
      'Line 2: NO-SUCH-SKU 1 — No product has this SKU. Please check it.',
      'Line 3: OZ-KB-BLU 1 — Sold out.',
      'Line 4: OZ-BUDS-WHT 3 — Only 2 more can be ordered (counting your cart).',
    ]);
    expect(text($(el, '[data-problems] p'))).to.equal('4 lines could not be added. They stay in the box for you to correct:');
    expect(el.shadowRoot!.activeElement?.id).to.equal('quick-order-text');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('speaks Chinese, and appends an uploaded CSV file to what is typed', async () => {
    const { f, el } = await mount('zh-CN');
    type(el, 'OZ-NOTE-76-Y 3');
    const input = $(el, '#quick-order-file') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['sku,quantity\nOZ-NB-A5,20\n'], 'order.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => ($(el, '#quick-order-text') as HTMLTextAreaElement).value.includes('OZ-NB-A5'));
    expect(($(el, '#quick-order-text') as HTMLTextAreaElement).value).to.equal('OZ-NOTE-76-Y 3\nsku,quantity\nOZ-NB-A5,20');
    ($(el, '[data-submit]') as HTMLButtonElement).click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[data-problem]').length > 0);
    // A header in the middle of the box is a line like any other: no product has the SKU "sku".
    expect([...el.shadowRoot!.querySelectorAll('[data-problem]')].map(text)).to.deep.equal(['第 1 行：OZ-NOTE-76-Y 3 — 起订量为 5。', '第 2 行：sku,quantity — 没有商品使用此 SKU，请核对。']);
    expect(text($(el, '[data-status]'))).to.equal('已将 1 行加入购物车。');
    expect(f.zone.cart.$lines.get().map((l) => [l.variantId, l.quantity])).to.deep.equal([['notebook-a5', 20]]);
  });
});
