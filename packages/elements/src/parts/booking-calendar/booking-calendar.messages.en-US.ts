/**
 * The English (en-US) messages of `booking-calendar.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `bookingCalendarMessages` (see `booking-calendar.messages.ts`). */
export const messages: MessageCatalog = {
  'calendar.previous_month': 'Previous month',
  'calendar.next_month': 'Next month',
  'calendar.day_unavailable': '{date}, not available',
  'booking.loading': 'Checking availability…',
  'booking.load_failed': 'Availability couldn’t be loaded.',
  'booking.price': 'Price: {price}',
};
