import { formatMoney, type SeatsProduct } from '@orderzone/core';
import { priceBooking } from '@orderzone/core/bookings';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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
    for (const key of ['seats.legend_available', 'seats.legend_selected', 'seats.legend_taken', 'seats.legend_unavailable']) expect(legend).to.contain(t(key));
    expect(legend).to.contain(t('seats.zone_price', { zone: 'VIP', price: vip }));
    await expect(el).shadowDom.to.be.accessible();

    seat(el, 'E2').click();
    await el.updateComplete;
    expect(el.selection).to.equal(undefined);
    expect(seat(el, 'E2').getAttribute('aria-pressed')).to.equal('false');
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
