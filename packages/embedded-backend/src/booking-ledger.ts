/**
 * Bookings in the order engine: what is free (availability), short holds while a shopper checks
 * out, and the bookings an order turns its holds into. The rules themselves come from the core
 * (`generateSlots`, `slotAvailability`, `priceBooking`, `isClaimActive`); this module decides which
 * units a pick claims and keeps the ledger of holds and bookings.
 *
 * Every pick claims one unit of one or more *resource keys*, each with a capacity:
 * - a time slot with resources: `slot:<product>:<start>:<resource>`, capacity 1 (each staff member
 *   takes one booking per slot); without resources `slot:<product>:<start>`, capacity
 *   `schedule.capacity`;
 * - a stay: one `night:<product>:<room type>:<date>` per night, capacity `rooms`;
 * - seats: one `seat:<product>:<session>:<seat>` per seat, capacity 1.
 *
 * A hold counts against capacity until it lapses (`now >= expiresAt`); a booking counts until its
 * order is cancelled or refunded. The functions here are pure: they take a {@link BookingLedger}
 * and return a new one, so the engine can check and store a hold in one synchronous step (nothing
 * can interleave), which is what makes "two shoppers, last unit" safe.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  OrderZoneError,
  sameBookingPick,
} from '@orderzone/core';
import { DEFAULT_HOLD_MINUTES, addDays, daysBetween, generateSlots, hasRoomForBooking, isClaimActive, priceBooking, priceStay, slotAvailability, utcToZoned } from '@orderzone/core/bookings';
import { AvailabilityRequestSchema, BookingSelectionSchema, PlaceHoldRequestSchema } from '@orderzone/core/schemas';
import type {
  Availability, AvailabilityRequest, BookableProduct, BookingClaim, BookingSelection, FieldError, Hold, LineProblem, LineRequest, Money,
  NightOpening, PlaceHoldRequest, Product, SeatsProduct, SlotOpening, StayProduct, TimeSlot, TimeSlotProduct,
} from '@orderzone/core';
import { fieldErrorsFromIssues } from './request-validation.ts';

/** A hold as the engine stores it: the pick as held (resource assigned) and the units it claims. */
export interface StoredHold {
  id: string;
  productId: string;
  variantId: string;
  booking: BookingSelection;
  /** UTC ISO instant; the hold stops counting at this moment. */
  expiresAt: string;
  /** Resource keys, one unit each. */
  claims: string[];
}

/** A confirmed booking of an order: it claims its units until the order is cancelled or refunded. */
export interface StoredBooking {
  orderNumber: string;
  productId: string;
  variantId: string;
  booking: BookingSelection;
  claims: string[];
}

/** Every hold and booking of a shop. */
export interface BookingLedger {
  holds: StoredHold[];
  bookings: StoredBooking[];
}

/** The ledger schemas, for validating persisted state. */
export const StoredHoldSchema = z.object({
  id: z.string(),
  productId: z.string(),
  variantId: z.string(),
  booking: BookingSelectionSchema,
  expiresAt: z.iso.datetime(),
  claims: z.array(z.string()),
});
export const StoredBookingSchema = z.object({
  orderNumber: z.string(),
  productId: z.string(),
  variantId: z.string(),
  booking: BookingSelectionSchema,
  claims: z.array(z.string()),
});

/** The most days one availability request may cover (both ends included). */
export const MAX_AVAILABILITY_DAYS = 62;

/** Looks a product up by id (with current stock), as the engine does. */
export type BookingProductLookup = (productId: string) => Product | undefined;

/** A pick that can be claimed: the selection as it will be held or booked, and its resource keys. */
export interface ResolvedPick {
  booking: BookingSelection;
  claims: string[];
}

/** True for a product that is booked (time slot, stay, seats) rather than shipped. */
export function isBookableProduct(product: Product): product is BookableProduct {
  return product.kind !== 'goods';
}

/** Field-error codes of picks that time has overtaken: the pick was fine once but can no longer be booked. */
const TIME_PASSED_CODES = new Set(['slot_too_soon', 'slot_too_late', 'session_started', 'check_in_past']);

const MINUTE_MS = 60_000;

function validation(message: string, fieldErrors: FieldError[]): OrderZoneError {
  return new OrderZoneError('validation', message, { fieldErrors });
}

/** Today's date in the merchant's zone. */
function merchantToday(now: Date, timeZone: string): string {
  return utcToZoned(now.toISOString(), timeZone).date;
}

/** Units of every resource key taken at `now` by bookings and active holds, leaving out the holds in `except`. */
export function takenUnits(ledger: BookingLedger, now: Date, except: ReadonlySet<string> = new Set()): Map<string, number> {
  const taken = new Map<string, number>();
  const add = (key: string): void => {
    taken.set(key, (taken.get(key) ?? 0) + 1);
  };
  for (const booking of ledger.bookings) for (const key of booking.claims) add(key);
  for (const hold of ledger.holds) {
    if (except.has(hold.id) || !isClaimActive(hold, now)) continue;
    for (const key of hold.claims) add(key);
  }
  return taken;
}

/** The ledger without holds that have lapsed at `now` (they claim nothing any more). */
export function pruneHolds(ledger: BookingLedger, now: Date): BookingLedger {
  return { ...ledger, holds: ledger.holds.filter((hold) => isClaimActive(hold, now)) };
}

const slotKey = (product: Product, start: string, resourceId?: string): string => `slot:${product.id}:${start}${resourceId === undefined ? '' : `:${resourceId}`}`;
const nightKey = (product: Product, variantId: string, date: string): string => `night:${product.id}:${variantId}:${date}`;
const seatKey = (product: Product, sessionId: string, seatId: string): string => `seat:${product.id}:${sessionId}:${seatId}`;

/** The product's slots on the merchant-zone dates `from`…`to`; with resources, each slot takes one booking per resource. */
function slotsOf(product: TimeSlotProduct, from: string, to: string): TimeSlot[] {
  const { schedule, timeZone, resources } = product.booking;
  const slots = generateSlots(schedule, from, to, timeZone);
  return resources && resources.length > 0 ? slots.map((slot) => ({ ...slot, capacity: resources.length })) : slots;
}

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

function roomTypeOf(product: StayProduct, variantId: string | undefined) {
  const roomType = variantId === undefined ? product.booking.roomTypes[0] : product.booking.roomTypes.find((r) => r.variantId === variantId);
  if (!roomType) throw new OrderZoneError('not_found', `Stay "${product.id}" has no room type "${String(variantId)}".`, { details: { productId: product.id, variantId } });
  const variant = product.variants.find((v) => v.id === roomType.variantId);
  if (!variant) throw new OrderZoneError('config', `Room type "${roomType.variantId}" of stay "${product.id}" is not one of its variants.`);
  return { roomType, variant };
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

/** The bookable product `productId`, or `not_found`; `validation` for goods. */
export function requireBookable(products: BookingProductLookup, productId: string): BookableProduct {
  const product = products(productId);
  if (!product) throw new OrderZoneError('not_found', `There is no product "${productId}".`, { details: { productId } });
  if (!isBookableProduct(product)) {
    throw validation(`Product "${productId}" is shipped, not booked: it has no availability or holds.`, [{ field: 'productId', code: 'not_bookable' }]);
  }
  return product;
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

/** A hold id: `hold_` and 20 random hex digits (`crypto.getRandomValues` also works outside secure contexts). */
export function newHoldId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `hold_${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Places a hold: validates the request, resolves the pick against everything taken at `now`, and
 * returns the hold and the ledger with it (lapsed holds dropped). The caller stores the new ledger
 * in the same synchronous step.
 *
 * @throws {@link OrderZoneError} `validation` (malformed request, goods, rule break), `not_found`
 *   (unknown product or variant), `conflict` (taken meanwhile).
 */
export function placeHold(
  products: BookingProductLookup,
  ledger: BookingLedger,
  rawRequest: PlaceHoldRequest,
  now: Date,
  options: { holdMinutes?: number; id?: string } = {},
): { hold: Hold; ledger: BookingLedger } {
  const parsed = PlaceHoldRequestSchema.safeParse(rawRequest);
  if (!parsed.success) throw validation('The hold request is not valid.', fieldErrorsFromIssues(parsed.error.issues, rawRequest));
  const request = parsed.data;
  const product = requireBookable(products, request.productId);
  const current = pruneHolds(ledger, now);
  const pick = resolvePick(product, request.variantId, request.booking, takenUnits(current, now), now);
  const minutes = options.holdMinutes ?? DEFAULT_HOLD_MINUTES;
  const stored: StoredHold = {
    id: options.id ?? newHoldId(),
    productId: product.id,
    variantId: request.variantId,
    booking: pick.booking,
    expiresAt: new Date(now.getTime() + minutes * MINUTE_MS).toISOString(),
    claims: pick.claims,
  };
  const hold: Hold = { id: stored.id, productId: stored.productId, variantId: stored.variantId, booking: structuredClone(stored.booking), expiresAt: stored.expiresAt };
  return { hold, ledger: { ...current, holds: [...current.holds, stored] } };
}

/** The ledger without the hold `holdId` (unknown ids change nothing). */
export function releaseHold(ledger: BookingLedger, holdId: string): BookingLedger {
  return { ...ledger, holds: ledger.holds.filter((hold) => hold.id !== holdId) };
}

/** True when a line's pick is the one held: same product, variant and pick ("any" resource matches the one assigned). */
function holdMatches(hold: StoredHold, line: LineRequest & { booking: BookingSelection }): boolean {
  if (hold.productId !== line.productId || hold.variantId !== line.variantId) return false;
  const held = hold.booking;
  const asked = line.booking;
  if (held.type === 'time_slot' && asked.type === 'time_slot') {
    return Date.parse(held.start) === Date.parse(asked.start) && (asked.resourceId === undefined || asked.resourceId === held.resourceId);
  }
  if (held.type === 'stay' && asked.type === 'stay') return held.checkIn === asked.checkIn && held.checkOut === asked.checkOut;
  if (held.type === 'seats' && asked.type === 'seats') {
    const seats = new Set(asked.seatIds);
    return held.sessionId === asked.sessionId && held.seatIds.length === seats.size && held.seatIds.every((id) => seats.has(id));
  }
  return false;
}

/** What the ledger says about one booking line of a quote or an order. */
export interface BookingLineCheck {
  /** The pick as it will be booked (the held one, or resolved now); absent when it cannot be booked. */
  pick?: ResolvedPick;
  /** The active hold the line is covered by. */
  hold?: { id: string; expiresAt: string };
  problem?: LineProblem;
  /** For `invalid_booking`: the first rule the pick breaks (field relative to the booking). */
  fieldError?: FieldError;
}

/**
 * Checks the booking lines of a request against the ledger at `now`, in order, each line also
 * against the units the lines before it claim. Goods lines give `undefined`.
 *
 * - A line whose `holdId` names an active hold for the same pick is covered: `hold` set.
 * - Otherwise the pick is checked as if holding it now. Taken (or no longer bookable because time
 *   passed) → `booking_unavailable`; a rule break → `invalid_booking`. When it is free: a line that
 *   had a hold gets `hold_expired` in a quote (`mode: 'quote'`), so the shopper holds it again; at
 *   submit (`mode: 'submit'`) it is simply booked. A line without a hold is fine in both.
 */
export function checkBookingLines(
  lines: readonly LineRequest[],
  products: BookingProductLookup,
  ledger: BookingLedger,
  now: Date,
  mode: 'quote' | 'submit',
): (BookingLineCheck | undefined)[] {
  const taken = takenUnits(ledger, now);
  const used = new Set<string>();
  return lines.map((line) => {
    const product = products(line.productId);
    if (!product || !isBookableProduct(product)) return undefined;
    if (!line.booking) return { problem: { code: 'invalid_booking', field: 'booking' } };
    const withBooking = line as LineRequest & { booking: BookingSelection };
    const hold = line.holdId === undefined || used.has(line.holdId) ? undefined : ledger.holds.find((h) => h.id === line.holdId);
    if (hold && isClaimActive(hold, now) && holdMatches(hold, withBooking)) {
      used.add(hold.id);
      return { pick: { booking: hold.booking, claims: hold.claims }, hold: { id: hold.id, expiresAt: hold.expiresAt } };
    }
    let pick: ResolvedPick;
    try {
      pick = resolvePick(product, line.variantId, line.booking, taken, now);
    } catch (error) {
      if (!(error instanceof OrderZoneError)) throw error;
      if (error.code === 'conflict' || error.fieldErrors.some((e) => TIME_PASSED_CODES.has(e.code))) return { problem: { code: 'booking_unavailable' } };
      if (error.code === 'validation' || error.code === 'not_found') {
        const [fieldError] = error.fieldErrors;
        return fieldError ? { problem: { code: 'invalid_booking', field: fieldError.field }, fieldError } : { problem: { code: 'invalid_booking' } };
      }
      throw error;
    }
    for (const key of pick.claims) taken.set(key, (taken.get(key) ?? 0) + 1);
    if (line.holdId !== undefined && mode === 'quote') return { pick, problem: { code: 'hold_expired' } };
    return { pick };
  });
}

/**
 * Turns the checked booking lines of an order into bookings and drops the holds they used (and
 * every lapsed hold). Lines without a pick are skipped.
 */
export function bookLines(ledger: BookingLedger, orderNumber: string, lines: readonly LineRequest[], checks: readonly (BookingLineCheck | undefined)[], now: Date): BookingLedger {
  const bookings: StoredBooking[] = [];
  const usedHolds = new Set<string>();
  lines.forEach((line, index) => {
    const pick = checks[index]?.pick;
    if (!pick) return;
    bookings.push({ orderNumber, productId: line.productId, variantId: line.variantId, booking: pick.booking, claims: pick.claims });
    if (line.holdId !== undefined) usedHolds.add(line.holdId);
  });
  const pruned = pruneHolds(ledger, now);
  return { holds: pruned.holds.filter((hold) => !usedHolds.has(hold.id)), bookings: [...pruned.bookings, ...bookings] };
}

/**
 * Where the booking of one order line is in the ledger: the first of the order's bookings with the
 * line's product, variant and pick; -1 when it has none (released, or never booked).
 */
export function lineBookingIndex(ledger: BookingLedger, orderNumber: string, line: { productId: string; variantId: string; booking: BookingSelection }): number {
  return ledger.bookings.findIndex(
    (b) => b.orderNumber === orderNumber && b.productId === line.productId && b.variantId === line.variantId && sameBookingPick(b.booking, line.booking),
  );
}

/** The ledger without the booking of one order line (see {@link lineBookingIndex}): its slot, nights or seats are free again. */
export function releaseLineBooking(ledger: BookingLedger, orderNumber: string, line: { productId: string; variantId: string; booking: BookingSelection }): BookingLedger {
  const index = lineBookingIndex(ledger, orderNumber, line);
  return index < 0 ? ledger : { ...ledger, bookings: ledger.bookings.filter((_, i) => i !== index) };
}

/** The ledger without the bookings of an order (cancelled or refunded): their units are free again. */
export function releaseOrderBookings(ledger: BookingLedger, orderNumber: string): BookingLedger {
  return { ...ledger, bookings: ledger.bookings.filter((booking) => booking.orderNumber !== orderNumber) };
}
