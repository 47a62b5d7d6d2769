/**
 * "Check again" for a booking line whose hold lapsed: hold the pick again, re-price the cart at
 * once, and say whether the line is held now. One function for the cart and the checkout form.
 *
 * @module
 */
import { bookingLineStatus } from '../cart/cart-line.ts';
import type { LoadedZone } from '../zone/order-zone.ts';

/** How a re-check ended: the line is `held` again, or `gone` (the pick was taken: remove the line). */
export type RecheckOutcome = 'held' | 'gone';

/**
 * Holds the booking line `lineKey` again (`zone.bookings.recheck`), then asks for a fresh quote at
 * once (`zone.checkout.refreshQuote`, so the cart and the checkout show the new hold without
 * waiting), and answers where the line stands at `now`. The line stays in the cart either way.
 *
 * @throws `OrderZoneError` when the hold could not be asked for (the line is then marked
 * `hold_expired`, and checking again may work).
 */
export async function recheckBookingLine(zone: Pick<LoadedZone<'bookings' | 'checkout'>, 'bookings' | 'checkout' | 'cart'>, lineKey: string, now: () => Date = () => new Date()): Promise<RecheckOutcome> {
  await zone.bookings.recheck(lineKey);
  const after = zone.cart.$lines.get().find((line) => line.key === lineKey);
  const outcome: RecheckOutcome = after !== undefined && bookingLineStatus(after, now()) === 'held' ? 'held' : 'gone';
  // A quote that fails here shows as the quote's own error; the re-check itself went through.
  await zone.checkout.refreshQuote().catch(() => undefined);
  return outcome;
}
