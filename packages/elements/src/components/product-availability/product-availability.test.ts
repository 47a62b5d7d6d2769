// <product-availability>: the stock line the core judges, for the variant chosen by attribute or by
// the merchant's form; it follows an order placed on the page.
import type { Product } from '@orderzone/core';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SHIRT_STOCK, paperProduct, testShop } from '../../../../core/src/testing/test-shop.ts';
import { axeFindings } from '../../testing/axe-review.ts';
import { createZoneFixture, translator, withVariant, type ZoneFixture } from '../../testing/zone-fixture.ts';
import { defineElement } from '../define-element.ts';
import { ProductAvailability } from './product-availability.ts';
import { productAvailabilityMessages } from './product-availability.messages.ts';

defineElement('product-availability', ProductAvailability);

const t = translator('en-US', productAvailabilityMessages);
let flow: ZoneFixture;
afterEach(() => flow?.zone.dispose());

const line = (el: ProductAvailability) => el.shadowRoot!.querySelector('[part="availability"]')?.textContent?.trim();

async function shown(el: ProductAvailability): Promise<void> {
  await waitUntil(() => line(el), 'the stock line never showed');
}

describe('<product-availability>', () => {
  it('says the variant’s stock, as the core judges it, and reflects the level for the page’s styles', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const el = await fixture<ProductAvailability>(html`<product-availability .zone=${flow.zone} product-id="shirt" variant-id=${SHIRT_STOCK.low}>In stock</product-availability>`);
    await shown(el);
    expect(line(el)).to.equal(t('stock.low_stock_count', { count: SHIRT_STOCK.lowCount }));
    expect(el.getAttribute('level')).to.equal('low_stock');
    el.variantId = SHIRT_STOCK.soldOut;
    await el.updateComplete;
    expect(line(el)).to.equal(t('stock.out_of_stock'));
    expect(el.getAttribute('level')).to.equal('out_of_stock');
    el.variantId = 'shirt-navy-m';
    await el.updateComplete;
    expect(line(el)).to.equal(t('stock.in_stock'));
  });

  it('follows the merchant’s form, and the product as a whole before every option is chosen', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    // White S is in stock, white XL sold out (SHIRT_STOCK).
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset>
        <legend>Size</legend>
        <label><input type="radio" name="option.size" value="s" />S</label>
        <label><input type="radio" name="option.size" value="xl" />XL</label>
      </fieldset>
      <input type="hidden" name="option.color" value="white" />
      <product-availability .zone=${flow.zone} product-id="shirt"></product-availability>
    </form>`);
    const el = form.querySelector('product-availability')!;
    await shown(el);
    expect(line(el)).to.equal(t('stock.in_stock'), 'some variant is in stock');
    const xl = form.querySelector<HTMLInputElement>('[value="xl"]')!;
    xl.click();
    await el.updateComplete;
    expect(line(el)).to.equal(t('stock.out_of_stock'));
  });

  it('says a product nothing is left of, before a variant is chosen, and a bookable product’s state', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const soldOut = (product: Product): Product => product.variants.reduce((p, v) => withVariant(v.id, { stock: 0 })(p), product);
    flow.override({ getProduct: async (id) => (id === 'paper' ? soldOut(paperProduct()) : flow.backend.getProduct(id)) });
    const paper = await fixture<ProductAvailability>(html`<product-availability .zone=${flow.zone} product-id="paper"></product-availability>`);
    await shown(paper);
    expect(line(paper)).to.equal(t('stock.out_of_stock'));
    const hotel = await fixture<ProductAvailability>(html`<product-availability .zone=${flow.zone} product-id="hotel"></product-availability>`);
    await shown(hotel);
    expect(line(hotel)).to.equal(t('availability.bookable'));
  });

  it('counts down when the page’s own cart places an order', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const el = await fixture<ProductAvailability>(html`<product-availability .zone=${flow.zone} product-id="shirt" variant-id=${SHIRT_STOCK.low}></product-availability>`);
    await shown(el);
    expect(line(el)).to.equal(t('stock.low_stock_count', { count: SHIRT_STOCK.lowCount }));
    const shirt = await flow.zone.catalog.getProduct('shirt');
    flow.zone.cart.add({ product: shirt, variantId: SHIRT_STOCK.low, quantity: 1 });
    flow.zone.checkout.update({
      contact: { name: 'Li Lei', phone: '13800138000', email: 'li@example.com' },
      shippingAddress: { country: 'CN', region: 'Zhejiang', city: 'Hangzhou', district: 'Xihu', line1: '18 Wensan Road', postalCode: '310012' },
      paymentMethodId: 'alipay',
    });
    expect(await flow.zone.checkout.submit(), 'the order is placed').to.not.equal(undefined);
    await waitUntil(() => line(el) === t('stock.low_stock_count', { count: SHIRT_STOCK.lowCount - 1 }), 'one fewer left now');
  });

  it('speaks Chinese and passes axe', async () => {
    flow = await createZoneFixture({ locale: 'zh-CN', seed: testShop() });
    const el = await fixture<ProductAvailability>(html`<product-availability .zone=${flow.zone} product-id="shirt" variant-id=${SHIRT_STOCK.low}></product-availability>`);
    await shown(el);
    expect(line(el)).to.equal(translator('zh-CN', productAvailabilityMessages)('stock.low_stock_count', { count: SHIRT_STOCK.lowCount }));
    await expect(el).shadowDom.to.be.accessible();
    expect(await axeFindings(el, ['color-contrast'])).to.deep.equal([]);
  });
});
