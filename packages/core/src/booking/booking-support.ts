/**
 * Whether a backend adapter takes bookings, known without loading the booking client.
 *
 * @module
 */
import type { BackendAdapter } from '../backend/backend-adapter.ts';

/** The adapter methods a backend needs to take bookings. */
export const BOOKING_METHODS = ['getAvailability', 'placeHold', 'releaseHold'] as const;

/** The booking methods `adapter` lacks (none when it takes bookings). */
export function missingBookingMethods(adapter: BackendAdapter): (typeof BOOKING_METHODS)[number][] {
  return BOOKING_METHODS.filter((name) => typeof adapter[name] !== 'function');
}

/** True when `adapter` has every booking method. */
export function offersBookings(adapter: BackendAdapter): boolean {
  return missingBookingMethods(adapter).length === 0;
}
