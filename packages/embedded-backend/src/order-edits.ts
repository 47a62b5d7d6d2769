/**
 * Editing an unpaid order in the order engine (`editOrder`): the shopper sends the whole new list
 * of lines, as a cart would, and the engine prices it again as it prices a submission.
 *
 * Rules:
 * - only while the transition table allows `edit` (`pending_payment`); `conflict` otherwise;
 * - every line must be one of the order's lines (same product, variant, personalization and, for a
 *   booking, the same pick), each at most once; quantities may change, lines may be left out; new
 *   products cannot be added (`validation` on `lines.<i>`: `not_in_order`);
 * - a line bought at a quoted price (`rfqId` on the order line) is kept at its quantity or left out
 *   (`validation` on `lines.<i>.quantity`: `rfq_quantity`, the core's `rfq-quantity.ts`); a kept one
 *   stays on its request whatever the client sends, and is priced at the quoted price again;
 * - a booking line is kept whole (quantity 1) or left out; a left-out booking gives its slot,
 *   nights or seats back, a kept one keeps its claim (it is not checked again, so a booking made
 *   before a lead time started stays valid);
 * - stock: the order's units are put back first, so a quantity may grow up to what is in stock
 *   plus what the order already holds; `out_of_stock` (with `details.quote`) beyond that;
 * - the new lines are priced with the order's coupon, shipping option and destination; when the
 *   total differs from `expectedTotal`, `price_changed` with `details.quote` and nothing changes;
 * - the order gets the new lines and amounts, a fresh payment step (a QR code's amount changed),
 *   and a history entry `edit`. An order left with bookings only drops its delivery option.
 *
 * Everything is checked and stored in one synchronous step; on any failure the state is as before.
 *
 * @module
 */
import { OrderZoneError, sameBookingPick } from '@orderzone/core';
import { quotedQuantityError } from '@orderzone/core/rfq';
import { nextStatus, orderFlow, selectionOfBooking } from '@orderzone/core/orders';
import { EditOrderRequestSchema } from '@orderzone/core/schemas';
import type { EditOrderRequest, FieldError, LineRequest, Order, OrderAccess, QuoteRequest } from '@orderzone/core';
import type { StoredHold } from './booking-ledger.ts';
import { bookLines } from './booking-lines.ts';
import type { EngineCore } from './engine-core.ts';
import type { Caller } from './order-access.ts';
import { fieldErrorsFromIssues } from './request-validation.ts';
import { refuseLineProblems } from './line-refusals.ts';
import { refuseRfqProblems } from './rfqs.ts';

/** How long the stand-in holds of an edit's kept bookings last; they never outlive the synchronous edit. */
const EDIT_HOLD_MS = 60_000;

function validation(message: string, fieldErrors: FieldError[], details?: Record<string, unknown>): OrderZoneError {
  return new OrderZoneError('validation', message, details ? { fieldErrors, details } : { fieldErrors });
}

function samePersonalization(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * For each requested line, the index of the order line it is (each order line used once).
 *
 * @throws `validation` on `lines.<i>` (`not_in_order`) or `lines.<i>.quantity` (`booking_quantity`, `rfq_quantity`).
 */
export function matchEditLines(order: Pick<Order, 'lines'>, lines: readonly LineRequest[]): number[] {
  const used = new Set<number>();
  const errors: FieldError[] = [];
  const matches = lines.map((line, index) => {
    const found = order.lines.findIndex(
      (existing, i) =>
        !used.has(i) &&
        existing.productId === line.productId &&
        existing.variantId === line.variantId &&
        samePersonalization(existing.personalization, line.personalization) &&
        (existing.booking === undefined
          ? line.booking === undefined
          : line.booking !== undefined && sameBookingPick(selectionOfBooking(existing.booking), line.booking)),
    );
    if (found < 0) {
      errors.push({ field: `lines.${index}`, code: 'not_in_order' });
      return -1;
    }
    used.add(found);
    if (order.lines[found]!.booking && line.quantity !== 1) errors.push({ field: `lines.${index}.quantity`, code: 'booking_quantity' });
    const quoted = quotedQuantityError(order.lines[found]!, line.quantity, `lines.${index}.quantity`);
    if (quoted) errors.push(quoted);
    return found;
  });
  if (errors.length > 0) {
    throw validation('An edit can change quantities and leave lines out, but not add products, change a pick or split a booking.', errors);
  }
  return matches;
}

/** The quote request of an edit: the new lines with the order's coupon, delivery option and destination. */
function editPricing(order: Order, lines: LineRequest[]): QuoteRequest {
  const coupon = order.adjustments.find((adjustment) => adjustment.kind === 'discount' && adjustment.code)?.code;
  const address = order.shippingAddress;
  return {
    currency: order.currency,
    lines,
    ...(coupon ? { couponCode: coupon } : {}),
    ...(order.shippingOption ? { shippingOptionId: order.shippingOption.id } : {}),
    ...(address ? { destination: { country: address.country, ...(address.region ? { region: address.region } : {}), ...(address.postalCode ? { postalCode: address.postalCode } : {}) } } : {}),
    orderNumber: order.orderNumber,
  };
}

/**
 * Replaces the lines of an unpaid order (see the module's rules).
 *
 * @throws `OrderZoneError`: `not_found`, `conflict` (status; a kept booking no longer available),
 *   `validation` (malformed request, `not_in_order`, `booking_quantity`, invalid quantity or
 *   personalization, a delivery option no longer offered), `out_of_stock`, `price_changed`.
 */
export function editOrder(core: EngineCore, orderNumber: string, access: OrderAccess, rawRequest: EditOrderRequest, caller?: Caller): Order {
  const order = core.requireOwnOrder(orderNumber, access, caller);
  nextStatus(order.status, 'edit', order.orderNumber, orderFlow(order));
  const parsed = EditOrderRequestSchema.safeParse(rawRequest);
  if (!parsed.success) throw validation('The edit request is not valid.', fieldErrorsFromIssues(parsed.error.issues, rawRequest));
  const request = parsed.data;
  const matched = matchEditLines(order, request.lines);

  const now = core.now();
  const before = core.state();
  // The order's own units count as free while it is priced again: its stock goes back, and each of
  // its bookings becomes a stand-in hold that the kept booking lines carry.
  const released = { ...before.stock };
  for (const line of order.lines) if (released[line.variantId] !== undefined) released[line.variantId] = released[line.variantId]! + line.quantity;
  const own = (before.bookings ?? []).filter((booking) => booking.orderNumber === order.orderNumber);
  const standIns: StoredHold[] = own.map((booking, index) => ({
    id: `edit:${order.orderNumber}:${index}`,
    productId: booking.productId,
    variantId: booking.variantId,
    booking: booking.booking,
    expiresAt: new Date(now.getTime() + EDIT_HOLD_MS).toISOString(),
    claims: booking.claims,
  }));
  const taken = new Set<string>();
  const lines = request.lines.map((requested, index): LineRequest => {
    // A quoted line stays on the request the order was placed with, whatever the client sent.
    const { rfqId: _sent, ...rest } = requested;
    const rfqId = order.lines[matched[index]!]!.rfqId;
    const line: LineRequest = rfqId === undefined ? rest : { ...rest, rfqId };
    if (!line.booking) return line;
    const standIn = standIns.find((hold) => !taken.has(hold.id) && hold.productId === line.productId && hold.variantId === line.variantId && sameBookingPick(hold.booking, line.booking!));
    if (!standIn) return line;
    taken.add(standIn.id);
    return { ...line, booking: standIn.booking, holdId: standIn.id };
  });

  const heldLedger = { holds: [...(before.holds ?? []), ...standIns], bookings: (before.bookings ?? []).filter((booking) => booking.orderNumber !== order.orderNumber) };
  core.commit({ ...before, stock: released, ...heldLedger });
  try {
    const { quote, checks } = core.price(editPricing(order, lines), 'submit');
    refuseLineProblems(quote, { of: ` of order ${order.orderNumber}`, nothingDone: 'Nothing was changed.', lookup: (id) => core.lookup(id), checks });
    refuseRfqProblems(quote);
    const shippingOption = quote.requiresShipping === false ? undefined : quote.shippingOptions.find((option) => option.id === order.shippingOption?.id);
    if (quote.requiresShipping !== false && !shippingOption) {
      throw validation(`The delivery option of order ${order.orderNumber} is not offered for these lines; the order cannot be edited this way.`, [{ field: 'shippingOptionId', code: 'invalid_choice' }], { quote });
    }
    if (quote.total.currency !== request.expectedTotal.currency || quote.total.amount !== request.expectedTotal.amount) {
      throw new OrderZoneError('price_changed', `The edited order would cost ${quote.total.amount} ${quote.total.currency} (minor units), not the ${request.expectedTotal.amount} ${request.expectedTotal.currency} the shopper confirmed.`, {
        details: { quote, expectedTotal: request.expectedTotal, total: quote.total },
      });
    }

    const stock = { ...released };
    for (const line of quote.lines) if (stock[line.variantId] !== undefined) stock[line.variantId] = stock[line.variantId]! - line.quantity;
    const booked = bookLines(heldLedger, order.orderNumber, lines, checks, now);
    const standInIds = new Set(standIns.map((hold) => hold.id));
    core.commit({ ...before, stock, holds: booked.holds.filter((hold) => !standInIds.has(hold.id)), bookings: booked.bookings });
    const changes: Partial<Order> = {
      lines: quote.lines.map(({ hold: _hold, ...line }) => line),
      subtotal: quote.subtotal,
      adjustments: quote.adjustments,
      total: quote.total,
      shippingOption,
      ...(order.payment.type === 'none' ? {} : { payment: core.paymentAction(order.paymentMethod, order.orderNumber, now) }),
    };
    // A shippingOption of undefined (only bookings left) is removed by the transition.
    return core.transition(order, 'edit', changes, { stock });
  } catch (error) {
    core.commit(before);
    throw error;
  }
}
