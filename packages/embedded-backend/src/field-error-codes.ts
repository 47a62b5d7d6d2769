/**
 * Every `FieldError.code` the embedded backend can answer with, and the `params` each carries: its
 * own checks (availability ranges, holds, returns) and the core rules it applies (checkout draft,
 * personalization, booking prices, stays, seat maps). The core's `describeFieldError` has a message
 * for each in zh-CN and en-US; a test reads the backend's sources and fails when one uses a code
 * missing here. A REST backend that reuses these codes gets the same translated messages.
 *
 * @module
 */

/** Field error code → the names of the `params` it carries (empty when none). */
export const FIELD_ERROR_CODES: Readonly<Record<string, readonly string[]>> = {
  // Schema problems and checkout details (request-validation.ts, validateCheckoutDraft).
  required: [],
  invalid: [],
  too_long: ['max'],
  invalid_email: [],
  invalid_phone: [],
  invalid_phone_cn: [],
  invalid_postal_code: [],
  invalid_postal_code_cn: [],
  required_payment_method: [],
  required_shipping_option: [],
  invalid_choice: [],
  // Lines and personalization (validatePersonalization).
  invalid_quantity: [],
  unknown_field: [],
  // Bookings: availability ranges, slots, stays and seats (booking-ledger.ts, priceBooking, priceStay, validateSeatSelection).
  range_too_long: ['max'],
  not_bookable: [],
  booking_kind: ['expected'],
  invalid_booking: [],
  invalid_slot: [],
  unknown_slot: [],
  unknown_resource: ['resource'],
  slot_too_soon: ['minutes'],
  slot_too_late: ['days'],
  invalid_date: [],
  check_in_past: [],
  check_out_before_check_in: [],
  stay_too_short: ['min'],
  stay_too_long: ['max'],
  closed_night: ['date'],
  unknown_session: ['session'],
  session_started: [],
  too_many_seats: ['max'],
  unknown_seat: ['seat'],
  seat_unavailable: ['seat'],
  // Returns with photos (return-photos.ts, order-engine.ts).
  photo_type: ['types'],
  photo_too_large: ['max'],
  too_many_photos: ['max'],
  unknown_photo: ['id'],
  // Refund and return requests by line, and the merchant's decisions on them (after-sales.ts of the core).
  nothing_chosen: [],
  nothing_to_request: [],
  duplicate_line: [],
  too_many_units: ['max'],
  // Editing an unpaid order and rescheduling a booking (order-edits.ts, booking-lifecycle.ts).
  not_in_order: [],
  booking_quantity: [],
  unknown_line: [],
  not_a_booking: [],
  booking_unchanged: [],
  price_differs: [],
  // One-time codes: sign-in and verification at checkout (accounts.ts, risk-rules.ts, one-time-codes.ts).
  code_wrong: [],
  code_expired: [],
};
