import { formatMoney, type TimeSlotProduct } from '@orderzone/core';
import { priceBooking, utcToZoned, zonedDateTimeToUtc } from '@orderzone/core/bookings';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createBookingFixture, serviceAvailability, serviceProduct, type BookingFixture } from '../../testing/booking-picker-fixture.ts';
import { deferred, translator } from '../../testing/zone-fixture.ts';
import { formatMonth, formatShortDate } from '../../parts/booking-calendar/calendar-month.ts';
import { defineElement } from '../define-element.ts';
import { BookingPicker } from './booking-picker.ts';
import { bookingPickerMessages } from './booking-picker.messages.ts';

defineElement('booking-picker', BookingPicker);

const t = translator('en-US', bookingPickerMessages);
const NY = 'America/New_York';
let flow: BookingFixture | undefined;

afterEach(() => {
  flow?.zone.dispose();
  flow = undefined;
});

/** A calendar date `months` months after the month of `date`, same day (clamped to the month's end). */
function sameDayInMonth(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

const todayInNewYork = (): string => utcToZoned(new Date().toISOString(), NY).date;

async function mount(f: BookingFixture, product: TimeSlotProduct, attrs: { locale?: string; shopperZone?: string } = {}): Promise<BookingPicker> {
  flow = f;
  const el = await fixture<BookingPicker>(
    html`<booking-picker style="--oz-transition: 0s" .zone=${f.zone} .product=${product} locale=${attrs.locale ?? 'en-US'} shopper-time-zone=${attrs.shopperZone ?? 'Asia/Shanghai'}></booking-picker>`,
  );
  await ready(el);
  return el;
}

function root(el: BookingPicker): ShadowRoot {
  return el.shadowRoot!;
}

async function ready(el: BookingPicker): Promise<void> {
  // A click or key that changed the month has rendered the new month as loading by now.
  await el.updateComplete;
  await waitUntil(() => root(el).querySelector('.picker[aria-busy="false"]'), 'availability never loaded');
  await el.updateComplete;
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function focusedDate(el: BookingPicker): string | undefined {
  return (root(el).activeElement as HTMLElement | null)?.dataset.date;
}

/** Tabs from the page into the picker until a day of the calendar has the focus. */
async function tabToCalendar(el: BookingPicker): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  for (let i = 0; i < 6 && !focusedDate(el); i++) await sendKeys({ press: 'Tab' });
  expect(focusedDate(el) !== undefined).to.equal(true);
}

async function press(el: BookingPicker, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await ready(el);
}

describe('<booking-picker>', () => {
  it('names each day by how many times are free, one time in the singular', async () => {
    const product = serviceProduct();
    let oneFree = '';
    const el = await mount(
      await createBookingFixture((request) => {
        // The last requested day keeps only its 09:00 slot free; the others keep 09:00 and 13:00.
        oneFree = request.to!;
        const answer = serviceAvailability(request) as { slots: { localDate: string; start: string; remaining: number; freeResourceIds: string[] }[] };
        for (const slot of answer.slots) {
          if (slot.localDate === oneFree && slot.start !== zonedDateTimeToUtc(oneFree, '09:00', NY)) Object.assign(slot, { remaining: 0, freeResourceIds: [] });
        }
        return answer;
      }),
      product,
    );
    const label = (date: string) => text(root(el).querySelector(`td[data-date="${date}"] .visually-hidden`));
    expect(label(oneFree)).to.match(/, 1 time available$/);
    const other = [...root(el).querySelectorAll<HTMLElement>('td.has-slots')].map((td) => td.dataset.date!).find((date) => date !== oneFree)!;
    expect(label(other)).to.match(/, 2 times available$/);
  });

  it('picks a day, a slot and a staff member with the keyboard only, and reports the pick priced by the core', async function () {
    // Many key presses and two axe runs over a whole month grid.
    (this as { timeout(ms: number): void }).timeout(30_000);
    const product = serviceProduct();
    const el = await mount(await createBookingFixture((r) => serviceAvailability(r)), product);

    await tabToCalendar(el);
    const today = todayInNewYork();
    expect(focusedDate(el)).to.equal(today);
    await press(el, 'PageDown');
    const next = sameDayInMonth(today, 1);
    expect(focusedDate(el)).to.equal(next);
    expect(text(root(el).querySelector('.calendar-title'))).to.equal(new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${next}T00:00:00Z`)));
    await press(el, 'ArrowUp');
    await press(el, 'ArrowDown');
    expect(focusedDate(el)).to.equal(next);
    await press(el, 'Enter');
    expect(root(el).querySelector(`td[data-date="${next}"]`)!.getAttribute('aria-selected')).to.equal('true');

    // The slot list of that day: 09:00 free, 11:00 taken, 13:00 free.
    const slots = [...root(el).querySelectorAll<HTMLElement>('.slot')];
    expect(slots.length).to.equal(3);
    expect(text(slots[1]!.querySelector('.slot-state'))).to.equal(t('booking.slot_taken'));
    expect(slots[1]!.querySelector('input')!.disabled).to.equal(true);
    await expect(el).shadowDom.to.be.accessible();

    const firstChange = oneEvent(el, 'oz-booking-change');
    await sendKeys({ press: 'Tab' });
    expect((root(el).activeElement as HTMLInputElement).name).to.equal('slot');
    await sendKeys({ press: ' ' });
    const start = zonedDateTimeToUtc(next, '09:00', NY);
    const first = (await firstChange).detail;
    expect(first.selection).to.deep.equal({ type: 'time_slot', start });
    expect(first.preview).to.deep.equal(priceBooking(product, 'cleaning-2h', { type: 'time_slot', start }));

    // Staff: "Any" is chosen; the arrow keys move to Ms Li, who is free at 09:00.
    await sendKeys({ press: 'Tab' });
    expect((root(el).activeElement as HTMLInputElement).name).to.equal('resource');
    const secondChange = oneEvent(el, 'oz-booking-change');
    await sendKeys({ press: 'ArrowRight' });
    const second = (await secondChange).detail;
    expect(second.selection).to.deep.equal({ type: 'time_slot', start, resourceId: 'li' });
    expect(el.selection).to.deep.equal({ type: 'time_slot', start, resourceId: 'li' });
    await el.updateComplete;
    const summary = text(root(el).querySelector('[part="summary"]'));
    expect(summary).to.contain('Ms Li');
    expect(summary).to.contain(formatMoney(product.variants[0]!.price, 'en-US'));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows times in the merchant’s zone with the shopper’s own time alongside when it differs', async () => {
    const product = serviceProduct();
    const el = await mount(await createBookingFixture((r) => serviceAvailability(r)), product, { shopperZone: 'Asia/Shanghai' });
    root(el).querySelector<HTMLButtonElement>('.calendar-nav.next')!.click();
    await ready(el);
    const day = sameDayInMonth(todayInNewYork(), 1);
    root(el).querySelector<HTMLElement>(`td[data-date="${day}"]`)!.click();
    await el.updateComplete;
    const start = new Date(zonedDateTimeToUtc(day, '09:00', NY));
    const end = new Date(start.getTime() + 2 * 3_600_000);
    const fmt = (zone: string, d: Date) => new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(d);
    const zoneName = new Intl.DateTimeFormat('en-US', { timeZone: NY, timeZoneName: 'longGeneric' }).formatToParts(start).find((p) => p.type === 'timeZoneName')!.value;
    const slot = root(el).querySelector('.slot')!;
    expect(text(slot.querySelector('.slot-time'))).to.equal(`${fmt(NY, start)}–${fmt(NY, end)} (${zoneName})`);
    // 09:00 in New York is 21:00 or 22:00 the same day in Shanghai.
    expect(text(slot.querySelector('.slot-shopper'))).to.equal(`${fmt('Asia/Shanghai', start)}–${fmt('Asia/Shanghai', end)} your time`);
  });

  it('shows no second time when the shopper is in the merchant’s zone', async () => {
    const el = await mount(await createBookingFixture((r) => serviceAvailability(r)), serviceProduct(), { shopperZone: NY });
    root(el).querySelector<HTMLButtonElement>('.calendar-nav.next')!.click();
    await ready(el);
    root(el).querySelector<HTMLElement>(`td[data-date="${sameDayInMonth(todayInNewYork(), 1)}"]`)!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.slot').length).to.equal(3);
    expect(root(el).querySelector('.slot-shopper')).to.equal(null);
  });

  it('disables fully booked days, saying so, and keeps busy staff out of reach', async () => {
    const next = sameDayInMonth(todayInNewYork(), 1);
    const full = sameDayInMonth(next, 0).slice(0, 8) + '15';
    const el = await mount(await createBookingFixture((r) => serviceAvailability(r, [full])), serviceProduct());
    root(el).querySelector<HTMLButtonElement>('.calendar-nav.next')!.click();
    await ready(el);
    const fullCell = root(el).querySelector<HTMLElement>(`td[data-date="${full}"]`)!;
    expect(fullCell.getAttribute('aria-disabled')).to.equal('true');
    const fullName = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${full}T00:00:00Z`));
    expect(fullCell.querySelector('.visually-hidden')!.textContent).to.equal(t('calendar.day_unavailable', { date: fullName }));
    fullCell.click();
    await el.updateComplete;
    expect(fullCell.getAttribute('aria-selected')).to.equal('false');
    expect(root(el).querySelector('.slot')).to.equal(null);

    const open = full.slice(0, 8) + '16';
    root(el).querySelector<HTMLElement>(`td[data-date="${open}"]`)!.click();
    await el.updateComplete;
    const afternoon = root(el).querySelectorAll<HTMLInputElement>('.slot input')[2]!;
    afternoon.click();
    await el.updateComplete;
    const resources = [...root(el).querySelectorAll<HTMLElement>('[part="resource"]')];
    expect(resources.map((r) => r.querySelector('input')!.disabled)).to.deep.equal([false, true, false]);
    expect(text(resources[1])).to.equal(t('booking.resource_busy', { name: 'Ms Li' }));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('starts weeks on Monday with Chinese month and weekday names in zh-CN, on Sunday in en-US', async () => {
    const zh = await mount(await createBookingFixture((r) => serviceAvailability(r), 'zh-CN'), serviceProduct(), { locale: 'zh-CN' });
    const zhHeaders = [...root(zh).querySelectorAll('th')].map((th) => th.getAttribute('abbr'));
    expect(zhHeaders[0]).to.equal('星期一');
    expect(zhHeaders[6]).to.equal('星期日');
    expect(text(root(zh).querySelector('.calendar-title'))).to.match(/^\d{4}年\d{1,2}月$/);
    expect(root(zh).querySelector('.calendar-nav.next')!.getAttribute('aria-label')).to.equal('下个月');
    await expect(zh).shadowDom.to.be.accessible();
    zh.zone!.dispose();

    const en = await mount(await createBookingFixture((r) => serviceAvailability(r)), serviceProduct());
    const enHeaders = [...root(en).querySelectorAll('th')].map((th) => th.getAttribute('abbr'));
    expect(enHeaders[0]).to.equal('Sunday');
    expect(enHeaders[6]).to.equal('Saturday');
    expect(text(root(en).querySelector('.calendar-title'))).to.match(/^[A-Z][a-z]+ \d{4}$/);
  });

  it('shows a malformed availability answer as an error with a retry that recovers', async () => {
    let malformed = true;
    const f = await createBookingFixture((r) => (malformed ? { type: 'time_slot', productId: r.productId, slots: 'nope' } : serviceAvailability(r)));
    const errors: string[] = [];
    document.addEventListener('oz-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message), { once: true });
    const el = await mount(f, serviceProduct());
    const error = root(el).querySelector('[part="error"] p');
    expect(text(error)).to.equal(`${t('booking.load_failed')} ${t('error.bad_response')}`);
    expect(errors).to.deep.equal([t('error.bad_response')]);
    await expect(el).shadowDom.to.be.accessible();
    malformed = false;
    root(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    await ready(el);
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    expect(root(el).querySelectorAll('td.day.has-slots').length > 0).to.equal(true);
  });

  it('says when a month has nothing free, with no day to pick', async () => {
    const el = await mount(await createBookingFixture((r) => ({ type: 'time_slot', productId: r.productId, timeZone: NY, slots: [] })), serviceProduct());
    expect(text(root(el).querySelector('.empty-hint'))).to.equal(t('booking.no_days'));
    expect(root(el).querySelectorAll('td.day:not([aria-disabled="true"])').length).to.equal(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('aborts the load of a month the shopper has left', async () => {
    const first = deferred<unknown>();
    let calls = 0;
    const f = await createBookingFixture((r) => (calls++ === 0 ? first.promise : serviceAvailability(r)));
    flow = f;
    const el = await fixture<BookingPicker>(html`<booking-picker .zone=${f.zone} .product=${serviceProduct()} locale="en-US"></booking-picker>`);
    await el.updateComplete;
    expect(root(el).querySelector('.picker')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(root(el).querySelector('.loading-state'))).to.equal(t('booking.loading'));
    await expect(el).shadowDom.to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.calendar-nav.next')!.click();
    await ready(el);
    expect(f.requests.length).to.equal(2);
    expect(f.requests[0]!.signal!.aborted).to.equal(true);
    expect(f.requests[1]!.request.from).to.equal(sameDayInMonth(todayInNewYork(), 1).slice(0, 8) + '01');
    // The stale answer arriving late changes nothing.
    first.resolve(serviceAvailability({ productId: 'cleaning', from: '2020-01-01', to: '2020-01-01' }));
    await el.updateComplete;
    expect(root(el).querySelectorAll('td.day.has-slots').length > 0).to.equal(true);
  });

  it('refresh() reloads the month the shopper is on, keeps a pick still free and drops one just taken', async () => {
    const next = sameDayInMonth(todayInNewYork(), 1);
    const day = next.slice(0, 8) + '16';
    let full: string[] = [];
    const f = await createBookingFixture((r) => serviceAvailability(r, full));
    const el = await mount(f, serviceProduct());
    root(el).querySelector<HTMLButtonElement>('.calendar-nav.next')!.click();
    await ready(el);
    root(el).querySelector<HTMLElement>(`td[data-date="${day}"]`)!.click();
    await el.updateComplete;
    root(el).querySelectorAll<HTMLInputElement>('.slot input')[0]!.click();
    await el.updateComplete;
    const picked = el.selection;
    expect(picked?.type).to.equal('time_slot');

    // Still free: the same month is asked again and the pick stays.
    await el.refresh();
    expect(f.requests.at(-1)!.request.from).to.equal(next.slice(0, 8) + '01');
    expect(text(root(el).querySelector('.calendar-title'))).to.equal(formatMonth(next.slice(0, 7), 'en-US'));
    expect(JSON.stringify(el.selection)).to.equal(JSON.stringify(picked));

    // Taken meanwhile: the pick goes, and the change is reported.
    full = [day];
    const change = oneEvent(el, 'oz-booking-change');
    await el.refresh();
    expect((await change).detail.selection === undefined).to.equal(true);
    expect(el.selection === undefined).to.equal(true);
    expect(text(root(el).querySelector('.empty-hint'))).to.equal(t('booking.no_slots', { date: formatShortDate(day, 'en-US') }));
    await expect(el).shadowDom.to.be.accessible();
  });

  it('refresh({ clearPick: true }) drops the pick whatever the answer', async () => {
    const el = await mount(await createBookingFixture((r) => serviceAvailability(r)), serviceProduct());
    root(el).querySelector<HTMLButtonElement>('.calendar-nav.next')!.click();
    await ready(el);
    root(el).querySelector<HTMLElement>('td.day.has-slots')!.click();
    await el.updateComplete;
    root(el).querySelectorAll<HTMLInputElement>('.slot input')[0]!.click();
    await el.updateComplete;
    expect(el.selection !== undefined).to.equal(true);
    await el.refresh({ clearPick: true });
    expect(el.selection === undefined).to.equal(true);
    expect(root(el).querySelectorAll<HTMLInputElement>('.slot input:checked').length).to.equal(0);
  });
});
