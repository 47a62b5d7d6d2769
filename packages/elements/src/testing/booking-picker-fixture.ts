/**
 * Test fixtures for the booking pickers: a zone whose backend answers availability from a function
 * the test controls (passed through as is, like an adapter that does not validate, so a malformed
 * answer reaches the picker), with the core's real booking client (`zone.bookings`, pricing picks
 * with `priceBooking`); and a service, a hotel and a cinema to pick from. Test-only; never imported
 * by the elements themselves.
 *
 * @module
 */
import {
  createOrderZone,
  OrderZoneError,
  type AvailabilityRequest,
  type Money,
  type SeatsProduct,
  type StayProduct,
  type TimeSlotProduct,
} from '@orderzone/core';
import { addDays, zonedDateTimeToUtc } from '@orderzone/core/bookings';
import { createTestBackend, overridableAdapter, persistentMemoryStorage, ALL_PARTS, type TestZone } from './zone-fixture.ts';

/** What the fake backend answers for an availability request: anything, even malformed. */
export type AvailabilityHandler = (request: AvailabilityRequest, signal: AbortSignal | undefined) => unknown;

export interface BookingFixture {
  zone: TestZone;
  /** Every availability request, in order, with its abort signal. */
  requests: { request: AvailabilityRequest; signal: AbortSignal | undefined }[];
}

/** A zone over a fresh embedded backend whose availability comes from `handler`. */
export async function createBookingFixture(handler: AvailabilityHandler, locale = 'en-US'): Promise<BookingFixture> {
  const { adapter } = overridableAdapter(createTestBackend());
  const requests: BookingFixture['requests'] = [];
  const zone = await createOrderZone({
    adapter: {
      ...adapter,
      async getAvailability(request, ctx) {
        requests.push({ request, signal: ctx?.signal });
        const answer = await handler(request, ctx?.signal);
        if (ctx?.signal?.aborted) throw new OrderZoneError('aborted', 'The availability request was cancelled.');
        return answer as never;
      },
      placeHold: () => Promise.reject(new OrderZoneError('server', 'The pickers never place holds.')),
      releaseHold: () => Promise.resolve(),
    },
    storage: persistentMemoryStorage(),
    shopId: 't',
    locale,
  }).load(...ALL_PARTS);
  return { zone, requests };
}

export const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

const productBase = {
  description: '',
  categoryIds: [],
  images: [],
  specs: [],
  reviews: [],
  optionGroups: [],
  personalization: [],
  quantity: { min: 1, step: 1 },
  createdAt: '2026-01-01T00:00:00Z',
};

/** A 2-hour cleaning in New York with two staff members, ¥200 a visit. */
export function serviceProduct(): TimeSlotProduct {
  return {
    ...productBase,
    id: 'cleaning',
    kind: 'time_slot',
    title: { 'zh-CN': '家政保洁', 'en-US': 'Housekeeping' },
    variants: [{ id: 'cleaning-2h', sku: 'CLEAN-2H', options: {}, price: cny(20000), stock: null }],
    booking: {
      timeZone: 'America/New_York',
      schedule: {
        openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '09:00', close: '15:00' })),
        slotMinutes: 120,
        capacity: 2,
        leadMinutes: 0,
        cutoffDays: 90,
      },
      resources: [
        { id: 'li', name: { 'zh-CN': '李阿姨', 'en-US': 'Ms Li' } },
        { id: 'wang', name: { 'zh-CN': '王阿姨', 'en-US': 'Ms Wang' } },
      ],
      onSite: true,
    },
  };
}

/**
 * Slots of {@link serviceProduct} on every requested day: 09:00, 11:00 and 13:00 New York time.
 * `full` dates have every slot taken; on other days the 11:00 slot is taken and Ms Li is busy at 13:00.
 */
export function serviceAvailability(request: AvailabilityRequest, full: readonly string[] = []): unknown {
  const slots = [];
  for (let date = request.from!; date <= request.to!; date = addDays(date, 1)) {
    for (const time of ['09:00', '11:00', '13:00']) {
      const start = zonedDateTimeToUtc(date, time, 'America/New_York');
      const end = new Date(Date.parse(start) + 2 * 3_600_000).toISOString();
      const taken = full.includes(date) || time === '11:00';
      const free = taken ? [] : time === '13:00' ? ['wang'] : ['li', 'wang'];
      slots.push({ start, end, localDate: date, remaining: free.length, freeResourceIds: free });
    }
  }
  return { type: 'time_slot', productId: request.productId, timeZone: 'America/New_York', slots };
}

/** A hotel in Shanghai: a standard room at ¥300 (¥450 on Friday and Saturday nights), at least 2 nights. */
export function hotelProduct(closedNights: string[] = []): StayProduct {
  return {
    ...productBase,
    id: 'hotel',
    kind: 'stay',
    title: { 'zh-CN': '湖景酒店', 'en-US': 'Lakeside Hotel' },
    variants: [{ id: 'standard', sku: 'ROOM-STD', options: {}, price: cny(30000), stock: null }],
    booking: {
      timeZone: 'Asia/Shanghai',
      checkInTime: '14:00',
      checkOutTime: '12:00',
      maxNights: 14,
      roomTypes: [{ variantId: 'standard', rooms: 3, rules: { defaultPrice: cny(30000), weekendPrice: cny(45000), minNights: 2, closedNights } }],
    },
  };
}

/** Nights of {@link hotelProduct} for the requested dates, priced by its rules; `soldOut` nights have no room left. */
export function hotelAvailability(request: AvailabilityRequest, product: StayProduct, soldOut: readonly string[] = []): unknown {
  const rules = product.booking.roomTypes[0]!.rules;
  const nights = [];
  for (let date = request.from!; date <= request.to!; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const price = weekday === 5 || weekday === 6 ? rules.weekendPrice! : rules.defaultPrice;
    nights.push({ date, price, remaining: soldOut.includes(date) ? 0 : 3, closed: (rules.closedNights ?? []).includes(date) });
  }
  return { type: 'stay', productId: product.id, variantId: 'standard', timeZone: 'Asia/Shanghai', nights, minNights: rules.minNights, maxNights: 14 };
}

function seatRow(row: string, zh: string, zoneOf: (n: number) => string, unavailable: number[] = []) {
  return {
    id: row,
    label: { 'zh-CN': `${zh} 排`, 'en-US': `Row ${row}` },
    seats: Array.from({ length: 5 }, (_, i) => ({
      id: `${row}${i + 1}`,
      label: { 'zh-CN': `${zh} 排 ${i + 1} 座`, 'en-US': `Row ${row}, seat ${i + 1}` },
      zoneId: zoneOf(i + 1),
      ...(unavailable.includes(i + 1) ? { unavailable: true } : {}),
    })),
  };
}

/** A cinema with two sessions, rows E and F of five seats (F is VIP, F5 broken), at most 3 seats an order. */
export function cinemaProduct(): SeatsProduct {
  return {
    ...productBase,
    id: 'cinema',
    kind: 'seats',
    title: { 'zh-CN': '电影票', 'en-US': 'Cinema ticket' },
    variants: [{ id: 'ticket', sku: 'TICKET', options: {}, price: cny(4500), stock: null }],
    booking: {
      timeZone: 'Asia/Shanghai',
      venue: { 'zh-CN': '一号厅', 'en-US': 'Hall 1' },
      sessions: [
        { id: 'matinee', startsAt: '2026-05-01T06:00:00.000Z', label: { 'zh-CN': '午场', 'en-US': 'Matinee' } },
        { id: 'evening', startsAt: '2026-05-01T11:30:00.000Z', label: { 'zh-CN': '晚场', 'en-US': 'Evening' } },
      ],
      maxSeatsPerOrder: 3,
      seatMap: {
        zones: [
          { id: 'std', name: { 'zh-CN': '普通', 'en-US': 'Standard' }, price: cny(4500) },
          { id: 'vip', name: { 'zh-CN': '贵宾', 'en-US': 'VIP' }, price: cny(8000) },
        ],
        sections: [
          {
            id: 'stalls',
            name: { 'zh-CN': '池座', 'en-US': 'Stalls' },
            rows: [seatRow('E', 'E', () => 'std'), seatRow('F', 'F', () => 'vip', [5])],
          },
        ],
      },
    },
  };
}

/** Seats taken in a session of {@link cinemaProduct}: E2 in every session, plus `more`. */
export function cinemaAvailability(request: AvailabilityRequest, more: readonly string[] = []): unknown {
  return { type: 'seats', productId: request.productId, sessionId: request.sessionId, takenSeatIds: ['E2', ...more], maxSeatsPerOrder: 3 };
}
