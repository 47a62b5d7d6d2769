import { formatMoney, localize, OrderZoneError, type BookableProduct, type BookingSelection } from '@orderzone/core';
import { addDays, utcToZoned } from '@orderzone/core/bookings';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createZoneFixture as createAnyZoneFixture, deferred, translator, type ZoneFixture, type ZoneFixtureOptions } from '../../testing/zone-fixture.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import { defineElement } from '../define-element.ts';
import { ProductDetail } from './product-detail.ts';
import { productDetailMessages } from './product-detail.messages.ts';

defineElement('product-detail', ProductDetail);

const t = translator('en-US', productDetailMessages);
let flow: ZoneFixture;

afterEach(() => flow?.zone.dispose());

/** The merchant's today (the tests' bookable products are in Asia/Shanghai). */
const today = utcToZoned(new Date().toISOString(), 'Asia/Shanghai').date;
const twoNights: BookingSelection = { type: 'stay', checkIn: addDays(today, 3), checkOut: addDays(today, 5) };

/** A zone over a fresh backend of the tests' own shop. */
function createZoneFixture(options: Omit<ZoneFixtureOptions, 'seed'> = {}): Promise<ZoneFixture> {
  return createAnyZoneFixture({ ...options, seed: testShop() });
}

/** A bookable product of the tests' shop, as the backend has it. */
function shopProduct(id: string): BookableProduct {
  return testShop().products.find((p) => p.id === id)! as BookableProduct;
}

async function mount(f: ZoneFixture, productId: string): Promise<ProductDetail> {
  flow = f;
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

type PickerStub = HTMLElement & { product?: BookableProduct; variantId?: string; refresh?: () => void };

function picker(el: ProductDetail): PickerStub {
  return root(el).querySelector<PickerStub>('.picker')!;
}

function addButton(el: ProductDetail): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>('[data-add-booking]')!;
}

/** The tests' shop with its cinema's session moved to tomorrow evening, so its seats can still be held today. */
function shopWithSessionTomorrow(): ReturnType<typeof testShop> {
  const shop = testShop();
  const tomorrow = `${addDays(today, 1)}T11:30:00.000Z`;
  shop.products = shop.products.map((p) => (p.kind === 'seats' ? { ...p, booking: { ...p.booking, sessions: p.booking.sessions.map((s) => ({ ...s, startsAt: tomorrow })) } } : p));
  return shop;
}

/** Puts shirts (an in-stock variant) in the cart beside the booking. */
async function addShirts(quantity: number): Promise<void> {
  const tee = await flow.zone.catalog.getProduct('shirt');
  flow.zone.cart.add({ product: tee, variantId: tee.variants.find((v) => v.stock === null || v.stock > 0)!.id, quantity });
}

/** Does what a picker does when the shopper completes a pick: `oz-booking-change` with the core's preview. */
async function pick(el: ProductDetail, selection: BookingSelection): Promise<void> {
  const p = picker(el);
  const preview = flow.zone.bookings.preview(p.product!, p.variantId ?? p.product!.variants[0]!.id, selection);
  p.dispatchEvent(new CustomEvent('oz-booking-change', { detail: { selection, preview }, bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<product-detail> for bookable products', () => {
  it('shows the picker of each kind in place of the quantity stepper', async () => {
    for (const [id, tag] of [
      ['cleaning', 'booking-picker'],
      ['hotel', 'stay-picker'],
      ['cinema', 'seat-picker'],
    ] as const) {
      const el = await mount(await createZoneFixture(), id);
      await loaded(el);
      expect(picker(el).tagName.toLowerCase()).to.equal(tag);
      expect(picker(el).product?.id).to.equal(id);
      expect(root(el).querySelector('.quantity-field, [data-quantity]') === null).to.equal(true);
      expect(text(el, '.booking-heading')).to.equal(t(`detail.picker_heading.${shopProduct(id).kind}`));
      flow.zone.dispose();
    }
  });

  it('keeps the room-type choice of a stay above the picker and gives the picker the chosen room type', async () => {
    const el = await mount(await createZoneFixture(), 'hotel');
    await loaded(el);
    expect(picker(el).variantId).to.equal('standard');
    expect(text(el, '[data-booking-price]')).to.equal(t('detail.booking_choose.stay'));
    root(el).querySelector<HTMLInputElement>('input[name="opt-room"][value="suite"]')!.click();
    await el.updateComplete;
    expect(picker(el).variantId).to.equal('suite');
  });

  it("shows the pick's price from the core, holds it on Add to cart and puts one booking line in the cart", async () => {
    const el = await mount(await createZoneFixture(), 'hotel');
    await loaded(el);
    await addShirts(1);
    await pick(el, twoNights);
    const preview = flow.zone.bookings.preview(shopProduct('hotel'), 'standard', twoNights);
    expect(text(el, '[data-booking-price] .price-now')).to.equal(formatMoney(preview.unitPrice, 'en-US'));
    expect(text(el, '[data-booking-price] .tier-note')).to.equal(t('detail.booking_price.stay'));

    const added = oneEvent(el, 'oz-cart-add');
    addButton(el).click();
    const { line } = (await added).detail;
    expect(line.booking).to.deep.equal(twoNights);
    expect(typeof line.hold?.id).to.equal('string');
    const lines = flow.zone.cart.$lines.get();
    expect(lines.map((l) => l.productId)).to.deep.equal(['shirt', 'hotel']);
    await el.updateComplete;
    expect(text(el, '.status-region')).to.match(new RegExp(`^Added to your cart: ${localize(shopProduct('hotel').title, 'en-US')}\\. It is held for you for (9|10) minutes\\.$`));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows progress while the hold is being placed', async () => {
    const f = await createZoneFixture();
    const held = deferred<void>();
    const placeHold = f.backend.placeHold!.bind(f.backend);
    f.override({ placeHold: async (request, ctx) => (await held.promise, placeHold(request, ctx)) });
    const el = await mount(f, 'hotel');
    await loaded(el);
    await pick(el, twoNights);
    addButton(el).click();
    await el.updateComplete;
    expect(addButton(el).disabled).to.equal(true);
    expect(addButton(el).getAttribute('aria-busy')).to.equal('true');
    expect(addButton(el).textContent!.trim()).to.equal(t('detail.holding'));
    expect(text(el, '.status-region')).to.equal(t('detail.holding_status'));
    await expect(el).shadowDom.to.be.accessible();
    held.resolve();
    await waitUntil(() => flow.zone.cart.$lines.get().length === 1, 'the booking was never added');
    await el.updateComplete;
    expect(addButton(el).disabled).to.equal(false);
    expect(addButton(el).textContent!.trim()).to.equal(t('detail.add'));
  });

  it('says a pick was just taken, reloads the picker and leaves the cart as it was', async () => {
    const f = await createZoneFixture();
    f.override({ placeHold: () => Promise.reject(new OrderZoneError('conflict', 'That slot was just taken.')) });
    const el = await mount(f, 'cleaning');
    await loaded(el);
    await addShirts(2);
    const before = flow.zone.cart.$lines.get();
    let refreshed = 0;
    picker(el).refresh = () => (refreshed += 1);
    const start = new Date(Date.now() + 2 * 86_400_000);
    start.setUTCHours(3, 0, 0, 0); // 11:00 in Shanghai, a slot of the cleaning visit
    await pick(el, { type: 'time_slot', start: start.toISOString() });
    addButton(el).click();
    await waitUntil(() => text(el, '.alert-region') !== '', 'no message shown');
    expect(text(el, '.alert-region')).to.equal(t('detail.booking_taken.time_slot'));
    expect(refreshed).to.equal(1);
    expect(flow.zone.cart.$lines.get()).to.deep.equal(before);
    // The pick is gone: adding again asks for a new one.
    expect(root(el).querySelector('[data-booking-price] .tier-note')!.textContent!.trim()).to.equal(t('detail.booking_choose.time_slot'));
    await expect(el).shadowDom.to.be.accessible();
  });

  it("shows the backend's reason when it refuses a pick, and asks for a pick before adding", async () => {
    const f = await createZoneFixture();
    f.override({
      placeHold: () => Promise.reject(new OrderZoneError('validation', 'too short', { fieldErrors: [{ field: 'checkOut', code: 'stay_too_short', params: { min: 2 } }] })),
    });
    const el = await mount(f, 'hotel');
    await loaded(el);
    addButton(el).click();
    await el.updateComplete;
    expect(text(el, '.alert-region')).to.equal(t('detail.booking_choose_first.stay'));
    await pick(el, twoNights);
    expect(text(el, '.alert-region')).to.equal('', 'a new pick clears the message');
    addButton(el).click();
    await waitUntil(() => text(el, '.alert-region') !== '', 'no message shown');
    expect(text(el, '.alert-region')).to.equal(t('field.stay_too_short', { min: 2 }));
    expect(flow.zone.cart.$lines.get()).to.deep.equal([]);
  });

  it('adds a booking from the keyboard and speaks Chinese for zh-CN', async () => {
    const zh = translator('zh-CN', productDetailMessages);
    const el = await mount(await createAnyZoneFixture({ locale: 'zh-CN', seed: shopWithSessionTomorrow() }), 'cinema');
    await loaded(el);
    expect(text(el, '.booking-heading')).to.equal(zh('detail.picker_heading.seats'));
    const product = shopProduct('cinema');
    await pick(el, { type: 'seats', sessionId: product.kind === 'seats' ? product.booking.sessions[0]!.id : '', seatIds: ['A1', 'A2'] });
    expect(text(el, '[data-booking-price] .tier-note')).to.equal(zh('detail.booking_price.seats'));
    addButton(el).focus();
    const added = oneEvent(el, 'oz-cart-add');
    await sendKeys({ press: 'Enter' });
    expect((await added).detail.line.booking).to.deep.include({ type: 'seats' });
    await el.updateComplete;
    expect(text(el, '.status-region')).to.match(/^已加入购物车：.+，将为您保留 (9|10) 分钟。$/);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says so when the backend cannot take bookings', async () => {
    const f = await createZoneFixture();
    const { getAvailability: _a, placeHold: _p, releaseHold: _r, ...goodsOnly } = f.adapter;
    const zone = await (await import('@orderzone/core')).createOrderZone({ adapter: goodsOnly, shopId: 'u', locale: 'en-US' }).load('checkout', 'bookings', 'account');
    flow = { ...f, zone };
    const el = await fixture<ProductDetail>(html`<product-detail .zone=${zone} product-id="cleaning"></product-detail>`);
    await loaded(el);
    expect(text(el, '[data-bookings-unsupported]')).to.equal(t('detail.bookings_unsupported'));
    expect(addButton(el).disabled).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
  });
});
