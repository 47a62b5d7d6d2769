import { formatMoney, previewUnitPrice, findVariant, type Product, type ReviewRecord } from '@orderzone/core';
import { publishedReviews } from '@orderzone/core/orders';
import type { ShopSeed } from '@orderzone/embedded-backend';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configure, resetDefaultZone } from '../context/default-zone.ts';
import { createZoneFixture, type ZoneFixture } from '../testing/zone-fixture.ts';
import type { OrderZoneElement } from '../components/order-zone/order-zone.ts';
import type { ProductDetail } from '../components/product-detail/product-detail.ts';
import type { ProductPicker } from '../components/product-picker/product-picker.ts';
import { productPickerMessages } from '../components/product-picker/product-picker.messages.ts';
import { registerMessages } from './shared-messages.ts';
import '../testing/define-all.ts';
import { forgetZoneRoute } from '../testing/zone-fixture.ts';
import { testShop } from '../../../core/src/testing/test-shop.ts';

/** One published review of the tests' shirt. */
const REVIEW: ReviewRecord = {
  id: 'shirt-r1',
  productId: 'shirt',
  author: 'Mei',
  rating: 5,
  body: { 'zh-CN': '很合身。', 'en-US': 'Fits well.' },
  photos: [],
  status: 'published',
  versions: [],
  createdAt: '2026-03-14T08:00:00Z',
  updatedAt: '2026-03-14T08:00:00Z',
  verifiedPurchase: true,
};

/** The tests' shop, its shirt with a description and {@link REVIEW}, so its page has both sections. */
function shop(): ShopSeed {
  const seed = testShop();
  const described = (p: Product): Product => (p.id === 'shirt' ? { ...p, description: { 'zh-CN': '纯棉衬衫。', 'en-US': 'A cotton shirt.' } } : p);
  return { ...seed, products: seed.products.map(described), reviews: [REVIEW] };
}

afterEach(forgetZoneRoute);

let flow: ZoneFixture | undefined;
const pageLang = document.documentElement.lang;

afterEach(() => {
  flow?.zone.dispose();
  flow = undefined;
  document.documentElement.lang = pageLang;
  resetDefaultZone();
});

function text(root: ShadowRoot, selector: string): string {
  return root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function pickerHeading(el: ProductPicker): Promise<string> {
  await waitUntil(() => el.shadowRoot?.querySelector('.results[aria-busy="false"] .card'), 'products never shown');
  await el.updateComplete;
  return text(el.shadowRoot!, '.heading');
}

const en = productPickerMessages['en-US']!;
const zh = productPickerMessages['zh-CN']!;

describe('a locale added by the merchant', () => {
  before(() => {
    registerMessages({
      'fr-FR': {
        'picker.heading_all': 'Tous les produits',
        'detail.add': 'Ajouter au panier',
        'detail.reviews': 'Avis',
      },
    });
  });

  it('shows the overridden messages in French, English for the rest, and formats money and dates for fr-FR', async () => {
    flow = await createZoneFixture({ seed: shop() });
    const el = await fixture<ProductDetail>(html`<product-detail locale="fr-FR" .zone=${flow.zone} product-id="shirt"></product-detail>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.detail.ready'), 'product never loaded');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(text(root, '.add-button')).to.equal('Ajouter au panier');
    expect(text(root, '.reviews .section-heading')).to.contain('Avis');
    // Not overridden: English, the fallback of every locale.
    expect(text(root, '.description .section-heading')).to.equal('Description');

    const product = shop().products.find((p) => p.id === 'shirt')!;
    const chosen: Record<string, string> = {};
    for (const input of root.querySelectorAll<HTMLInputElement>('.option-input:checked')) chosen[input.name.replace('opt-', '')] = input.value;
    const preview = previewUnitPrice(product, findVariant(product, chosen)!.id, 1, {});
    const price = text(root, '.price-now');
    const spaced = (s: string) => s.replace(/\s+/g, ' ');
    expect(price).to.equal(spaced(formatMoney(preview.unitPrice, 'fr-FR')));
    expect(price).to.not.equal(spaced(formatMoney(preview.unitPrice, 'en-US')));

    const review = publishedReviews([REVIEW], 'shirt')[0]!;
    expect(text(root, '.review time')).to.equal(spaced(new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' }).format(new Date(review.createdAt))));
  });

  it('applies to every element of a zone whose locale is fr-FR', async () => {
    const zone = await fixture<OrderZoneElement>(html`<order-zone locale="fr-FR" .adapter=${(await createZoneFixture({ seed: shop() })).adapter}></order-zone>`);
    await waitUntil(() => zone.shadowRoot!.querySelector('product-picker'), 'no picker');
    expect(await pickerHeading(zone.shadowRoot!.querySelector('product-picker')!)).to.equal('Tous les produits');
  });
});

describe('locale resolution', () => {
  it('takes the element\u2019s own locale attribute first, normalised', async () => {
    document.documentElement.lang = 'en-US';
    flow = await createZoneFixture({ locale: 'en-US', seed: shop() });
    const el = await fixture<ProductPicker>(html`<product-picker locale="zh_CN" .zone=${flow.zone}></product-picker>`);
    expect(await pickerHeading(el)).to.equal(zh['picker.heading_all']);
  });

  it('then the locale given to configure(), over <html lang>', async () => {
    document.documentElement.lang = 'en-US';
    configure({ locale: 'zh-Hans-CN' });
    const standalone = await fixture<ProductPicker>(html`<product-picker></product-picker>`);
    expect(await pickerHeading(standalone)).to.equal(zh['picker.heading_all']);
  });

  for (const [lang, heading] of [
    ['zh-Hans-CN', zh['picker.heading_all']],
    ['zh_CN', zh['picker.heading_all']],
    ['en', en['picker.heading_all']],
  ] as const) {
    it(`then <html lang="${lang}"> for <order-zone> and for elements on the page's default zone`, async () => {
      document.documentElement.lang = lang;
      const zone = await fixture<OrderZoneElement>(html`<order-zone .adapter=${(await createZoneFixture({ seed: shop() })).adapter}></order-zone>`);
      await waitUntil(() => zone.shadowRoot!.querySelector('product-picker'), 'no picker');
      expect(await pickerHeading(zone.shadowRoot!.querySelector('product-picker')!)).to.equal(heading);
      zone.remove();
      const standalone = await fixture<ProductPicker>(html`<product-picker></product-picker>`);
      expect(await pickerHeading(standalone)).to.equal(heading);
    });
  }

  it('then the browser language (this test browser is en-US) when <html lang> is missing or not a language tag', async () => {
    expect(navigator.language).to.equal('en-US');
    for (const lang of ['', '!!']) {
      document.documentElement.lang = lang;
      const zone = await fixture<OrderZoneElement>(html`<order-zone .adapter=${(await createZoneFixture({ seed: shop() })).adapter}></order-zone>`);
      await waitUntil(() => zone.shadowRoot!.querySelector('product-picker'), 'no picker');
      expect(await pickerHeading(zone.shadowRoot!.querySelector('product-picker')!)).to.equal(en['picker.heading_all']);
      zone.remove();
      resetDefaultZone();
      const standalone = await fixture<ProductPicker>(html`<product-picker></product-picker>`);
      expect(await pickerHeading(standalone)).to.equal(en['picker.heading_all']);
      standalone.remove();
    }
  });
});
