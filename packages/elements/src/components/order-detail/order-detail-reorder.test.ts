import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Product } from '@orderzone/core';
import { createOrderFixture, placeOrder } from '../../testing/order-fixture.ts';
import { $, mountOrderDetail, text } from '../../testing/order-detail-fixture.ts';
import { reorderPanelMessages } from '../../parts/reorder-panel/reorder-panel.messages.ts';

describe('"Order again" in <order-detail>', () => {
  it('has Chinese text for every English message', () => {
    const plain = (key: string) => key.replace(/\.(one|other)$/, '');
    expect([...new Set(Object.keys(reorderPanelMessages['zh-CN']!).map(plain))].sort()).to.deep.equal([...new Set(Object.keys(reorderPanelMessages['en-US']!).map(plain))].sort());
  });

  it('explains a changed price and missing stock before the lines go to the cart in one step', async () => {
    const f = await createOrderFixture();
    const order = await placeOrder(f.zone); // a navy shirt (M) and a mug
    expect(f.zone.cart.$lines.get()).to.deep.equal([]);
    // The catalog now: the shirt costs more and is sold out; the mug is unchanged.
    const findSkus = f.backend.findSkus!.bind(f.backend);
    f.override({
      findSkus: async (skus) =>
        (await findSkus(skus)).map((product: Product) =>
          product.id === 'shirt' ? { ...product, variants: product.variants.map((v) => (v.id === 'shirt-navy-m' ? { ...v, price: { ...v.price, amount: v.price.amount + 1000 }, stock: 0 } : v)) } : product,
        ),
    });
    const el = await mountOrderDetail(f, order);
    ($(el, '[data-reorder]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[data-reorder-panel]'), 'the changes are shown');
    const changes = [...el.shadowRoot!.querySelectorAll('[data-change]')].map(text);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.match(/^Test shirt: sold out\. now CN¥89\.00 each \(was CN¥79\.00\)\.$/);
    expect(f.zone.cart.$lines.get()).to.deep.equal([], 'nothing goes to the cart before the buyer agrees');
    expect(text($(el, '[data-reorder-add]'))).to.equal('Add 1 item to cart');
    await expect(el).shadowDom.to.be.accessible();
    const navigated = oneEvent(el, 'oz-navigate');
    ($(el, '[data-reorder-add]') as HTMLButtonElement).click();
    expect((await navigated).detail).to.deep.equal({ view: 'cart' });
    expect(f.zone.cart.$lines.get().map((l) => [l.variantId, l.quantity])).to.deep.equal([['mug', 1]]);
  });
});
