import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Availability, BookingSelection, LineRequest, OrderRequest, Product, SeatsProduct } from '@orderzone/core';
import { allowedMerchantActions, allowedShopperActions } from '@orderzone/core/orders';
import { OrderSchema } from '@orderzone/core/schemas';
import { createOrderEngine, type EngineState, type OrderEngine, type ShopSeed } from './order-engine.ts';
import { rejects } from './testing/rejects.ts';
import { placeOrder, strangerAccess, type PlacedOrder } from './testing/placed-order.ts';
import { shirtLine, testShop } from '../../core/src/testing/test-shop.ts';

/** Thursday 2026-04-30, 10:00 in Shanghai: the day before the test cinema's session. */
const THURSDAY_10AM = new Date('2026-04-30T02:00:00Z');
const HOUR = 3_600_000;

/** A clock the test moves. */
function clock(start: Date = THURSDAY_10AM) {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    set(iso: string) {
      at = Date.parse(iso);
    },
  };
}

/** The test cinema with a second row of standard seats (B1–B4, ¥50.00 each), so a pair of seats can move to a pair at the same price. */
function cinemaWithRowB(product: SeatsProduct): SeatsProduct {
  const [section] = product.booking.seatMap.sections;
  const rowB = { id: 'B', label: 'B', seats: [1, 2, 3, 4].map((n) => ({ id: `B${n}`, label: { 'zh-CN': `B 排 ${n} 座`, 'en-US': `Row B, seat ${n}` }, zoneId: 'std' })) };
  return { ...product, booking: { ...product.booking, seatMap: { ...product.booking.seatMap, sections: [{ ...section!, rows: [...section!.rows, rowB] }] } } };
}

/** The tests' shop, its cinema with row B. */
function shop(): ShopSeed {
  const seed = testShop();
  return { ...seed, products: seed.products.map((p): Product => (p.kind === 'seats' ? cinemaWithRowB(p) : p)) };
}

function engine(options: { seed?: ShopSeed; now?: () => Date; state?: EngineState } = {}): OrderEngine {
  return createOrderEngine({ seed: options.seed ?? shop(), now: options.now ?? (() => THURSDAY_10AM), ...(options.state ? { state: options.state } : {}) });
}


const CONTACT = { name: '张三', phone: '138 0013 8000', email: 'zhang.san@example.com' };
const ADDRESS = { country: 'CN', region: '浙江省', city: '杭州市', district: '西湖区', line1: '北山街10号', postalCode: '310007' };

/** Saturday 2026-05-02 11:00 and 15:00 in Shanghai: two of the test cleaning's 2-hour slots. */
const SATURDAY_11AM = '2026-05-02T03:00:00.000Z';
const SATURDAY_3PM = '2026-05-02T07:00:00.000Z';
/** Tomorrow's cinema session: 2026-05-01 19:30 Shanghai, 11:30 UTC. */
const SESSION = 'evening';

const slot = (start: string, resourceId?: string): BookingSelection => ({ type: 'time_slot', start, ...(resourceId ? { resourceId } : {}) });
const stay = (checkIn: string, checkOut: string): BookingSelection => ({ type: 'stay', checkIn, checkOut });
const seats = (sessionId: string, ...seatIds: string[]): BookingSelection => ({ type: 'seats', sessionId, seatIds });
const line = (productId: string, variantId: string, booking?: BookingSelection): LineRequest => ({ productId, variantId, quantity: 1, personalization: {}, ...(booking ? { booking } : {}) });

const SHIRT = shirtLine(1);
const CLEANING = line('cleaning', 'cleaning-2h', slot(SATURDAY_11AM, 'wang'));
/** The standard room for Wednesday night (¥300.00; ¥450.00 on Friday and Saturday nights). */
const ROOM = line('hotel', 'standard', stay('2026-05-06', '2026-05-07'));
const CINEMA = line('cinema', 'ticket', seats(SESSION, 'B1', 'B2'));

/** Places an order of `lines` at the quoted total: with an address and delivery when something needs them. */
function place(e: OrderEngine, lines: LineRequest[], key: string): PlacedOrder {
  const quote = e.quote({ currency: 'CNY', lines, destination: { country: 'CN' } });
  assert.equal(quote.orderable, true, JSON.stringify(quote.lines.map((l) => l.problem)));
  const request: OrderRequest = {
    currency: 'CNY',
    lines,
    contact: CONTACT,
    paymentMethodId: 'alipay',
    expectedTotal: quote.total,
    ...(quote.requiresAddress === false ? {} : { shippingAddress: ADDRESS }),
    ...(quote.requiresShipping === false ? {} : { shippingOptionId: 'standard' }),
  };
  return placeOrder(e, request, key);
}

const seatTaken = (e: OrderEngine, seat: string) =>
  (e.getAvailability({ productId: 'cinema', sessionId: SESSION }) as Extract<Availability, { type: 'seats' }>).takenSeatIds.includes(seat);

describe('booking orders: confirmed → fulfilled', () => {
  it('confirms a paid order of bookings only, and lets the merchant mark it fulfilled', () => {
    const e = engine();
    const { order, access } = place(e, [ROOM, CINEMA], 'bookings-1');
    assert.equal(order.status, 'pending_payment');
    // The table's actions (the engine refuses change_address for an order without an address).
    assert.deepEqual(allowedShopperActions(order, THURSDAY_10AM), ['pay', 'cancel', 'edit', 'change_address', 'reschedule']);

    const confirmed = e.markPaid(order.orderNumber);
    assert.equal(confirmed.status, 'confirmed');
    assert.deepEqual(confirmed.history?.at(-1), { status: 'confirmed', at: THURSDAY_10AM.toISOString(), action: 'confirm_payment' });
    assert.equal(e.markPaid(order.orderNumber).history?.length, 2, 'a repeated payment notice changes nothing');
    assert.equal(e.getPaymentStatus(order.orderNumber, access).status, 'paid');
    assert.deepEqual(allowedMerchantActions(confirmed), ['fulfill']);
    assert.deepEqual(allowedShopperActions(confirmed, THURSDAY_10AM), ['cancel', 'reschedule']);

    const fulfilled = e.markFulfilled(order.orderNumber);
    assert.equal(fulfilled.status, 'fulfilled');
    assert.equal(OrderSchema.safeParse(fulfilled).success, true);
    assert.deepEqual([allowedShopperActions(fulfilled, THURSDAY_10AM), allowedMerchantActions(fulfilled)], [[], []]);
    assert.match(rejects(() => e.cancelOrder(order.orderNumber, access), 'conflict').message, /is fulfilled; it can no longer be cancelled/);
    assert.equal(seatTaken(e, 'B1'), true, 'a fulfilled booking keeps its seats');
  });

  it('keeps mixed orders on the goods lifecycle', () => {
    const e = engine();
    const { order } = place(e, [SHIRT, CINEMA], 'mixed-1');
    assert.equal(e.markPaid(order.orderNumber).status, 'paid');
    assert.match(rejects(() => e.markFulfilled(order.orderNumber), 'conflict').message, /cannot be fulfilled|can no longer be fulfilled/);
  });

  it('refuses to fulfil an order that is not confirmed, and an unknown one', () => {
    const e = engine();
    const { order } = place(e, [CINEMA], 'unpaid');
    assert.match(rejects(() => e.markFulfilled(order.orderNumber), 'conflict').message, /awaiting payment; it cannot be fulfilled yet/);
    rejects(() => e.markFulfilled('OZ000000000000'), 'not_found');
  });
});

describe('booking orders: cancelling inside the window', () => {
  it('refunds a confirmed booking cancelled inside its window and gives the seats back', () => {
    const e = engine();
    const { order, access } = place(e, [CINEMA], 'cancel-1');
    e.markPaid(order.orderNumber);
    const cancelled = e.cancelOrder(order.orderNumber, access);
    assert.equal(cancelled.status, 'refunded');
    assert.deepEqual(cancelled.history?.at(-1), { status: 'refunded', at: THURSDAY_10AM.toISOString(), action: 'cancel' });
    assert.equal(seatTaken(e, 'B1'), false);
  });

  it('refuses once a window closed (24 hours before the start by default), changing nothing', () => {
    const time = clock();
    const e = engine({ now: time.now });
    const { order, access } = place(e, [CINEMA], 'cancel-late');
    e.markPaid(order.orderNumber);
    time.set('2026-04-30T11:30:00.000Z'); // exactly 24 hours before the session
    const error = rejects(() => e.cancelOrder(order.orderNumber, access), 'conflict');
    assert.equal(error.details.reason, 'window_closed');
    assert.equal(error.details.until, '2026-04-30T11:30:00.000Z');
    assert.equal(error.details.lineIndex, 0);
    assert.equal(e.getOrder(order.orderNumber, access).status, 'confirmed');
    assert.equal(seatTaken(e, 'B1'), true);
    assert.deepEqual(allowedShopperActions(e.getOrder(order.orderNumber, access), time.now()), []);
  });

  it('still cancels an unpaid booking order after the window: nothing was paid', () => {
    const time = clock();
    const e = engine({ now: time.now });
    const { order, access } = place(e, [CINEMA], 'unpaid-late');
    time.set('2026-05-01T10:00:00.000Z');
    assert.equal(e.cancelOrder(order.orderNumber, access).status, 'cancelled');
  });

  it('uses the window hours a product sets, written into the booking details', () => {
    const seed = shop();
    const products = seed.products.map((p): Product => (p.kind === 'seats' ? { ...p, booking: { ...p.booking, cancelBeforeHours: 2, rescheduleBeforeHours: 6 } } : p));
    const time = clock();
    const e = engine({ seed: { ...seed, products }, now: time.now });
    const { order, access } = place(e, [CINEMA], 'short-window');
    const details = order.lines[0]!.booking!;
    assert.deepEqual([details.cancelUntil, details.rescheduleUntil], ['2026-05-01T09:30:00.000Z', '2026-05-01T05:30:00.000Z']);
    e.markPaid(order.orderNumber);
    time.set('2026-05-01T08:30:00.000Z'); // 3 hours before: the default would have refused
    assert.deepEqual(allowedShopperActions(e.getOrder(order.orderNumber, access), time.now()), ['cancel']);
    assert.equal(e.cancelOrder(order.orderNumber, access).status, 'refunded');
  });
});

describe('rescheduling a booking', () => {
  it('moves a slot to another time at the same price, freeing the old one in the same step', () => {
    const e = engine();
    const { order, access } = place(e, [SHIRT, CLEANING], 'move-slot');
    e.markPaid(order.orderNumber);
    const moved = e.rescheduleBooking(order.orderNumber, access, { lineIndex: 1, booking: slot(SATURDAY_3PM, 'wang') });
    assert.equal(moved.status, 'paid', 'the status is kept');
    assert.deepEqual(moved.history?.at(-1), { status: 'paid', at: THURSDAY_10AM.toISOString(), action: 'reschedule' });
    const booking = moved.lines[1]!.booking;
    assert.equal(booking?.type === 'time_slot' && booking.start, SATURDAY_3PM);
    assert.deepEqual([moved.lines[1]!.total, moved.total], [order.lines[1]!.total, order.total]);
    assert.equal(OrderSchema.safeParse(moved).success, true);
    // Ms Wang is free at 11:00 again and booked at 15:00.
    assert.equal(e.placeHold({ productId: 'cleaning', variantId: 'cleaning-2h', booking: slot(SATURDAY_11AM, 'wang') }).booking.type, 'time_slot');
    rejects(() => e.placeHold({ productId: 'cleaning', variantId: 'cleaning-2h', booking: slot(SATURDAY_3PM, 'wang') }), 'conflict');
    assert.deepEqual(e.snapshot().bookings?.filter((b) => b.orderNumber === order.orderNumber).length, 1);
  });

  it('moves seats, and may use a hold placed on the new seats first', () => {
    const e = engine();
    const { order, access } = place(e, [CINEMA], 'move-seats');
    const hold = e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'B3', 'B4') });
    const moved = e.rescheduleBooking(order.orderNumber, access, { lineIndex: 0, booking: seats(SESSION, 'B3', 'B4'), holdId: hold.id });
    const booked = moved.lines[0]!.booking;
    assert.deepEqual(booked?.type === 'seats' ? booked.seats.map((s) => s.id) : [], ['B3', 'B4']);
    assert.equal(moved.status, 'pending_payment');
    assert.deepEqual(e.snapshot().holds, [], 'the hold became the booking');
    assert.deepEqual([seatTaken(e, 'B1'), seatTaken(e, 'B3')], [false, true]);
  });

  it('refuses a pick that costs more or less, changing nothing', () => {
    const e = engine();
    const { order, access } = place(e, [ROOM], 'move-room');
    const error = rejects(() => e.rescheduleBooking(order.orderNumber, access, { lineIndex: 0, booking: stay('2026-05-08', '2026-05-09') }), 'validation');
    assert.deepEqual(error.fieldErrors, [{ field: 'booking', code: 'price_differs' }]);
    assert.deepEqual(error.details.unitPrice, { amount: 45000, currency: 'CNY' });
    assert.deepEqual(error.details.previousUnitPrice, { amount: 30000, currency: 'CNY' });
    assert.deepEqual(e.getOrder(order.orderNumber, access), order);
    // A weekday night at the same price is fine.
    const moved = e.rescheduleBooking(order.orderNumber, access, { lineIndex: 0, booking: stay('2026-05-11', '2026-05-12') });
    assert.equal(moved.lines[0]!.booking?.type === 'stay' && moved.lines[0]!.booking.checkIn, '2026-05-11');
  });

  it('refuses a pick someone else holds, keeping the booking as it was', () => {
    const e = engine();
    const { order, access } = place(e, [CINEMA], 'move-taken');
    e.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(SESSION, 'B4') });
    const error = rejects(() => e.rescheduleBooking(order.orderNumber, access, { lineIndex: 0, booking: seats(SESSION, 'B3', 'B4') }), 'conflict');
    assert.equal(error.details.reason, 'booking_taken');
    assert.deepEqual(error.details.seatIds, ['B4']);
    assert.deepEqual(e.getOrder(order.orderNumber, access), order);
    assert.equal(seatTaken(e, 'B1'), true);
  });

  it('refuses after the rescheduling window, with when it closed', () => {
    const time = clock();
    const e = engine({ now: time.now });
    const { order, access } = place(e, [CINEMA], 'move-late');
    time.set('2026-04-30T12:00:00.000Z');
    const error = rejects(() => e.rescheduleBooking(order.orderNumber, access, { lineIndex: 0, booking: seats(SESSION, 'B3', 'B4') }), 'conflict');
    assert.deepEqual([error.details.reason, error.details.until], ['window_closed', '2026-04-30T11:30:00.000Z']);
    assert.match(error.message, /can no longer be rescheduled/);
    assert.equal(allowedShopperActions(order, time.now()).includes('reschedule'), false);
  });

  it('says what is wrong with the request: line, kind, rule, same pick', () => {
    const e = engine();
    const { order, access } = place(e, [SHIRT, CINEMA], 'move-bad');
    const fields = (request: unknown) => rejects(() => e.rescheduleBooking(order.orderNumber, access, request as never), 'validation').fieldErrors;
    assert.deepEqual(fields({ lineIndex: 5, booking: seats(SESSION, 'B3') }), [{ field: 'lineIndex', code: 'unknown_line' }]);
    assert.deepEqual(fields({ lineIndex: 0, booking: seats(SESSION, 'B3') }), [{ field: 'lineIndex', code: 'not_a_booking' }]);
    assert.deepEqual(fields({ lineIndex: 1, booking: seats(SESSION, 'B2', 'B1') }), [{ field: 'booking', code: 'booking_unchanged' }]);
    assert.equal(fields({ lineIndex: 1, booking: slot(SATURDAY_11AM) })[0]?.code, 'booking_kind');
    assert.equal(fields({ lineIndex: 1, booking: seats(SESSION, 'A4', 'B3') })[0]?.field.startsWith('booking.'), true, 'a blocked seat is a rule break of the pick');
    assert.deepEqual(fields({ lineIndex: -1, booking: seats(SESSION, 'B3') }).map((f) => f.field), ['lineIndex']);
    assert.ok(fields({ lineIndex: 1 }).some((f) => f.field.startsWith('booking')));
    assert.deepEqual(e.getOrder(order.orderNumber, access), order);
  });

  it('refuses a stranger and a status that does not allow it', () => {
    const e = engine();
    const { order, access } = place(e, [CINEMA], 'move-status');
    rejects(() => e.rescheduleBooking(order.orderNumber, strangerAccess(), { lineIndex: 0, booking: seats(SESSION, 'B3', 'B4') }), 'not_found');
    e.cancelOrder(order.orderNumber, access);
    const error = rejects(() => e.rescheduleBooking(order.orderNumber, access, { lineIndex: 0, booking: seats(SESSION, 'B3', 'B4') }), 'conflict');
    assert.match(error.message, /is cancelled; its booking can no longer be rescheduled/);
  });

  it('survives a reload: the moved booking is in the saved state', () => {
    let saved: EngineState | undefined;
    const e = createOrderEngine({ seed: shop(), now: () => THURSDAY_10AM, onChange: (state) => (saved = state) });
    const { order, access } = place(e, [CINEMA], 'move-saved');
    e.rescheduleBooking(order.orderNumber, access, { lineIndex: 0, booking: seats(SESSION, 'B3', 'B4') });
    const reloaded = engine({ state: JSON.parse(JSON.stringify(saved)) as EngineState, now: () => new Date(THURSDAY_10AM.getTime() + HOUR) });
    assert.deepEqual([seatTaken(reloaded, 'B1'), seatTaken(reloaded, 'B3')], [false, true]);
  });
});
