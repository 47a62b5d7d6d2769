import { formatMoney, type StayProduct } from '@orderzone/core';
import { priceBooking, utcToZoned } from '@orderzone/core/bookings';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createBookingFixture, hotelAvailability, hotelProduct, type BookingFixture } from '../../testing/booking-picker-fixture.ts';
import { translator } from '../../testing/zone-fixture.ts';
import { defineElement } from '../define-element.ts';
import { StayPicker } from './stay-picker.ts';
import { stayPickerMessages } from './stay-picker.messages.ts';

defineElement('stay-picker', StayPicker);

const t = translator('en-US', stayPickerMessages);
let flow: BookingFixture | undefined;

afterEach(() => {
  flow?.zone.dispose();
  flow = undefined;
});

const todayInShanghai = (): string => utcToZoned(new Date().toISOString(), 'Asia/Shanghai').date;

/** Day `day` of the month after today's (Shanghai). */
function nextMonthDay(day: number): string {
  const [y, m] = todayInShanghai().split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, day)).toISOString().slice(0, 10);
}

const shortDate = (date: string, locale = 'en-US'): string =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

async function mount(product: StayProduct, soldOut: string[] = [], locale = 'en-US'): Promise<StayPicker> {
  flow = await createBookingFixture((r) => hotelAvailability(r, product, soldOut), locale);
  const el = await fixture<StayPicker>(html`<stay-picker style="--oz-transition: 0s" .zone=${flow.zone} .product=${product} locale=${locale}></stay-picker>`);
  await ready(el);
  return el;
}

function root(el: StayPicker): ShadowRoot {
  return el.shadowRoot!;
}

async function ready(el: StayPicker): Promise<void> {
  // A click or key that changed the month has rendered the new month as loading by now.
  await el.updateComplete;
  await waitUntil(() => root(el).querySelector('.picker[aria-busy="false"]'), 'availability never loaded');
  await el.updateComplete;
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function cell(el: StayPicker, date: string): HTMLElement {
  return root(el).querySelector<HTMLElement>(`td[data-date="${date}"]`)!;
}

async function showNextMonth(el: StayPicker): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('.calendar-nav.next')!.click();
  await ready(el);
}

async function pickRange(el: StayPicker, checkIn: string, checkOut: string): Promise<void> {
  cell(el, checkIn).click();
  await el.updateComplete;
  cell(el, checkOut).click();
  await el.updateComplete;
}

function focused(el: StayPicker): string | undefined {
  return (root(el).activeElement as HTMLElement | null)?.dataset.date;
}

/** Moves the calendar's focus to `target` with the arrow keys only. */
async function arrowTo(el: StayPicker, target: string): Promise<void> {
  for (let i = 0; i < 40 && focused(el) !== target; i++) {
    const diff = (Date.parse(target) - Date.parse(focused(el)!)) / 86_400_000;
    await sendKeys({ press: diff >= 7 ? 'ArrowDown' : diff <= -7 ? 'ArrowUp' : diff > 0 ? 'ArrowRight' : 'ArrowLeft' });
    await el.updateComplete;
  }
  expect(focused(el)).to.equal(target);
}

const problems = (el: StayPicker): string[] => [...root(el).querySelectorAll('.problems li')].map((li) => text(li));

describe('<stay-picker>', () => {
  it('picks check-in and check-out with the keyboard only and shows the whole stay’s price from the core', async function () {
    // Many key presses and two axe runs over a whole month grid.
    (this as { timeout(ms: number): void }).timeout(30_000);
    const product = hotelProduct();
    const el = await mount(product);
    await expect(el).shadowDom.to.be.accessible();
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 6 && !focused(el); i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(todayInShanghai());
    await sendKeys({ press: 'PageDown' });
    await ready(el);
    const checkIn = nextMonthDay(3);
    const checkOut = nextMonthDay(6);
    await arrowTo(el, checkIn);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(root(el).querySelector('.range-status'))).to.equal(t('stay.choose_check_out', { checkIn: shortDate(checkIn) }));
    await arrowTo(el, checkOut);
    const change = oneEvent(el, 'oz-booking-change');
    await sendKeys({ press: ' ' });
    const { detail } = await change;
    const expected = priceBooking(product, 'standard', { type: 'stay', checkIn, checkOut });
    expect(detail.selection).to.deep.equal({ type: 'stay', checkIn, checkOut });
    expect(detail.preview).to.deep.equal(expected);
    expect(el.selection).to.deep.equal({ type: 'stay', checkIn, checkOut });
    await el.updateComplete;
    expect(text(root(el).querySelector('.range-status'))).to.equal(t('stay.range', { checkIn: shortDate(checkIn), checkOut: shortDate(checkOut), nights: 3 }));
    expect(text(root(el).querySelector('.pick-price'))).to.equal(t('stay.total', { nights: 3, price: formatMoney(expected.unitPrice, 'en-US') }));
    expect(root(el).querySelectorAll('.night-list li').length).to.equal(3);
    expect(cell(el, checkIn).getAttribute('aria-selected')).to.equal('true');
    expect(cell(el, nextMonthDay(4)).getAttribute('aria-selected')).to.equal('true');
    expect(cell(el, checkOut).textContent).to.contain(t('stay.day_check_out'));
    await expect(el).shadowDom.to.be.accessible();
  });

  for (const width of [390, 1280]) {
    it(`marks today apart from the price under it, at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      try {
        const el = await mount(hotelProduct([]));
        const today = cell(el, todayInShanghai());
        const note = today.querySelector('.day-note')!;
        expect(text(note)).to.match(/^CN¥\d+$/);
        expect(getComputedStyle(today.querySelector('.day-number')!).textDecorationLine, 'no underline running into the price').to.equal('none');
        // The marker: a dot in the cell's top corner, clear of the number and of the price.
        const marker = getComputedStyle(today, '::after');
        expect(marker.content).to.not.equal('none');
        const box = today.getBoundingClientRect();
        const dot = { top: box.top + parseFloat(marker.top), bottom: box.top + parseFloat(marker.top) + parseFloat(marker.height), left: box.right - parseFloat(marker.right) - parseFloat(marker.width) };
        for (const part of [note, today.querySelector('.day-number')!]) {
          const r = part.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(part);
          const ink = range.getBoundingClientRect();
          expect(ink.top >= dot.bottom || ink.right <= dot.left || r.bottom <= dot.top, `the marker overlaps "${text(part)}"`).to.equal(true);
        }
        // The price fits its day.
        expect(note.scrollWidth).to.be.at.most(today.clientWidth);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('shows each night’s price, and closed and sold-out nights in words', async () => {
    const closed = nextMonthDay(12);
    const full = nextMonthDay(13);
    const product = hotelProduct([closed]);
    const el = await mount(product, [full]);
    await showNextMonth(el);
    const night = nextMonthDay(10);
    const weekday = new Date(`${night}T00:00:00Z`).getUTCDay();
    const price = weekday === 5 || weekday === 6 ? 45000 : 30000;
    // Written as everywhere else ("CN¥", never "¥" in English), without a fraction of zeros in the day's narrow cell.
    const priceText = formatMoney({ amount: price, currency: 'CNY' }, 'en-US');
    expect(text(cell(el, night).querySelector('.day-note'))).to.equal(priceText.replace(/\.00$/, ''));
    expect(text(cell(el, night).querySelector('.day-note'))).to.match(/^CN¥\d/);
    expect(cell(el, night).textContent).to.contain(t('stay.night_price', { price: priceText }));
    expect(text(cell(el, closed).querySelector('.day-note'))).to.equal(t('stay.closed_short'));
    expect(cell(el, closed).textContent).to.contain(t('stay.night_closed'));
    expect(text(cell(el, full).querySelector('.day-note'))).to.equal(t('stay.sold_out_short'));
    expect(cell(el, full).textContent).to.contain(t('stay.night_sold_out'));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says why a range cannot be booked: shorter than the minimum stay, a closed night, a sold-out night', async () => {
    const closed = nextMonthDay(12);
    const full = nextMonthDay(25);
    const el = await mount(hotelProduct([closed]), [full]);
    await showNextMonth(el);
    const changes: unknown[] = [];
    el.addEventListener('oz-booking-change', (e) => changes.push(e.detail.selection));

    await pickRange(el, nextMonthDay(20), nextMonthDay(21));
    expect(problems(el)).to.deep.equal([t('field.stay_too_short', { min: 2 })]);
    expect(el.selection).to.equal(undefined);
    expect(root(el).querySelector('.pick-summary')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();

    await pickRange(el, nextMonthDay(10), nextMonthDay(14));
    expect(problems(el)).to.deep.equal([t('field.closed_night', { date: shortDate(closed) })]);
    expect(el.selection).to.equal(undefined);

    await pickRange(el, nextMonthDay(24), nextMonthDay(27));
    expect(problems(el)).to.deep.equal([t('stay.sold_out_in_range', { date: shortDate(full) })]);
    expect(changes).to.deep.equal([undefined, undefined, undefined]);

    // A good range clears the problems and reports the stay.
    await pickRange(el, nextMonthDay(3), nextMonthDay(5));
    expect(problems(el)).to.deep.equal([]);
    expect(changes.at(-1)).to.deep.equal({ type: 'stay', checkIn: nextMonthDay(3), checkOut: nextMonthDay(5) });
  });

  it('shows Monday-first weeks and Chinese text in zh-CN, with the minimum-stay message from the core', async () => {
    const el = await mount(hotelProduct(), [], 'zh-CN');
    const headers = [...root(el).querySelectorAll('th')].map((th) => th.getAttribute('abbr'));
    expect(headers).to.deep.equal(['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日']);
    expect(text(root(el).querySelector('.calendar-title'))).to.match(/^\d{4}年\d{1,2}月$/);
    await showNextMonth(el);
    await pickRange(el, nextMonthDay(20), nextMonthDay(21));
    expect(problems(el)).to.deep.equal([translator('zh-CN', stayPickerMessages)('field.stay_too_short', { min: 2 })]);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows a malformed availability answer with a retry, and recovers', async () => {
    const product = hotelProduct();
    let malformed = true;
    flow = await createBookingFixture((r) => (malformed ? { type: 'stay', nights: [{ date: 'yesterday' }] } : hotelAvailability(r, product)));
    const el = await fixture<StayPicker>(html`<stay-picker .zone=${flow.zone} .product=${product} locale="en-US"></stay-picker>`);
    await ready(el);
    expect(text(root(el).querySelector('[part="error"] p'))).to.equal(`${t('booking.load_failed')} ${t('error.bad_response')}`);
    await expect(el).shadowDom.to.be.accessible();
    malformed = false;
    root(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    await ready(el);
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    expect(root(el).querySelectorAll('td.day .day-note').length > 0).to.equal(true);
  });

  it('refresh() reloads the month the shopper is on and the stay’s nights, and drops a stay with a night just taken', async () => {
    const soldOut: string[] = [];
    const el = await mount(hotelProduct(), soldOut);
    await showNextMonth(el);
    await pickRange(el, nextMonthDay(3), nextMonthDay(5));
    expect(el.selection).to.deep.equal({ type: 'stay', checkIn: nextMonthDay(3), checkOut: nextMonthDay(5) });

    // Still free: the pick stays.
    await el.refresh();
    expect(flow!.requests.at(-1)!.request.from).to.equal(nextMonthDay(1));
    expect(el.selection).to.deep.equal({ type: 'stay', checkIn: nextMonthDay(3), checkOut: nextMonthDay(5) });

    // The shopper looks at the month after; a night of the stay goes meanwhile.
    await showNextMonth(el);
    const month = text(root(el).querySelector('.calendar-title'));
    soldOut.push(nextMonthDay(4));
    const change = oneEvent(el, 'oz-booking-change');
    await el.refresh();
    expect((await change).detail.selection).to.equal(undefined);
    expect(el.selection).to.equal(undefined);
    // The stay's nights were asked for as well as the month on screen, which stays.
    expect(flow!.requests.some((r) => r.request.from === nextMonthDay(3) && r.request.to === nextMonthDay(4))).to.equal(true);
    expect(text(root(el).querySelector('.calendar-title'))).to.equal(month);
    expect(problems(el)).to.deep.equal([t('stay.sold_out_in_range', { date: shortDate(nextMonthDay(4)) })]);
    await expect(el).shadowDom.to.be.accessible();

    await el.refresh({ clearPick: true });
    expect(problems(el)).to.deep.equal([]);
    expect(text(root(el).querySelector('[part="status"]'))).to.equal(t('stay.choose_check_in'));
  });
});
