/**
 * The engine's quote: the core's `priceQuote()` with the current stock, plus what it cannot see
 * line by line (several lines of one variant together, and booking lines against the holds and
 * bookings).
 *
 * @module
 */
import { priceQuote } from '@orderzone/core/pricing';
import type { QuotedPrices } from '@orderzone/core/pricing';
import type { PricingRules, Product, Quote, QuoteRequest } from '@orderzone/core';
import type { BookingLedger } from './booking-ledger.ts';
import { checkBookingLines } from './booking-lines.ts';

/** A quote with what `checkBookingLines` found for each line. */
export interface PricedWithBookings {
  quote: Quote;
  checks: ReturnType<typeof checkBookingLines>;
}

/**
 * `priceQuote()` with the current stock, plus what it cannot see line by line: several lines
 * of one variant (different engravings, say) together must not exceed its stock; and every
 * booking line checked against the holds and bookings (`checkBookingLines`): a line covered by an
 * active hold is priced as held (the resource assigned) and carries `hold`; otherwise it may get
 * `hold_expired`, `booking_unavailable` or `invalid_booking`. Lines naming a request for quote get
 * `quoted`'s price (see `rfqs.ts`).
 */
export function priceWithBookings(
  request: QuoteRequest,
  mode: 'quote' | 'submit',
  shop: { lookup: (productId: string) => Product | undefined; ledger: BookingLedger; pricing: PricingRules; at: Date; quoted?: QuotedPrices },
): PricedWithBookings {
  const { lookup, at } = shop;
  const checks = checkBookingLines(request.lines, lookup, shop.ledger, at, mode);
  const lines = request.lines.map((line, index) => {
    const check = checks[index];
    return check?.pick && (check.hold || mode === 'submit') ? { ...line, booking: check.pick.booking } : line;
  });
  const quote = priceQuote({ ...request, lines }, lookup, shop.pricing, at, shop.quoted);
  quote.lines.forEach((line, index) => {
    const check = checks[index];
    if (!check) return;
    if (check.hold) line.hold = check.hold;
    if (check.problem && !line.problem) {
      line.problem = check.problem;
      quote.orderable = false;
    }
  });
  const used = new Map<string, number>();
  for (const line of quote.lines) {
    if (line.problem || line.available === null) continue;
    const before = used.get(line.variantId) ?? 0;
    if (before + line.quantity > line.available) {
      line.problem = { code: before >= line.available ? 'out_of_stock' : 'insufficient_stock', available: Math.max(0, line.available - before) };
      quote.orderable = false;
    }
    used.set(line.variantId, before + line.quantity);
  }
  return { quote, checks };
}
