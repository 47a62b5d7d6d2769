/**
 * What the cart shows of its lines beside a quote and whether it lets the shopper go on to
 * checkout: the list price struck through, a booking line's problem that is not about its hold, and
 * what blocks "Checkout". Decided here for the cart panel (which only renders the answers).
 *
 * @module
 */
import { quoteBookingProblem } from '../cart/booking-problem.ts';
import type { CartLine } from '../cart/cart-line.ts';
import { bookingLineStanding, bookingStandingBlocks, matchQuoteLines } from '../cart/quoted-lines.ts';
import type { Money } from '../money/money.ts';
import type { LineProblem, Quote, QuoteLine } from '../order/order-schema.ts';

/**
 * The list unit price to show struck through before a line's unit price: the quote's list price
 * when it differs from the price charged (a tier or a discount lowered it), else `undefined`.
 */
export function struckListUnitPrice(quoteLine: Pick<QuoteLine, 'unitPrice' | 'listUnitPrice'> | undefined): Money | undefined {
  const list = quoteLine?.listUnitPrice;
  return list && list.amount !== quoteLine.unitPrice.amount ? list : undefined;
}

/**
 * The problem a quote reports on a booking line that is not about its booking (e.g. the product was
 * withdrawn): a lapsed hold or a taken pick is the line's standing (`bookingLineStanding`), not this.
 */
export function bookingLineOtherProblem(quoteLine: Pick<QuoteLine, 'problem'> | undefined): LineProblem | undefined {
  return quoteLine?.problem && quoteBookingProblem(quoteLine) === undefined ? quoteLine.problem : undefined;
}

/**
 * Why the cart may not go on to checkout at `now`, given the quote about this very cart (`undefined`
 * while a change is re-quoted): `bookings` when a booking line's standing blocks the order (a lapsed
 * hold or a pick taken meanwhile, `bookingStandingBlocks`), else `problems` when the quote says not
 * every line can be ordered, else `undefined` (it may).
 */
export function cartCheckoutBlock(lines: readonly CartLine[], freshQuote: Pick<Quote, 'lines' | 'orderable'> | undefined, now: Date): 'bookings' | 'problems' | undefined {
  const quoted = matchQuoteLines(lines, freshQuote);
  if (lines.some((line, i) => bookingStandingBlocks(bookingLineStanding(line, quoted?.[i], now)))) return 'bookings';
  return freshQuote && !freshQuote.orderable ? 'problems' : undefined;
}
