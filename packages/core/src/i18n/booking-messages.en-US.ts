/**
 * The English (en-US) messages of `booking-messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from './messages.ts';

/** The English (en-US) messages of `bookingMessages` (see `booking-messages.ts`). */
export const messages: MessageCatalog = {
  'field.invalid_date': 'Please choose a valid date.',
  'field.check_out_before_check_in': 'Check-out must be after check-in.',
  'field.stay_too_short.one': 'The minimum stay is {min} night.',
  'field.stay_too_short.other': 'The minimum stay is {min} nights.',
  'field.stay_too_long.one': 'Stays can be at most {max} night.',
  'field.stay_too_long.other': 'Stays can be at most {max} nights.',
  'field.closed_night': 'The night of {date} is not available.',
  'field.too_many_seats.one': 'You can choose at most {max} seat per order.',
  'field.too_many_seats.other': 'You can choose at most {max} seats per order.',
  'field.unknown_seat': 'Seat {seat} does not exist in this venue.',
  'field.seat_unavailable': 'Seat {seat} is no longer available.',
  'field.invalid_slot': 'Please choose one of the times offered.',
  'field.unknown_resource': 'That staff member isn’t available for this service. Please choose another.',
  'field.unknown_session': 'That session isn’t on sale any more. Please choose another.',
  'field.booking_kind': 'This choice doesn’t fit this product. Please choose again.',
  'field.booking_required': 'Please choose a time, dates or seats first.',
  'field.invalid_booking': 'This booking can’t be made as chosen. Please choose again.',
  'field.not_bookable': 'This product can’t be booked.',
  'field.range_too_long.one': 'Please ask for at most {max} day at once.',
  'field.range_too_long.other': 'Please ask for at most {max} days at once.',
  'field.unknown_slot': 'That time isn’t offered. Please choose one of the times shown.',
  'field.slot_too_soon.one': 'That time is too soon: please book at least {minutes} minute ahead.',
  'field.slot_too_soon.other': 'That time is too soon: please book at least {minutes} minutes ahead.',
  'field.slot_too_late.one': 'That time is too far ahead: bookings open {days} day in advance.',
  'field.slot_too_late.other': 'That time is too far ahead: bookings open {days} days in advance.',
  'field.check_in_past': 'The check-in date has passed. Please choose another.',
  'field.session_started': 'This session has already started. Please choose another.',
  'field.booking_quantity': 'A booking is kept whole or removed; its quantity can’t change.',
  'field.not_a_booking': 'Only bookings can be rescheduled.',
  'field.booking_unchanged': 'That’s the time you already have. Choose another one.',

  'line.hold_expired': 'Hold expired',
  'line.booking_unavailable': 'No longer available',
  'line.invalid_booking': 'This booking can’t be made as chosen',

  'booking.held_for': 'Held for {time}',
  'booking.hold_expired': 'We held this for you for a few minutes, and that time is up. Check again to hold it once more.',
  'booking.recheck': 'Check again',
  'booking.rechecking': 'Checking…',
  'booking.blocked': 'Some bookings need your attention before you can place the order.',
  'checkout.no_address_needed': 'No address needed: nothing in this order is shipped.',
  'checkout.service_address': 'Service address',
};
