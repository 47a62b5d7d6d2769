/**
 * Seat maps for a session (a cinema showing, a concert): sections of rows of seats, each seat in a
 * price zone, some permanently unavailable (a broken seat, a camera position). Checks a shopper's
 * selection against the map, the seats held or sold by others and the per-order limit, and prices it.
 *
 * @module
 */
import { OrderZoneError, type FieldError } from '../errors.ts';
import { sumMoney, type Money } from '../money/money.ts';
import type { Seat, SeatMap } from './booking-rules-schema.ts';
import type { BookingSelection } from './booking-schema.ts';

export type { Seat, SeatMap, SeatPriceZone, SeatRow, SeatSection } from './booking-rules-schema.ts';

/** A selected seat and its price. */
export interface PricedSeat {
  seatId: string;
  zoneId: string;
  price: Money;
}

/** A valid selection, as {@link validateSeatSelection} gives it. */
export interface SeatSelection {
  seats: PricedSeat[];
  total: Money;
}

/**
 * Checks that `seatIds` can be sold together in one order and prices them from their zones.
 * A seat listed twice counts once. `taken` holds the ids of seats held or sold by others.
 *
 * @throws {@link OrderZoneError} `validation` with `fieldErrors` (field `seats`): `required` for
 *   an empty selection; `too_many_seats` `{ max }`; one `unknown_seat` `{ seat }` per id not on the
 *   map; one `seat_unavailable` `{ seat }` per seat unavailable, held or sold. All that apply are
 *   reported together.
 * @throws {@link OrderZoneError} `config` when a seat's zone is missing or zones differ in currency.
 */
export function validateSeatSelection(map: SeatMap, seatIds: readonly string[], taken: Iterable<string>, maxPerOrder: number): SeatSelection {
  const seatsById = new Map<string, Seat>();
  for (const section of map.sections) for (const row of section.rows) for (const seat of row.seats) seatsById.set(seat.id, seat);
  const zones = new Map(map.zones.map((zone) => [zone.id, zone]));
  const takenIds = new Set(taken);
  const selected = [...new Set(seatIds)];
  const fieldErrors: FieldError[] = [];
  if (selected.length === 0) fieldErrors.push({ field: 'seats', code: 'required' });
  if (selected.length > maxPerOrder) fieldErrors.push({ field: 'seats', code: 'too_many_seats', params: { max: maxPerOrder } });
  const priced: PricedSeat[] = [];
  for (const seatId of selected) {
    const seat = seatsById.get(seatId);
    if (!seat) {
      fieldErrors.push({ field: 'seats', code: 'unknown_seat', params: { seat: seatId } });
      continue;
    }
    if (seat.unavailable || takenIds.has(seatId)) {
      fieldErrors.push({ field: 'seats', code: 'seat_unavailable', params: { seat: seatId } });
      continue;
    }
    const zone = zones.get(seat.zoneId);
    if (!zone) throw new OrderZoneError('config', `Seat "${seatId}" is in price zone "${seat.zoneId}", which the seat map does not define.`);
    priced.push({ seatId, zoneId: zone.id, price: zone.price });
  }
  if (fieldErrors.length > 0) {
    const summary = fieldErrors.map((e) => (e.params?.seat !== undefined ? `${e.code} (${String(e.params.seat)})` : e.code)).join(', ');
    throw new OrderZoneError('validation', `These seats cannot be booked: ${summary}.`, { fieldErrors });
  }
  const currency = priced[0]!.price.currency;
  if (priced.some((p) => p.price.currency !== currency)) {
    throw new OrderZoneError('config', 'The seat map prices zones in more than one currency.');
  }
  return { seats: priced, total: sumMoney(priced.map((p) => p.price), currency) };
}

/**
 * How a seat stands for the shopper looking at the map:
 * - `unavailable`: never sold in this session (a broken seat, a camera position);
 * - `yours`: held for this shopper, by a line of their cart (not "taken", though the backend counts
 *   it as held);
 * - `taken`: held or sold to someone else;
 * - `chosen`: picked now, not in the cart yet;
 * - `available`.
 */
export type SeatStatus = 'available' | 'chosen' | 'yours' | 'taken' | 'unavailable';

/** What {@link seatStatus} weighs: the backend's taken seats, the shopper's held ones, the pick. */
export interface SeatStatusInput {
  takenSeatIds: readonly string[];
  /** Seats held by the shopper's cart for this session ({@link seatsInCart}). */
  yours: readonly string[];
  chosen: readonly string[];
}

/** The status of `seat` (see {@link SeatStatus}); the one rule every seat map follows. */
export function seatStatus(seat: Pick<Seat, 'id' | 'unavailable'>, input: SeatStatusInput): SeatStatus {
  if (seat.unavailable) return 'unavailable';
  if (input.yours.includes(seat.id)) return 'yours';
  if (input.takenSeatIds.includes(seat.id)) return 'taken';
  return input.chosen.includes(seat.id) ? 'chosen' : 'available';
}

/** A cart line as {@link seatsInCart} reads it. */
export interface SeatCartLine {
  productId: string;
  booking?: BookingSelection;
  hold?: { id: string; expiresAt: string };
  bookingProblem?: string;
}

/**
 * The seats of `productId`'s session `sessionId` held for the shopper by lines of their cart: each
 * line with a hold and no problem (a lapsed hold, or seats taken meanwhile, are no longer theirs).
 */
export function seatsInCart(lines: readonly SeatCartLine[], productId: string, sessionId: string): string[] {
  return lines.flatMap((line) =>
    line.productId === productId && line.booking?.type === 'seats' && line.booking.sessionId === sessionId && line.hold && !line.bookingProblem ? line.booking.seatIds : [],
  );
}
