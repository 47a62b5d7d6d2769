/**
 * Which units a pick claims: a slot (a free resource assigned when the shopper asked for any),
 * the nights of a stay, the seats of a session, checked against the product's rules, the calendar
 * and the units taken.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { addDays, daysBetween, hasRoomForBooking, priceBooking, slotAvailability, utcToZoned } from '@orderzone/core/bookings';
import type { BookableProduct, BookingSelection, FieldError, SeatsProduct, StayProduct, TimeSlot, TimeSlotProduct } from '@orderzone/core';
import { nightKey, seatKey, slotKey, type ResolvedPick } from './booking-ledger.ts';
import { merchantToday, roomTypeOf, slotsOf } from './booking-products.ts';
import { validationError as validation } from './request-validation.ts';

export const MINUTE_MS = 60_000;

/** The slot of the schedule that starts at `start`, or `validation` when there is none or it is outside lead time and cut-off. */
function requireSlot(product: TimeSlotProduct, start: string, now: Date): TimeSlot {
  const { schedule, timeZone } = product.booking;
  const localDate = utcToZoned(start, timeZone).date;
  const slot = slotsOf(product, addDays(localDate, -1), addDays(localDate, 1)).find((s) => Date.parse(s.start) === Date.parse(start));
  if (!slot) throw validation(`${product.id} has no slot starting at ${start}.`, [{ field: 'start', code: 'unknown_slot' }]);
  if (slotAvailability([slot], [], now, schedule).length === 0) {
    const tooSoon = Date.parse(slot.start) < now.getTime() + schedule.leadMinutes * MINUTE_MS;
    throw tooSoon
      ? validation(`The slot at ${slot.start} starts in less than ${schedule.leadMinutes} minutes (or has passed).`, [{ field: 'start', code: 'slot_too_soon', params: { minutes: schedule.leadMinutes } }])
      : validation(`The slot at ${slot.start} is more than ${schedule.cutoffDays} days ahead.`, [{ field: 'start', code: 'slot_too_late', params: { days: schedule.cutoffDays } }]);
  }
  return slot;
}

function takenError(message: string, details: Record<string, unknown>, fieldErrors: FieldError[] = []): OrderZoneError {
  return new OrderZoneError('conflict', message, { details: { reason: 'booking_taken', ...details }, fieldErrors });
}

function resolveTimeSlot(product: TimeSlotProduct, selection: Extract<BookingSelection, { type: 'time_slot' }>, taken: ReadonlyMap<string, number>, now: Date): ResolvedPick {
  const slot = requireSlot(product, selection.start, now);
  const resources = product.booking.resources ?? [];
  if (resources.length === 0) {
    const key = slotKey(product, slot.start);
    if (!hasRoomForBooking(slot.capacity - (taken.get(key) ?? 0))) throw takenError(`That slot was just taken: ${slot.start} is full.`, { start: slot.start });
    return { booking: { type: 'time_slot', start: slot.start }, claims: [key] };
  }
  const free = resources.filter((r) => (taken.get(slotKey(product, slot.start, r.id)) ?? 0) === 0);
  const chosen = selection.resourceId === undefined ? free[0] : free.find((r) => r.id === selection.resourceId);
  if (!chosen) {
    throw selection.resourceId === undefined
      ? takenError(`That slot was just taken: nobody is free at ${slot.start}.`, { start: slot.start })
      : takenError(`That slot was just taken: ${selection.resourceId} is booked at ${slot.start}.`, { start: slot.start, resourceId: selection.resourceId });
  }
  return { booking: { type: 'time_slot', start: slot.start, resourceId: chosen.id }, claims: [slotKey(product, slot.start, chosen.id)] };
}

function resolveStay(product: StayProduct, variantId: string, selection: Extract<BookingSelection, { type: 'stay' }>, taken: ReadonlyMap<string, number>, now: Date): ResolvedPick {
  const { roomType } = roomTypeOf(product, variantId);
  if (selection.checkIn < merchantToday(now, product.booking.timeZone)) {
    throw validation(`Check-in ${selection.checkIn} is in the past.`, [{ field: 'checkIn', code: 'check_in_past' }]);
  }
  const claims: string[] = [];
  const full: string[] = [];
  for (let i = 0, count = daysBetween(selection.checkIn, selection.checkOut); i < count; i++) {
    const date = addDays(selection.checkIn, i);
    const key = nightKey(product, roomType.variantId, date);
    if (!hasRoomForBooking(roomType.rooms - (taken.get(key) ?? 0))) full.push(date);
    claims.push(key);
  }
  if (full.length > 0) throw takenError(`That stay was just taken: no room is left on the night(s) of ${full.join(', ')}.`, { nights: full });
  return { booking: { type: 'stay', checkIn: selection.checkIn, checkOut: selection.checkOut }, claims };
}

function resolveSeats(product: SeatsProduct, selection: Extract<BookingSelection, { type: 'seats' }>, taken: ReadonlyMap<string, number>, now: Date): ResolvedPick {
  const session = product.booking.sessions.find((s) => s.id === selection.sessionId)!;
  if (Date.parse(session.startsAt) <= now.getTime()) {
    throw validation(`Session ${session.id} has already started.`, [{ field: 'sessionId', code: 'session_started' }]);
  }
  const seatIds = [...new Set(selection.seatIds)];
  const gone = seatIds.filter((seatId) => (taken.get(seatKey(product, session.id, seatId)) ?? 0) > 0);
  if (gone.length > 0) {
    throw takenError(
      `Those seats were just taken: ${gone.join(', ')}.`,
      { sessionId: session.id, seatIds: gone },
      gone.map((seat) => ({ field: 'seats', code: 'seat_unavailable', params: { seat } })),
    );
  }
  return { booking: { type: 'seats', sessionId: session.id, seatIds }, claims: seatIds.map((seatId) => seatKey(product, session.id, seatId)) };
}

/**
 * Checks a pick against the product's rules (`priceBooking`), the calendar at `now` (slot in the
 * schedule, lead time and cut-off; check-in not in the past; session not started) and the units
 * `taken`, and resolves it: a slot booked with "any" resource gets the first free one.
 *
 * @throws {@link OrderZoneError} `validation` with field errors for a rule break; `conflict`
 *   (`details.reason` `booking_taken`, with `start`, `nights` or `seatIds`) when it is taken.
 */
export function resolvePick(product: BookableProduct, variantId: string, selection: BookingSelection, taken: ReadonlyMap<string, number>, now: Date): ResolvedPick {
  priceBooking(product, variantId, selection);
  if (product.kind === 'time_slot' && selection.type === 'time_slot') return resolveTimeSlot(product, selection, taken, now);
  if (product.kind === 'stay' && selection.type === 'stay') return resolveStay(product, variantId, selection, taken, now);
  if (product.kind === 'seats' && selection.type === 'seats') return resolveSeats(product, selection, taken, now);
  // priceBooking already refuses a pick of another kind.
  throw validation(`Product "${product.id}" is not booked as "${selection.type}".`, [{ field: 'booking', code: 'booking_kind' }]);
}
