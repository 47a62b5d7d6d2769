/**
 * Bookings after the order in the order engine: moving a booking line to another pick
 * (`rescheduleBooking`) inside its rescheduling window, and the merchant marking a confirmed
 * booking order fulfilled. Cancelling a confirmed booking order (a refund, inside every line's
 * cancellation window) is the engine's `cancelOrder` with {@link assertCancelWindowOpen}.
 *
 * Rescheduling rules (kept simple on purpose):
 * - the table must allow `reschedule` in the order's status and the line's window must be open
 *   (`conflict`, `details.reason` `window_closed`);
 * - the new pick is of the same product and variant; it is checked against everything taken
 *   except the line's own booking, and the old claim is given back and the new one stored in one
 *   synchronous step (`conflict` `booking_taken` when taken; `validation` on `booking.*` for a rule
 *   break). A `holdId` of an active hold on exactly the new pick is used and consumed;
 * - the price must not change: a pick that costs more or less is refused (`validation`, field
 *   `booking`, code `price_differs`, `details.unitPrice` the new price). No payment or refund is
 *   ever made by a reschedule;
 * - the line gets the new booking details, the status stays, and a history entry `reschedule` is added.
 *
 * @module
 */
import { OrderZoneError, sameBookingPick } from '@orderzone/core';
import { isClaimActive, priceBooking } from '@orderzone/core/bookings';
import {
  assertBookingWindowOpen,
  nextStatus,
  orderFlow,
  selectionOfBooking,
} from '@orderzone/core/orders';
import { RescheduleBookingRequestSchema } from '@orderzone/core/schemas';
import type { FieldError, Order, OrderAccess, RescheduleBookingRequest } from '@orderzone/core';
import { lineBookingIndex, pruneHolds, takenUnits, type ResolvedPick, type StoredBooking } from './booking-ledger.ts';
import { resolvePick } from './booking-picks.ts';
import { requireBookable } from './booking-products.ts';
import type { EngineCore } from './engine-core.ts';
import type { Caller } from './order-access.ts';
import { fieldErrorsFromIssues } from './request-validation.ts';

function validation(message: string, fieldErrors: FieldError[], details?: Record<string, unknown>): OrderZoneError {
  return new OrderZoneError('validation', message, details ? { fieldErrors, details } : { fieldErrors });
}

/** The same error with its field errors moved under `booking.` (they are relative to the pick). */
function underBooking(error: unknown): unknown {
  if (!(error instanceof OrderZoneError) || error.fieldErrors.length === 0) return error;
  const fieldErrors = error.fieldErrors.map((e) => ({ ...e, field: e.field === 'booking' || e.field.startsWith('booking.') ? e.field : `booking.${e.field}` }));
  return new OrderZoneError(error.code, error.message, { fieldErrors, details: error.details, cause: error });
}

/**
 * Throws `conflict` (`window_closed`) when cancelling `order` would refund a confirmed booking
 * whose cancellation window has closed; cancelling an unpaid order is never limited.
 */
export function assertCancelWindowOpen(order: Order, now: Date): void {
  assertBookingWindowOpen(order, 'cancel', now);
}

/**
 * Moves one booking line of an order to another pick (see the module's rules).
 *
 * @throws `OrderZoneError`: `not_found`, `conflict` (status, `window_closed`, `booking_taken`),
 *   `validation` (`lineIndex`: `unknown_line`, `not_a_booking`; `booking.*` rule breaks;
 *   `booking`: `booking_unchanged`, `price_differs`).
 */
export function rescheduleBooking(core: EngineCore, orderNumber: string, access: OrderAccess, rawRequest: RescheduleBookingRequest, caller?: Caller): Order {
  const order = core.requireOwnOrder(orderNumber, access, caller);
  nextStatus(order.status, 'reschedule', order.orderNumber, orderFlow(order));
  const parsed = RescheduleBookingRequestSchema.safeParse(rawRequest);
  if (!parsed.success) throw validation('The reschedule request is not valid.', fieldErrorsFromIssues(parsed.error.issues, rawRequest));
  const request = parsed.data;
  const line = order.lines[request.lineIndex];
  if (!line) {
    throw validation(`Order ${order.orderNumber} has no line ${request.lineIndex} (it has ${order.lines.length}).`, [{ field: 'lineIndex', code: 'unknown_line' }]);
  }
  if (!line.booking) throw validation(`Line ${request.lineIndex} of order ${order.orderNumber} is not a booking.`, [{ field: 'lineIndex', code: 'not_a_booking' }]);
  const now = core.now();
  assertBookingWindowOpen(order, 'reschedule', now, request.lineIndex);
  const current = selectionOfBooking(line.booking);
  if (sameBookingPick(current, request.booking)) {
    throw validation('The new pick is the booking’s current one.', [{ field: 'booking', code: 'booking_unchanged' }]);
  }

  const product = requireBookable((id) => core.lookup(id), line.productId);
  const ledger = pruneHolds(core.ledger(), now);
  // The line's own booking: the first of the order's bookings with its product, variant and pick.
  const ownIndex = lineBookingIndex(ledger, order.orderNumber, { productId: line.productId, variantId: line.variantId, booking: current });
  const others = ownIndex < 0 ? ledger.bookings : ledger.bookings.filter((_, index) => index !== ownIndex);
  const hold =
    request.holdId === undefined
      ? undefined
      : ledger.holds.find((h) => h.id === request.holdId && isClaimActive(h, now) && h.productId === line.productId && h.variantId === line.variantId && sameBookingPick(h.booking, request.booking));

  let pick: ResolvedPick;
  let price: ReturnType<typeof priceBooking>;
  try {
    pick = hold ? { booking: hold.booking, claims: hold.claims } : resolvePick(product, line.variantId, request.booking, takenUnits({ holds: ledger.holds, bookings: others }, now), now);
    price = priceBooking(product, line.variantId, pick.booking);
  } catch (error) {
    throw underBooking(error);
  }
  if (price.unitPrice.currency !== line.unitPrice.currency || price.unitPrice.amount !== line.unitPrice.amount) {
    throw validation(
      `The new pick costs ${price.unitPrice.amount} ${price.unitPrice.currency} (minor units), not the ${line.unitPrice.amount} ${line.unitPrice.currency} paid for the booking; a reschedule must keep the price.`,
      [{ field: 'booking', code: 'price_differs' }],
      { unitPrice: price.unitPrice, previousUnitPrice: line.unitPrice },
    );
  }

  const moved: StoredBooking = { orderNumber: order.orderNumber, productId: line.productId, variantId: line.variantId, booking: pick.booking, claims: pick.claims };
  const bookings = ownIndex < 0 ? [...others, moved] : ledger.bookings.map((b, index) => (index === ownIndex ? moved : b));
  const holds = hold ? ledger.holds.filter((h) => h.id !== hold.id) : ledger.holds;
  const lines = order.lines.map((l, index) => (index === request.lineIndex ? { ...l, booking: price.details } : l));
  const before = core.state();
  core.commit({ ...before, holds, bookings });
  try {
    return core.transition(order, 'reschedule', { lines });
  } catch (error) {
    core.commit(before);
    throw error;
  }
}
