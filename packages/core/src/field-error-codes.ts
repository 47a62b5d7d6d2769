/**
 * The contract's field error codes: every `FieldError.code` a backend may answer with or the core
 * sets on the page, and the names of the `params` each carries. `describeFieldError` has a message
 * for each in zh-CN and en-US; the contract's `FieldErrorSchema` accepts only these (an
 * enumeration in the OpenAPI document), so a backend (the embedded one, the server, or one written against the
 * OpenAPI document) cannot send a code no storefront can translate. The REST adapter reads a code
 * it does not know (a newer backend's) as `invalid`, on the same field, so nothing is lost.
 *
 * @module
 */

/** Field error code → the names of the `params` it carries (empty when none). */
export const FIELD_ERROR_CODES = {
  // Schema problems and checkout details (schema checks, validateCheckoutDraft).
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
  // Bookings: availability ranges, slots, stays and seats (availability, priceBooking, priceStay, validateSeatSelection).
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
  // Returns with photos (the backend's return photos).
  photo_type: ['types'],
  photo_too_large: ['max'],
  too_many_photos: ['max'],
  unknown_photo: ['id'],
  // Refund and return requests by line, and the merchant's decisions on them (after-sales.ts of the core).
  nothing_chosen: [],
  nothing_to_request: [],
  duplicate_line: [],
  too_many_units: ['max'],
  // Editing an unpaid order and rescheduling a booking.
  not_in_order: [],
  booking_quantity: [],
  unknown_line: [],
  not_a_booking: [],
  booking_unchanged: [],
  price_differs: [],
  // A line bought at a quoted price keeps the quoted quantity (business/rfq-quantity.ts).
  rfq_quantity: ['quantity'],
  // One-time codes: sign-in and verification at checkout.
  code_wrong: [],
  code_expired: [],
  // Business buying: the company's unified social credit code (business/credit-code.ts).
  invalid_credit_code: [],
  invalid_credit_code_check: [],
  // The server's limits and the merchant's refunds (@orderzone/server).
  too_large: ['max'],
  nothing_to_refund: ['max'],
  invalid_amount: ['max'],
  // Checked on the page before anything is sent (the core's cart, checkout, sign-in, order lookup and order editing).
  booking_required: [],
  code_format: [],
  invalid_order_number: [],
  edit_empty: [],
  edit_unchanged: [],
  invalid_edit: [],
  country_changed: [],
  // Checked by the elements before anything is sent: a reschedule without a new pick or whose pick was
  // just taken, and a return or review sent while its photos are still uploading.
  pick_required: [],
  booking_taken: [],
  photos_uploading: [],
} as const satisfies Record<string, readonly string[]>;

/** A field error code of the contract (see {@link FIELD_ERROR_CODES}). */
export type FieldErrorCode = keyof typeof FIELD_ERROR_CODES;

/** Every field error code, in the order of {@link FIELD_ERROR_CODES}. */
export const FIELD_ERROR_CODE_LIST = Object.keys(FIELD_ERROR_CODES) as [FieldErrorCode, ...FieldErrorCode[]];

/** True when `code` is one of the contract's field error codes. */
export function isFieldErrorCode(code: unknown): code is FieldErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(FIELD_ERROR_CODES, code);
}
