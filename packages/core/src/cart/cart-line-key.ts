/**
 * The identity of a cart line: the same product, variant and personalization always give the same
 * key, whatever the order the personalization fields were filled in. A booking line's key also holds
 * its pick, so two different slots (or stays, or seat sets) of one product are two lines.
 *
 * @module
 */
import type { BookingDetails, BookingSelection } from '../booking/booking-schema.ts';

/** Personalization without empty (or blank) values, keys sorted. */
export function normalizePersonalization(values: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (!values) return result;
  for (const id of Object.keys(values).sort()) {
    const value = values[id];
    if (typeof value === 'string' && value.trim() !== '') result[id] = value;
  }
  return result;
}

/** The canonical instant of an ISO string (`+08:00` and `Z` forms of one instant are equal); the string itself when unreadable. */
function canonicalInstant(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString();
}

/** The parts of a pick that tell it apart: slot start and resource, stay dates, session and sorted seats. */
function bookingIdentity(booking: BookingSelection): string[] {
  switch (booking.type) {
    case 'time_slot':
      return [booking.type, canonicalInstant(booking.start), booking.resourceId ?? ''];
    case 'stay':
      return [booking.type, booking.checkIn, booking.checkOut];
    case 'seats':
      return [booking.type, booking.sessionId, ...[...new Set(booking.seatIds)].sort()];
  }
}

/**
 * True when two picks are the same booking: the same slot start (any ISO form of the instant) and
 * resource (none and `''` alike), the same stay dates, or the same session and seats in any order.
 * The one rule for "the same pick", in the cart, the order actions and the embedded backend.
 */
export function sameBookingPick(a: BookingSelection, b: BookingSelection): boolean {
  return JSON.stringify(bookingIdentity(a)) === JSON.stringify(bookingIdentity(b));
}

/**
 * The pick a resolved booking stands for: what a quote line's or an order line's `booking` was
 * asked as (the resource assigned to an "any" slot included).
 */
export function selectionOfDetails(details: BookingDetails): BookingSelection {
  switch (details.type) {
    case 'time_slot':
      return details.resourceId === undefined ? { type: 'time_slot', start: details.start } : { type: 'time_slot', start: details.start, resourceId: details.resourceId };
    case 'stay':
      return { type: 'stay', checkIn: details.checkIn, checkOut: details.checkOut };
    case 'seats':
      return { type: 'seats', sessionId: details.sessionId, seatIds: details.seats.map((seat) => seat.id) };
  }
}

/**
 * The stable key of a line, e.g. to match a quote line to a cart line. It is a JSON array, so no
 * id or personalization text can be mistaken for a separator. Goods lines have no `booking`, and
 * their keys are the same as before bookings existed.
 */
export function cartLineKey(
  productId: string,
  variantId: string,
  personalization: Readonly<Record<string, string>> | undefined,
  booking?: BookingSelection,
): string {
  const normalized = normalizePersonalization(personalization);
  const parts: unknown[] = [productId, variantId, Object.entries(normalized)];
  if (booking) parts.push(bookingIdentity(booking));
  return JSON.stringify(parts);
}

/** What {@link quoteLineFinder} needs of a quote line. */
export interface QuotedLineIdentity {
  productId: string;
  variantId: string;
  personalization: Record<string, string>;
  booking?: BookingDetails;
  hold?: { id: string };
}

/**
 * A lookup from cart lines to the quote lines that price them: a booking line by its hold id first
 * (the backend may have resolved an "any" slot), then any line by its key.
 */
export function quoteLineFinder<Q extends QuotedLineIdentity>(quoteLines: readonly Q[]): (line: { key: string; hold?: { id: string } }) => Q | undefined {
  const byKey = new Map<string, Q>();
  const byHold = new Map<string, Q>();
  for (const q of quoteLines) {
    if (q.hold) byHold.set(q.hold.id, q);
    byKey.set(cartLineKey(q.productId, q.variantId, q.personalization, q.booking ? selectionOfDetails(q.booking) : undefined), q);
  }
  return (line) => (line.hold ? byHold.get(line.hold.id) : undefined) ?? byKey.get(line.key);
}
