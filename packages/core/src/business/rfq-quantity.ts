/**
 * The quantity rule of a line bought under a request for quote, written once for the cart, the
 * edit of an unpaid order and both backends: the merchant priced that volume, so the line holds
 * exactly the quoted quantity at the quoted price. It may be removed, never resized: adding units
 * of the same item or changing the quantity is refused (the cart's notice `quantity_adjusted` with
 * reason `quoted`, an edit's field error `rfq_quantity`); for another quantity the buyer asks a new
 * quote. Kept apart from `rfq-rules.ts` so that the cart does not load the request's rules.
 *
 * @module
 */
import type { FieldError } from '../errors.ts';

/** A line that may name a request for quote: a cart line, an order line, a line request. */
export interface QuotedQuantityLine {
  /** The request for quote the line is bought under; absent for a line at the catalog's price. */
  readonly rfqId?: string | undefined;
  /** Its quantity now (for a quoted line: the quoted quantity). */
  readonly quantity: number;
}

/** True when `line` may take `quantity`: any quantity for a line without a quote; for a quoted line its own quantity, or 0 (removed). */
export function isQuotedQuantityKept(line: QuotedQuantityLine, quantity: number): boolean {
  return line.rfqId === undefined || quantity === 0 || quantity === line.quantity;
}

/**
 * The field error for a quoted line asked to take another quantity: `<field>` `rfq_quantity` with
 * `quantity` (the quoted one); `undefined` when {@link isQuotedQuantityKept}.
 */
export function quotedQuantityError(line: QuotedQuantityLine, quantity: number, field: string): FieldError | undefined {
  return isQuotedQuantityKept(line, quantity) ? undefined : { field, code: 'rfq_quantity', params: { quantity: line.quantity } };
}
