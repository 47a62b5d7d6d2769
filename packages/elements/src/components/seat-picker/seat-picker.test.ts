import { formatMoney, type SeatsProduct } from '@orderzone/core';
import { priceBooking } from '@orderzone/core/bookings';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { cinemaAvailability, cinemaProduct, createBookingFixture, type BookingFixture } from '../../testing/booking-picker-fixture.ts';
import { translator } from '../../testing/zone-fixture.ts';
import { defineElement } from '../define-element.ts';
import { SeatPicker } from './seat-picker.ts';
import { seatPickerMessages } from './seat-picker.messages.ts';

defineElement('seat-picker', SeatPicker);

const t = translator('en-US', seatPickerMessages);
let flow: BookingFixture | undefined;

afterEach(() => {
  flow?.zone.dispose();
  flow = undefined;
});

async function mount(product: SeatsProduct, locale = 'en-US', answer = (r: Parameters<typeof cinemaAvailability>[0]) => cinemaAvailability(r)): Promise<SeatPicker> {
  flow = await createBookingFixture(answer, locale);
  const el = await fixture<SeatPicker>(html`<seat-picker style="--oz-transition: 0s" .zone=${flow.zone} .product=${product} locale=${locale}></seat-picker>`);
  await ready(el);
  return el;
}

function root(el: SeatPicker): ShadowRoot {
  return el.shadowRoot!;
}

async function ready(el: SeatPicker): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => root(el).querySelector('.picker[aria-busy="false"]'), 'availability never loaded');
  await el.updateComplete;
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function seat(el: SeatPicker, id: string): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>(`button.seat[data-seat="${id}"]`)!;
}

const focusedSeat = (el: SeatPicker): string | undefined => (root(el).activeElement as HTMLElement | null)?.dataset.seat;
const seatName = (el: SeatPicker, id: string): string => text(seat(el, id).querySelector('.visually-hidden'));
const message = (el: SeatPicker): string => text(root(el).querySelector('.seat-message'));

async function press(el: SeatPicker, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<seat-picker>', () => {
  it('picks seats with the keyboard only: arrows move, Space and Enter toggle, taken seats refuse', async function () {
    (this as { timeout(ms: number): void }).timeout(30_000);
    const product = cinemaProduct();
    const el = await mount(product);
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 6 && !focusedSeat(el); i++) await sendKeys({ press: 'Tab' });
    expect(focusedSeat(el)).to.equal('E1');
    // One tab stop for the whole map.
    expect(root(el).querySelectorAll('button.seat[tabindex="0"]').length).to.equal(1);

    await press(el, 'ArrowRight');
    expect(focusedSeat(el)).to.equal('E2');
    const changes: unknown[] = [];
    el.addEventListener('oz-booking-change', (e) => changes.push(e.detail));
    await press(el, ' ');
    expect(message(el)).to.equal(t('seats.cannot_choose', { seat: 'Row E, seat 2' }));
    expect(changes).to.deep.equal([]);

    await press(el, 'ArrowRight');
    const first = oneEvent(el, 'oz-booking-change');
    await press(el, ' ');
    expect((await first).detail.selection).to.deep.equal({ type: 'seats', sessionId: 'matinee', seatIds: ['E3'] });
    // One seat is one seat: the plural comes from Intl.PluralRules.
    expect(text(root(el).querySelector('.pick-price'))).to.match(/^Total for 1 seat: /);
    await press(el, 'ArrowDown');
    expect(focusedSeat(el)).to.equal('F3');
    const second = oneEvent(el, 'oz-booking-change');
    await press(el, 'Enter');
    const { detail } = await second;
    const selection = { type: 'seats' as const, sessionId: 'matinee', seatIds: ['E3', 'F3'] };
    expect(detail.selection).to.deep.equal(selection);
    expect(detail.preview).to.deep.equal(priceBooking(product, 'ticket', selection));
    expect(el.selection).to.deep.equal(selection);
    expect(seat(el, 'F3').getAttribute('aria-pressed')).to.equal('true');
    expect(text(root(el).querySelector('.pick-price'))).to.equal(t('seats.total', { count: 2, price: formatMoney(detail.preview!.unitPrice, 'en-US') }));

    await press(el, 'End');
    expect(focusedSeat(el)).to.equal('F5');
    await press(el, 'Home');
    expect(focusedSeat(el)).to.equal('F1');
    await sendKeys({ down: 'Control' });
    await press(el, 'Home');
    await sendKeys({ up: 'Control' });
    expect(focusedSeat(el)).to.equal('E1');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('names every seat with its row, zone, price and state, and marks taken and unavailable seats by shape too', async () => {
    const el = await mount(cinemaProduct());
    const std = formatMoney({ amount: 4500, currency: 'CNY' }, 'en-US');
    const vip = formatMoney({ amount: 8000, currency: 'CNY' }, 'en-US');
    expect(seatName(el, 'E1')).to.equal(`Row E, seat 1, Standard ${std}, available`);
    expect(seatName(el, 'E2')).to.equal(`Row E, seat 2, Standard ${std}, taken`);
    expect(seatName(el, 'F5')).to.equal(`Row F, seat 5, VIP ${vip}, not for sale`);
    expect(seat(el, 'E2').getAttribute('aria-disabled')).to.equal('true');
    expect(seat(el, 'F5').getAttribute('aria-disabled')).to.equal('true');
    expect(seat(el, 'E1').hasAttribute('aria-disabled')).to.equal(false);
    // Shape, not colour: a cross on taken seats, a dashed outline on seats not for sale.
    expect(getComputedStyle(seat(el, 'E2'), '::after').content).to.equal('"✕"');
    expect(getComputedStyle(seat(el, 'F5')).borderTopStyle).to.equal('dashed');
    const legend = text(root(el).querySelector('[part="legend"]'));
    for (const key of ['seats.legend_available', 'seats.legend_chosen', 'seats.legend_yours', 'seats.legend_taken', 'seats.legend_unavailable']) expect(legend).to.contain(t(key));
    expect(legend).to.contain(t('seats.zone_price', { zone: 'VIP', price: vip }));
    await expect(el).shadowDom.to.be.accessible();

    seat(el, 'E2').click();
    await el.updateComplete;
    expect(el.selection).to.equal(undefined);
    expect(seat(el, 'E2').getAttribute('aria-pressed')).to.equal('false');
  });

  for (const width of [390, 1280]) {
    it(`prints each seat's number, readable, shows the screen, and draws price zones apart with a legend, at ${width} px`, async () => {
      await setViewport({ width, height: 900 });
      try {
        const product = cinemaProduct();
        product.booking.seatMap.stage = { 'zh-CN': '银幕', 'en-US': 'Screen' };
        const el = await mount(product);
        // The screen, above the first row.
        const stage = root(el).querySelector<HTMLElement>('[part="stage"]')!;
        expect(text(stage)).to.equal('Screen');
        expect(stage.getBoundingClientRect().bottom).to.be.at.most(seat(el, 'E1').getBoundingClientRect().top);
        // Numbers on the seats: the seat's place in its row, large enough to read, inside the seat.
        for (const id of ['E1', 'E4', 'F3']) {
          const number = seat(el, id).querySelector<HTMLElement>('.seat-number')!;
          expect(text(number)).to.equal(id.slice(1));
          expect(parseFloat(getComputedStyle(number).fontSize), `${id}: the number is too small to read`).to.be.at.least(10);
          const box = seat(el, id).getBoundingClientRect();
          const ink = number.getBoundingClientRect();
          expect(ink.left >= box.left && ink.right <= box.right && ink.top >= box.top && ink.bottom <= box.bottom, `${id}: the number spills out`).to.equal(true);
        }
        // Standard and VIP rows look different, and not by colour alone: VIP seats carry a thick band on top.
        const std = getComputedStyle(seat(el, 'E1'));
        const vip = getComputedStyle(seat(el, 'F1'));
        expect(vip.backgroundColor).to.not.equal(std.backgroundColor);
        expect(parseFloat(vip.borderTopWidth)).to.be.greaterThan(parseFloat(std.borderTopWidth) + 2);
        // The legend shows each zone with a sample seat that looks like its seats, and its price.
        const vipSample = root(el).querySelector<HTMLElement>('[data-legend-zone="vip"] .seat')!;
        expect(getComputedStyle(vipSample).backgroundColor).to.equal(vip.backgroundColor);
        expect(text(root(el).querySelector('[data-legend-zone="vip"]'))).to.equal(t('seats.zone_price', { zone: 'VIP', price: formatMoney({ amount: 8000, currency: 'CNY' }, 'en-US') }));
        expect(root(el).querySelector('.seat-map-wrap')!.scrollWidth, 'the map fits').to.be.at.most(root(el).querySelector<HTMLElement>('.seat-map-wrap')!.clientWidth);
        // A chosen seat carries a check mark in its corner, clear of its number.
        seat(el, 'E1').click();
        await el.updateComplete;
        const check = seat(el, 'E1').querySelector<HTMLElement>('.seat-check')!;
        const mark = check.getBoundingClientRect();
        const number = seat(el, 'E1').querySelector('.seat-number')!.getBoundingClientRect();
        expect(mark.width, 'a check mark is drawn').to.be.greaterThan(8);
        expect(mark.left >= number.right || mark.bottom <= number.top, 'the check mark covers the number').to.equal(true);
        expect(seat(el, 'E2').querySelector('.seat-check'), 'only on chosen seats').to.equal(null);
        await expect(el).shadowDom.to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('shows the seats the shopper already holds in the cart as theirs, not as taken', async () => {
    const product = cinemaProduct();
    // The backend counts E4 and E5 as held: by this shopper, whose cart has them; E2 by someone else.
    const el = await mount(product, 'en-US', (r) => cinemaAvailability(r, ['E4', 'E5']));
    await flow!.zone.cart.addBooking({
      product,
      variantId: 'ticket',
      booking: { type: 'seats', sessionId: 'matinee', seatIds: ['E4', 'E5'] },
      hold: { id: 'hold-1', expiresAt: new Date(Date.now() + 600_000).toISOString() },
    });
    await el.updateComplete;
    const std = formatMoney({ amount: 4500, currency: 'CNY' }, 'en-US');
    expect(seatName(el, 'E5')).to.equal(`Row E, seat 5, Standard ${std}, in your cart`);
    expect(seat(el, 'E5').dataset.state).to.equal('yours');
    expect(seatName(el, 'E2')).to.equal(`Row E, seat 2, Standard ${std}, taken`);
    // Drawn as theirs: striped, its number shown; no cross.
    expect(getComputedStyle(seat(el, 'E5')).backgroundImage).to.contain('repeating-linear-gradient');
    expect(getComputedStyle(seat(el, 'E5'), '::after').content).to.not.equal('"✕"');
    expect(text(seat(el, 'E5').querySelector('.seat-number'))).to.equal('5');
    expect(text(root(el).querySelector('[data-legend="yours"]'))).to.equal(t('seats.legend_yours'));
    // Choosing it again would book it twice: it says so.
    seat(el, 'E5').click();
    await el.updateComplete;
    expect(message(el)).to.equal(t('seats.already_yours', { seat: 'Row E, seat 5' }));
    expect(el.selection).to.equal(undefined);
    // The other session's map: E5 is not theirs there.
    el.sessionId = 'evening';
    await ready(el);
    expect(seat(el, 'E5').dataset.state).to.equal('taken');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('enforces the per-order limit with the core’s message and keeps the seats already chosen', async () => {
    const el = await mount(cinemaProduct());
    expect(text(root(el).querySelector('[part="limit"]'))).to.equal(t('seats.limit', { max: 3 }));
    for (const id of ['E1', 'E3', 'E4']) seat(el, id).click();
    await el.updateComplete;
    expect(message(el)).to.equal('');
    seat(el, 'E5').click();
    await el.updateComplete;
    expect(message(el)).to.equal(t('field.too_many_seats', { max: 3 }));
    expect(el.selection).to.deep.equal({ type: 'seats', sessionId: 'matinee', seatIds: ['E1', 'E3', 'E4'] });
    expect(seat(el, 'E5').getAttribute('aria-pressed')).to.equal('false');
    await expect(el).shadowDom.to.be.accessible();

    // Giving one back makes room again.
    seat(el, 'E1').click();
    seat(el, 'E5').click();
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ type: 'seats', sessionId: 'matinee', seatIds: ['E3', 'E4', 'E5'] });
  });

  it('loads the taken seats of another session when the shopper switches, starting a new pick', async () => {
    const el = await mount(cinemaProduct(), 'en-US', (r) => cinemaAvailability(r, r.sessionId === 'evening' ? ['E3'] : []));
    seat(el, 'E3').click();
    await el.updateComplete;
    const cleared = oneEvent(el, 'oz-booking-change');
    root(el).querySelectorAll<HTMLInputElement>('input[name="session"]')[1]!.click();
    expect((await cleared).detail.selection).to.equal(undefined);
    await ready(el);
    expect(flow!.requests.map((r) => r.request.sessionId)).to.deep.equal(['matinee', 'evening']);
    expect(seatName(el, 'E3')).to.contain(t('seats.state_taken'));
    expect(el.selection).to.equal(undefined);
  });

  it('mirrors the left and right arrows in a right-to-left page', async () => {
    const el = await mount(cinemaProduct());
    el.setAttribute('dir', 'rtl');
    seat(el, 'E3').focus();
    await press(el, 'ArrowLeft');
    expect(focusedSeat(el)).to.equal('E4');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(focusedSeat(el)).to.equal('E2');
  });

  it('reads in Chinese in zh-CN', async () => {
    const el = await mount(cinemaProduct(), 'zh-CN');
    const zh = translator('zh-CN', seatPickerMessages);
    expect(seatName(el, 'E1')).to.equal(`E 排 1 座，普通 ${formatMoney({ amount: 4500, currency: 'CNY' }, 'zh-CN')}，可选`);
    expect(text(root(el).querySelector('[part="limit"]'))).to.equal(zh('seats.limit', { max: 3 }));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows a malformed availability answer with a retry, and recovers', async () => {
    let malformed = true;
    const el = await mount(cinemaProduct(), 'en-US', (r) => (malformed ? { type: 'seats', takenSeatIds: 'E2' } : cinemaAvailability(r)));
    expect(text(root(el).querySelector('[part="error"] p'))).to.equal(`${t('booking.load_failed')} ${t('error.bad_response')}`);
    expect(root(el).querySelector('button.seat')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
    malformed = false;
    root(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    await ready(el);
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    expect(seatName(el, 'E2')).to.contain(t('seats.state_taken'));
  });

  it('refresh() reloads the session the shopper is on, drops seats just taken and says so', async () => {
    const taken: string[] = [];
    const el = await mount(cinemaProduct(), 'en-US', (r) => cinemaAvailability(r, taken));
    root(el).querySelectorAll<HTMLInputElement>('input[name="session"]')[1]!.click();
    await ready(el);
    seat(el, 'E3').click();
    await el.updateComplete;
    seat(el, 'E4').click();
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ type: 'seats', sessionId: 'evening', seatIds: ['E3', 'E4'] });

    taken.push('E3');
    const change = oneEvent(el, 'oz-booking-change');
    await el.refresh();
    expect((await change).detail.selection).to.deep.equal({ type: 'seats', sessionId: 'evening', seatIds: ['E4'] });
    expect(flow!.requests.at(-1)!.request.sessionId).to.equal('evening');
    expect(el.selection).to.deep.equal({ type: 'seats', sessionId: 'evening', seatIds: ['E4'] });
    expect(seatName(el, 'E3')).to.contain(t('seats.state_taken'));
    expect(message(el)).to.equal(t('field.seat_unavailable', { seat: 'Row E, seat 3' }));
    await expect(el).shadowDom.to.be.accessible();

    await el.refresh({ clearPick: true });
    expect(el.selection).to.equal(undefined);
    expect(seatName(el, 'E4')).to.contain(t('seats.state_available'));
  });
});
