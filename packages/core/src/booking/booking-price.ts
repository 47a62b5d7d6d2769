/**
 * The price of a booking pick, from the product alone: a time slot costs its variant's price, a stay
 * the sum of its nights, seats the sum of their price zones. Also resolves the pick into the
 * {@link BookingDetails} a cart line, a quote line and an order show (end time, resource name, nights
 * with prices, seat labels). Whether the pick is still free (taken, held) is the backend's question,
 * not this module's.
 *
 * @module
 */
import type { BookableProduct, SeatsProduct, StayProduct, TimeSlotProduct, Variant } from '../catalog/catalog-schema.ts';
import { OrderZoneError, type FieldError } from '../errors.ts';
import type { Money } from '../money/money.ts';
import type { BookedSeat, BookingDetails, BookingSelection } from './booking-schema.ts';
import { daysBetween, isCalendarDate } from './calendar-date.ts';
import { validateSeatSelection } from './seat-map.ts';
import { withWindowDeadlines } from './booking-windows.ts';
import { priceStay } from './stay-pricing.ts';

/** The longest stay when a stay product does not say (`booking.maxNights`). */
export const DEFAULT_MAX_STAY_NIGHTS = 30;

/** A booking pick's price and resolved details, as {@link priceBooking} gives them. */
export interface BookingPrice {
  /** The price of the whole booking line (its quantity is always 1). */
  unitPrice: Money;
  details: BookingDetails;
}

const MINUTE_MS = 60_000;
/** An ISO 8601 instant with a date, a time and a zone (`Z` or an offset). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function invalid(message: string, fieldErrors: FieldError[]): OrderZoneError {
  return new OrderZoneError('validation', message, { fieldErrors });
}

function priceTimeSlot(product: TimeSlotProduct, variant: Variant, selection: Extract<BookingSelection, { type: 'time_slot' }>): BookingPrice {
  const booking = product.booking;
  const startMs = INSTANT.test(selection.start) && isCalendarDate(selection.start.slice(0, 10)) ? Date.parse(selection.start) : Number.NaN;
  if (Number.isNaN(startMs)) {
    throw invalid(`"${selection.start}" is not a slot start such as "2026-05-01T02:00:00.000Z".`, [{ field: 'start', code: 'invalid_slot' }]);
  }
  const details: Extract<BookingDetails, { type: 'time_slot' }> = {
    type: 'time_slot',
    start: new Date(startMs).toISOString(),
    end: new Date(startMs + booking.schedule.slotMinutes * MINUTE_MS).toISOString(),
    timeZone: booking.timeZone,
    onSite: booking.onSite,
  };
  if (selection.resourceId !== undefined) {
    const resource = booking.resources?.find((r) => r.id === selection.resourceId);
    if (!resource) {
      throw invalid(`Product "${product.id}" has no staff member or resource "${selection.resourceId}".`, [
        { field: 'resourceId', code: 'unknown_resource', params: { resource: selection.resourceId } },
      ]);
    }
    details.resourceId = resource.id;
    details.resourceName = resource.name;
  }
  return { unitPrice: variant.price, details };
}

function priceStayBooking(product: StayProduct, variant: Variant, selection: Extract<BookingSelection, { type: 'stay' }>): BookingPrice {
  const booking = product.booking;
  const roomType = booking.roomTypes.find((r) => r.variantId === variant.id);
  if (!roomType) {
    throw new OrderZoneError('config', `Stay "${product.id}" has no room type for variant "${variant.id}" in booking.roomTypes.`);
  }
  const maxNights = booking.maxNights ?? DEFAULT_MAX_STAY_NIGHTS;
  if (isCalendarDate(selection.checkIn) && isCalendarDate(selection.checkOut)) {
    const count = daysBetween(selection.checkIn, selection.checkOut);
    if (count > maxNights) {
      throw invalid(`A stay can be at most ${maxNights} nights; this one has ${count}.`, [{ field: 'checkOut', code: 'stay_too_long', params: { max: maxNights } }]);
    }
  }
  const price = priceStay(roomType.rules, selection.checkIn, selection.checkOut, variant.price.currency);
  return {
    unitPrice: price.total,
    details: {
      type: 'stay',
      checkIn: selection.checkIn,
      checkOut: selection.checkOut,
      checkInTime: booking.checkInTime,
      checkOutTime: booking.checkOutTime,
      timeZone: booking.timeZone,
      nights: price.nights.map((night) => ({ date: night.date, price: night.price })),
    },
  };
}

function priceSeats(product: SeatsProduct, variant: Variant, selection: Extract<BookingSelection, { type: 'seats' }>): BookingPrice {
  const booking = product.booking;
  const session = booking.sessions.find((s) => s.id === selection.sessionId);
  if (!session) {
    throw invalid(`Product "${product.id}" has no session "${selection.sessionId}".`, [
      { field: 'sessionId', code: 'unknown_session', params: { session: selection.sessionId } },
    ]);
  }
  const priced = validateSeatSelection(booking.seatMap, selection.seatIds, [], booking.maxSeatsPerOrder);
  if (priced.total.currency !== variant.price.currency) {
    throw new OrderZoneError('config', `The seat map of "${product.id}" is priced in ${priced.total.currency}, but its variant in ${variant.price.currency}.`);
  }
  const seatsById = new Map(booking.seatMap.sections.flatMap((section) => section.rows.flatMap((row) => row.seats.map((seat) => [seat.id, seat] as const))));
  const zones = new Map(booking.seatMap.zones.map((zone) => [zone.id, zone]));
  const seats: BookedSeat[] = priced.seats.map((p) => ({
    id: p.seatId,
    label: seatsById.get(p.seatId)!.label,
    zoneName: zones.get(p.zoneId)!.name,
    price: p.price,
  }));
  const details: Extract<BookingDetails, { type: 'seats' }> = {
    type: 'seats',
    sessionId: session.id,
    startsAt: session.startsAt,
    timeZone: booking.timeZone,
    seats,
  };
  if (session.label !== undefined) details.sessionLabel = session.label;
  if (booking.venue !== undefined) details.venue = booking.venue;
  return { unitPrice: priced.total, details };
}

/**
 * Prices a booking pick from the product's configuration and resolves its details. Pure: it does
 * not know what is taken or held (a backend checks that when placing a hold).
 *
 * - `time_slot`: the variant's price; `start` must be an ISO instant with a zone, `end` is
 *   `start` + the schedule's `slotMinutes`; a `resourceId`, when given, must be one of the product's
 *   resources (its name is resolved).
 * - `stay`: the variant's room type in `booking.roomTypes` prices each night with `priceStay`; the
 *   stay may have at most `booking.maxNights` nights ({@link DEFAULT_MAX_STAY_NIGHTS} when absent).
 * - `seats`: the session must exist; seats are checked with `validateSeatSelection` against the
 *   map's permanently unavailable seats and `maxSeatsPerOrder`, and their zone prices summed.
 * - every kind: `cancelUntil` / `rescheduleUntil` in the details when the product sets
 *   `cancelBeforeHours` / `rescheduleBeforeHours` (see `booking-windows.ts`).
 *
 * @throws {@link OrderZoneError} `validation` with `fieldErrors` for a pick that breaks the
 *   product's rules: `booking_kind` (field `booking`) when the pick's `type` is not the product's
 *   `kind`; `invalid_slot` (field `start`); `unknown_resource` `{ resource }` (field `resourceId`);
 *   the stay codes of `priceStay` (`stay_too_long` `{ max }` also for `maxNights`);
 *   `unknown_session` `{ session }` (field `sessionId`); the seat codes of `validateSeatSelection`.
 * @throws {@link OrderZoneError} `not_found` when the product has no variant `variantId`;
 *   `config` when the product is misconfigured (no room type for the variant, mixed currencies).
 */
export function priceBooking(product: BookableProduct, variantId: string, selection: BookingSelection): BookingPrice {
  const variant = product.variants.find((v) => v.id === variantId);
  if (!variant) {
    throw new OrderZoneError('not_found', `Product "${product.id}" has no variant "${variantId}".`, { details: { productId: product.id, variantId } });
  }
  const priced =
    product.kind === 'time_slot' && selection.type === 'time_slot' ? priceTimeSlot(product, variant, selection)
    : product.kind === 'stay' && selection.type === 'stay' ? priceStayBooking(product, variant, selection)
    : product.kind === 'seats' && selection.type === 'seats' ? priceSeats(product, variant, selection)
    : undefined;
  // The cancellation and rescheduling deadlines, when the product sets them (`booking-windows.ts`).
  if (priced) return { unitPrice: priced.unitPrice, details: withWindowDeadlines(product.booking, priced.details) };
  throw invalid(`Product "${product.id}" is booked as "${product.kind}", not "${selection.type}".`, [
    { field: 'booking', code: 'booking_kind', params: { expected: product.kind } },
  ]);
}
