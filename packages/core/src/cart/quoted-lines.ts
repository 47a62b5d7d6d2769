/**
 * A cart read beside a quote: which quote line prices which cart line, where a booking line stands
 * once the quote's word is added to its own, and the "only N left" of a line. The one place these
 * are decided, for the cart panel, the checkout form and the checkout.
 *
 * @module
 */
import { stockLevel } from '../catalog/product-rules.ts';
import type { LineProblem, Quote, QuoteLine } from '../order/order-schema.ts';
import { quoteBookingProblem } from './booking-problem.ts';
import { quoteLineFinder } from './cart-line-key.ts';
import { bookingLineStatus, type CartBookingProblem, type CartLine } from './cart-line.ts';

/**
 * The quote line of each cart line, in cart order, when `quote` prices exactly these lines with
 * these quantities; `undefined` when it is about another cart (a change is being re-quoted).
 *
 * Lines are paired as everywhere in the core ({@link quoteLineFinder}): a booking line by its hold,
 * else any line by its key, so blank personalization values count as absent on both sides.
 */
export function matchQuoteLines(lines: readonly CartLine[], quote: Pick<Quote, 'lines'> | undefined): QuoteLine[] | undefined {
  if (!quote || quote.lines.length !== lines.length) return undefined;
  const matched = quoteLineOfEach(lines, quote);
  return matched.every((quoteLine) => quoteLine !== undefined) ? (matched as QuoteLine[]) : undefined;
}

/**
 * The quote line of each cart line, in cart order, line by line: a line `quote` priced with the
 * quantity it has now gets its quote line, a line added or changed since gets `undefined`. While one
 * change is re-quoted, the lines it did not touch keep what the last quote said of them (their
 * totals, their problems) instead of all reading "Calculating…"; only {@link matchQuoteLines}
 * tells whether the quote is about this very cart (its sums, whether it can be ordered).
 */
export function quoteLineOfEach(lines: readonly CartLine[], quote: Pick<Quote, 'lines'> | undefined): (QuoteLine | undefined)[] {
  if (!quote) return lines.map(() => undefined);
  const find = quoteLineFinder(quote.lines);
  const used = new Set<QuoteLine>();
  return lines.map((line) => {
    const quoteLine = find(line);
    if (!quoteLine || used.has(quoteLine) || quoteLine.quantity !== line.quantity) return undefined;
    used.add(quoteLine);
    return quoteLine;
  });
}

/** Where a booking line stands for the shopper: held, or a problem that blocks checkout. */
export type BookingLineStanding = 'held' | CartBookingProblem;

/**
 * Where a booking line stands at `now`, its own state ({@link bookingLineStatus}) and what the quote
 * line that priced it says taken together; `undefined` for goods.
 *
 * - `booking_unavailable` when either says the pick was taken: checking the hold again cannot help,
 *   the shopper must remove the line or pick another;
 * - else `hold_expired` when either says the hold lapsed (the clock, the cart's mark or the quote);
 * - else `held`.
 *
 * A quote line about another hold than the line's (the line was checked again after the quote)
 * says nothing about it.
 */
export function bookingLineStanding(
  line: Pick<CartLine, 'booking' | 'hold' | 'bookingProblem'>,
  quoteLine: Pick<QuoteLine, 'problem' | 'hold'> | undefined,
  now: Date,
): BookingLineStanding | undefined {
  const own = bookingLineStatus(line, now);
  if (own === undefined) return undefined;
  const aboutThisHold = !(quoteLine?.hold && line.hold && quoteLine.hold.id !== line.hold.id);
  const quoted = aboutThisHold ? quoteBookingProblem(quoteLine) : undefined;
  if (own === 'booking_unavailable' || quoted === 'booking_unavailable') return 'booking_unavailable';
  if (own === 'hold_expired' || quoted === 'hold_expired') return 'hold_expired';
  return 'held';
}

/**
 * Whether a booking line's standing ({@link bookingLineStanding}) blocks checkout: a lapsed hold or
 * a pick taken meanwhile, anything but `held`. Goods (`undefined`) never do.
 */
export function bookingStandingBlocks(standing: BookingLineStanding | undefined): standing is CartBookingProblem {
  return standing !== undefined && standing !== 'held';
}

/**
 * The units a cart line can have: the quote line's `available` when the line is priced, else the
 * stock the line last knew; `null` when stock is not tracked. What bounds the line's
 * quantity stepper and what {@link lowStockCount} judges.
 */
export function availableUnits(line: Pick<CartLine, 'stock'>, quoteLine: Pick<QuoteLine, 'available'> | undefined): number | null {
  return quoteLine ? quoteLine.available : line.stock;
}

/**
 * The units to show as "only N left" on a cart line: {@link availableUnits}; `undefined` when stock is untracked, out, above the low-stock
 * threshold (`stockLevel`), or when the quote reports a problem on the line (which says more).
 */
export function lowStockCount(line: Pick<CartLine, 'stock'>, quoteLine: Pick<QuoteLine, 'available' | 'problem'> | undefined): number | undefined {
  if (quoteLine?.problem) return undefined;
  const available = availableUnits(line, quoteLine);
  if (available === null || available === undefined) return undefined;
  return stockLevel({ stock: available }) === 'low_stock' ? available : undefined;
}

/**
 * What the shopper can do about a line's problem: `lower_quantity` when fewer units would do
 * (`insufficient_stock`, `invalid_quantity`: the quantity is what is wrong), else `remove`.
 */
export function lineProblemRemedy(problem: Pick<LineProblem, 'code'>): 'lower_quantity' | 'remove' {
  return problem.code === 'insufficient_stock' || problem.code === 'invalid_quantity' ? 'lower_quantity' : 'remove';
}
