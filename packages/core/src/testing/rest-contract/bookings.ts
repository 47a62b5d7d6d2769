/**
 * The REST contract suite, part 6: bookings. What a slot, a stay or seats have free; holds placed,
 * refused to a second shopper, released and lapsing; ordering with a hold; and moving a booked line
 * to another pick. Test-only; not part of the published package.
 *
 * @module
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { SeatsProduct } from '../../catalog/catalog-schema.ts';
import type { LineRequest } from '../../order/order-schema.ts';
import { rejectsWith } from '../rejects-with.ts';
import { placeOrder, pricedOrder } from './shop-fixtures.ts';
import type { ContractAdapter, SuiteContext } from './suite-context.ts';

/** The merchant's date (Asia/Shanghai, no daylight saving) `days` after `at`. */
function shanghaiDate(at: Date, days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(at.getTime() + days * 86_400_000));
}

/** The cinema's sessions, as its product page lists them. */
async function sessions(api: ContractAdapter) {
  return ((await api.getProduct('cinema')) as SeatsProduct).booking.sessions;
}

const HOLD_MINUTES = 10;
const seats = (sessionId: string, seatIds: string[]) => ({ type: 'seats' as const, sessionId, seatIds });
const ticket = (sessionId: string, seatIds: string[], holdId?: string): LineRequest => ({
  productId: 'cinema', variantId: 'ticket', quantity: 1, personalization: {}, booking: seats(sessionId, seatIds), ...(holdId ? { holdId } : {}),
});

export function bookingTests(ctx: SuiteContext): void {
  it('reads what slots, nights and seats are free, and refuses a missing range or an unknown session', async () => {
    const { api } = ctx.shopper();
    const tomorrow = shanghaiDate(ctx.clock.now(), 1);
    const slots = await api.getAvailability({ productId: 'cleaning', from: tomorrow, to: tomorrow });
    // A weekday: five 2-hour slots from 08:00 to 18:00, each for both housekeepers.
    assert.deepEqual(slots.type === 'time_slot' && slots.slots.map((s) => [s.localDate, s.remaining]), Array.from({ length: 5 }, () => [tomorrow, 2]));
    const today = shanghaiDate(ctx.clock.now());
    const nights = await api.getAvailability({ productId: 'hotel', variantId: 'suite', from: today, to: shanghaiDate(ctx.clock.now(), 6) });
    assert.deepEqual(nights.type === 'stay' && [nights.variantId, nights.nights.length, nights.minNights, nights.nights[0]?.date], ['suite', 7, 2, today]);
    const [first] = await sessions(api);
    const seatMap = await api.getAvailability({ productId: 'cinema', sessionId: first!.id });
    assert.deepEqual(seatMap.type === 'seats' && [seatMap.sessionId, seatMap.maxSeatsPerOrder], [first!.id, 6]);

    const missing = await rejectsWith(api.getAvailability({ productId: 'cleaning' }), 'validation');
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.fieldErrors.map((f) => f.field), ['from', 'to']);
    await rejectsWith(api.getAvailability({ productId: 'cinema', sessionId: 'nope' }), 'not_found');
    await rejectsWith(api.getAvailability({ productId: 'no-such-thing', sessionId: 'nope' }), 'not_found');
  });

  it('holds seats, refuses them to a second shopper with conflict, books them with the hold, and releases a hold early', async () => {
    const first = ctx.shopper();
    const [session] = await sessions(first.api);
    const hold = await first.api.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(session!.id, ['B4', 'B5']) });
    assert.equal(hold.expiresAt, new Date(ctx.clock.now().getTime() + HOLD_MINUTES * 60_000).toISOString());
    const second = ctx.shopper();
    const taken = await rejectsWith(second.api.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(session!.id, ['B5', 'B6']) }), 'conflict');
    assert.equal(taken.status, 409);
    assert.deepEqual(taken.details, { reason: 'booking_taken', sessionId: session!.id, seatIds: ['B5'] });
    const map = await second.api.getAvailability({ productId: 'cinema', sessionId: session!.id });
    assert.ok(map.type === 'seats' && ['B4', 'B5'].every((seat) => map.takenSeatIds.includes(seat)) && !map.takenSeatIds.includes('B6'));
    const tooMany = await rejectsWith(second.api.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(session!.id, ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7']) }), 'validation');
    assert.deepEqual(tooMany.fieldErrors, [{ field: 'seats', code: 'too_many_seats', params: { max: 6 } }]);

    const line = ticket(session!.id, ['B4', 'B5'], hold.id);
    const quote = await first.api.quote({ currency: 'CNY', lines: [line] });
    assert.deepEqual([quote.orderable, quote.requiresShipping, quote.requiresAddress, quote.lines[0]!.hold?.id], [true, false, false, hold.id]);
    const { order } = await placeOrder(first.api, ctx.contact(), [line], 'bookings-seats');
    assert.equal(order.shippingAddress, undefined);
    assert.equal(order.total.amount, 2 * 5000);
    assert.deepEqual(order.lines[0]!.booking?.type === 'seats' && order.lines[0]!.booking.seats.map((s) => s.label), [
      { 'zh-CN': 'B排4座', 'en-US': 'Row B, seat 4' },
      { 'zh-CN': 'B排5座', 'en-US': 'Row B, seat 5' },
    ]);

    const other = await second.api.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(session!.id, ['B6']) });
    await second.api.releaseHold(other.id);
    await second.api.releaseHold('hold_unknown');
    const after = await second.api.getAvailability({ productId: 'cinema', sessionId: session!.id });
    assert.ok(after.type === 'seats' && after.takenSeatIds.includes('B4') && !after.takenSeatIds.includes('B6'), 'the booked seats stay taken, the released one is free');
    await second.api.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(session!.id, ['B6']) });
  });

  it('gives a seat asked for by several shoppers at the same time to one of them', async () => {
    const [, session] = await sessions(ctx.shopper().api);
    const asks = await Promise.allSettled([1, 2, 3].map(() => ctx.shopper().api.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(session!.id, ['D1']) })));
    assert.equal(asks.filter((a) => a.status === 'fulfilled').length, 1);
    for (const refused of asks.filter((a) => a.status === 'rejected')) {
      assert.deepEqual([(refused.reason as { code: string }).code, (refused.reason as { details: unknown }).details], ['conflict', { reason: 'booking_taken', sessionId: session!.id, seatIds: ['D1'] }]);
    }
  });

  it('holds a slot with whichever housekeeper is free, and gives it back when released', async () => {
    const { api } = ctx.shopper();
    const tomorrow = shanghaiDate(ctx.clock.now(), 1);
    const before = await api.getAvailability({ productId: 'cleaning', from: tomorrow, to: tomorrow });
    const slot = before.type === 'time_slot' ? before.slots[2]! : undefined;
    const hold = await api.placeHold({ productId: 'cleaning', variantId: 'cleaning-2h', booking: { type: 'time_slot', start: slot!.start } });
    const resourceId = hold.booking.type === 'time_slot' ? hold.booking.resourceId : undefined;
    assert.ok(resourceId && slot!.freeResourceIds?.includes(resourceId), `a housekeeper was assigned (${resourceId})`);
    const held = await api.getAvailability({ productId: 'cleaning', from: tomorrow, to: tomorrow });
    const heldSlot = held.type === 'time_slot' ? held.slots.find((s) => s.start === slot!.start) : undefined;
    assert.deepEqual([heldSlot?.remaining, heldSlot?.freeResourceIds?.includes(resourceId!)], [slot!.remaining - 1, false]);
    await api.releaseHold(hold.id);
    const released = await api.getAvailability({ productId: 'cleaning', from: tomorrow, to: tomorrow });
    assert.equal(released.type === 'time_slot' ? released.slots.find((s) => s.start === slot!.start)?.remaining : undefined, slot!.remaining);
    const soon = await rejectsWith(api.placeHold({ productId: 'cleaning', variantId: 'cleaning-2h', booking: { type: 'time_slot', start: new Date(ctx.clock.now().getTime() + 60 * 60_000).toISOString() } }), 'validation');
    assert.equal(soon.status, 400);
  });

  it('holds a stay, refuses the nights to another shopper, and refuses an order for them with conflict and the new quote', async () => {
    const holder = ctx.shopper();
    const booking = { type: 'stay' as const, checkIn: shanghaiDate(ctx.clock.now(), 3), checkOut: shanghaiDate(ctx.clock.now(), 5) };
    const hold = await holder.api.placeHold({ productId: 'hotel', variantId: 'suite', booking });
    assert.deepEqual(hold.booking, booking);
    const { api } = ctx.shopper();
    const taken = await rejectsWith(api.placeHold({ productId: 'hotel', variantId: 'suite', booking }), 'conflict');
    assert.equal(taken.details.reason, 'booking_taken');
    const short = await rejectsWith(api.placeHold({ productId: 'hotel', variantId: 'suite', booking: { ...booking, checkIn: shanghaiDate(ctx.clock.now(), 8), checkOut: shanghaiDate(ctx.clock.now(), 9) } }), 'validation');
    assert.equal(short.fieldErrors[0]?.code, 'stay_too_short');

    const line: LineRequest = { productId: 'hotel', variantId: 'suite', quantity: 1, personalization: {}, booking };
    const quote = await api.quote({ currency: 'CNY', lines: [line] });
    assert.equal(quote.lines[0]!.problem?.code, 'booking_unavailable');
    const refused = await rejectsWith(
      api.submitOrder({ currency: 'CNY', lines: [line], contact: ctx.contact('Li Lei'), paymentMethodId: 'alipay', expectedTotal: quote.total }, { idempotencyKey: 'bookings-stay-taken' }),
      'conflict',
    );
    assert.equal(refused.status, 409);
    assert.equal(refused.details.reason, 'booking_unavailable');
    assert.ok(refused.details.quote, 'the new quote comes with the error');
  });

  it('lets a hold lapse after ten minutes: the seat is free again and a quote with the old hold says hold_expired', async () => {
    const { api } = ctx.shopper();
    const [, session] = await sessions(api);
    const hold = await api.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(session!.id, ['E8']) });
    await rejectsWith(ctx.shopper().api.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(session!.id, ['E8']) }), 'conflict');
    ctx.clock.advance(HOLD_MINUTES * 60_000 + 1000);
    const map = await api.getAvailability({ productId: 'cinema', sessionId: session!.id });
    assert.ok(map.type === 'seats' && !map.takenSeatIds.includes('E8'), 'a lapsed hold claims nothing');
    const quote = await api.quote({ currency: 'CNY', lines: [ticket(session!.id, ['E8'], hold.id)] });
    assert.equal(quote.lines[0]!.problem?.code, 'hold_expired');
    const again = await ctx.shopper().api.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(session!.id, ['E8']) });
    assert.notEqual(again.id, hold.id);
  });
}

export function rescheduleTests(ctx: SuiteContext): void {
  it('moves booked seats to others of the same price and keeps the status; refuses another line, another price and taken seats', async () => {
    const { api } = ctx.shopper();
    const [, , session] = await sessions(api);
    const lines = [{ productId: 'printed-mug', variantId: 'printed-mug', quantity: 1, personalization: {} }, ticket(session!.id, ['A4', 'A5'])];
    const { order, access } = await placeOrder(api, ctx.contact(), lines, 'reschedule-seats');
    const moved = await api.rescheduleBooking(order.orderNumber, access, { lineIndex: 1, booking: seats(session!.id, ['E4', 'E5']) });
    const booking = moved.lines[1]!.booking;
    assert.deepEqual(booking?.type === 'seats' ? booking.seats.map((s) => s.id) : [], ['E4', 'E5']);
    assert.deepEqual([moved.status, moved.history?.at(-1)?.action], ['pending_payment', 'reschedule']);
    const map = await api.getAvailability({ productId: 'cinema', sessionId: session!.id });
    assert.ok(map.type === 'seats' && !map.takenSeatIds.includes('A4') && map.takenSeatIds.includes('E4'), 'the old seats were given back');

    const notBooking = await rejectsWith(api.rescheduleBooking(order.orderNumber, access, { lineIndex: 0, booking: seats(session!.id, ['E6']) }), 'validation');
    assert.deepEqual(notBooking.fieldErrors, [{ field: 'lineIndex', code: 'not_a_booking' }]);
    const premium = await rejectsWith(api.rescheduleBooking(order.orderNumber, access, { lineIndex: 1, booking: seats(session!.id, ['C1', 'C2']) }), 'validation');
    assert.deepEqual(premium.fieldErrors, [{ field: 'booking', code: 'price_differs' }]);
    assert.deepEqual(premium.details.unitPrice, { amount: 16000, currency: 'CNY' });
    await ctx.shopper().api.placeHold({ productId: 'cinema', variantId: 'ticket', booking: seats(session!.id, ['G4']) });
    const taken = await rejectsWith(api.rescheduleBooking(order.orderNumber, access, { lineIndex: 1, booking: seats(session!.id, ['G4', 'G5']) }), 'conflict');
    assert.equal(taken.details.reason, 'booking_taken');
    await rejectsWith(api.rescheduleBooking(order.orderNumber, { accessToken: 'someone-else-s-token-0123456789' }, { lineIndex: 1, booking: seats(session!.id, ['E6', 'E7']) }), 'not_found');
  });

  it('moves a booked slot to another time, giving the old one back, and refuses to move a stay onto closed nights', async () => {
    const { api } = ctx.shopper();
    const day = shanghaiDate(ctx.clock.now(), 2);
    const slotsOf = async () => {
      const availability = await api.getAvailability({ productId: 'cleaning', from: day, to: day });
      return availability.type === 'time_slot' ? availability.slots : [];
    };
    const before = await slotsOf();
    const [first, , , fourth] = before;
    const cleaning: LineRequest = { productId: 'cleaning', variantId: 'cleaning-2h', quantity: 1, personalization: {}, booking: { type: 'time_slot', start: first!.start } };
    const stay: LineRequest = { productId: 'hotel', variantId: 'suite', quantity: 1, personalization: {}, booking: { type: 'stay', checkIn: shanghaiDate(ctx.clock.now(), 10), checkOut: shanghaiDate(ctx.clock.now(), 12) } };
    const { order, access } = await placeOrder(api, ctx.contact(), [cleaning, stay], 'reschedule-slot-stay');
    assert.equal((await slotsOf())[0]!.remaining, first!.remaining - 1);

    const moved = await api.rescheduleBooking(order.orderNumber, access, { lineIndex: 0, booking: { type: 'time_slot', start: fourth!.start } });
    const booking = moved.lines[0]!.booking;
    assert.equal(booking?.type === 'time_slot' ? booking.start : undefined, fourth!.start);
    assert.deepEqual((await slotsOf()).map((s) => s.remaining), before.map((s, i) => (i === 3 ? s.remaining - 1 : s.remaining)), 'the first slot was given back');

    const closed = await rejectsWith(
      api.rescheduleBooking(order.orderNumber, access, { lineIndex: 1, booking: { type: 'stay', checkIn: shanghaiDate(ctx.clock.now(), 11), checkOut: shanghaiDate(ctx.clock.now(), 13) } }),
      'validation',
    );
    assert.deepEqual(closed.fieldErrors, [{ field: 'booking.checkIn', code: 'closed_night', params: { date: shanghaiDate(ctx.clock.now(), 12) } }]);
    assert.deepEqual((await api.getOrder(order.orderNumber, access)).lines[1]!.booking, order.lines[1]!.booking, 'the stay is as booked');
  });

  // Moves the clock by hours: the last of the suite but the month a session lasts.
  it('answers conflict window_closed once the session is less than a day away, for a confirmed (paid) booking too', async () => {
    const { api } = ctx.shopper();
    const [session] = await sessions(api);
    const { order, access } = await placeOrder(api, ctx.contact(), [ticket(session!.id, ['G7', 'G8'])], 'reschedule-late');
    await ctx.backend.merchant.markPaid(order.orderNumber);
    const until = new Date(Date.parse(session!.startsAt) - 24 * 60 * 60_000);
    ctx.clock.advance(until.getTime() - ctx.clock.now().getTime() + 60_000);
    const late = await rejectsWith(api.rescheduleBooking(order.orderNumber, access, { lineIndex: 0, booking: seats(session!.id, ['F7', 'F8']) }), 'conflict');
    assert.deepEqual([late.details.reason, late.details.until], ['window_closed', until.toISOString()]);
    assert.equal((await api.getOrder(order.orderNumber, access)).status, 'confirmed', 'a paid booking-only order is confirmed, and stays so');
    const fresh = await pricedOrder(api, ctx.contact(), [ticket(session!.id, ['F7', 'F8'])]);
    assert.equal(fresh.expectedTotal.amount, 2 * 5000, 'the seats stayed free');
  });
}
