/**
 * Holds: a short claim on bookable capacity while a shopper finishes checking out. A hold names one
 * resource (a slot id, a seat id, a room-type night), a quantity and an expiry; until it expires it
 * counts against the resource's capacity exactly like a confirmed booking, so two shoppers can never
 * both get the last unit. A hold is active while `now < expiresAt`; at `expiresAt` it has lapsed.
 *
 * These functions decide; a backend (the embedded one, or a merchant's) stores holds atomically.
 * All are exported from `@orderzone/core/bookings` (the main entry has their types); the cart's `secondsLeft` is
 * `hold-seconds-left.ts`, so that a bundle whose cart counts down a hold does not carry the backend's rules.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import type { BookingClaim, BookingHold } from './booking-rules-schema.ts';

export type { BookingClaim, BookingHold } from './booking-rules-schema.ts';
export { secondsLeft } from './hold-seconds-left.ts';

/** What a shopper asks to hold; `id` is chosen by the caller (e.g. `crypto.randomUUID()`). */
export interface HoldRequest {
  id: string;
  resourceKey: string;
  quantity: number;
}

/** The default hold time: 10 minutes. */
export const DEFAULT_HOLD_MINUTES = 10;

/** True while a claim takes capacity: always for a booking, until `expiresAt` (exclusive) for a hold. */
export function isClaimActive(claim: Pick<BookingClaim, 'expiresAt'>, now: Date): boolean {
  return claim.expiresAt === undefined || now.getTime() < Date.parse(claim.expiresAt);
}

/** The holds still active at `now`; a hold whose `expiresAt` equals `now` has lapsed. */
export function activeHolds<T extends BookingHold>(holds: readonly T[], now: Date): T[] {
  return holds.filter((hold) => isClaimActive(hold, now));
}

/** Units of `resourceKey` taken at `now` by bookings and active holds. */
export function claimedQuantity(claims: readonly BookingClaim[], resourceKey: string, now: Date): number {
  let taken = 0;
  for (const claim of claims) {
    if (claim.resourceKey === resourceKey && isClaimActive(claim, now)) taken += claim.quantity;
  }
  return taken;
}

/**
 * Places a hold for `request` if the resource has room: `capacity` minus what confirmed bookings and
 * active holds in `claims` take. Lapsed holds free their units. The new hold expires `ttlMinutes`
 * after `now`.
 *
 * The caller must run this and store the result as one atomic step per resource (the backend's
 * job); given the same claims, a second request for the last unit is always refused.
 *
 * @throws {@link OrderZoneError} `conflict` when the request exceeds what is left (`details` holds
 *   `resourceKey`, `requested` and `remaining`); `validation` for a quantity or time that is not a
 *   positive integer.
 */
export function placeHold(
  claims: readonly BookingClaim[],
  request: HoldRequest,
  capacity: number,
  now: Date,
  ttlMinutes: number = DEFAULT_HOLD_MINUTES,
): BookingHold {
  if (!Number.isSafeInteger(request.quantity) || request.quantity <= 0) {
    throw new OrderZoneError('validation', `A hold needs a positive whole quantity; got ${String(request.quantity)}.`);
  }
  if (!Number.isSafeInteger(ttlMinutes) || ttlMinutes <= 0) {
    throw new OrderZoneError('validation', `A hold lasts a positive whole number of minutes; got ${String(ttlMinutes)}.`);
  }
  if (request.id.length === 0 || request.resourceKey.length === 0) {
    throw new OrderZoneError('validation', 'A hold needs an id and a resource key.');
  }
  const remaining = Math.max(0, capacity - claimedQuantity(claims, request.resourceKey, now));
  if (request.quantity > remaining) {
    throw new OrderZoneError(
      'conflict',
      remaining === 0
        ? `That slot was just taken: "${request.resourceKey}" has nothing left.`
        : `That slot was just taken: "${request.resourceKey}" has only ${remaining} left of the ${request.quantity} requested.`,
      { details: { resourceKey: request.resourceKey, requested: request.quantity, remaining } },
    );
  }
  return {
    id: request.id,
    resourceKey: request.resourceKey,
    quantity: request.quantity,
    expiresAt: new Date(now.getTime() + ttlMinutes * 60_000).toISOString(),
  };
}
