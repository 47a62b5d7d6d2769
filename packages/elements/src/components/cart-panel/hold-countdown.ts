/**
 * The countdown of booking holds in `<cart-panel>`: the few moments worth announcing to screen
 * readers (5 minutes left, 1 minute left, lapsed), so the live region does not speak every second.
 * The clock, the ticker and the "9:41" text are in `controllers/countdown.ts`.
 *
 * @module
 */

/** Seconds left at which the shopper is told how long the hold still runs (0 = it lapsed). */
export const HOLD_ANNOUNCE_AT = [300, 60, 0] as const;

/**
 * The threshold of {@link HOLD_ANNOUNCE_AT} crossed going from `before` to `after` seconds left (the
 * lowest one when several were crossed at once, e.g. after the tab slept), or undefined.
 */
export function crossedThreshold(before: number, after: number): number | undefined {
  const crossed = HOLD_ANNOUNCE_AT.filter((at) => before > at && after <= at);
  return crossed.length > 0 ? Math.min(...crossed) : undefined;
}
