// <add-to-cart-button> on a merchant's page: what goes in comes from its attributes or the
// merchant's form; the core fits it; the button says what happened, at the field when it is a choice.
import type { Product } from '@orderzone/core';
import { describeFieldError } from '@orderzone/core/messages';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeFindings } from '../../testing/axe-review.ts';
import { SHIRT_STOCK, shirtProduct, testShop } from '../../../../core/src/testing/test-shop.ts';
import { createZoneFixture, deferred, translator, type ZoneFixture } from '../../testing/zone-fixture.ts';
import { defineElement } from '../define-element.ts';
import { AddToCartButton } from './add-to-cart-button.ts';
import { addToCartButtonMessages } from './add-to-cart-button.messages.ts';

defineElement('add-to-cart-button', AddToCartButton);

const t = translator('en-US', addToCartButtonMessages);
let flow: ZoneFixture;
afterEach(() => flow?.zone.dispose());

const button = (el: AddToCartButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const said = (el: AddToCartButton) => [...el.shadowRoot!.querySelectorAll('[part="status"]')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
const lines = () => flow.zone.cart.$lines.get().map((l) => `${l.quantity} × ${l.variantId}${Object.keys(l.personalization).length ? ` ${JSON.stringify(l.personalization)}` : ''}`);
const title = (id: string) => {
  const product = testShop().products.find((p) => p.id === id)!;
  return typeof product.title === 'string' ? product.title : product.title['en-US']!;
};

/** Presses the button (or submits its form) and waits until the press is done. */
async function press(el: AddToCartButton, how: () => void = () => button(el).click()): Promise<void> {
  how();
  await el.updateComplete;
  await waitUntil(() => button(el).getAttribute('aria-busy') === 'false', 'the press finishes');
  await el.updateComplete;
}

async function ready(el: AddToCartButton): Promise<void> {
  await waitUntil(() => (el as unknown as { product?: Product }).product, 'the product never loaded');
  await el.updateComplete;
}

/** Presses the button in a merchant's form asking for 25 navy M shirts, more than the product's maximum. */
async function pressTooMany(): Promise<AddToCartButton> {
  const form = await fixture<HTMLFormElement>(html`<form>
    <input type="hidden" name="variant-id" value="shirt-navy-m" />
    <input name="quantity" value="25" aria-label="Quantity" />
    <add-to-cart-button .zone=${flow.zone} product-id="shirt"></add-to-cart-button>
  </form>`);
  const el = form.querySelector('add-to-cart-button')!;
  await ready(el);
  await press(el);
  return el;
}

describe('<add-to-cart-button>', () => {
  it('adds what its attributes name, says so with “View cart”, and tells the page', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const el = await fixture<AddToCartButton>(html`<add-to-cart-button .zone=${flow.zone} product-id="shirt" variant-id="shirt-navy-m" quantity="2"><a href="/cart?add=shirt">Buy</a></add-to-cart-button>`);
    expect(button(el).textContent!.trim()).to.equal('Add to cart');
    const added = oneEvent(el, 'oz-cart-add');
    const changed = oneEvent(el, 'oz-cart-change');
    button(el).click();
    expect((await added).detail.line.quantity).to.equal(2);
    expect((await changed).detail).to.include({ itemCount: 2, reason: 'add' });
    await el.updateComplete;
    expect(lines()).to.deep.equal(['2 × shirt-navy-m']);
    expect(said(el)).to.equal(`${t('addToCart.added', { quantity: 2, title: title('shirt') })} ${t('addToCart.view_cart')}`);
    expect(el.shadowRoot!.querySelector('[role="status"] [part="view-cart"]')).to.not.equal(null);
  });

  it('wide: the button fills the container, “View cart” stays a link after the sentence', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"><add-to-cart-button .zone=${flow.zone} product-id="shirt" variant-id="shirt-navy-m" wide></add-to-cart-button></div>`);
    const el = box.querySelector('add-to-cart-button')!;
    await ready(el);
    await press(el);
    const viewCart = el.shadowRoot!.querySelector<HTMLElement>('[part="view-cart"]')!;
    expect(button(el).getBoundingClientRect().width).to.equal(600);
    expect(viewCart.getBoundingClientRect().width, 'as wide as its words').to.be.below(200);
  });

  it('takes the variant, quantity and personalization from the merchant’s form, on its submit too', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const form = await fixture<HTMLFormElement>(html`<form>
      <label>Capacity <select name="option.capacity"><option value="350ml">350 ml</option><option value="500ml">500 ml</option></select></label>
      <label>Colour <select name="option.color"><option value="navy">Navy</option></select></label>
      <label>Engraving <input name="personalization.engraving" value="Happy birthday" /></label>
      <label>Quantity <input name="quantity" type="number" value="3" /></label>
      <add-to-cart-button .zone=${flow.zone} product-id="flask"></add-to-cart-button>
    </form>`);
    const el = form.querySelector('add-to-cart-button')!;
    await ready(el);
    const quantity = form.querySelector<HTMLInputElement>('[name="quantity"]')!;
    expect([quantity.min, quantity.max, quantity.step], 'the field takes the product’s rule').to.deep.equal(['1', '20', '1']);
    await press(el, () => form.requestSubmit());
    expect(lines()).to.deep.equal(['3 × flask-350ml-navy {"engraving":"Happy birthday"}']);
    expect(said(el)).to.contain(t('addToCart.added', { quantity: 3, title: title('flask') }));
  });

  it('says what the core did to the quantity: capped by the product’s maximum', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const el = await pressTooMany();
    const max = shirtProduct().quantity.max!;
    expect(lines()).to.deep.equal([`${max} × shirt-navy-m`]);
    const full = translator('en-US', addToCartButtonMessages);
    expect(said(el)).to.contain(full('cart.add_capped.max', { allowed: max }));
    await press(el);
    expect(lines(), 'nothing more fits').to.deep.equal([`${max} × shirt-navy-m`]);
    expect(said(el)).to.equal(`${full('cart.add_refused.max', { allowed: max })} ${t('addToCart.view_cart')}`);
  });

  it('says a quantity rule in the page’s language, Chinese, and in English after a switch (the core’s cart notices load with what a press does)', async () => {
    flow = await createZoneFixture({ locale: 'zh-CN', seed: testShop() });
    const el = await pressTooMany();
    const max = shirtProduct().quantity.max!;
    const zh = translator('zh-CN', addToCartButtonMessages);
    expect(said(el)).to.contain(zh('cart.add_capped.max', { allowed: max }));
    flow.zone.setLocale('en-US');
    await el.updateComplete;
    const en = translator('en-US', addToCartButtonMessages);
    await waitUntil(() => said(el).includes(en('cart.add_capped.max', { allowed: max })), `the notice in English, not: ${said(el)}`);
    expect(said(el)).to.not.contain('cart.');
  });

  it('asks for a missing choice at the form’s field, and for a personalization the core refuses', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const form = await fixture<HTMLFormElement>(html`<form>
      <select name="option.capacity" aria-label="Capacity"><option value="">Choose</option><option value="350ml">350 ml</option></select>
      <input type="hidden" name="option.color" value="red" />
      <input name="personalization.engraving" aria-label="Engraving" value="" />
      <add-to-cart-button .zone=${flow.zone} product-id="flask"></add-to-cart-button>
    </form>`);
    const el = form.querySelector('add-to-cart-button')!;
    await ready(el);
    await press(el);
    const capacity = form.querySelector<HTMLSelectElement>('select')!;
    const choose = t('addToCart.choose', { options: 'Capacity' });
    expect(said(el)).to.equal(choose);
    expect(capacity.validationMessage).to.equal(choose);
    expect(capacity.getAttribute('aria-invalid')).to.equal('true');
    expect(lines()).to.deep.equal([]);

    capacity.value = '350ml';
    capacity.dispatchEvent(new Event('change', { bubbles: true }));
    expect(capacity.validationMessage, 'cleared once changed').to.equal('');
    await press(el);
    const engraving = form.querySelector<HTMLInputElement>('[name="personalization.engraving"]')!;
    const required = describeFieldError({ field: 'personalization.engraving', code: 'required' }, t);
    expect(engraving.validationMessage).to.equal(required);
    expect(said(el)).to.equal(required);
    expect(lines()).to.deep.equal([]);

    engraving.value = 'x'.repeat(21);
    engraving.dispatchEvent(new Event('input', { bubbles: true }));
    await press(el);
    expect(engraving.validationMessage).to.equal(describeFieldError({ field: 'personalization.engraving', code: 'too_long', params: { max: 20 } }, t));
    expect(lines()).to.deep.equal([]);
  });

  it('reads “Sold out” and is disabled for a sold-out variant', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const el = await fixture<AddToCartButton>(html`<add-to-cart-button .zone=${flow.zone} product-id="shirt" variant-id=${SHIRT_STOCK.soldOut}></add-to-cart-button>`);
    await ready(el);
    expect(button(el).textContent!.trim()).to.equal(t('addToCart.sold_out'));
    expect(button(el).disabled).to.equal(true);
  });

  it('shows progress when pressed before the product has loaded, then adds it', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const answer = deferred<Product>();
    flow.override({ getProduct: () => answer.promise });
    const el = await fixture<AddToCartButton>(html`<add-to-cart-button .zone=${flow.zone} product-id="mug" label="Buy the mug"></add-to-cart-button>`);
    expect(button(el).textContent!.trim()).to.equal('Buy the mug');
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    expect(button(el).textContent!.trim()).to.equal(t('addToCart.adding'));
    answer.resolve(await flow.backend.getProduct('mug'));
    await waitUntil(() => lines().length === 1, 'added once loaded');
    await el.updateComplete;
    expect(button(el).getAttribute('aria-busy')).to.equal('false');
    expect(lines()).to.deep.equal(['1 × mug']);
  });

  it('takes personalization from its attribute, and refuses a bookable product with a typed error', async () => {
    flow = await createZoneFixture({ seed: testShop() });
    const box = await fixture<AddToCartButton>(html`<add-to-cart-button .zone=${flow.zone} product-id="printed-mug" personalization="print-text=Thanks"></add-to-cart-button>`);
    await ready(box);
    await press(box);
    expect(lines()).to.deep.equal(['1 × printed-mug {"print-text":"Thanks"}']);

    const hotel = await fixture<AddToCartButton>(html`<add-to-cart-button .zone=${flow.zone} product-id="hotel"></add-to-cart-button>`);
    await ready(hotel);
    const failed = oneEvent(hotel, 'oz-error');
    await press(hotel);
    expect((await failed).detail.error.code).to.equal('config');
    expect(said(hotel)).to.equal(t('addToCart.bookable'));
    expect(lines()).to.have.length(1);
  });

  it('is used with the keyboard, speaks Chinese and passes axe', async () => {
    flow = await createZoneFixture({ locale: 'zh-CN', seed: testShop() });
    const el = await fixture<AddToCartButton>(html`<add-to-cart-button .zone=${flow.zone} product-id="shirt" variant-id="shirt-navy-m"></add-to-cart-button>`);
    await ready(el);
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => lines().length === 1, 'Enter adds');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => flow.zone.cart.$itemCount.get() === 2, 'Space adds');
    await el.updateComplete;
    const zh = translator('zh-CN', addToCartButtonMessages);
    expect(button(el).textContent!.trim()).to.equal(zh('addToCart.add'));
    expect(said(el)).to.contain(zh('addToCart.view_cart'));
    await expect(el).shadowDom.to.be.accessible();
    expect(await axeFindings(el, ['color-contrast', 'label-content-name-mismatch'])).to.deep.equal([]);
  });
});
