/**
 * The English (en-US) messages of `order-edit.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `orderEditMessages` (see `order-edit.messages.ts`). */
export const messages: MessageCatalog = {
  'detail.action.edit': 'Edit order',
  'detail.form.edit': 'Edit your order',
  'detail.submit.edit': 'Save changes',
  'detail.done.edit': 'Your order was changed. The new total is {total}.',
  'edit.lines': 'Items in the order',
  'edit.quantity_label': 'Quantity of {title}',
  'edit.decrease': 'One fewer {title}',
  'edit.increase': 'One more {title}',
  'edit.remove': 'Remove',
  'edit.remove_label': 'Remove {title}',
  'edit.restore': 'Put back',
  'edit.restore_label': 'Put back {title}',
  'edit.removed': 'Removed',
  'edit.removed_line': '{title} removed.',
  'edit.current_total': 'Current total',
  'edit.new_total': 'New total',
  'edit.hint': 'Change a quantity or remove an item to see the new total.',
  'edit.cancel_instead': 'Cancel the order instead',
  'edit.price_changed': 'The total changed from {from} to {to} while you were editing. Please check the new total and save again.',
  'edit.not_orderable': 'Some items cannot be ordered as changed. Please adjust them first.',
  'field.booking_quantity': 'A booking can only be kept or removed.',
  'detail.action.reschedule': 'Reschedule',
  'detail.form.reschedule': 'Reschedule',
  'detail.submit.reschedule': 'Confirm new time',
  'detail.done.reschedule': 'Your booking was moved to the new time.',
  'detail.action.cancel_booking': 'Cancel booking',
  'detail.form.cancel_booking': 'Cancel this booking?',
  'detail.submit.cancel_booking': 'Yes, cancel booking',
  'detail.keep_booking': 'Keep booking',
  'detail.cancel_booking_confirm': 'Your booking in order {orderNumber} will be cancelled and {total} refunded. This cannot be undone.',
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
