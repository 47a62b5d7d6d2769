// <product-recommendations>: what the backend recommends from real orders and the browsing history on
// the device, each with why, never what is in the cart; it opens a product and clears the history.
import type { LineRequest } from '@orderzone/core';
import { browsingHistoryKey } from '@orderzone/core/recommendations';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { addToCart, createZoneFixture as createAnyZoneFixture, translator, type ZoneFixture, type ZoneFixtureOptions } from '../../testing/zone-fixture.ts';
import { testShop, type TestShop } from '../../../../core/src/testing/test-shop.ts';
import { defineElement } from '../define-element.ts';
import { productRecommendationsMessages } from './product-recommendations.messages.ts';
import { ProductRecommendations } from './product-recommendations.ts';

defineElement('product-recommendations', ProductRecommendations);

const t = translator('en-US', productRecommendationsMessages);
let flow: ZoneFixture;

/** The tests' shop with its mug, printed mug and flask in one category, Drinkware, so each has two related products. */
function recommendationShop(): TestShop {
  const shop = testShop();
  const drinkware = ['mug', 'printed-mug', 'flask'];
  return {
    ...shop,
    categories: [...shop.categories, { id: 'drinkware', name: { 'zh-CN': '杯具', 'en-US': 'Drinkware' } }],
    products: shop.products.map((p) => (drinkware.includes(p.id) ? { ...p, categoryIds: [...p.categoryIds, 'drinkware'] } : p)),
  };
}

/** A zone over a fresh backend of {@link recommendationShop}. */
function createZoneFixture(options: Omit<ZoneFixtureOptions, 'seed'> = {}): Promise<ZoneFixture> {
  return createAnyZoneFixture({ ...options, seed: recommendationShop() });
}
afterEach(() => flow?.zone.dispose());

let buyers = 0;
/** An order of `lines` placed in the test backend by a new shopper. */
async function placeOrder(lines: LineRequest[]): Promise<void> {
  buyers += 1;
  const base = { currency: 'CNY', lines, shippingOptionId: 'standard', destination: { country: 'CN', region: '北京市' } };
  const quote = await flow.backend.quote(base);
  await flow.backend.submitOrder(
    {
      ...base,
      contact: { name: '李雷', phone: `1390013${String(buyers).padStart(4, '0')}`, email: `buyer${buyers}@example.com` },
      shippingAddress: { country: 'CN', region: '北京市', city: '北京市', district: '海淀区', line1: '中关村大街1号', postalCode: '100080' },
      paymentMethodId: 'wechat_pay',
      expectedTotal: quote.total,
    },
    { idempotencyKey: `reco-${buyers}` },
  );
}

const paper: LineRequest = { productId: 'paper', variantId: 'paper-a4', quantity: 1, personalization: {} };
const mug: LineRequest = { productId: 'mug', variantId: 'mug', quantity: 1, personalization: {} };
const shirts: LineRequest = { productId: 'shirt', variantId: 'shirt-white-m', quantity: 5, personalization: {} };

/** What a person reads of each recommended product: its title and why. */
function seen(el: ProductRecommendations): string[][] {
  return [...el.shadowRoot!.querySelectorAll('.item')].map((item) => [
    (item.querySelector('.title') as HTMLElement).innerText.trim(),
    (item.querySelector('.reason') as HTMLElement).innerText.trim(),
  ]);
}

async function shown(el: ProductRecommendations, count: number): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelectorAll('.item').length === count, `expected ${count} recommendations, saw ${el.shadowRoot!.querySelectorAll('.item').length}`);
}

describe('<product-recommendations>', () => {
  it('shows what was bought with the product in real orders, saying why, and leaves out what goes into the cart', async () => {
    flow = await createZoneFixture();
    await placeOrder([paper, mug]);
    await placeOrder([paper, mug, shirts]);
    await placeOrder([paper, shirts]);
    await placeOrder([paper, mug]);
    const el = await fixture<ProductRecommendations>(html`<product-recommendations .zone=${flow.zone} kind="bought_together" product-id="paper" limit="2"></product-recommendations>`);
    await shown(el, 2);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(t('recommendations.heading.bought_together'));
    const withPaper = t('recommendations.reason.bought_together', { name: 'Test paper' });
    expect(seen(el).map(([, reason]) => reason)).to.deep.equal([withPaper, withPaper]);
    expect(seen(el).map(([title]) => title)).to.deep.equal(['Mug', 'Test shirt']);

    await addToCart(flow.zone, 'mug', 'mug', 1);
    await shown(el, 1);
    expect(seen(el)[0]![0]).to.equal('Test shirt');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('opens a recommended product', async () => {
    flow = await createZoneFixture();
    const el = await fixture<ProductRecommendations>(html`<product-recommendations .zone=${flow.zone} kind="related" product-id="mug" limit="2"></product-recommendations>`);
    await shown(el, 2);
    const first = el.shadowRoot!.querySelector<HTMLElement>('.item')!;
    setTimeout(() => first.querySelector<HTMLButtonElement>('.title')!.click());
    const event = await oneEvent(el, 'oz-product-select');
    expect(event.detail.productId).to.equal(first.dataset.productId);
    expect(first.dataset.productId).to.not.equal('mug');
  });

  it('lists what was viewed on this device, newest first, and clears it from the device', async () => {
    flow = await createZoneFixture();
    const { recommendationsFor } = await import('@orderzone/core/recommendations');
    const history = recommendationsFor(flow.zone).history;
    history.record('paper');
    history.record('flask');
    history.record('shirt');
    const el = await fixture<ProductRecommendations>(html`<product-recommendations .zone=${flow.zone} kind="recently_viewed" product-id="shirt"></product-recommendations>`);
    await shown(el, 2);
    expect(seen(el).map(([, reason]) => reason)).to.deep.equal([t('recommendations.reason.recently_viewed'), t('recommendations.reason.recently_viewed')]);
    expect(el.shadowRoot!.querySelector('.item')!.getAttribute('data-product-id')).to.equal('flask');
    expect(flow.zone.storage.get(browsingHistoryKey('t'))).to.contain('flask');

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-history"]')!.click();
    await shown(el, 0);
    expect(flow.zone.storage.get(browsingHistoryKey('t'))).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(t('recommendations.history_cleared'));
  });

  it('says why in Chinese', async () => {
    flow = await createZoneFixture({ locale: 'zh-CN' });
    const { recommendationsFor } = await import('@orderzone/core/recommendations');
    recommendationsFor(flow.zone).history.record('mug');
    const el = await fixture<ProductRecommendations>(html`<product-recommendations .zone=${flow.zone} kind="for_you" limit="2"></product-recommendations>`);
    await shown(el, 2);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('为你推荐');
    expect(seen(el).map(([, reason]) => reason)).to.deep.equal(['因为你浏览过“马克杯”', '因为你浏览过“马克杯”']);
  });

  it('shows nothing while there is nothing to recommend', async () => {
    flow = await createZoneFixture();
    const el = await fixture<ProductRecommendations>(html`<product-recommendations .zone=${flow.zone} kind="recently_viewed"></product-recommendations>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot!.querySelector('section')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});
