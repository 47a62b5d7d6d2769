/**
 * What changed between what the shopper saw (the cart's `seen` snapshot) and a backend quote.
 *
 * @module
 */
import type { LocalizedText } from '../catalog/catalog-schema.ts';
import type { CartBookingProblem, CartLine } from '../cart/cart-line.ts';
import { quoteLineFinder } from '../cart/cart-line-key.ts';
import { quoteBookingProblem } from '../cart/booking-problem.ts';
import { equalMoney, type Money } from '../money/money.ts';
import type { Quote } from '../order/order-schema.ts';

/** One difference between what the shopper saw and the backend's quote. */
export type QuoteChange =
  | { kind: 'price'; lineKey: string; title: LocalizedText; before: Money; after: Money }
  | { kind: 'stock'; lineKey: string; title: LocalizedText; requested: number; available: number }
  | { kind: 'unavailable'; lineKey: string; title: LocalizedText }
  /**
   * A booking line that cannot be ordered as it is: `hold_expired` (re-check it with
   * `zone.bookings.recheck(lineKey)`) or `booking_unavailable` (taken meanwhile: remove it). Not
   * settled by `acceptChanges()`.
   */
  | { kind: 'booking'; lineKey: string; title: LocalizedText; problem: CartBookingProblem }
  | { kind: 'total'; before: Money; after: Money };

/**
 * The differences the shopper must accept, in cart order:
 *
 * - `price` when a line's seen unit price differs from the quote's `listUnitPrice ?? unitPrice`
 *   (both before bulk tiers, so a bulk discount is not reported as a change), except for a line
 *   priced at an accepted request for quote (the quote line carries `rfqId`): the buyer accepted that price;
 * - `stock` for `out_of_stock` / `insufficient_stock` problems, with the units still available;
 * - `unavailable` for lines with an `unavailable` problem (the backend no longer sells them);
 * - `booking` for booking lines whose hold lapsed (`hold_expired`: re-check with
 *   `zone.bookings.recheck(lineKey)`) or whose pick was taken (`booking_unavailable`: remove it).
 *   Accepting changes does not settle these: the quote stays not orderable until the line is
 *   re-checked or removed.
 *
 * Cart lines the quote does not mention (added after it was asked for) are skipped.
 */
export function computeQuoteChanges(lines: readonly CartLine[], quote: Quote): QuoteChange[] {
  const quoted = quoteLineFinder(quote.lines);
  const changes: QuoteChange[] = [];
  for (const line of lines) {
    const q = quoted(line);
    const title = line.seen.title;
    if (!q) continue;
    if (q.problem?.code === 'unavailable') {
      changes.push({ kind: 'unavailable', lineKey: line.key, title });
      continue;
    }
    const bookingProblem = quoteBookingProblem(q);
    if (bookingProblem) {
      changes.push({ kind: 'booking', lineKey: line.key, title, problem: bookingProblem });
      continue;
    }
    const after = q.listUnitPrice ?? q.unitPrice;
    // A line priced at an accepted request for quote (`rfqId` on the quote line) is at the price the buyer accepted.
    if (q.rfqId === undefined && !equalMoney(line.seen.unitPrice, after)) {
      changes.push({ kind: 'price', lineKey: line.key, title, before: line.seen.unitPrice, after });
    }
    if (q.problem?.code === 'out_of_stock' || q.problem?.code === 'insufficient_stock') {
      const available = q.problem.available ?? (q.problem.code === 'out_of_stock' ? 0 : Math.max(0, q.available ?? 0));
      changes.push({ kind: 'stock', lineKey: line.key, title, requested: line.quantity, available });
    }
  }
  return changes;
}
