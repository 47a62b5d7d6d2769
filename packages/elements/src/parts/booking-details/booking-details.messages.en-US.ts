/**
 * The English (en-US) messages of `booking-details.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `bookingDetailsMessages` (see `booking-details.messages.ts`). */
export const messages: MessageCatalog = {
  'bookingDetails.when': 'When',
  'bookingDetails.your_time': 'Your time',
  'bookingDetails.resource': 'With',
  'bookingDetails.place': 'Where',
  'bookingDetails.on_site': 'At your address',
  'bookingDetails.check_in': 'Check-in',
  'bookingDetails.check_in_value': '{date}, from {time}',
  'bookingDetails.check_out': 'Check-out',
  'bookingDetails.check_out_value': '{date}, by {time}',
  'bookingDetails.nights': 'Stay',
  'bookingDetails.night_count.one': '{count} night',
  'bookingDetails.night_count.other': '{count} nights',
  'bookingDetails.nightly': ' ({list})',
  'bookingDetails.night_price': '{date} {price}',
  'bookingDetails.list_separator': ', ',
  'bookingDetails.session': 'Session',
  'bookingDetails.venue': 'Venue',
  'bookingDetails.seats': 'Seats',
  'bookingDetails.seat': '{seat} ({zone})',
};
