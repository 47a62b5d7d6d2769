// <product-picker> with the merchant's own card markup: a <template data-oz-card> cloned per product
// into the light DOM (the page's styles apply), text set as text, URLs through the core's rules,
// the building blocks inside given the product's id, and the same list semantics as built-in cards.
import type { ProductPage, ProductSummary } from '@orderzone/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createZoneFixture, translator, type ZoneFixture } from '../../testing/zone-fixture.ts';
import '../../testing/define-all.ts';
import type { ProductPicker } from './product-picker.ts';
import { productPickerMessages } from './product-picker.messages.ts';

const t = translator('en-US', productPickerMessages);
let flow: ZoneFixture;
afterEach(() => flow?.zone.dispose());

const cardTemplate = html`<template data-oz-card>
  <article class="merchant-card">
    <img data-oz-image />
    <h3><a class="title-link" data-oz-text="title" data-oz-href="/shop/{id}.html"></a></h3>
    <p class="subtitle" data-oz-text="subtitle"></p>
    <p><span class="price" data-oz-text="price"></span> <s data-oz-text="compare-at-price" data-oz-show="sale"></s></p>
    <p class="stock" data-oz-text="stock"></p>
    <span class="sale-flag" data-oz-show="sale">Sale</span>
    <button type="button" class="details" data-oz-open>Details</button>
    <add-to-cart-button product-id variant-id=""></add-to-cart-button>
  </article>
</template>`;

const cards = (el: ProductPicker) => [...el.querySelectorAll<HTMLLIElement>(':scope > ul[slot="cards"] > li')];

async function shown(el: ProductPicker, count?: number): Promise<void> {
  await waitUntil(() => (count === undefined ? cards(el).length > 0 : cards(el).length === count), 'the cards never showed');
}

function summary(id: string, patch: Partial<ProductSummary> = {}): ProductSummary {
  return {
    id,
    title: `Product ${id}`,
    categoryIds: [],
    price: { amount: 7900, currency: 'CNY' },
    priceVaries: false,
    stockLevel: 'in_stock',
    hasBulkPricing: false,
    ...patch,
  };
}

function page(items: ProductSummary[]): ProductPage {
  return { items, total: items.length, page: 1, pageSize: 12, facets: { options: [] } };
}

describe('<product-picker> with the merchant’s card template', () => {
  it('fills one card per product in the light DOM, where the page’s styles apply', async () => {
    flow = await createZoneFixture();
    const style = document.createElement('style');
    style.textContent = '.merchant-card .price { color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const el = await fixture<ProductPicker>(html`<product-picker .zone=${flow.zone} page-size="4">${cardTemplate}</product-picker>`);
      await shown(el, 4);
      const results = (await flow.backend.searchProducts({ pageSize: 4 })).items;
      expect(cards(el).map((card) => card.dataset.productId)).to.deep.equal(results.map((p) => p.id));
      const [first] = cards(el) as [HTMLLIElement];
      const product = results[0]!;
      expect(first.querySelector('.title-link')!.textContent).to.equal(typeof product.title === 'string' ? product.title : product.title['en-US']);
      expect(first.querySelector('.title-link')!.getAttribute('href')).to.equal(`/shop/${product.id}.html`);
      expect(first.querySelector('img')!.getAttribute('src')).to.equal(product.image!.url);
      expect(first.querySelector('.price')!.textContent).to.not.equal('');
      expect(getComputedStyle(first.querySelector('.price')!).color, 'the page’s own rule').to.equal('rgb(1, 2, 3)');
      expect(first.querySelector('add-to-cart-button')!.getAttribute('product-id')).to.equal(product.id);
      // The same list semantics as the built-in cards.
      expect(el.querySelector('ul[slot="cards"]')!.getAttribute('role')).to.equal('list');
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });

  it('lays the cards out as the picker’s grid, in columns, and one a row in list view', async () => {
    flow = await createZoneFixture();
    const el = await fixture<ProductPicker>(html`<product-picker .zone=${flow.zone} page-size="4" style="display: block; width: 900px">${cardTemplate}</product-picker>`);
    await shown(el, 4);
    const list = el.querySelector<HTMLUListElement>(':scope > ul[slot="cards"]')!;
    const columns = (): number => getComputedStyle(list).gridTemplateColumns.split(' ').length;
    expect(getComputedStyle(list).display).to.equal('grid');
    expect(getComputedStyle(list).listStyleType).to.equal('none');
    expect(columns(), 'columns of at least 220px in 900px').to.be.greaterThan(1);
    el.view = 'list';
    await waitUntil(() => columns() === 1, 'the list view kept its columns');
  });

  it('sets catalog text as text and lets only safe URLs through', async () => {
    flow = await createZoneFixture();
    flow.override({
      searchProducts: async () =>
        page([
          summary('a/b?c#d', {
            title: '<img src=x onerror="window.hacked=1">',
            image: { url: 'javascript:alert(1)', alt: 'x' },
            compareAtPrice: { amount: 9900, currency: 'CNY' },
          }),
          summary('plain'),
        ]),
    });
    const el = await fixture<ProductPicker>(html`<product-picker .zone=${flow.zone}>
      <template data-oz-card>
        <div><img data-oz-image /><h3 data-oz-text="title"></h3><a class="ok" data-oz-href="/shop/{id}">More</a><a class="evil" data-oz-href="javascript:go('{id}')">Go</a><span class="sale" data-oz-show="sale">Sale</span></div>
      </template>
    </product-picker>`);
    await shown(el, 2);
    const [hostile, plain] = cards(el) as [HTMLLIElement, HTMLLIElement];
    expect(hostile.querySelector('h3')!.textContent).to.equal('<img src=x onerror="window.hacked=1">');
    expect(hostile.querySelector('h3')!.children.length, 'no element made from the text').to.equal(0);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    expect(hostile.querySelector('img')!.hasAttribute('src'), 'no unsafe image').to.equal(false);
    expect(hostile.querySelector('img')!.hidden).to.equal(true);
    expect(hostile.querySelector('.ok')!.getAttribute('href')).to.equal('/shop/a%2Fb%3Fc%23d');
    expect(hostile.querySelector('.evil')!.hasAttribute('href'), 'a script URL is never a link').to.equal(false);
    expect(hostile.querySelector<HTMLElement>('.sale')!.hidden).to.equal(false);
    expect(plain.querySelector<HTMLElement>('.sale')!.hidden).to.equal(true);
  });

  it('opens a product from a data-oz-open button, by keyboard too', async () => {
    flow = await createZoneFixture();
    const el = await fixture<ProductPicker>(html`<product-picker .zone=${flow.zone} page-size="2">${cardTemplate}</product-picker>`);
    await shown(el, 2);
    const card = cards(el)[1]!;
    const selected = oneEvent(el, 'oz-product-select');
    card.querySelector<HTMLButtonElement>('.details')!.click();
    expect((await selected).detail.productId).to.equal(card.dataset.productId);
  });

  it('keeps each card, and the elements in it, across a new language; the text follows it', async () => {
    flow = await createZoneFixture();
    const el = await fixture<ProductPicker>(html`<product-picker .zone=${flow.zone} page-size="2">${cardTemplate}</product-picker>`);
    await shown(el, 2);
    const before = cards(el);
    const button = before[0]!.querySelector('add-to-cart-button');
    flow.zone.setLocale('zh-CN');
    expect(before[0]!.querySelector('.stock')!.textContent).to.equal(t('stock.in_stock'));
    await waitUntil(() => cards(el)[0]!.querySelector('.stock')!.textContent === translator('zh-CN', productPickerMessages)('stock.in_stock'), 'the text follows the language');
    expect(cards(el)).to.deep.equal(before);
    expect(cards(el)[0]!.querySelector('add-to-cart-button')).to.equal(button);
    expect(button!.zone, 'the blocks in a card use the picker’s zone').to.equal(flow.zone);
  });
});
