/**
 * Pairs cart lines with the lines of a quote, to show the quote's prices and problems on the right
 * cart line, and tells whether a quote is still about the cart as it is now. Booking lines of one
 * product are told apart by their hold, else by their pick.
 *
 * @module
 */
import { cartLineKey, selectionOfDetails, type CartLine, type Quote, type QuoteLine } from '@orderzone/core';

function samePersonalization(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const aKeys = Object.keys(a).filter((k) => a[k] !== '');
  const bKeys = Object.keys(b).filter((k) => b[k] !== '');
  return aKeys.length === bKeys.length && aKeys.every((k) => a[k] === b[k]);
}

/** The same booking: the same hold, or else the same pick (a quote line's details resolve the pick it was asked as). */
function sameBooking(line: CartLine, quoteLine: QuoteLine): boolean {
  if (!line.booking) return quoteLine.booking === undefined;
  if (line.hold && quoteLine.hold) return line.hold.id === quoteLine.hold.id;
  if (!quoteLine.booking) return false;
  return cartLineKey(line.productId, line.variantId, line.personalization, line.booking) === cartLineKey(quoteLine.productId, quoteLine.variantId, quoteLine.personalization, selectionOfDetails(quoteLine.booking));
}

function sameItem(line: CartLine, quoteLine: QuoteLine): boolean {
  return (
    line.productId === quoteLine.productId &&
    line.variantId === quoteLine.variantId &&
    samePersonalization(line.personalization, quoteLine.personalization) &&
    sameBooking(line, quoteLine)
  );
}

/**
 * The quote line of each cart line, in cart order, when the quote prices exactly these lines with
 * these quantities; `undefined` when the quote is about another cart (a change is being re-quoted).
 */
export function matchQuoteLines(lines: readonly CartLine[], quote: Quote | undefined): QuoteLine[] | undefined {
  if (!quote || quote.lines.length !== lines.length) return undefined;
  const remaining = [...quote.lines];
  const matched: QuoteLine[] = [];
  for (const line of lines) {
    const index = remaining.findIndex((q) => sameItem(line, q));
    if (index < 0) return undefined;
    const [quoteLine] = remaining.splice(index, 1);
    if (!quoteLine || quoteLine.quantity !== line.quantity) return undefined;
    matched.push(quoteLine);
  }
  return matched;
}
