// <product-price> on a merchant's own page: the merchant's text until the price is known, then the
// core's price for what the attributes or the merchant's form choose, following the backend.
import { formatMoney, fromPrice, previewUnitPrice, type Product } from '@orderzone/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createZoneFixture, deferred, translator, type ZoneFixture } from '../../testing/zone-fixture.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import { axeFindings } from '../../testing/axe-review.ts';
import { defineElement } from '../define-element.ts';
import { productPickerMessages } from '../product-picker/product-picker.messages.ts';
import { unitPriceMessages } from '../../parts/unit-price/unit-price.messages.ts';
import { ProductPrice } from './product-price.ts';

defineElement('product-price', ProductPrice);

const t = translator('en-US', productPickerMessages, unitPriceMessages);
const money = (value: Parameters<typeof formatMoney>[0]) => formatMoney(value, 'en-US');
let flow: ZoneFixture;
afterEach(() => flow?.zone.dispose());

/** A product of the tests' shop (`test-shop.ts`), which the fixtures' backend serves. */
function product(id: string): Product {
  return testShop().products.find((p) => p.id === id)!;
}

/** What a person sees in the element: its own rendering, or the merchant's content while that shows. */
function seen(el: ProductPrice): string {
  const slot = el.shadowRoot!.querySelector('slot');
  const own = el.shadowRoot!.querySelector('.price');
  if (own) return (own as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
  return slot ? el.textContent!.replace(/\s+/g, ' ').trim() : '';
}

async function priced(el: ProductPrice): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.price'), 'the price never showed');
}

describe('<product-price>', () => {
  it('shows the merchant’s price until the live one is known, then the core’s', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const answer = deferred<Product>();
    flow.override({ getProduct: () => answer.promise });
    const el = await fixture<ProductPrice>(html`<product-price .zone=${flow.zone} product-id="mug">¥49.00 (our price)</product-price>`);
    expect(seen(el)).to.equal('¥49.00 (our price)');
    answer.resolve(product('mug'));
    await priced(el);
    // One variant: its price, labelled for screen readers.
    expect(seen(el)).to.equal(`${t('unitPrice.label')} ${money(product('mug').variants[0]!.price)}`);
  });

  it('reads “From” before a variant is chosen when prices vary, and the sale price of the variant chosen', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const shirt = product('shirt');
    const from = fromPrice(shirt);
    expect(from.varies).to.equal(true);
    const el = await fixture<ProductPrice>(html`<product-price .zone=${flow.zone} product-id="shirt"></product-price>`);
    await priced(el);
    expect(seen(el)).to.equal(t('price.from', { price: money(from.price) }));

    const variant = shirt.variants.find((v) => v.compareAtPrice)!;
    el.variantId = variant.id;
    await el.updateComplete;
    const preview = previewUnitPrice(shirt, variant.id, 1, {});
    expect(el.shadowRoot!.querySelector('.price-now')!.textContent!.trim()).to.equal(money(preview.unitPrice));
    expect(el.shadowRoot!.querySelector('.price-now')!.classList.contains('reduced')).to.equal(true);
    expect(el.shadowRoot!.querySelector('s.price-was')!.textContent!.trim()).to.equal(money(preview.compareAtPrice!));
    expect(seen(el)).to.contain(t('price.was', { price: money(preview.compareAtPrice!) }));
  });

  it('follows the merchant’s form: options, quantity (bulk tiers) and personalization', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const form = await fixture<HTMLFormElement>(html`<form>
      <select name="option.size"><option value="">Size</option><option value="m">M</option></select>
      <select name="option.color"><option value="navy">Navy</option><option value="white">White</option></select>
      <product-price .zone=${flow.zone} product-id="shirt"></product-price>
    </form>`);
    const el = form.querySelector('product-price')!;
    await priced(el);
    const shirt = product('shirt');
    expect(seen(el)).to.equal(t('price.from', { price: money(fromPrice(shirt).price) }), 'no size chosen yet: from the lowest price (XL costs more)');
    const size = form.querySelector<HTMLSelectElement>('[name="option.size"]')!;
    size.value = 'm';
    size.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const navy = previewUnitPrice(shirt, 'shirt-navy-m', 1, {});
    expect(seen(el)).to.contain(t('price.was', { price: money(navy.compareAtPrice!) }), 'navy M is on sale');

    const paperForm = await fixture<HTMLFormElement>(html`<form>
      <input name="quantity" type="number" value="1" />
      <product-price .zone=${flow.zone} product-id="paper"></product-price>
    </form>`);
    const paperPrice = paperForm.querySelector('product-price')!;
    await priced(paperPrice);
    const paper = product('paper');
    const one = previewUnitPrice(paper, 'paper-a4', 1, {});
    expect(seen(paperPrice)).to.contain(t('unitPrice.tier_next', { quantity: one.nextTier!.minQuantity, price: money(one.nextTier!.unitPrice) }));
    const quantity = paperForm.querySelector<HTMLInputElement>('[name="quantity"]')!;
    quantity.value = String(one.nextTier!.minQuantity);
    quantity.dispatchEvent(new Event('input', { bubbles: true }));
    await paperPrice.updateComplete;
    const ten = previewUnitPrice(paper, 'paper-a4', one.nextTier!.minQuantity, {});
    expect(paperPrice.shadowRoot!.querySelector('.price-now')!.textContent!.trim()).to.equal(money(ten.unitPrice));
    expect(seen(paperPrice)).to.contain(t('unitPrice.tier_applied', { quantity: one.nextTier!.minQuantity }));
    quantity.value = '';
    quantity.dispatchEvent(new Event('input', { bubbles: true }));
    await paperPrice.updateComplete;
    expect(paperPrice.shadowRoot!.querySelector('.price-now')!.textContent!.trim()).to.equal(money(one.unitPrice), 'an empty field: the price of one');

    const mugForm = await fixture<HTMLFormElement>(html`<form>
      <input name="personalization.print-text" value="" />
      <product-price .zone=${flow.zone} product-id="printed-mug"></product-price>
    </form>`);
    const mugPrice = mugForm.querySelector('product-price')!;
    await priced(mugPrice);
    const mug = product('printed-mug');
    const plain = previewUnitPrice(mug, 'printed-mug', 1, {});
    expect(mugPrice.shadowRoot!.querySelector('.price-now')!.textContent!.trim()).to.equal(money(plain.unitPrice));
    const printed = mugForm.querySelector<HTMLInputElement>('input')!;
    printed.value = 'Morning';
    printed.dispatchEvent(new Event('input', { bubbles: true }));
    await mugPrice.updateComplete;
    const withText = previewUnitPrice(mug, 'printed-mug', 1, { 'print-text': 'Morning' });
    expect(withText.unitPrice.amount).to.be.greaterThan(plain.unitPrice.amount);
    expect(mugPrice.shadowRoot!.querySelector('.price-now')!.textContent!.trim()).to.equal(money(withText.unitPrice));
  });

  it('changes when the backend’s price changes, without a reload', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const el = await fixture<ProductPrice>(html`<product-price .zone=${flow.zone} product-id="mug"></product-price>`);
    await priced(el);
    const mug = product('mug');
    const now = () => el.shadowRoot!.querySelector('.price-now')!.textContent!.trim();
    expect(now()).to.equal(money(mug.variants[0]!.price));
    const cheaper: Product = { ...mug, variants: mug.variants.map((v) => ({ ...v, price: { ...v.price, amount: 1990 } })) };
    flow.override({ getProduct: async () => cheaper });
    // What the core does when it learns of a change (an order placed, the cache's time up).
    flow.zone.catalog.invalidate();
    await waitUntil(() => now() === money({ amount: 1990, currency: 'CNY' }), 'the new price shows');
  });

  it('reads per night for a stay and per seat for seats', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const stay = await fixture<ProductPrice>(html`<product-price .zone=${flow.zone} product-id="hotel"></product-price>`);
    await priced(stay);
    expect(seen(stay)).to.equal(t('picker.price_per_night', { price: money(fromPrice(product('hotel')).price) }));
  });

  it('keeps the merchant’s content and says why when the product cannot be found', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const el = document.createElement('product-price');
    el.zone = flow.zone;
    el.productId = 'no-such-product';
    el.textContent = '¥10.00';
    const failed = oneEvent(el, 'oz-error');
    document.body.append(el);
    try {
      const event = await failed;
      expect(event.detail.error.code).to.equal('not_found');
      expect(seen(el)).to.equal('¥10.00');
    } finally {
      el.remove();
    }
  });

  it('speaks Chinese in a zh-CN zone and passes axe', async () => {
    flow = await createZoneFixture({ locale: 'zh-CN', seed: testShop() });
    const el = await fixture<ProductPrice>(html`<product-price .zone=${flow.zone} product-id="shirt"></product-price>`);
    await priced(el);
    const zh = translator('zh-CN', productPickerMessages, unitPriceMessages);
    expect(seen(el)).to.equal(zh('price.from', { price: formatMoney(fromPrice(product('shirt')).price, 'zh-CN') }));
    await expect(el).shadowDom.to.be.accessible();
    expect(await axeFindings(el, ['color-contrast'])).to.deep.equal([]);
  });
});
