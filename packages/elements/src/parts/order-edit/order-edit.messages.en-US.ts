/**
 * The English (en-US) messages of editing an unpaid order that `<order-detail>` shows outside its edit form (the action,
 * what was done, a line's problems), spread into `<order-detail>`'s messages of the same language (the form's own are in
 * `order-edit-form.messages.en-US.ts`, loaded with the action forms).
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of editing an unpaid order outside its form. */
export const messages: MessageCatalog = {
  'detail.action.edit': 'Edit order',
  'detail.done.edit': 'Your order was changed. The new total is {total}.',
  'field.booking_quantity': 'A booking can only be kept or removed.',
  'detail.action.reschedule': 'Reschedule',
  'detail.form.reschedule': 'Reschedule',
  'detail.submit.reschedule': 'Confirm new time',
  'detail.done.reschedule': 'Your booking was moved to the new time.',
  'detail.action.cancel_booking': 'Cancel booking',
  'detail.done.cancel_booking': 'Your booking was cancelled. The refund is on its way.',
  'reschedule.bookings': 'Your bookings',
  'reschedule.starts_at': 'Starts {date}',
  'reschedule.cancel_until': 'Free cancellation until {date}',
  'reschedule.cancel_closed': 'Free cancellation ended {date}: this booking can no longer be cancelled.',
  'reschedule.until': 'Can be rescheduled until {date}',
  'reschedule.closed': 'Rescheduling ended {date}: this booking can no longer be moved.',
  'reschedule.button_label': 'Reschedule {title}',
  'reschedule.heading': 'Choose a new time for {title}',
  'reschedule.same_price': 'You can move to any free time at the same price ({price}).',
  'reschedule.loading': 'Loading the calendar…',
  'reschedule.new_pick': 'New time',
  'reschedule.price_differs': 'This choice costs {price}, not {current}. Please choose one at the same price.',
  'field.price_differs': 'Only a choice at the same price can be taken. Please choose another one.',
  'field.unknown_line': 'This booking is no longer in the order.',
  'field.not_a_booking': 'Only bookings can be rescheduled.',
};
