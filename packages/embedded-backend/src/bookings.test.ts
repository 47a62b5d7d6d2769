import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Availability, type BookingSelection, type OrderRequest, type Product, type QuoteRequest, type TimeSlotProduct } from '@orderzone/core';
import { utcToZoned } from '@orderzone/core/bookings';
import { AvailabilitySchema, HoldSchema, OrderSchema, QuoteSchema } from '@orderzone/core/schemas';
import { createOrderEngine, type EngineState, type OrderEngine, type ShopSeed } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { placeOrder } from './testing/placed-order.ts';
import { shirtLine, testShop } from '../../core/src/testing/test-shop.ts';

/** Monday 2026-04-27, 10:30 in Shanghai (the test cinema's sessions are on Friday and Saturday). */
const MONDAY_1030 = new Date('2026-04-27T02:30:00Z');
const MINUTE = 60_000;

/** A clock the test moves. */
function clock(start: Date) {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance(ms: number) {
      at += ms;
    },
  };
}

/**
 * The tests' shop with what these tests add to it: the cleaning visit also as a 4-hour visit (¥360.00),
 * the hotel under "stays" and the cinema under "tickets", the cinema's ticket listed at ¥80.00 (its
 * seats are ¥50.00 and ¥80.00), a second row of four standard seats (B1–B4) and a second session on
 * Saturday.
 */
function bookingShop(): ShopSeed {
  const shop = testShop();
  return {
    ...shop,
    categories: [...shop.categories, { id: 'stays', name: { 'zh-CN': '住宿', 'en-US': 'Stays' } }, { id: 'tickets', name: { 'zh-CN': '票务', 'en-US': 'Tickets' } }],
    products: shop.products.map((product) => {
      if (product.kind === 'time_slot') return { ...product, variants: [...product.variants, { id: 'cleaning-4h', sku: 'CLEAN-4H', options: {}, price: { amount: 36000, currency: 'CNY' }, stock: null }] };
      if (product.kind === 'stay') return { ...product, categoryIds: ['stays'] };
      if (product.kind !== 'seats') return product;
      const section = product.booking.seatMap.sections[0]!;
      const rowB = { id: 'B', label: 'B', seats: [1, 2, 3, 4].map((n) => ({ id: `B${n}`, label: { 'zh-CN': `B 排 ${n} 座`, 'en-US': `Row B, seat ${n}` }, zoneId: 'std' })) };
      return {
        ...product,
        categoryIds: ['tickets'],
        variants: product.variants.map((v) => ({ ...v, price: { amount: 8000, currency: 'CNY' } })),
        booking: {
          ...product.booking,
          sessions: [...product.booking.sessions, { id: 'late', startsAt: '2026-05-02T13:00:00.000Z', label: { 'zh-CN': '夜场', 'en-US': 'Late' } }],
          seatMap: { ...product.booking.seatMap, sections: [{ ...section, rows: [...section.rows, rowB] }] },
        },
      };
    }),
  };
}

function engine(options: { seed?: ShopSeed; now?: () => Date; state?: EngineState; holdMinutes?: number } = {}): OrderEngine {
  return createOrderEngine({ seed: options.seed ?? bookingShop(), now: options.now ?? (() => MONDAY_1030), ...(options.state ? { state: options.state } : {}), ...(options.holdMinutes ? { holdMinutes: options.holdMinutes } : {}) });
}


/** Slot starts in Shanghai wall-clock time. */
const shanghai = (iso: string) => utcToZoned(iso, 'Asia/Shanghai');
const slot = (start: string, resourceId?: string): BookingSelection => ({ type: 'time_slot', start, ...(resourceId ? { resourceId } : {}) });
const stay = (checkIn: string, checkOut: string): BookingSelection => ({ type: 'stay', checkIn, checkOut });
const seats = (sessionId: string, ...seatIds: string[]): BookingSelection => ({ type: 'seats', sessionId, seatIds });

/** Tuesday 2026-04-28 09:00 and 11:00 in Shanghai. */
const TUESDAY_9AM = '2026-04-28T01:00:00.000Z';
const TUESDAY_11AM = '2026-04-28T03:00:00.000Z';
/** The test cinema's first session, Friday 2026-05-01 19:30 Shanghai, and this test's second one on Saturday. */
const SESSION = 'evening';
const OTHER_SESSION = 'late';

describe('bookings: catalog', () => {
  it('gives bookable products their kind and "from" prices on cards', () => {
    const e = engine();
    const card = (id: string) => e.searchProducts({ pageSize: 100 }).items.find((i) => i.id === id)!;
    assert.deepEqual([card('cleaning').kind, card('cleaning').price.amount, card('cleaning').priceVaries], ['time_slot', 20000, true]);
    // The cheapest night of any room type, and the cheapest seat.
    assert.deepEqual([card('hotel').kind, card('hotel').price.amount, card('hotel').priceVaries], ['stay', 30000, true]);
    assert.deepEqual([card('cinema').kind, card('cinema').price.amount, card('cinema').priceVaries], ['seats', 5000, true]);
    assert.equal(card('shirt').kind, 'goods');
    assert.deepEqual(e.searchProducts({ categoryId: 'stays' }).items.map((i) => i.id), ['hotel']);
    assert.deepEqual(e.searchProducts({ text: '电影票' }).items.map((i) => i.id), ['cinema']);
    assert.deepEqual(e.searchProducts({ categoryId: 'tickets', minPrice: 4000, maxPrice: 5000 }).items.map((i) => i.id), ['cinema'], 'filtered by the cheapest seat, not the ¥80.00 ticket');
  });
});

describe('bookings: availability', () => {
  it('lists slots in the merchant zone after the lead time, with the free housekeepers', () => {
    const availability = engine().getAvailability({ productId: 'cleaning', from: '2026-04-27', to: '2026-04-28' });
    assert.equal(AvailabilitySchema.safeParse(availability).success, true);
    assert.equal(availability.type, 'time_slot');
    if (availability.type !== 'time_slot') return;
    assert.equal(availability.timeZone, 'Asia/Shanghai');
    // Monday 09:00 is past and 11:00 inside the 1-hour lead time at 10:30; 13:00 and 15:00 are left, then Tuesday's four.
    assert.deepEqual(
      availability.slots.map((s) => `${s.localDate} ${shanghai(s.start).time}–${shanghai(s.end).time}`),
      ['2026-04-27 13:00–15:00', '2026-04-27 15:00–17:00', '2026-04-28 09:00–11:00', '2026-04-28 11:00–13:00', '2026-04-28 13:00–15:00', '2026-04-28 15:00–17:00'],
    );
    for (const opening of availability.slots) {
      assert.equal(opening.remaining, 2);
      assert.deepEqual(opening.freeResourceIds, ['li', 'wang']);
    }
  });

  it('gives each night of a room type its price, rooms left and whether it is closed', () => {
    const availability = engine().getAvailability({ productId: 'hotel', variantId: 'standard', from: '2026-04-26', to: '2026-05-10' });
    assert.equal(AvailabilitySchema.safeParse(availability).success, true);
    assert.equal(availability.type, 'stay');
    if (availability.type !== 'stay') return;
    const night = (date: string) => availability.nights.find((n) => n.date === date)!;
    assert.equal(night('2026-04-27').price.amount, 30000, 'Monday night');
    assert.equal(night('2026-05-01').price.amount, 45000, 'Friday night is a weekend night');
    assert.equal(night('2026-05-02').price.amount, 45000, 'Saturday night');
    assert.equal(night('2026-05-03').price.amount, 30000, 'Sunday night');
    assert.deepEqual(availability.nights.filter((n) => n.closed).map((n) => n.date), ['2026-04-26', '2026-05-05'], 'yesterday and the closed night 8 days ahead');
    assert.ok(availability.nights.every((n) => n.remaining === 3));
    assert.deepEqual([availability.minNights, availability.maxNights], [1, 14]);
  });

  it('lists the seats taken in a session, apart from the map’s blocked seats', () => {
    const e = engine();
    const before = e.getAvailability({ productId: 'cinema', sessionId: SESSION });
    assert.deepEqual(before, { type: 'seats', productId: 'cinema', sessionId: SESSION, takenSeatIds: [], maxSeatsPerOrder: 3 });
    e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'A2', 'A1') });
    assert.deepEqual((e.getAvailability({ productId: 'cinema', sessionId: SESSION }) as Extract<Availability, { type: 'seats' }>).takenSeatIds, ['A1', 'A2']);
    // Other sessions are not affected.
    assert.deepEqual((e.getAvailability({ productId: 'cinema', sessionId: OTHER_SESSION }) as Extract<Availability, { type: 'seats' }>).takenSeatIds, []);
  });

  it('refuses requests it cannot answer, saying which field', () => {
    const e = engine();
    assert.deepEqual(rejects(() => e.getAvailability({ productId: 'cleaning' }), 'validation').fieldErrors.map((f) => f.field), ['from', 'to']);
    assert.deepEqual(rejects(() => e.getAvailability({ productId: 'cleaning', from: '2026-04-27', to: '2026-07-31' }), 'validation').fieldErrors, [
      { field: 'to', code: 'range_too_long', params: { max: 62 } },
    ]);
    assert.equal(rejects(() => e.getAvailability({ productId: 'cleaning', from: '2026-04-27', to: '2026-04-25' }), 'validation').fieldErrors[0]!.field, 'to');
    assert.equal(rejects(() => e.getAvailability({ productId: 'cleaning', from: '2026-02-30', to: '2026-03-01' }), 'validation').fieldErrors[0]!.field, 'from');
    assert.equal(rejects(() => e.getAvailability({ productId: 'cinema' }), 'validation').fieldErrors[0]!.field, 'sessionId');
    rejects(() => e.getAvailability({ productId: 'cinema', sessionId: 'no-such-session' }), 'not_found');
    rejects(() => e.getAvailability({ productId: 'hotel', variantId: 'penthouse', from: '2026-04-27', to: '2026-04-28' }), 'not_found');
    rejects(() => e.getAvailability({ productId: 'no-such-thing', from: '2026-04-27', to: '2026-04-28' }), 'not_found');
    assert.deepEqual(rejects(() => e.getAvailability({ productId: 'shirt' }), 'validation').fieldErrors, [{ field: 'productId', code: 'not_bookable' }]);
  });
});

describe('bookings: holds', () => {
  it('never gives the last unit to two shoppers: the second hold is refused, the first one’s expiry frees it', () => {
    const time = clock(MONDAY_1030);
    const e = engine({ now: time.now });
    // The suite has one room.
    const first = e.placeHold({ productId: 'hotel', variantId: 'suite', booking: stay('2026-04-28', '2026-04-30') });
    assert.equal(HoldSchema.safeParse(first).success, true);
    assert.equal(first.expiresAt, new Date(MONDAY_1030.getTime() + 10 * MINUTE).toISOString(), 'holds last 10 minutes');
    const refused = rejects(() => e.placeHold({ productId: 'hotel', variantId: 'suite', booking: stay('2026-04-29', '2026-05-01') }), 'conflict');
    assert.deepEqual(refused.details, { reason: 'booking_taken', nights: ['2026-04-29'] });
    assert.match(refused.message, /just taken/);

    time.advance(10 * MINUTE - 1);
    rejects(() => e.placeHold({ productId: 'hotel', variantId: 'suite', booking: stay('2026-04-29', '2026-05-01') }), 'conflict');
    time.advance(1);
    // At expiresAt the first hold has lapsed.
    const second = e.placeHold({ productId: 'hotel', variantId: 'suite', booking: stay('2026-04-29', '2026-05-01') });
    assert.equal(second.booking.type, 'stay');
    assert.notEqual(second.id, first.id);
  });

  it('assigns a free housekeeper when the shopper leaves the choice open, until none is left', () => {
    const e = engine();
    const any = { productId: 'cleaning', variantId: 'cleaning-2h', booking: slot(TUESDAY_11AM) };
    assert.deepEqual(e.placeHold(any).booking, slot(TUESDAY_11AM, 'li'));
    assert.deepEqual(e.placeHold(any).booking, slot(TUESDAY_11AM, 'wang'));
    const full = rejects(() => e.placeHold(any), 'conflict');
    assert.deepEqual(full.details, { reason: 'booking_taken', start: TUESDAY_11AM });
    const opening = (e.getAvailability({ productId: 'cleaning', from: '2026-04-28', to: '2026-04-28' }) as Extract<Availability, { type: 'time_slot' }>).slots.find((s) => s.start === TUESDAY_11AM)!;
    assert.deepEqual([opening.remaining, opening.freeResourceIds], [0, []]);
    // Another slot is free.
    assert.deepEqual(e.placeHold({ ...any, booking: slot(TUESDAY_9AM, 'wang') }).booking, slot(TUESDAY_9AM, 'wang'));
    const taken = rejects(() => e.placeHold({ ...any, booking: slot(TUESDAY_9AM, 'wang') }), 'conflict');
    assert.equal(taken.details.resourceId, 'wang');
    const remaining = (e.getAvailability({ productId: 'cleaning', from: '2026-04-28', to: '2026-04-28' }) as Extract<Availability, { type: 'time_slot' }>).slots.find((s) => s.start === TUESDAY_9AM)!;
    assert.deepEqual([remaining.remaining, remaining.freeResourceIds], [1, ['li']]);
  });

  it('refuses seats taken by another shopper, naming them', () => {
    const e = engine();
    e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'A1', 'A2') });
    const refused = rejects(() => e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'A2', 'A3') }), 'conflict');
    assert.deepEqual(refused.details, { reason: 'booking_taken', sessionId: SESSION, seatIds: ['A2'] });
    assert.deepEqual(refused.fieldErrors, [{ field: 'seats', code: 'seat_unavailable', params: { seat: 'A2' } }]);
    // The same seats in another session are free.
    e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(OTHER_SESSION, 'A2', 'A3') });
  });

  it('releases a hold early, and ignores unknown or lapsed ones', () => {
    const time = clock(MONDAY_1030);
    const e = engine({ now: time.now });
    const hold = e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'B1') });
    assert.equal(e.releaseHold(hold.id), true);
    assert.deepEqual((e.getAvailability({ productId: 'cinema', sessionId: SESSION }) as Extract<Availability, { type: 'seats' }>).takenSeatIds, []);
    assert.equal(e.releaseHold(hold.id), false);
    assert.equal(e.releaseHold('hold_nonexistent'), false);
    const lapsing = e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'B1') });
    time.advance(11 * MINUTE);
    assert.equal(e.releaseHold(lapsing.id), false);
  });

  it('refuses picks that break the product’s rules with field errors', () => {
    const e = engine();
    const codes = (booking: BookingSelection, productId: string, variantId: string) =>
      rejects(() => e.placeHold({ productId, variantId, booking }), 'validation').fieldErrors.map((f) => f.code);
    assert.deepEqual(codes(stay('2026-04-28', '2026-04-29'), 'hotel', 'suite'), ['stay_too_short']);
    assert.deepEqual(codes(stay('2026-05-04', '2026-05-06'), 'hotel', 'standard'), ['closed_night']);
    assert.deepEqual(codes(stay('2026-04-25', '2026-04-28'), 'hotel', 'standard'), ['check_in_past']);
    assert.deepEqual(codes(seats(SESSION, 'A1', 'B1', 'B2', 'B3'), 'cinema', 'ticket'), ['too_many_seats']);
    assert.deepEqual(codes(seats(SESSION, 'A4'), 'cinema', 'ticket'), ['seat_unavailable']);
    assert.deepEqual(codes(seats(SESSION, 'Z9'), 'cinema', 'ticket'), ['unknown_seat']);
    assert.deepEqual(codes(seats('no-such-session', 'B1'), 'cinema', 'ticket'), ['unknown_session']);
    // 10:00 is not a slot start; Monday 11:00 is inside the 1-hour lead time; June 2 is past the 30-day cut-off.
    assert.deepEqual(codes(slot('2026-04-28T02:00:00.000Z'), 'cleaning', 'cleaning-2h'), ['unknown_slot']);
    assert.deepEqual(codes(slot('2026-04-27T03:00:00.000Z'), 'cleaning', 'cleaning-2h'), ['slot_too_soon']);
    assert.deepEqual(codes(slot('2026-06-02T01:00:00.000Z'), 'cleaning', 'cleaning-2h'), ['slot_too_late']);
    assert.deepEqual(codes(slot(TUESDAY_11AM, 'staff-nobody'), 'cleaning', 'cleaning-2h'), ['unknown_resource']);
    assert.deepEqual(codes(stay('2026-05-05', '2026-05-07'), 'cinema', 'ticket'), ['booking_kind']);
    assert.deepEqual(codes(seats(SESSION, 'B1'), 'shirt', 'shirt-navy-m'), ['not_bookable']);
    assert.deepEqual(rejects(() => e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: { type: 'seats', sessionId: SESSION, seatIds: [] } }), 'validation').fieldErrors[0]!.field, 'booking.seatIds');
    rejects(() => e.placeHold({ productId: 'hotel', variantId: 'penthouse', booking: stay('2026-05-06', '2026-05-08') }), 'not_found');
    rejects(() => e.placeHold({ productId: 'no-such-thing', variantId: 'x', booking: stay('2026-05-05', '2026-05-07') }), 'not_found');
    assert.equal(e.snapshot().holds?.length, 0, 'nothing was held');
  });

  it('keeps holds in the persisted state, with a configurable hold time', () => {
    const saved: EngineState[] = [];
    const first = createOrderEngine({ seed: bookingShop(), now: () => MONDAY_1030, holdMinutes: 3, onChange: (s) => saved.push(s) });
    const hold = first.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'B4') });
    assert.equal(hold.expiresAt, '2026-04-27T02:33:00.000Z');
    const reopened = engine({ state: JSON.parse(JSON.stringify(saved.at(-1))) as EngineState });
    rejects(() => reopened.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'B4') }), 'conflict');
    // A state saved before bookings existed still loads.
    const { holds: _holds, bookings: _bookings, ...old } = saved.at(-1)!;
    assert.equal(engine({ state: old as EngineState }).getAvailability({ productId: 'cinema', sessionId: SESSION }).type, 'seats');
  });
});

/** The four kinds in one cart: a shirt, a cleaning slot, a two-night stay and two seats. */
function mixedCart(e: OrderEngine): { lines: QuoteRequest['lines']; holdIds: string[] } {
  const cleaning = e.placeHold({ productId: 'cleaning', variantId: 'cleaning-2h', booking: slot(TUESDAY_11AM) });
  const room = e.placeHold({ productId: 'hotel', variantId: 'standard', booking: stay('2026-05-01', '2026-05-03') });
  const cinema = e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'A1', 'A2') });
  return {
    holdIds: [cleaning.id, room.id, cinema.id],
    lines: [
      shirtLine(1),
      // The cart keeps the shopper's "any housekeeper" pick; the hold says who was assigned.
      { productId: 'cleaning', variantId: 'cleaning-2h', quantity: 1, personalization: {}, booking: slot(TUESDAY_11AM), holdId: cleaning.id },
      { productId: 'hotel', variantId: 'standard', quantity: 1, personalization: {}, booking: room.booking, holdId: room.id },
      { productId: 'cinema', variantId: 'ticket', quantity: 1, personalization: {}, booking: cinema.booking, holdId: cinema.id },
    ],
  };
}

const CONTACT = { name: '张三', phone: '138 0013 8000', email: 'zhang.san@example.com' };
const ADDRESS = { country: 'CN', region: '浙江省', city: '杭州市', district: '西湖区', line1: '北山街10号', postalCode: '310007' };

function orderRequest(lines: QuoteRequest['lines'], expectedTotal: number, overrides: Partial<OrderRequest> = {}): OrderRequest {
  return { currency: 'CNY', lines, contact: CONTACT, shippingAddress: ADDRESS, shippingOptionId: 'standard', paymentMethodId: 'alipay', expectedTotal: { amount: expectedTotal, currency: 'CNY' }, ...overrides };
}

describe('bookings: quotes and orders', () => {
  it('quotes and orders goods, a slot, a stay and seats together, turning the holds into bookings', () => {
    const e = engine();
    const { lines, holdIds } = mixedCart(e);
    const quote = e.quote({ currency: 'CNY', lines, destination: { country: 'CN' } });
    assert.equal(QuoteSchema.safeParse(quote).success, true);
    assert.equal(quote.orderable, true, JSON.stringify(quote.lines.map((l) => l.problem)));
    assert.deepEqual(quote.lines.map((l) => l.hold?.id), [undefined, ...holdIds]);
    assert.deepEqual(quote.lines.map((l) => l.shipped), [undefined, false, false, false]);
    // ¥79 shirt + ¥200 cleaning + Friday and Saturday nights at ¥450 + two standard seats at ¥50.
    assert.deepEqual(quote.lines.map((l) => l.total.amount), [7900, 20000, 90000, 10000]);
    const cleaning = quote.lines[1]!.booking;
    assert.equal(cleaning?.type === 'time_slot' && cleaning.resourceId, 'li', 'priced with the housekeeper the hold assigned');
    assert.deepEqual([quote.requiresShipping, quote.requiresAddress], [true, true]);

    const { order } = e.submitOrder(orderRequest(lines, quote.total.amount), 'mixed-1');
    assert.equal(OrderSchema.safeParse(order).success, true);
    assert.deepEqual(order.lines.map((l) => l.booking?.type), [undefined, 'time_slot', 'stay', 'seats']);
    assert.ok(order.lines.every((l) => l.hold === undefined), 'orders carry no holds');
    const booked = order.lines[3]!.booking;
    assert.deepEqual(booked?.type === 'seats' ? booked.seats.map((s) => s.id) : [], ['A1', 'A2']);
    assert.equal(order.shippingOption?.id, 'standard');
    assert.equal(order.total.amount, quote.total.amount);

    const state = e.snapshot();
    assert.deepEqual(state.holds, [], 'the holds became bookings');
    assert.deepEqual(state.bookings?.map((b) => [b.orderNumber, b.productId]), [[order.orderNumber, 'cleaning'], [order.orderNumber, 'hotel'], [order.orderNumber, 'cinema']]);
    // Booked units stay taken after the holds would have lapsed.
    const later = engine({ state, now: () => new Date(MONDAY_1030.getTime() + 60 * MINUTE) });
    rejects(() => later.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'A2') }), 'conflict');
    assert.equal((later.getAvailability({ productId: 'hotel', variantId: 'standard', from: '2026-05-01', to: '2026-05-02' }) as Extract<Availability, { type: 'stay' }>).nights[0]!.remaining, 2);
    // The same idempotency key returns the same order without booking twice.
    assert.equal(e.submitOrder(orderRequest(lines, quote.total.amount), 'mixed-1').order.orderNumber, order.orderNumber);
    assert.equal(e.snapshot().bookings?.length, 3);
  });

  it('gives the units back when the order is cancelled', () => {
    const e = engine();
    const { lines } = mixedCart(e);
    const { total } = e.quote({ currency: 'CNY', lines });
    const { order, access } = placeOrder(e, orderRequest(lines, total.amount), 'to-cancel');
    e.cancelOrder(order.orderNumber, access);
    assert.deepEqual(e.snapshot().bookings, []);
    assert.equal(e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'A1', 'A2') }).booking.type, 'seats');
  });

  it('gives the units back when a paid booking order is cancelled inside its window (refunded at once)', () => {
    const e = engine();
    const { lines } = mixedCart(e);
    const bookingsOnly = lines.slice(2);
    const { total } = e.quote({ currency: 'CNY', lines: bookingsOnly });
    const { shippingAddress: _a, shippingOptionId: _s, ...request } = orderRequest(bookingsOnly, total.amount);
    const { order, access } = placeOrder(e, request, 'to-refund');
    assert.equal(e.markPaid(order.orderNumber).status, 'confirmed');
    assert.equal(e.snapshot().bookings?.length, 2, 'paying keeps the bookings');
    assert.equal(e.cancelOrder(order.orderNumber, access).status, 'refunded');
    assert.deepEqual(e.snapshot().bookings, []);
    const nights = e.getAvailability({ productId: 'hotel', variantId: 'standard', from: '2026-05-01', to: '2026-05-02' }) as Extract<Availability, { type: 'stay' }>;
    assert.deepEqual(nights.nights.map((n) => n.remaining), [3, 3]);
  });

  it('marks a lapsed hold hold_expired in a quote, and still books it at checkout when it is free', () => {
    const time = clock(MONDAY_1030);
    const e = engine({ now: time.now });
    const { lines } = mixedCart(e);
    const fresh = e.quote({ currency: 'CNY', lines });
    time.advance(10 * MINUTE);
    const quote = e.quote({ currency: 'CNY', lines });
    assert.equal(quote.orderable, false);
    assert.deepEqual(quote.lines.map((l) => l.problem?.code), [undefined, 'hold_expired', 'hold_expired', 'hold_expired']);
    assert.deepEqual(quote.lines.map((l) => l.hold), [undefined, undefined, undefined, undefined]);
    assert.equal(quote.total.amount, fresh.total.amount, 'lapsed lines are still priced');
    const { order } = e.submitOrder(orderRequest(lines, quote.total.amount), 'late-but-free');
    assert.equal(order.lines.length, 4);
    const cleaning = order.lines[1]!.booking;
    assert.equal(cleaning?.type === 'time_slot' && cleaning.resourceId, 'li', 'a housekeeper is assigned at checkout');
    assert.equal(e.snapshot().bookings?.length, 3);
  });

  it('says booking_unavailable when someone else took a lapsed pick, and creates nothing at checkout', () => {
    const time = clock(MONDAY_1030);
    const e = engine({ now: time.now });
    const { lines } = mixedCart(e);
    const { total } = e.quote({ currency: 'CNY', lines });
    time.advance(11 * MINUTE);
    // Another shopper takes one of the seats once the hold lapsed.
    e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'A2') });
    const quote = e.quote({ currency: 'CNY', lines });
    assert.deepEqual(quote.lines.map((l) => l.problem?.code), [undefined, 'hold_expired', 'hold_expired', 'booking_unavailable']);
    const stockBefore = e.snapshot().stock['shirt-navy-m'];
    const refused = rejects(() => e.submitOrder(orderRequest(lines, total.amount), 'taken'), 'conflict');
    assert.equal(refused.details.reason, 'booking_unavailable');
    assert.deepEqual(refused.details.lines, [{ index: 3, productId: 'cinema', variantId: 'ticket', code: 'booking_unavailable' }]);
    assert.equal(QuoteSchema.safeParse(refused.details.quote).success, true);
    const state = e.snapshot();
    assert.deepEqual([state.orders.length, state.bookings?.length, state.stock['shirt-navy-m']], [0, 0, stockBefore], 'nothing was created or booked');
  });

  it('checks lines of one order against each other', () => {
    const e = engine();
    const line = { productId: 'cinema', variantId: 'ticket', quantity: 1, personalization: {}, booking: seats(SESSION, 'B2') };
    const quote = e.quote({ currency: 'CNY', lines: [line, line] });
    assert.deepEqual(quote.lines.map((l) => l.problem?.code), [undefined, 'booking_unavailable']);
  });

  it('needs neither an address nor a delivery option for stays and seats alone', () => {
    const e = engine();
    const { lines } = mixedCart(e);
    const bookingsOnly = lines.slice(2);
    const quote = e.quote({ currency: 'CNY', lines: bookingsOnly });
    assert.deepEqual([quote.requiresShipping, quote.requiresAddress, quote.orderable], [false, false, true]);
    const { shippingAddress: _a, shippingOptionId: _s, ...request } = orderRequest(bookingsOnly, quote.total.amount);
    const { order, access } = placeOrder(e, request, 'no-address');
    assert.equal(order.shippingAddress, undefined);
    assert.equal(order.shippingOption, undefined);
    assert.equal(order.total.amount, 90000 + 10000);
    assert.equal(OrderSchema.safeParse(order).success, true);
    assert.match(rejects(() => e.changeShippingAddress(order.orderNumber, access, ADDRESS), 'conflict').message, /has no address/);
  });

  it('needs the service address, but no delivery option, for an on-site service', () => {
    const e = engine();
    const cleaningLine = mixedCart(e).lines[1]!;
    const quote = e.quote({ currency: 'CNY', lines: [cleaningLine] });
    assert.deepEqual([quote.requiresShipping, quote.requiresAddress], [false, true]);
    const { shippingAddress: _a, shippingOptionId: _s, ...withoutAddress } = orderRequest([cleaningLine], quote.total.amount);
    const missing = rejects(() => e.submitOrder(withoutAddress, 'no-address'), 'validation');
    assert.ok(missing.fieldErrors.some((f) => f.field === 'shippingAddress.line1' && f.code === 'required'));
    assert.ok(!missing.fieldErrors.some((f) => f.field === 'shippingOptionId'));
    const { shippingOptionId: _o, ...withAddress } = orderRequest([cleaningLine], quote.total.amount);
    const { order } = e.submitOrder(withAddress, 'service-address');
    assert.equal(order.shippingAddress?.line1, ADDRESS.line1);
    assert.equal(order.shippingOption, undefined);
  });

  it('still requires the address and delivery option when goods are in the order', () => {
    const e = engine();
    const { lines } = mixedCart(e);
    const { shippingAddress: _a, shippingOptionId: _s, ...request } = orderRequest(lines, 0);
    const fields = rejects(() => e.submitOrder(request, 'goods-no-address'), 'validation').fieldErrors.map((f) => f.field);
    assert.ok(fields.includes('shippingAddress.line1') && fields.includes('shippingOptionId'), fields.join());
  });

  it('refuses a booking line that breaks the rules with a field error on the line', () => {
    const e = engine();
    const line = { productId: 'hotel', variantId: 'suite', quantity: 1, personalization: {}, booking: stay('2026-04-28', '2026-04-29') };
    const quote = e.quote({ currency: 'CNY', lines: [line] });
    assert.equal(quote.lines[0]!.problem?.code, 'invalid_booking');
    const refused = rejects(() => e.submitOrder(orderRequest([line], quote.total.amount), 'too-short'), 'validation');
    assert.deepEqual(refused.fieldErrors, [{ field: 'lines.0.booking.checkOut', code: 'stay_too_short', params: { min: 2 } }]);
  });
});

/** A test-only service in New York (daylight saving), open 01:00–07:00 on Saturdays and Sundays, one booking per 2-hour slot. */
function newYorkSeed(): ShopSeed {
  const shop = testShop();
  const cleaning = shop.products.find((p) => p.id === 'cleaning') as TimeSlotProduct;
  const service: TimeSlotProduct = {
    ...cleaning,
    id: 'night-shift',
    variants: [{ id: 'night-shift-visit', sku: 'NY-1', options: {}, price: { amount: 5000, currency: 'CNY' }, stock: null }],
    optionGroups: [],
    booking: {
      timeZone: 'America/New_York',
      schedule: {
        openingHours: [6, 7].map((weekday) => ({ weekday, open: '01:00', close: '07:00' })),
        slotMinutes: 120,
        capacity: 1,
        leadMinutes: 0,
        cutoffDays: 400,
      },
      onSite: false,
    },
  };
  return { ...shop, products: [...shop.products, service as Product] };
}

describe('bookings: time zones', () => {
  const newYork = (iso: string) => utcToZoned(iso, 'America/New_York');
  const slotsOn = (e: OrderEngine, date: string) => (e.getAvailability({ productId: 'night-shift', from: date, to: date }) as Extract<Availability, { type: 'time_slot' }>).slots;

  it('lays slots out in real time across the spring-forward change in New York', () => {
    const e = engine({ seed: newYorkSeed(), now: () => new Date('2026-03-01T00:00:00Z') });
    // Saturday: 01:00–07:00 EST is six real hours, three slots.
    assert.deepEqual(slotsOn(e, '2026-03-07').map((s) => s.start), ['2026-03-07T06:00:00.000Z', '2026-03-07T08:00:00.000Z', '2026-03-07T10:00:00.000Z']);
    // Sunday 8 March: 01:00 EST to 07:00 EDT is five real hours, so two 2-hour slots; the first ends at 04:00 local.
    const sunday = slotsOn(e, '2026-03-08');
    assert.deepEqual(sunday.map((s) => [s.start, s.end]), [['2026-03-08T06:00:00.000Z', '2026-03-08T08:00:00.000Z'], ['2026-03-08T08:00:00.000Z', '2026-03-08T10:00:00.000Z']]);
    assert.deepEqual(sunday.map((s) => `${newYork(s.start).time}–${newYork(s.end).time} (${newYork(s.start).offsetMinutes})`), ['01:00–04:00 (-300)', '04:00–06:00 (-240)']);
    assert.ok(sunday.every((s) => s.localDate === '2026-03-08'));

    // Holding and quoting on the change day keeps UTC instants and the merchant's zone.
    const hold = e.placeHold({ productId: 'night-shift', variantId: 'night-shift-visit', booking: slot('2026-03-08T08:00:00.000Z') });
    rejects(() => e.placeHold({ productId: 'night-shift', variantId: 'night-shift-visit', booking: slot('2026-03-08T08:00:00Z') }), 'conflict');
    assert.equal(slotsOn(e, '2026-03-08')[1]!.remaining, 0);
    const quote = e.quote({ currency: 'CNY', lines: [{ productId: 'night-shift', variantId: 'night-shift-visit', quantity: 1, personalization: {}, booking: hold.booking, holdId: hold.id }] });
    assert.deepEqual(quote.lines[0]!.booking, { type: 'time_slot', start: '2026-03-08T08:00:00.000Z', end: '2026-03-08T10:00:00.000Z', timeZone: 'America/New_York', onSite: false });
    assert.equal(quote.orderable, true);
  });

  it('keeps the repeated autumn hour apart by its UTC instant', () => {
    const e = engine({ seed: newYorkSeed(), now: () => new Date('2026-10-01T00:00:00Z') });
    // Sunday 1 November: 01:00 EDT to 07:00 EST is seven real hours; slots start at 01:00 EDT, 02:00 EST and 04:00 EST.
    const sunday = slotsOn(e, '2026-11-01');
    assert.deepEqual(sunday.map((s) => s.start), ['2026-11-01T05:00:00.000Z', '2026-11-01T07:00:00.000Z', '2026-11-01T09:00:00.000Z']);
    assert.deepEqual(sunday.map((s) => newYork(s.start).time), ['01:00', '02:00', '04:00']);
    // A start written without milliseconds finds the same slot, named in the canonical form.
    const hold = e.placeHold({ productId: 'night-shift', variantId: 'night-shift-visit', booking: slot('2026-11-01T07:00:00Z') });
    assert.equal(hold.booking.type === 'time_slot' && hold.booking.start, '2026-11-01T07:00:00.000Z');
  });

  it('reads slot dates in the merchant’s zone, not in UTC', () => {
    // Tuesday 09:00 in Shanghai is Tuesday 01:00 UTC, and Monday in New York: it belongs to Tuesday.
    const availability = engine().getAvailability({ productId: 'cleaning', from: '2026-04-28', to: '2026-04-28' }) as Extract<Availability, { type: 'time_slot' }>;
    assert.equal(availability.slots[0]!.start, TUESDAY_9AM);
    assert.equal(availability.slots[0]!.localDate, '2026-04-28');
    assert.equal(utcToZoned(TUESDAY_9AM, 'America/New_York').date, '2026-04-27');
  });
});
