import { formatMoney, localize, type BookingDetails, type Money } from '@orderzone/core';
import { createTranslator, coreMessages } from '@orderzone/core/messages';
import { expect, fixture, html } from '@open-wc/testing';
import { sharedMessages } from '../../i18n/shared-catalogs.ts';
import { priceSummaryMessages } from '../price-summary/price-summary.messages.ts';
import { renderQuoteLines } from '../price-summary/quote-lines.ts';
import { renderBookingDetails, type BookingDetailsFormatters } from './booking-details.ts';

function formatters(locale: string): BookingDetailsFormatters {
  return {
    locale,
    t: createTranslator(locale, coreMessages, sharedMessages, priceSummaryMessages),
    text: (value) => localize(value, locale),
    money: (value: Money) => formatMoney(value, locale),
  };
}

const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

const slot: BookingDetails = {
  type: 'time_slot',
  start: '2026-05-02T02:00:00.000Z',
  end: '2026-05-02T04:00:00.000Z',
  timeZone: 'Asia/Shanghai',
  resourceId: 'wang',
  resourceName: { 'zh-CN': '王阿姨', 'en-US': 'Ms Wang' },
  onSite: true,
};

const stay: BookingDetails = {
  type: 'stay',
  checkIn: '2026-05-01',
  checkOut: '2026-05-03',
  checkInTime: '14:00',
  checkOutTime: '12:00',
  timeZone: 'Asia/Shanghai',
  nights: [
    { date: '2026-05-01', price: cny(68000) },
    { date: '2026-05-02', price: cny(68000) },
  ],
};

const seats: BookingDetails = {
  type: 'seats',
  sessionId: 's1',
  startsAt: '2026-05-02T11:30:00.000Z',
  sessionLabel: { 'zh-CN': '晚场', 'en-US': 'Evening show' },
  venue: { 'zh-CN': '1 号厅', 'en-US': 'Hall 1' },
  timeZone: 'Asia/Shanghai',
  seats: [
    { id: 'F12', label: { 'zh-CN': 'F 排 12 座', 'en-US': 'Row F, seat 12' }, zoneName: { 'zh-CN': '标准区', 'en-US': 'Standard' }, price: cny(4500) },
    { id: 'F13', label: { 'zh-CN': 'F 排 13 座', 'en-US': 'Row F, seat 13' }, zoneName: { 'zh-CN': '标准区', 'en-US': 'Standard' }, price: cny(4500) },
  ],
};

/** Row name → its visible text ("When: …"). */
function rows(root: Element): Record<string, string> {
  return Object.fromEntries(
    [...root.querySelectorAll<HTMLElement>('[data-booking-row]')].map((row) => [
      row.dataset.bookingRow!,
      `${row.querySelector('dt')!.textContent!.trim()}: ${row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()}`,
    ]),
  );
}

describe('booking details part', () => {
  it('shows a slot in the merchant zone only when the shopper is in the same zone, with the staff and the address', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>${renderBookingDetails(slot, formatters('en-US'), { shopperTimeZone: 'Asia/Shanghai' })}</div>`);
    const shown = rows(root);
    expect(Object.keys(shown)).to.deep.equal(['when', 'resource', 'place']);
    expect(shown.when).to.match(/^When: Sat, May 2, 2026, 10:00\sAM\s?–\s?12:00\sPM$/);
    expect(shown.resource).to.equal('With: Ms Wang');
    expect(shown.place).to.equal('Where: At your address');
    await expect(root).to.be.accessible();
  });

  it("shows the shopper's own time alongside when their clock differs, each with its zone", async () => {
    const root = await fixture<HTMLDivElement>(html`<div>${renderBookingDetails(slot, formatters('en-US'), { shopperTimeZone: 'America/New_York' })}</div>`);
    const shown = rows(root);
    expect(shown.when).to.match(/^When: Sat, May 2, 2026, 10:00\sAM\s?–\s?12:00\sPM GMT\+8$/);
    // 02:00 UTC is 22:00 the evening before in New York (EDT).
    expect(shown['your-time']).to.match(/^Your time: Fri, May 1, 2026, 10:00\sPM EDT\s?–\s?Sat, May 2, 2026, 12:00\sAM EDT$/);
  });

  it('shows a stay as check-in and check-out dates with times and its nights with their prices, in Chinese', async () => {
    const f = formatters('zh-CN');
    const root = await fixture<HTMLDivElement>(html`<div>${renderBookingDetails(stay, f, { shopperTimeZone: 'Asia/Shanghai' })}</div>`);
    const shown = rows(root);
    expect(shown['check-in']).to.equal('入住: 2026年5月1日周五 14:00 起');
    expect(shown['check-out']).to.equal('退房: 2026年5月3日周日 12:00 前');
    expect(shown.nights).to.equal(`入住: 共 2 晚（5月1日周五 ${f.money(cny(68000))}，5月2日周六 ${f.money(cny(68000))}）`);
    await expect(root).to.be.accessible();
  });

  it('says "1 night" in the singular in English', async () => {
    const one: BookingDetails = { ...stay, checkOut: '2026-05-02', nights: [stay.type === 'stay' ? stay.nights[0]! : { date: '', price: cny(0) }] };
    const root = await fixture<HTMLDivElement>(html`<div>${renderBookingDetails(one, formatters('en-US'), { shopperTimeZone: 'Asia/Shanghai' })}</div>`);
    expect(rows(root).nights).to.match(/^Stay: 1 night \(Fri, May 1 /);
  });

  it('shows seats with their session, venue, labels and price zones', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>${renderBookingDetails(seats, formatters('en-US'), { shopperTimeZone: 'Asia/Shanghai' })}</div>`);
    const shown = rows(root);
    expect(shown.when).to.match(/^Session: Evening show · Sat, May 2, 2026, 7:30\sPM$/);
    expect(shown.venue).to.equal('Venue: Hall 1');
    expect([...root.querySelectorAll('.booking-seats li')].map((li) => li.textContent!.trim())).to.deep.equal(['Row F, seat 12 (Standard)', 'Row F, seat 13 (Standard)']);
    await expect(root).to.be.accessible();
  });

  it('puts the booking details under a booking line of a quote, without a quantity, and keeps "Qty" for goods', async () => {
    const f = formatters('en-US');
    const line = {
      productId: 'p',
      variantId: 'v',
      sku: 'S',
      title: 'Hotel',
      quantity: 1,
      personalization: {},
      unitPrice: cny(136000),
      total: cny(136000),
      available: null,
    };
    const root = await fixture<HTMLDivElement>(
      html`<div>${renderQuoteLines([{ ...line, booking: stay, shipped: false }, { ...line, title: 'Tee', quantity: 2 }], f, undefined, { shopperTimeZone: 'Asia/Shanghai' })}</div>`,
    );
    const [booked, goods] = [...root.querySelectorAll('.summary-line')];
    expect(booked!.querySelector('.booking-details') !== null).to.equal(true);
    expect(booked!.textContent!.includes('Qty')).to.equal(false);
    expect(goods!.querySelector('.booking-details') === null).to.equal(true);
    expect(goods!.textContent!.includes('Qty 2')).to.equal(true);
    await expect(root).to.be.accessible();
  });
});
