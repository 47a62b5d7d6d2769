/**
 * The booking lines of a quote or an order against the ledger: covered by their hold, free to
 * book, or refused (taken, time passed, a rule broken); and an order's lines turned into bookings.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { isClaimActive } from '@orderzone/core/bookings';
import type { BookingSelection, FieldError, LineProblem, LineRequest } from '@orderzone/core';
import { pruneHolds, takenUnits, type BookingLedger, type ResolvedPick, type StoredBooking, type StoredHold } from './booking-ledger.ts';
import { resolvePick } from './booking-picks.ts';
import { isBookableProduct, type BookingProductLookup } from './booking-products.ts';

/** Field-error codes of picks that time has overtaken: the pick was fine once but can no longer be booked. */
const TIME_PASSED_CODES = new Set(['slot_too_soon', 'slot_too_late', 'session_started', 'check_in_past']);

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
