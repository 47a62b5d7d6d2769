/**
 * The endpoints that change a placed order's lines, with their documentation: editing an unpaid
 * order, moving a booking to another slot, stay or seats. Assembled in `rest-contract.ts`.
 *
 * @module
 */
import { RescheduleBookingRequestSchema } from '../booking/booking-schema.ts';
import { EditOrderRequestSchema } from '../order/order-schema.ts';
import { ORDER_ROUTES } from './order-routes.ts';
import { endpoint, orderNumberParameter } from './rest-endpoint.ts';

/** The endpoints that change an order's lines, keyed by the `BackendAdapter` method they serve. */
export const ORDER_EDIT_ENDPOINTS = {
  editOrder: endpoint({
    ...ORDER_ROUTES.editOrder,
    operationId: 'editOrder',
    summary: 'Edit an unpaid order',
    description:
      'Replaces the lines of a `pending_payment` order with the whole new list, as a cart sends it (no prices): quantities may change and lines may be left out, ' +
      'but every line must be one of the order’s (`400 validation` on `lines.<i>`: `not_in_order`; `lines.<i>.quantity`: `booking_quantity` for a booking not kept whole, `rfq_quantity` with `params.quantity` for a line bought at a quoted price not kept at the quoted quantity). ' +
      'A line the order was placed with at a quoted price (`rfqId`) stays on its request for quote and keeps the quoted price, even after the offer’s expiry. ' +
      'The lines are priced again with the order’s coupon, delivery option and destination; the order’s own stock and bookings count as free. ' +
      'Answers the order with its new lines, amounts and payment step, and a history entry `edit`. ' +
      '`409 price_changed` (with `details.quote`) when the total differs from `expectedTotal`, `409 out_of_stock` (with `details.quote` and `details.lines`), ' +
      '`409 conflict` when the order is no longer awaiting payment or a kept booking can no longer be kept. Nothing changes on any error.',
    pathParameters: orderNumberParameter,
    auth: 'order',
    body: EditOrderRequestSchema,
    errors: ['validation', 'not_found', 'conflict', 'price_changed', 'out_of_stock', 'unauthorized'],
  }),
  rescheduleBooking: endpoint({
    ...ORDER_ROUTES.rescheduleBooking,
    operationId: 'rescheduleBooking',
    summary: 'Move a booking to another slot, stay or seats',
    description:
      'Moves the booking on line `lineIndex` to another pick of the same product and variant, inside the line’s rescheduling window (the booking details’ `rescheduleUntil`, else 24 hours before it starts). ' +
      'The old slot, nights or seats are given back and the new ones claimed in one atomic step; a `holdId` placed on the new pick first is used up. The price must stay the same. ' +
      'Answers the order with the line’s new booking details and a history entry `reschedule`; the status is kept. ' +
      '`409 conflict` when the status does not allow it, the window has closed (`details.reason` `window_closed`, `details.until`) or the pick was taken (`details.reason` `booking_taken`); ' +
      '`400 validation` on `lineIndex` (`unknown_line`, `not_a_booking`) or `booking` (`booking_unchanged`, `price_differs` with `details.unitPrice`, and the rule codes of `POST /holds` under `booking.`).',
    pathParameters: orderNumberParameter,
    auth: 'order',
    body: RescheduleBookingRequestSchema,
    errors: ['validation', 'not_found', 'conflict', 'unauthorized'],
  }),
} as const;
