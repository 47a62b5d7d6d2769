import {
  findVariant,
  fitQuantity,
  formatMoney,
  localize,
  OrderZoneError,
  previewUnitPrice,
  unavailableOptionValues,
  type Product,
  type ReviewRecord,
} from '@orderzone/core';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { publishedReviews } from '@orderzone/core/orders';
import type { ShopSeed } from '@orderzone/embedded-backend';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createZoneFixture, translator, type ZoneFixture } from '../../testing/zone-fixture.ts';
import { cny } from '../../../../core/src/testing/booking-products.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import { ProductDetail } from './product-detail.ts';
import { productDetailMessages } from './product-detail.messages.ts';
import { unitPriceMessages } from '../../parts/unit-price/unit-price.messages.ts';
import { defineElement } from '../define-element.ts';

defineElement('product-detail', ProductDetail);

const t = translator('en-US', unitPriceMessages, productDetailMessages);
let flow: ZoneFixture;

afterEach(() => flow?.zone.dispose());

/** A product sold as goods (no booking). */
type GoodsProduct = Extract<Product, { kind: 'goods' }>;

/** An inline one-colour square: test pages load no image from anywhere. */
const square = (colour: string, alt: string) => ({ url: `data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"%3E%3Crect width="1" height="1" fill="%23${colour}"/%3E%3C/svg%3E`, alt });

/** Two published reviews of the shirt. */
const SHIRT_REVIEWS: ReviewRecord[] = [
  { id: 'shirt-r1', productId: 'shirt', author: 'Mei', rating: 5, body: { 'zh-CN': '很合身。', 'en-US': 'Fits well.' }, photos: [], status: 'published', versions: [], createdAt: '2026-03-14T08:00:00Z', updatedAt: '2026-03-14T08:00:00Z', verifiedPurchase: true },
  { id: 'shirt-r2', productId: 'shirt', author: 'Tom', rating: 4, body: { 'zh-CN': '颜色不错。', 'en-US': 'Nice colour.' }, photos: [], status: 'published', versions: [], createdAt: '2026-02-01T08:00:00Z', updatedAt: '2026-02-01T08:00:00Z', verifiedPurchase: true },
];

/**
 * The product page's own catalog, on the tests' shop: the shirt with a description of two paragraphs,
 * specs, three images and {@link SHIRT_REVIEWS}; the flask with a description and a gift-wrap choice
 * (¥8.00 or ¥18.00 more); earbuds in black (20) or white (2 left), at most 5 a time; sticky notes
 * in packs of 5 (5 to 1000); the tests' bulk-priced paper and printed mug.
 */
function shop(): ShopSeed {
  const seed = testShop();
  const products = seed.products.map((product): Product => {
    if (product.id === 'shirt') {
      return {
        ...product,
        description: { 'zh-CN': '纯棉。\n\n可机洗。', 'en-US': 'Pure cotton.\n\nMachine washable.' },
        specs: [
          { name: { 'zh-CN': '面料', 'en-US': 'Fabric' }, value: { 'zh-CN': '棉', 'en-US': 'Cotton' } },
          { name: { 'zh-CN': '产地', 'en-US': 'Made in' }, value: { 'zh-CN': '中国', 'en-US': 'China' } },
        ],
        images: [square('1f3a5f', 'Front'), square('f5f5f0', 'Back'), square('999999', 'Detail')],
      };
    }
    if (product.id === 'flask') {
      return {
        ...product,
        description: { 'zh-CN': '双层真空，保温 12 小时。', 'en-US': 'Double-walled: keeps drinks hot for 12 hours.' },
        personalization: [
          ...product.personalization,
          {
            id: 'gift-wrap',
            label: { 'zh-CN': '礼品包装', 'en-US': 'Gift wrap' },
            kind: 'choice',
            required: false,
            choices: [
              { id: 'kraft', label: { 'zh-CN': '牛皮纸包装', 'en-US': 'Kraft paper wrap' }, priceDelta: cny(800) },
              { id: 'gift-box', label: { 'zh-CN': '礼盒+贺卡', 'en-US': 'Gift box with card' }, priceDelta: cny(1800) },
            ],
          },
        ],
      };
    }
    return product;
  });
  const goods = products.find((p) => p.id === 'printed-mug') as GoodsProduct;
  const buds: GoodsProduct = {
    ...goods,
    id: 'buds',
    title: { 'zh-CN': '测试耳机', 'en-US': 'Test earbuds' },
    personalization: [],
    optionGroups: [{ id: 'color', name: { 'zh-CN': '颜色', 'en-US': 'Colour' }, display: 'buttons', values: [{ id: 'black', label: 'Black' }, { id: 'white', label: 'White' }] }],
    variants: [
      { id: 'buds-black', sku: 'BUDS-BLK', options: { color: 'black' }, price: cny(19900), stock: 20 },
      { id: 'buds-white', sku: 'BUDS-WHT', options: { color: 'white' }, price: cny(19900), stock: 2 },
    ],
    quantity: { min: 1, max: 5, step: 1 },
  };
  const notes: GoodsProduct = {
    ...goods,
    id: 'notes',
    title: { 'zh-CN': '测试便利贴', 'en-US': 'Test sticky notes' },
    personalization: [],
    variants: [{ id: 'notes', sku: 'NOTES', options: {}, price: cny(300), stock: 5000 }],
    quantity: { min: 5, max: 1000, step: 5 },
  };
  return { ...seed, products: [...products, buds, notes], reviews: SHIRT_REVIEWS };
}

/** A product of {@link shop}, as the page receives it. */
function shopProduct(id: string): Product {
  return shop().products.find((p) => p.id === id)!;
}

async function mount(f: ZoneFixture, productId: string): Promise<ProductDetail> {
  flow = f;
  // No transitions: axe must never measure a colour halfway through one.
  return fixture<ProductDetail>(html`<product-detail style="--oz-transition: 0s" .zone=${f.zone} product-id=${productId}></product-detail>`);
}

function root(el: ProductDetail): ShadowRoot {
  return el.shadowRoot!;
}

async function loaded(el: ProductDetail): Promise<void> {
  await waitUntil(() => root(el).querySelector('.detail.ready'), 'product never loaded');
  await el.updateComplete;
}

function text(el: ProductDetail, selector: string): string {
  return root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function radio(el: ProductDetail, group: string, value: string): HTMLInputElement {
  return root(el).querySelector<HTMLInputElement>(`input[name="opt-${group}"][value="${value}"]`)!;
}

function selectedOptions(el: ProductDetail): Record<string, string> {
  const out: Record<string, string> = {};
  for (const input of root(el).querySelectorAll<HTMLInputElement>('.option-input:checked')) out[input.name.replace('opt-', '')] = input.value;
  return out;
}

function addButton(el: ProductDetail): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>('.add-button')!;
}

describe('<product-detail>', () => {
  it('renders the product with the price from previewUnitPrice, description, specs and reviews', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'shirt');
    await loaded(el);
    const product = shopProduct('shirt');
    expect(text(el, '.title')).to.equal(localize(product.title, 'en-US'));
    const variant = findVariant(product, selectedOptions(el))!;
    expect(variant.stock).to.not.equal(0);
    const preview = previewUnitPrice(product, variant.id, 1, {});
    expect(text(el, '.price-now')).to.equal(formatMoney(preview.unitPrice, 'en-US'));
    if (preview.compareAtPrice) {
      expect(text(el, '.price-block s.price-was')).to.equal(formatMoney(preview.compareAtPrice, 'en-US'));
      expect(text(el, '.price-line')).to.contain(t('price.was', { price: formatMoney(preview.compareAtPrice, 'en-US') }));
    }
    const paragraphs = [...root(el).querySelectorAll('.description p')].map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(localize(product.description, 'en-US').split('\n\n'));
    const headers = [...root(el).querySelectorAll('.spec-table th')];
    expect(headers.map((th) => th.textContent)).to.deep.equal(product.specs.map((s) => localize(s.name, 'en-US')));
    expect(headers.every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    // The product page shows the published review records of the seed (the product carries none).
    const published = publishedReviews(SHIRT_REVIEWS, 'shirt');
    expect(published.length).to.be.greaterThan(0);
    const reviews = [...root(el).querySelectorAll('.review')];
    expect(reviews).to.have.length(published.length);
    const first = published[0]!;
    expect(reviews[0]!.querySelector('.review-author')!.textContent).to.equal(first.author);
    expect(reviews[0]!.querySelector('.review-stars .visually-hidden')!.textContent).to.equal(t('rating.stars', { rating: first.rating }));
    expect(reviews[0]!.querySelector('time')!.textContent).to.equal(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date(first.createdAt)));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the rating its reviews make, at the top and above the reviews, never stars over "No reviews yet"', async () => {
    const tee = shopProduct('shirt');
    const unreviewed = { ...shopProduct('printed-mug'), id: 'quiet-cap', reviews: [] };
    const el = await mount(await createZoneFixture({ seed: { ...shop(), products: [tee, unreviewed] } }), 'shirt');
    await loaded(el);
    // The stars are what the published reviews make, the reviews the shopper reads below them.
    const teeReviews = publishedReviews(SHIRT_REVIEWS, 'shirt');
    const stars = teeReviews.reduce((sum, r) => sum + r.rating, 0) / teeReviews.length;
    const label = t('rating.label', { rating: stars.toFixed(1), count: teeReviews.length });
    const summaries = [...root(el).querySelectorAll('[part="rating"]')].map((r) => r.getAttribute('aria-label'));
    expect(summaries).to.deep.equal([label, label], 'the top and the reviews section agree');
    expect(root(el).querySelectorAll('.review')).to.have.length(teeReviews.length);
    expect(text(el, '[part="rating"] .rating-count')).to.equal(t('rating.count', { count: teeReviews.length }));

    el.productId = 'quiet-cap';
    await waitUntil(() => text(el, '.title') === localize(unreviewed.title, 'en-US'), 'the cap never came');
    await loaded(el);
    expect(root(el).querySelector('[part="rating"]'), 'no stars without reviews').to.equal(null);
    expect(text(el, '[part="reviews"]')).to.contain(t('detail.no_reviews'));
  });

  it('shows a loading placeholder while the backend answers', async () => {
    const el = await mount(await createZoneFixture({ latencyMs: 400, seed: shop() }), 'shirt');
    expect(root(el).querySelector('.detail')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(el, '.title')).to.equal(t('detail.loading'));
    expect(root(el).querySelector('.main-image.skeleton')).to.not.equal(null);
    await expect(el).shadowDom.to.be.accessible();
    await loaded(el);
    expect(root(el).querySelector('.detail')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('says when a product does not exist, with a way back', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'no-such-product');
    await waitUntil(() => root(el).querySelector('.error-state'), 'no error state');
    expect(text(el, '.title')).to.equal(t('detail.not_found_title'));
    expect(text(el, '.error-state p')).to.equal(t('error.not_found'));
    await expect(el).shadowDom.to.be.accessible();
    const navigate = oneEvent(el, 'oz-navigate');
    root(el).querySelector<HTMLButtonElement>('.error-state button')!.click();
    expect((await navigate).detail).to.deep.equal({ view: 'browse' });
  });

  it('shows a failure with a Retry that recovers', async () => {
    const f = await createZoneFixture({ seed: shop() });
    let failures = 1;
    f.override({
      getProduct: (id, ctx) => (failures-- > 0 ? Promise.reject(new OrderZoneError('network', 'The backend could not be reached: test')) : f.backend.getProduct(id, ctx)),
    });
    const el = await mount(f, 'shirt');
    await waitUntil(() => root(el).querySelector('.error-state'), 'no error state');
    expect(text(el, '.title')).to.equal(t('detail.error_title'));
    expect(text(el, '.error-state p')).to.equal(describeError(new OrderZoneError('network', ''), t));
    await expect(el).shadowDom.to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.error-state button')!.click();
    await loaded(el);
    expect(text(el, '.title')).to.equal(localize(shopProduct('shirt').title, 'en-US'));
  });

  it('chooses variants in radio groups with the arrow keys and disables sold-out values', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'shirt');
    await loaded(el);
    const product = shopProduct('shirt');
    const groups = [...root(el).querySelectorAll('fieldset.option-group')];
    expect(groups.map((g) => g.getAttribute('role'))).to.deep.equal(['radiogroup', 'radiogroup']);
    const before = selectedOptions(el);
    radio(el, 'size', before['size']!).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const sizes = product.optionGroups[0]!.values.map((v) => v.id);
    const after = selectedOptions(el);
    expect(after['size']).to.equal(sizes[sizes.indexOf(before['size']!) + 1]);
    expect(text(el, '.sku')).to.equal(t('detail.sku', { sku: findVariant(product, after)!.sku }));

    // White XL is sold out: with XL chosen, white is disabled and says so in words.
    radio(el, 'size', 'xl').click();
    await el.updateComplete;
    const unavailable = unavailableOptionValues(product, selectedOptions(el));
    expect(unavailable['color']).to.include('white');
    const white = radio(el, 'color', 'white');
    expect(white.disabled).to.equal(true);
    expect(root(el).querySelector(`label[for="${white.id}"]`)!.textContent).to.contain(t('detail.option_value_sold_out'));
    // Swatches carry their colour name as text too.
    expect(root(el).querySelector(`label[for="${radio(el, 'color', 'navy').id}"] .option-label`)!.textContent).to.equal('Navy');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('moves between gallery thumbnails with the arrow keys', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'shirt');
    await loaded(el);
    const thumbs = [...root(el).querySelectorAll<HTMLButtonElement>('.thumbnail')];
    expect(thumbs.length).to.be.greaterThan(1);
    const active = thumbs.findIndex((b) => b.getAttribute('aria-pressed') === 'true');
    thumbs[active]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const next = (active + 1) % thumbs.length;
    expect(root(el).activeElement).to.equal(root(el).querySelectorAll('.thumbnail')[next]);
    expect(root(el).querySelectorAll('.thumbnail')[next]!.getAttribute('aria-pressed')).to.equal('true');
    const mainSrc = root(el).querySelector<HTMLImageElement>('.main-image img')!.getAttribute('src');
    expect(mainSrc).to.equal(root(el).querySelectorAll('.thumbnail img')[next]!.getAttribute('src'));
  });

  it('validates personalization per field and updates the price with surcharges', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'flask');
    await loaded(el);
    const product = shopProduct('flask');
    const input = root(el).querySelector<HTMLInputElement>('#pf-engraving')!;
    expect(input.required).to.equal(true);

    addButton(el).click();
    await el.updateComplete;
    const error = root(el).querySelector('#pf-engraving-error')!;
    expect(error.textContent).to.equal(describeFieldError({ field: 'personalization.engraving', code: 'required' }, t));
    expect(input.getAttribute('aria-describedby')).to.contain('pf-engraving-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement).to.equal(input);
    expect(flow.zone.cart.$lines.get()).to.have.length(0);
    await expect(el).shadowDom.to.be.accessible();

    await sendKeys({ type: 'Happy' });
    await el.updateComplete;
    expect(root(el).querySelector('#pf-engraving-error')).to.equal(null);
    expect(text(el, '#pf-engraving-count [aria-hidden]')).to.equal(t('detail.char_count', { count: 5, max: 20 }));

    const wrap = root(el).querySelector<HTMLSelectElement>('#pf-gift-wrap')!;
    wrap.value = 'gift-box';
    wrap.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const variant = findVariant(product, selectedOptions(el))!;
    const preview = previewUnitPrice(product, variant.id, 1, { engraving: 'Happy', 'gift-wrap': 'gift-box' });
    expect(text(el, '.price-now')).to.equal(formatMoney(preview.unitPrice, 'en-US'));

    const added = oneEvent(el, 'oz-cart-add');
    addButton(el).click();
    const { detail } = await added;
    expect(detail.line.personalization).to.deep.equal({ engraving: 'Happy', 'gift-wrap': 'gift-box' });
  });

  it('takes a text of emoji and rare CJK characters up to the limit the core counts, and says how many characters over', async () => {
    // The test flask must be engraved, up to 20 characters. The browser counts `maxlength` in UTF-16
    // units: with one, a shopper typing emoji would be stopped at 10 of them.
    const el = await mount(await createZoneFixture({ seed: testShop() }), 'flask');
    await loaded(el);
    const input = root(el).querySelector<HTMLInputElement>('#pf-engraving')!;
    input.focus();
    const twenty = '😀𠀀'.repeat(10);
    await sendKeys({ type: twenty });
    await el.updateComplete;
    expect(input.value).to.equal(twenty, 'all 20 characters (40 UTF-16 units) typed are kept');
    expect(text(el, '#pf-engraving-count [aria-hidden]')).to.equal(t('detail.char_count', { count: 20, max: 20 }));
    expect(text(el, '#pf-engraving-count .visually-hidden')).to.equal(t('detail.char_count_label', { count: 20, max: 20 }));

    await sendKeys({ type: '🎉' });
    await el.updateComplete;
    expect(input.value).to.equal(`${twenty}🎉`);
    expect(text(el, '#pf-engraving-count [aria-hidden]')).to.equal('1 character over');
    expect(text(el, '#pf-engraving-count .visually-hidden')).to.equal(t('text.over', { count: 1 }));
    addButton(el).click();
    await el.updateComplete;
    expect(text(el, '#pf-engraving-error')).to.equal(describeFieldError({ field: 'personalization.engraving', code: 'too_long', params: { max: 20 } }, t));
    expect(flow.zone.cart.$lines.get()).to.have.length(0, 'the core refuses the 21st character');

    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    const added = oneEvent(el, 'oz-cart-add');
    addButton(el).click();
    expect((await added).detail.line.personalization).to.deep.equal({ engraving: twenty });
  });

  it('adds to the cart, dispatches oz-cart-add and oz-cart-change, and says so politely', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'buds');
    await loaded(el);
    const product = shopProduct('buds');
    root(el).querySelector<HTMLButtonElement>('[aria-label="Increase quantity"]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('#quantity')!.value).to.equal('2');
    const variant = findVariant(product, selectedOptions(el))!;
    expect(text(el, '.line-total')).to.equal(t('detail.total', { quantity: 2, price: formatMoney(previewUnitPrice(product, variant.id, 2, {}).total, 'en-US') }));
    const added = oneEvent(el, 'oz-cart-add');
    const changed = oneEvent(el, 'oz-cart-change');
    addButton(el).click();
    expect((await added).detail.line.quantity).to.equal(2);
    expect((await changed).detail).to.include({ itemCount: 2, reason: 'add' });
    expect(flow.zone.cart.$itemCount.get()).to.equal(2);
    await el.updateComplete;
    const status = root(el).querySelector('[role=status]')!;
    expect(status.textContent!.trim()).to.equal(t('detail.added', { quantity: 2, title: localize(product.title, 'en-US') }));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('caps the quantity at the stock and tells the shopper why', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'buds');
    await loaded(el);
    radio(el, 'color', 'white').click();
    await el.updateComplete;
    const product = shopProduct('buds');
    const white = findVariant(product, selectedOptions(el))!;
    expect(text(el, '.stock')).to.contain(t('stock.low_stock_count', { count: white.stock! }));
    // The stepper stops at the stock.
    const quantity = root(el).querySelector<HTMLInputElement>('#quantity')!;
    quantity.value = '5';
    quantity.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(quantity.value).to.equal(String(white.stock));
    const lowered = t('cart.quantity_capped.stock', { allowed: white.stock!, requested: 5 });
    expect(text(el, '[part="quantity-notice"]'), 'the field says why the typed number changed').to.equal(lowered);
    expect(quantity.getAttribute('aria-describedby')).to.contain('quantity-notice');
    await expect(el).shadowDom.to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[aria-label="Decrease quantity"]')!.click();
    await el.updateComplete;
    expect(text(el, '[part="quantity-notice"]'), 'and stops saying it once the shopper changes it again').to.equal('');
    quantity.value = '5';
    quantity.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelector<HTMLButtonElement>('[aria-label="Increase quantity"]')!.disabled).to.equal(true);
    // What is already in the cart counts too: the cart caps the line and the notice is shown.
    flow.zone.cart.add({ product, variantId: white.id, quantity: 1 });
    const added = oneEvent(el, 'oz-cart-add');
    addButton(el).click();
    const { detail } = await added;
    expect(detail.notice).to.include({ code: 'quantity_capped', reason: 'stock' });
    await el.updateComplete;
    // One more fitted: the page says 1 was added, and that the cart now holds the whole stock.
    expect(text(el, '[role=status]')).to.equal(`${t('detail.added', { quantity: 1, title: localize(product.title, 'en-US') })} ${t('cart.add_capped.stock', { allowed: white.stock! })}`);
    expect(flow.zone.cart.$itemCount.get()).to.equal(white.stock);
  });

  it('says exactly what an add did: only the units that fit under the maximum, or nothing at all', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'buds');
    await loaded(el);
    const product = shopProduct('buds');
    const variant = findVariant(product, selectedOptions(el))!;
    const title = localize(product.title, 'en-US');
    expect([product.quantity.max, variant.stock! >= 5]).to.deep.equal([5, true]);
    flow.zone.cart.add({ product, variantId: variant.id, quantity: 3 });
    const quantity = root(el).querySelector<HTMLInputElement>('#quantity')!;
    quantity.value = '4';
    quantity.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // 3 in the cart + 4 asked for, at most 5: 2 go in, and the page says 2, not 4.
    const added = oneEvent(el, 'oz-cart-add');
    addButton(el).click();
    expect((await added).detail.line.quantity).to.equal(5);
    await el.updateComplete;
    expect(text(el, '[role=status]')).to.equal(`${t('detail.added', { quantity: 2, title })} ${t('cart.add_capped.max', { allowed: 5 })}`);
    // At the maximum: nothing goes in, no oz-cart-add, and the page says so.
    let fired = false;
    el.addEventListener('oz-cart-add', () => (fired = true));
    addButton(el).click();
    await el.updateComplete;
    expect(text(el, '[role=status]')).to.equal(t('cart.add_refused.max', { allowed: 5 }));
    expect(fired).to.equal(false);
    expect(flow.zone.cart.$itemCount.get()).to.equal(5);
  });

  it('names the maximum when a typed quantity is over it, even when it is also off the pack size', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'notes');
    await loaded(el);
    const rule = shopProduct('notes').quantity;
    expect(rule).to.deep.equal({ min: 5, max: 1000, step: 5 });
    const quantity = root(el).querySelector<HTMLInputElement>('#quantity')!;
    quantity.value = '1001';
    quantity.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(quantity.value).to.equal('1000');
    expect(text(el, '[part="quantity-notice"]')).to.equal(t('cart.quantity_capped.max', { allowed: 1000, requested: 1001 }));
    expect(text(el, '[part="quantity-notice"]')).to.equal('You can order at most 1000 of this item, so your quantity was reduced to 1000.');
  });

  it('fits a typed quantity to the product step, as the cart will, and steps by it', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'notes');
    await loaded(el);
    const product = shopProduct('notes');
    const variant = product.variants[0]!;
    const step = product.quantity.step;
    expect(step).to.be.greaterThan(1);
    const quantity = root(el).querySelector<HTMLInputElement>('#quantity')!;
    quantity.focus();
    quantity.select();
    await sendKeys({ type: '7' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const { allowed } = fitQuantity(7, product.quantity, variant.stock);
    expect(quantity.value).to.equal(String(allowed));

    const button = (name: string) => root(el).querySelector<HTMLButtonElement>(`[aria-label="${t(name)}"]`)!;
    button('detail.increase').click();
    await el.updateComplete;
    button('detail.increase').click();
    await el.updateComplete;
    expect(quantity.value).to.equal(String(allowed + 2 * step));
    button('detail.decrease').click();
    await el.updateComplete;
    expect(quantity.value).to.equal(String(allowed + step));

    // The cart takes the quantity shown as it is.
    const added = oneEvent(el, 'oz-cart-add');
    addButton(el).click();
    const { detail } = await added;
    expect(detail.line.quantity).to.equal(allowed + step);
    expect(detail.notice).to.equal(undefined);
  });

  it('shows the next bulk tier and the tier price once reached', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'paper');
    await loaded(el);
    const product = shopProduct('paper');
    const variant = product.variants[0]!;
    const one = previewUnitPrice(product, variant.id, 1, {});
    expect(text(el, '.tier-note')).to.equal(t('unitPrice.tier_next', { quantity: one.nextTier!.minQuantity, price: formatMoney(one.nextTier!.unitPrice, 'en-US') }));
    const quantity = root(el).querySelector<HTMLInputElement>('#quantity')!;
    quantity.value = String(one.nextTier!.minQuantity);
    quantity.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const tier = previewUnitPrice(product, variant.id, one.nextTier!.minQuantity, {});
    expect(text(el, '.price-now')).to.equal(formatMoney(tier.unitPrice, 'en-US'));
    expect(text(el, '.tier-note.applied')).to.equal(t('unitPrice.tier_applied', { quantity: one.nextTier!.minQuantity }));
  });

  it('goes back with oz-navigate', async () => {
    const el = await mount(await createZoneFixture({ seed: shop() }), 'shirt');
    await loaded(el);
    const navigate = oneEvent(el, 'oz-navigate');
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    expect((await navigate).detail).to.deep.equal({ view: 'browse' });
  });

  it('renders Chinese text for zh-CN', async () => {
    const el = await mount(await createZoneFixture({ locale: 'zh-CN', seed: shop() }), 'flask');
    await loaded(el);
    const product = shopProduct('flask');
    const zh = translator('zh-CN', unitPriceMessages, productDetailMessages);
    expect(text(el, '.title')).to.equal(localize(product.title, 'zh-CN'));
    expect(addButton(el).textContent!.trim()).to.equal(zh('detail.add'));
    expect(text(el, '.personalization legend')).to.equal(zh('detail.personalization'));
    expect(text(el, '#description-heading')).to.equal(zh('detail.description'));
    const variant = findVariant(product, selectedOptions(el))!;
    expect(text(el, '.price-now')).to.equal(formatMoney(previewUnitPrice(product, variant.id, 1, {}).unitPrice, 'zh-CN'));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('never interprets catalog text as HTML', async () => {
    const evil = '<img src=x onerror="window.__ozPwned=1">Mug';
    const base = shopProduct('printed-mug');
    const seed = { ...shop(), products: [{ ...base, title: evil, description: '<script>window.__ozPwned=1</script>\n\n<b>second</b>' }] };
    const el = await mount(await createZoneFixture({ seed }), 'printed-mug');
    await loaded(el);
    expect(text(el, '.title')).to.equal(evil);
    expect([...root(el).querySelectorAll('.description p')].map((p) => p.textContent)).to.deep.equal(['<script>window.__ozPwned=1</script>', '<b>second</b>']);
    expect(root(el).querySelector('.title img, .description script, .description b')).to.equal(null);
    expect((window as { __ozPwned?: number }).__ozPwned).to.equal(undefined);
  });
});
