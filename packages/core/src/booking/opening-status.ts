/**
 * Whether a slot or a night the backend lists can still be booked: the one rule the pickers render
 * and the backends refuse by. A booking line always claims one unit of each opening it covers (one
 * place in a slot, one room on each night of a stay), so an opening is bookable while at least
 * that one unit is left.
 *
 * @module
 */
import type { NightOpening, SlotOpening } from './booking-schema.ts';

/** Units one booking line claims of each slot or night it covers: a booking line has quantity 1. */
export const UNITS_PER_BOOKING = 1;

/**
 * Whether a slot can be booked:
 * - `available`: at least one place is left;
 * - `sold_out`: every place is booked or held.
 */
export type SlotStatus = 'available' | 'sold_out';

/**
 * Whether one night of a room type can be booked:
 * - `closed`: the merchant does not sell it (a closed night, or a night that has passed);
 * - `sold_out`: every room is booked or held;
 * - `available`: at least one room is left.
 */
export type NightStatus = 'available' | 'sold_out' | 'closed';

/** Whether `remaining` units leave room for one more booking line; a negative count (overbooked) has none. */
export function hasRoomForBooking(remaining: number): boolean {
  return remaining >= UNITS_PER_BOOKING;
}

/** The status of a slot from its remaining places (see {@link SlotStatus}). */
export function slotStatus(slot: Pick<SlotOpening, 'remaining'>): SlotStatus {
  return hasRoomForBooking(slot.remaining) ? 'available' : 'sold_out';
}

/** The status of a night (see {@link NightStatus}); a closed night reads as closed whatever is left. */
export function nightStatus(night: Pick<NightOpening, 'remaining' | 'closed'>): NightStatus {
  if (night.closed) return 'closed';
  return hasRoomForBooking(night.remaining) ? 'available' : 'sold_out';
}

/**
 * The nights from `checkIn` up to (not including) `checkOut` that are sold out, in date order:
 * why a stay over them cannot be booked. Closed nights are left out (the stay's rules report them,
 * see `priceStay`); nights missing from `nights` are not counted.
 */
export function soldOutNights(nights: Iterable<Pick<NightOpening, 'date' | 'remaining' | 'closed'>>, checkIn: string, checkOut: string): string[] {
  const out: string[] = [];
  for (const night of nights) {
    if (night.date >= checkIn && night.date < checkOut && nightStatus(night) === 'sold_out') out.push(night.date);
  }
  return out.sort();
}
