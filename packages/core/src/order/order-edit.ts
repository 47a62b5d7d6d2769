/**
 * Editing an unpaid order, as pure functions: the shopper's draft is one quantity per order line
 * (0 removes the line), checked here before anything is sent, then turned into the line requests and
 * the quote request a backend prices. The element never computes a price: it asks the backend for
 * the quote of the new lines and shows it, then sends that total as `expectedTotal`.
 *
 * Field codes: `lines` → `edit_empty` (every line removed: cancel the order instead),
 * `edit_unchanged` (nothing changed); `lines.<i>.quantity` → `invalid_quantity` (not a whole number
 * of at least 0), `booking_quantity` (a booking line is kept whole or removed), `rfq_quantity` (a
 * line bought at a quoted price is kept at the quoted quantity or removed: `rfq-quantity.ts`).
 * A quoted line keeps its request (`rfqId`), and the quote request names the order, so the backend
 * prices it at the quoted price again.
 *
 * Positions: the request carries only the kept lines, so a backend names its problems by their
 * position in the request (`lines.<k>` `not_in_order`, `lines.<k>.quantity` `booking_quantity`,
 * `details.lines[].index`, the lines of a quote). {@link editRefusal} and {@link editQuoteOf} turn
 * those back into positions in the order, the ones the draft and a UI use: `<i>` in every field
 * code above is an order line.
 *
 * @module
 */
import type { BookingDetails, BookingSelection } from '../booking/booking-schema.ts';
import { OrderZoneError, type FieldError } from '../errors.ts';
import { destinationOf } from './destination.ts';
import type { LineRequest, Order, Quote, QuoteLine, QuoteRequest } from './order-schema.ts';
import { refusalQuote } from './refusal-quote.ts';
import { quotedQuantityError } from '../business/rfq-quantity.ts';

/** The quantities an edit keeps, one per order line in the order's order: 0 removes the line. */
export type EditQuantities = readonly number[];

/** The pick a booking line was made with, read back from what the order shows of it. */
export function selectionOfBooking(details: BookingDetails): BookingSelection {
  switch (details.type) {
    case 'time_slot':
      return { type: 'time_slot', start: details.start, ...(details.resourceId === undefined ? {} : { resourceId: details.resourceId }) };
    case 'stay':
      return { type: 'stay', checkIn: details.checkIn, checkOut: details.checkOut };
    case 'seats':
      return { type: 'seats', sessionId: details.sessionId, seatIds: details.seats.map((seat) => seat.id) };
  }
}

/** The quantities of the order as it is: where an edit starts. */
export function editQuantitiesOf(order: Pick<Order, 'lines'>): number[] {
  return order.lines.map((line) => line.quantity);
}

/** The problems with a draft, `[]` when it may be quoted and saved. */
export function checkEditQuantities(order: Pick<Order, 'lines'>, quantities: EditQuantities): FieldError[] {
  if (quantities.length !== order.lines.length) {
    return [{ field: 'lines', code: 'invalid_edit', params: { expected: order.lines.length, got: quantities.length } }];
  }
  const errors: FieldError[] = [];
  quantities.forEach((quantity, index) => {
    const line = order.lines[index]!;
    if (!Number.isSafeInteger(quantity) || quantity < 0) errors.push({ field: `lines.${index}.quantity`, code: 'invalid_quantity' });
    else if (line.booking && quantity !== 0 && quantity !== line.quantity) errors.push({ field: `lines.${index}.quantity`, code: 'booking_quantity' });
    else {
      const quoted = quotedQuantityError(line, quantity, `lines.${index}.quantity`);
      if (quoted) errors.push(quoted);
    }
  });
  if (errors.length > 0) return errors;
  if (quantities.every((quantity) => quantity === 0)) return [{ field: 'lines', code: 'edit_empty' }];
  if (quantities.every((quantity, index) => quantity === order.lines[index]!.quantity)) return [{ field: 'lines', code: 'edit_unchanged' }];
  return [];
}

/**
 * The order's lines as a cart would send them, with the draft's quantities; removed lines are left
 * out. A booking line carries its pick (read from its details).
 *
 * @throws `OrderZoneError` `validation` with the field errors of {@link checkEditQuantities}.
 */
export function editLineRequests(order: Pick<Order, 'lines'>, quantities: EditQuantities): LineRequest[] {
  const errors = checkEditQuantities(order, quantities);
  if (errors.length > 0) throw new OrderZoneError('validation', `The edit cannot be made (${errors[0]!.code}).`, { fieldErrors: errors });
  return order.lines.flatMap((line, index): LineRequest[] => {
    const quantity = quantities[index]!;
    if (quantity === 0) return [];
    return [
      {
        productId: line.productId,
        variantId: line.variantId,
        quantity,
        personalization: { ...line.personalization },
        ...(line.booking ? { booking: selectionOfBooking(line.booking) } : {}),
        ...(line.rfqId !== undefined ? { rfqId: line.rfqId } : {}),
      },
    ];
  });
}

/**
 * The quote request for the draft: the new lines in the order's currency, with the order's coupon
 * (the code of its discount), shipping option and destination, so the backend prices them as it
 * will price the edited order.
 */
export function editQuoteRequest(order: Order, quantities: EditQuantities): QuoteRequest {
  const coupon = order.adjustments.find((adjustment) => adjustment.kind === 'discount' && adjustment.code)?.code;
  const destination = order.shippingAddress && destinationOf(order.shippingAddress);
  return {
    currency: order.currency,
    lines: editLineRequests(order, quantities),
    ...(coupon ? { couponCode: coupon } : {}),
    ...(order.shippingOption ? { shippingOptionId: order.shippingOption.id } : {}),
    ...(destination ? { destination } : {}),
    ...(order.lines.some((line) => line.rfqId !== undefined) ? { orderNumber: order.orderNumber } : {}),
  };
}

/**
 * For each line of the edit's request, in the request's order, the position of the order line it
 * is: the positions of the kept lines (quantity above 0).
 */
export function editRequestPositions(quantities: EditQuantities): number[] {
  return quantities.flatMap((quantity, index) => (quantity > 0 ? [index] : []));
}

/** The backend's quote of an edit draft, with the order line each of its lines prices. */
export interface EditQuote extends Quote {
  /**
   * For each of `lines` (which follow the request: kept lines only), the position of the order line
   * it prices. Read a line with {@link editQuoteLine} rather than by index into `lines`.
   */
  orderLines: number[];
}

/** The quote of the draft `quantities` (priced by a backend, lines in request order) as an {@link EditQuote}. */
export function editQuoteOf(quote: Quote, quantities: EditQuantities): EditQuote {
  const positions = editRequestPositions(quantities);
  return { ...quote, orderLines: quote.lines.map((_line, k) => positions[k] ?? -1) };
}

/** The quote line of order line `index` (0-based), `undefined` for a removed line or one the quote lacks. */
export function editQuoteLine(quote: EditQuote | undefined, index: number): QuoteLine | undefined {
  if (!quote) return undefined;
  const k = quote.orderLines.indexOf(index);
  return k < 0 ? undefined : quote.lines[k];
}

/**
 * The {@link EditQuote} a refusal of an edit carries in `details.quote` (`price_changed`,
 * `out_of_stock`), as `OrderActions.edit` passes it on: checked to be a quote (see
 * `refusalQuote`) with its order lines; `undefined` otherwise.
 */
export function editRefusalQuote(details: Readonly<Record<string, unknown>>): EditQuote | undefined {
  const quote = refusalQuote(details) as Partial<EditQuote> | undefined;
  return quote && Array.isArray(quote.orderLines) && quote.orderLines.length === quote.lines!.length ? (quote as EditQuote) : undefined;
}

/** `lines.<k>` or `lines.<k>.<rest>` of the request as the same field of the order line it is. */
function orderLineField(field: string, positions: readonly number[]): string {
  const match = /^lines\.(\d+)(\..*)?$/.exec(field);
  if (!match) return field;
  const position = positions[Number(match[1])];
  return position === undefined ? field : `lines.${position}${match[2] ?? ''}`;
}

/**
 * A backend's refusal of the edit request for the draft `quantities`, in order-line positions:
 * field errors on `lines.<k>` and `lines.<k>.*` name the order line instead of the request line,
 * `details.lines[].index` too, and `details.quote` becomes an {@link EditQuote} (or is left out
 * when it is not a quote). Other errors and fields are kept as they are.
 */
export function editRefusal(error: OrderZoneError, quantities: EditQuantities): OrderZoneError {
  if (error.fieldErrors.length === 0 && !('quote' in error.details) && !Array.isArray(error.details['lines'])) return error;
  const positions = editRequestPositions(quantities);
  const details: Record<string, unknown> = { ...error.details };
  if ('quote' in details) {
    const quote = refusalQuote(details);
    if (quote) details['quote'] = editQuoteOf(quote, quantities);
    else delete details['quote'];
  }
  if (Array.isArray(details['lines'])) {
    details['lines'] = (details['lines'] as unknown[]).map((line) => {
      const index = (line as { index?: unknown } | null)?.index;
      return typeof index === 'number' && positions[index] !== undefined ? { ...(line as object), index: positions[index] } : line;
    });
  }
  return new OrderZoneError(error.code, error.message, {
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
    fieldErrors: error.fieldErrors.map((e) => ({ ...e, field: orderLineField(e.field, positions) })),
    details,
    cause: error,
  });
}
