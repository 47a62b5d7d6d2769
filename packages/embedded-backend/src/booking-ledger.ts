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
 * This module holds the ledger's state, the resource keys and what they count; the jobs over it
 * are beside it: the bookable product as they read it (`booking-products.ts`), what is free
 * (`booking-availability.ts`), which units a pick claims (`booking-picks.ts`), holds
 * (`booking-holds.ts`) and the booking lines of a quote or an order (`booking-lines.ts`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { isClaimActive } from '@orderzone/core/bookings';
import { sameBookingPick } from '@orderzone/core';
import { BookingSelectionSchema } from '@orderzone/core/schemas';
import type { BookingSelection, Product } from '@orderzone/core';

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

/** A pick that can be claimed: the selection as it will be held or booked, and its resource keys. */
export interface ResolvedPick {
  booking: BookingSelection;
  claims: string[];
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

/** The resource key of a time slot, per resource when the product has resources. */
export const slotKey = (product: Product, start: string, resourceId?: string): string => `slot:${product.id}:${start}${resourceId === undefined ? '' : `:${resourceId}`}`;
/** The resource key of one night of a room type. */
export const nightKey = (product: Product, variantId: string, date: string): string => `night:${product.id}:${variantId}:${date}`;
/** The resource key of one seat of a session. */
export const seatKey = (product: Product, sessionId: string, seatId: string): string => `seat:${product.id}:${sessionId}:${seatId}`;

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
