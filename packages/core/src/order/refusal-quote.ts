/**
 * Reading the fresh quote a backend's refusal carries (`price_changed`, `out_of_stock`, a booking
 * taken: `error.details.quote`), checked before anyone relies on it.
 *
 * @module
 */
import type { Quote } from './order-schema.ts';

function isMoney(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Number.isInteger((value as { amount?: unknown }).amount) && typeof (value as { currency?: unknown }).currency === 'string';
}

/**
 * The fresh quote a refusal carries in `details.quote`, or `undefined` when there is none or it
 * does not have a quote's shape (lines, adjustments, currency, a whole-number total and
 * `orderable`). Adapters check it against the contract (the REST adapter validates it with the
 * schemas), so a shape check is enough here and keeps the schemas out of the callers' bundles.
 *
 * @param details An `OrderZoneError`'s `details`.
 */
export function refusalQuote(details: Readonly<Record<string, unknown>>): Quote | undefined {
  const quote = details['quote'] as Partial<Quote> | undefined;
  if (typeof quote !== 'object' || quote === null) return undefined;
  const { lines, total, adjustments, currency } = quote;
  return Array.isArray(lines) && Array.isArray(adjustments) && typeof currency === 'string' && isMoney(total) && typeof quote.orderable === 'boolean' ? (quote as Quote) : undefined;
}
