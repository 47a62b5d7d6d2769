/**
 * How the engine refuses a priced request whose lines have problems: the same for a new order and
 * for an edit of an unpaid one.
 *
 * @module
 */
import { OrderZoneError, validatePersonalization } from '@orderzone/core';
import type { FieldError, Product, Quote } from '@orderzone/core';
import type { BookingLineCheck } from './booking-lines.ts';

/** What a refusal needs to know beyond the quote. */
export interface LineRefusalContext {
  /** What the lines belong to, for the messages: `''` for a new order, `' of order OZ-…'` for an edit. */
  of: string;
  /** What did not happen, ending the message of a booking conflict: `'Nothing was booked.'`. */
  nothingDone: string;
  /** The product of a line, to name its first personalization problem. */
  lookup: (productId: string) => Product | undefined;
  /** The booking checks of the request's lines (`checkBookingLines`), to name the exact field of an invalid pick. */
  checks: readonly (BookingLineCheck | undefined)[];
}

/**
 * Throws for the first kind of problem the quote's lines have, in this order: stock
 * (`out_of_stock`, with `details.lines`), bookings lapsed or taken (`conflict`, `details.reason`
 * `booking_unavailable`), then invalid quantities, picks or personalization (`validation` naming
 * `lines.<i>.quantity`, `lines.<i>.booking[.<field>]`, `lines.<i>.<field>`). Every refusal carries
 * the quote in `details.quote`. Returns when no line has a problem.
 */
export function refuseLineProblems(quote: Quote, context: LineRefusalContext): void {
  const { of } = context;
  const withProblem = (codes: readonly string[]) =>
    quote.lines.flatMap((line, index) => (line.problem && codes.includes(line.problem.code) ? [{ line, index, code: line.problem.code }] : []));

  const stock = withProblem(['out_of_stock', 'insufficient_stock', 'unavailable']);
  if (stock.length > 0) {
    throw new OrderZoneError('out_of_stock', `${stock.length} line(s)${of} can no longer be ordered as asked: ${stock.map(({ line, code }) => `${line.variantId} (${code})`).join(', ')}.`, {
      details: {
        quote,
        lines: stock.map(({ line, index, code }) => ({ index, productId: line.productId, variantId: line.variantId, code, available: line.problem!.available ?? 0 })),
      },
    });
  }

  const bookings = withProblem(['booking_unavailable', 'hold_expired']);
  if (bookings.length > 0) {
    throw new OrderZoneError('conflict', `${bookings.length} booking(s)${of} can no longer be made: ${bookings.map(({ line, code }) => `${line.productId} (${code})`).join(', ')}. ${context.nothingDone}`, {
      details: {
        reason: 'booking_unavailable',
        quote,
        lines: bookings.map(({ line, index, code }) => ({ index, productId: line.productId, variantId: line.variantId, code })),
      },
    });
  }

  const errors: FieldError[] = [];
  quote.lines.forEach((line, index) => {
    if (line.problem?.code === 'invalid_booking') {
      const fieldError = context.checks[index]?.fieldError;
      const field = fieldError && fieldError.field !== 'booking' ? `lines.${index}.booking.${fieldError.field}` : `lines.${index}.booking`;
      errors.push(fieldError ? { ...fieldError, field } : { field, code: 'invalid_booking' });
    } else if (line.problem?.code === 'invalid_quantity') {
      errors.push({ field: `lines.${index}.quantity`, code: 'invalid_quantity' });
    } else if (line.problem?.code === 'invalid_personalization') {
      const product = context.lookup(line.productId);
      const [first] = product ? validatePersonalization(product, line.personalization) : [];
      errors.push(first ? { ...first, field: `lines.${index}.${first.field}` } : { field: `lines.${index}.${line.problem.field ?? 'personalization'}`, code: 'invalid' });
    }
  });
  if (errors.length > 0) throw new OrderZoneError('validation', `Some lines${of} are not valid.`, { fieldErrors: errors, details: { quote } });
}
