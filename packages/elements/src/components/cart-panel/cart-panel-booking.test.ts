import { createOrderZone, holdSecondsLeft, memoryStorage, OrderZoneError, type BookableProduct, type BookingSelection, type CartLine } from '@orderzone/core';
import { addDays, utcToZoned } from '@orderzone/core/bookings';
import { createEmbeddedBackend } from '@orderzone/embedded-backend';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addToCart, overridableAdapter, persistentMemoryStorage, translator, type ZoneFixture, ALL_PARTS } from '../../testing/zone-fixture.ts';
import { testShop } from '../../../../core/src/testing/test-shop.ts';
import { manualClock, type ManualClock } from '../../../../core/src/testing/manual-clock.ts';
import { defineElement } from '../define-element.ts';
import { CartPanel } from './cart-panel.ts';
import { cartPanelMessages } from './cart-panel.messages.ts';
import { formatCountdown } from '../../controllers/countdown.ts';

defineElement('cart-panel', CartPanel);

const t = translator('en-US', cartPanelMessages);

let flow: ZoneFixture;
afterEach(() => flow?.zone.dispose());

/** A zone over an embedded backend whose clock is `clock`. */
async function bookingFixture(clock: ManualClock, locale = 'en-US'): Promise<ZoneFixture> {
  const backend = createEmbeddedBackend({ storage: memoryStorage(), shopId: 't', seed: testShop(), now: () => new Date(clock.now()) });
  const { adapter, override } = overridableAdapter(backend);
  const zone = await createOrderZone({ adapter, storage: persistentMemoryStorage(), shopId: 't', locale }).load(...ALL_PARTS);
  flow = { zone, backend, adapter, override, orderCount: () => backend.engine.snapshot().orders.length };
  return flow;
}

const today = utcToZoned(new Date().toISOString(), 'Asia/Shanghai').date;
const twoNights: BookingSelection = { type: 'stay', checkIn: addDays(today, 3), checkOut: addDays(today, 5) };

async function bookHotel(f: ZoneFixture, variantId = 'standard'): Promise<CartLine> {
  const product = (await f.zone.catalog.getProduct('hotel')) as BookableProduct;
  const { line } = await f.zone.bookings.addToCart({ product, variantId, booking: twoNights });
  return line!;
}

async function mount(f: ZoneFixture, clock: ManualClock): Promise<CartPanel> {
  return fixture<CartPanel>(html`<cart-panel style="--oz-transition: 0s" .zone=${f.zone} .clock=${clock}></cart-panel>`);
}

function $(el: CartPanel, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function text(node: Element | null): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function bookingLine(el: CartPanel): HTMLElement {
  return $(el, '.line.booking')!;
}

function liveRegion(el: CartPanel): string {
  return text($(el, '[role="status"][aria-live="polite"]'));
}

async function settled(el: CartPanel): Promise<void> {
  await waitUntil(() => flow.zone.checkout.$quote.get().status === 'ready' && $(el, '.price-summary')?.getAttribute('aria-busy') === 'false', 'the quote did not arrive', { timeout: 4000 });
  await el.updateComplete;
}

describe('<cart-panel> with bookings', () => {
  it('shows a booking line with what it books, a Remove button and no quantity stepper', async () => {
    const clock = manualClock(Date.now());
    const f = await bookingFixture(clock);
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    await bookHotel(f);
    const el = await mount(f, clock);
    await settled(el);
    const line = bookingLine(el);
    expect(line.querySelector('[data-quantity]') === null).to.equal(true);
    expect(line.querySelector('[data-remove]')!.getAttribute('aria-label')).to.equal(t('cartPanel.remove_label', { title: 'Lakeside Hotel' }));
    expect(text(line.querySelector('[data-booking-row="nights"] dd'))).to.match(/^2 nights \(/);
    expect(text(line.querySelector('[data-booking-row="check-in"] dd'))).to.contain('from 2:00');
    // The goods line keeps its stepper.
    expect(el.shadowRoot!.querySelectorAll('.line:not(.booking) [data-quantity]').length).to.equal(1);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('counts the hold down every second, announcing only at 5 minutes, 1 minute and when it lapses', async () => {
    const clock = manualClock(Date.now());
    const f = await bookingFixture(clock);
    const held = await bookHotel(f);
    const el = await mount(f, clock);
    await settled(el);
    const timer = (): string => text(bookingLine(el).querySelector('[data-hold-timer]'));
    const expectedTimer = (): string => t('cartPanel.hold_left', { time: formatCountdown(holdSecondsLeft(held, new Date(clock.now()))!) });
    expect(timer()).to.equal(expectedTimer());
    expect(timer()).to.match(/^Held for (10:00|9:5\d)$/);

    await clock.advance(19_000);
    await el.updateComplete;
    expect(timer()).to.equal(expectedTimer());
    expect(liveRegion(el)).to.equal('', 'the countdown is not spoken every second');

    // Just before and just after 5 minutes left.
    const toFive = (holdSecondsLeft(held, new Date(clock.now()))! - 301) * 1000;
    await clock.advance(toFive);
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('');
    await clock.advance(1000);
    await el.updateComplete;
    expect(timer()).to.equal('Held for 5:00');
    expect(liveRegion(el)).to.equal(t('cartPanel.hold_announce.other', { title: 'Lakeside Hotel', count: 5 }));

    await clock.advance(240_000);
    await el.updateComplete;
    expect(liveRegion(el)).to.equal(t('cartPanel.hold_announce.one', { title: 'Lakeside Hotel', count: 1 }));

    await clock.advance(60_000);
    await el.updateComplete;
    expect(liveRegion(el)).to.equal(t('cartPanel.hold_expired_announce', { title: 'Lakeside Hotel' }));
    const line = bookingLine(el);
    expect(line.dataset.bookingStatus).to.equal('hold_expired');
    expect(text(line.querySelector('[data-hold]'))).to.equal(`⚠ ${t('cartPanel.hold_expired')} ${t('cartPanel.hold_expired_hint')}`);
    expect(line.querySelector('[data-hold-timer]') === null).to.equal(true);
    const checkout = $(el, '[data-checkout]') as HTMLButtonElement;
    expect(checkout.disabled).to.equal(true);
    expect(text($(el, '#blocked-reason'))).to.equal(t('cartPanel.blocked_bookings'));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('holds a lapsed booking again with "Check again", from the keyboard', async () => {
    const clock = manualClock(Date.now());
    const f = await bookingFixture(clock);
    const first = await bookHotel(f);
    const el = await mount(f, clock);
    await settled(el);
    await clock.advance(holdSecondsLeft(first, new Date(clock.now()))! * 1000);
    await el.updateComplete;
    const button = bookingLine(el).querySelector<HTMLButtonElement>('[data-recheck]')!;
    expect(button.getAttribute('aria-label')).to.equal(t('cartPanel.recheck_label', { title: 'Lakeside Hotel' }));
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => bookingLine(el).dataset.bookingStatus === 'held', 'the booking was not held again');
    const renewed = f.zone.cart.$lines.get()[0]!;
    expect(renewed.hold!.id).to.not.equal(first.hold!.id);
    expect(text(bookingLine(el).querySelector('[data-hold-timer]'))).to.equal('Held for 10:00');
    // The line is held as soon as the hold is back; the announcement follows the re-price.
    const held = t('cartPanel.recheck_held', { title: 'Lakeside Hotel' });
    await waitUntil(() => liveRegion(el) === held, `"${held}" was not announced`);
    // Focus stays on the line (its Remove button), not lost to the page.
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-remove')).to.equal(true);
    await settled(el);
    expect(($(el, '[data-checkout]') as HTMLButtonElement).disabled).to.equal(false);
  });

  it('marks a booking taken meanwhile "No longer available" and keeps it until the shopper removes it', async () => {
    const clock = manualClock(Date.now());
    const f = await bookingFixture(clock);
    await addToCart(f.zone, 'shirt', 'shirt-navy-m', 1);
    // The tests' hotel has one suite: once this shopper's hold lapsed, another shopper holds the same nights.
    const first = await bookHotel(f, 'suite');
    const el = await mount(f, clock);
    await settled(el);
    await clock.advance(holdSecondsLeft(first, new Date(clock.now()))! * 1000);
    await el.updateComplete;
    await f.backend.placeHold!({ productId: 'hotel', variantId: 'suite', booking: twoNights });
    bookingLine(el).querySelector<HTMLButtonElement>('[data-recheck]')!.click();
    await waitUntil(() => bookingLine(el).dataset.bookingStatus === 'booking_unavailable', 'the line was not marked');
    const line = bookingLine(el);
    expect(text(line.querySelector('[data-hold]'))).to.equal(`⚠ ${t('cartPanel.booking_unavailable')} ${t('cartPanel.booking_unavailable_hint')}`);
    expect(line.querySelector('[data-recheck]') === null).to.equal(true);
    expect(f.zone.cart.$lines.get().map((l) => l.productId)).to.deep.equal(['shirt', 'hotel']);
    expect(($(el, '[data-checkout]') as HTMLButtonElement).disabled).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();
    line.querySelector<HTMLButtonElement>('[data-remove]')!.click();
    await el.updateComplete;
    expect(f.zone.cart.$lines.get().map((l) => l.productId)).to.deep.equal(['shirt']);
  });

  it('says why checking again failed, and lets the shopper try again', async () => {
    const clock = manualClock(Date.now());
    const f = await bookingFixture(clock);
    const first = await bookHotel(f);
    const el = await mount(f, clock);
    await settled(el);
    await clock.advance(holdSecondsLeft(first, new Date(clock.now()))! * 1000);
    await el.updateComplete;
    f.override({ placeHold: () => Promise.reject(new OrderZoneError('network', 'offline')) });
    bookingLine(el).querySelector<HTMLButtonElement>('[data-recheck]')!.click();
    await waitUntil(() => bookingLine(el).querySelector('[data-recheck-error]'), 'no error shown');
    expect(text(bookingLine(el).querySelector('[data-recheck-error]'))).to.equal(`${t('cartPanel.recheck_failed')} ${t('error.network')}`);
    expect(bookingLine(el).dataset.bookingStatus).to.equal('hold_expired');
    expect(bookingLine(el).querySelector<HTMLButtonElement>('[data-recheck]')!.disabled).to.equal(false);
  });

  it('speaks Chinese for zh-CN', async () => {
    const zh = translator('zh-CN', cartPanelMessages);
    const clock = manualClock(Date.now());
    const f = await bookingFixture(clock, 'zh-CN');
    await bookHotel(f);
    const el = await mount(f, clock);
    await settled(el);
    expect(text(bookingLine(el).querySelector('[data-hold-timer]'))).to.match(/^为您保留 (10:00|9:5\d)$/);
    expect(text(bookingLine(el).querySelector('[data-booking-row="nights"] dd'))).to.match(/^共 2 晚（/);
    expect(text(bookingLine(el).querySelector('[data-remove]'))).to.equal(zh('cartPanel.remove'));
  });
});
