/**
 * Editing an unpaid order, as pure functions: the shopper's draft is one quantity per order line
 * (0 removes the line), checked here before anything is sent, then turned into the line requests and
 * the quote request a backend prices. The element never computes a price: it asks the backend for
 * the quote of the new lines and shows it, then sends that total as `expectedTotal`.
 *
 * Field codes: `lines` → `edit_empty` (every line removed: cancel the order instead),
 * `edit_unchanged` (nothing changed); `lines.<i>.quantity` → `invalid_quantity` (not a whole number
 * of at least 0), `booking_quantity` (a booking line is kept whole or removed).
 *
 * @module
 */
import type { BookingDetails, BookingSelection } from '../booking/booking-schema.ts';
import { OrderZoneError, type FieldError } from '../errors.ts';
import type { LineRequest, Order, QuoteRequest } from './order-schema.ts';

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
  const address = order.shippingAddress;
  return {
    currency: order.currency,
    lines: editLineRequests(order, quantities),
    ...(coupon ? { couponCode: coupon } : {}),
    ...(order.shippingOption ? { shippingOptionId: order.shippingOption.id } : {}),
    ...(address ? { destination: { country: address.country, region: address.region, postalCode: address.postalCode } } : {}),
  };
}
