/**
 * What a bookable product has free at a moment: the slots of a time-slot product, the nights of a
 * stay's room type, the seats of a session held or sold, counted against the booking ledger.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { addDays, daysBetween, priceStay, slotAvailability } from '@orderzone/core/bookings';
import { AvailabilityRequestSchema } from '@orderzone/core/schemas';
import type {
  Availability, AvailabilityRequest, BookingClaim, FieldError, Money, NightOpening, SeatsProduct, SlotOpening, StayProduct, TimeSlot, TimeSlotProduct,
} from '@orderzone/core';
import { nightKey, seatKey, slotKey, takenUnits, type BookingLedger } from './booking-ledger.ts';
import { merchantToday, requireBookable, roomTypeOf, slotsOf, type BookingProductLookup } from './booking-products.ts';
import { fieldErrorsFromIssues, validationError as validation } from './request-validation.ts';

/** The most days one availability request may cover (both ends included). */
export const MAX_AVAILABILITY_DAYS = 62;

/** The slot claims in the per-slot form `slotAvailability` counts (`resourceKey` = slot id). */
function slotClaims(product: TimeSlotProduct, slots: readonly TimeSlot[], taken: ReadonlyMap<string, number>): BookingClaim[] {
  const claims: BookingClaim[] = [];
  const resources = product.booking.resources ?? [];
  for (const slot of slots) {
    const keys = resources.length > 0 ? resources.map((r) => slotKey(product, slot.start, r.id)) : [slotKey(product, slot.start)];
    const quantity = keys.reduce((sum, key) => sum + (taken.get(key) ?? 0), 0);
    if (quantity > 0) claims.push({ resourceKey: slot.id, quantity });
  }
  return claims;
}

function checkRange(request: AvailabilityRequest): { from: string; to: string } {
  const missing: FieldError[] = [];
  if (request.from === undefined) missing.push({ field: 'from', code: 'required' });
  if (request.to === undefined) missing.push({ field: 'to', code: 'required' });
  if (missing.length > 0) throw validation('Availability of slots and stays needs a date range: `from` and `to`.', missing);
  const from = request.from!;
  const to = request.to!;
  const days = daysBetween(from, to);
  if (days < 0) throw validation(`The range ends (${to}) before it starts (${from}).`, [{ field: 'to', code: 'invalid' }]);
  if (days + 1 > MAX_AVAILABILITY_DAYS) {
    throw validation(`Availability covers at most ${MAX_AVAILABILITY_DAYS} days at once; asked for ${days + 1}.`, [
      { field: 'to', code: 'range_too_long', params: { max: MAX_AVAILABILITY_DAYS } },
    ]);
  }
  return { from, to };
}

function slotAvailabilityOf(product: TimeSlotProduct, request: AvailabilityRequest, taken: ReadonlyMap<string, number>, now: Date): Availability {
  const { from, to } = checkRange(request);
  const slots = slotsOf(product, from, to);
  const resources = product.booking.resources ?? [];
  const openings: SlotOpening[] = slotAvailability(slots, slotClaims(product, slots, taken), now, product.booking.schedule).map(({ slot, remaining }) => {
    const opening: SlotOpening = { start: slot.start, end: slot.end, localDate: slot.localDate, remaining };
    if (resources.length > 0) opening.freeResourceIds = resources.filter((r) => (taken.get(slotKey(product, slot.start, r.id)) ?? 0) === 0).map((r) => r.id);
    return opening;
  });
  return { type: 'time_slot', productId: product.id, timeZone: product.booking.timeZone, slots: openings };
}

/** The price of the single night `date` under a room type's rules (date price, weekend price or default). */
function nightPrice(rules: StayProduct['booking']['roomTypes'][number]['rules'], date: string, currency: string): Money {
  return priceStay({ ...rules, minNights: 1, closedNights: [] }, date, addDays(date, 1), currency).nights[0]!.price;
}

function stayAvailabilityOf(product: StayProduct, request: AvailabilityRequest, taken: ReadonlyMap<string, number>, now: Date): Availability {
  const { from, to } = checkRange(request);
  const { roomType, variant } = roomTypeOf(product, request.variantId);
  const closed = new Set(roomType.rules.closedNights ?? []);
  const today = merchantToday(now, product.booking.timeZone);
  const nights: NightOpening[] = [];
  for (let i = 0, count = daysBetween(from, to); i <= count; i++) {
    const date = addDays(from, i);
    const remaining = Math.max(0, roomType.rooms - (taken.get(nightKey(product, roomType.variantId, date)) ?? 0));
    // Nights before today can no longer be booked: they read as closed, like the merchant's closed nights.
    nights.push({ date, price: nightPrice(roomType.rules, date, variant.price.currency), remaining, closed: closed.has(date) || date < today });
  }
  return {
    type: 'stay',
    productId: product.id,
    variantId: roomType.variantId,
    timeZone: product.booking.timeZone,
    nights,
    minNights: roomType.rules.minNights,
    maxNights: product.booking.maxNights ?? 30,
  };
}

function seatsAvailabilityOf(product: SeatsProduct, request: AvailabilityRequest, taken: ReadonlyMap<string, number>): Availability {
  if (request.sessionId === undefined) throw validation('Availability of seats needs a `sessionId`.', [{ field: 'sessionId', code: 'required' }]);
  const session = product.booking.sessions.find((s) => s.id === request.sessionId);
  if (!session) throw new OrderZoneError('not_found', `Product "${product.id}" has no session "${request.sessionId}".`, { details: { productId: product.id, sessionId: request.sessionId } });
  const takenSeatIds: string[] = [];
  for (const section of product.booking.seatMap.sections) {
    for (const row of section.rows) for (const seat of row.seats) if ((taken.get(seatKey(product, session.id, seat.id)) ?? 0) > 0) takenSeatIds.push(seat.id);
  }
  return { type: 'seats', productId: product.id, sessionId: session.id, takenSeatIds, maxSeatsPerOrder: product.booking.maxSeatsPerOrder };
}

/**
 * What a product has free at `now`: slots (lead time and cut-off applied, full ones with
 * `remaining: 0`, the free resources of each), nights of one room type (price, rooms left, closed),
 * or the seats of a session held or sold.
 *
 * @throws {@link OrderZoneError} `validation` for a malformed request, a missing range or session,
 *   or a range over {@link MAX_AVAILABILITY_DAYS} days; `not_found` for an unknown product, room
 *   type or session.
 */
export function availabilityOf(products: BookingProductLookup, ledger: BookingLedger, rawRequest: AvailabilityRequest, now: Date): Availability {
  const parsed = AvailabilityRequestSchema.safeParse(rawRequest);
  if (!parsed.success) throw validation('The availability request is not valid.', fieldErrorsFromIssues(parsed.error.issues, rawRequest));
  const request = parsed.data;
  const product = requireBookable(products, request.productId);
  const taken = takenUnits(ledger, now);
  switch (product.kind) {
    case 'time_slot':
      return slotAvailabilityOf(product, request, taken, now);
    case 'stay':
      return stayAvailabilityOf(product, request, taken, now);
    case 'seats':
      return seatsAvailabilityOf(product, request, taken);
  }
}
