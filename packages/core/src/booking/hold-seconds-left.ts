/**
 * How long a booking hold has left, for the cart's countdown: a module apart from the rules that
 * place and count holds (`holds.ts`, which re-exports it), which only a backend uses.
 *
 * @module
 */
import type { BookingHold } from './booking-rules-schema.ts';

/**
 * Whole seconds until a hold lapses, rounded up so the count reaches 0 exactly when the hold stops
 * counting; 0 once it has lapsed. For the cart's countdown.
 */
export function secondsLeft(hold: Pick<BookingHold, 'expiresAt'>, now: Date): number {
  const left = Date.parse(hold.expiresAt) - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}
