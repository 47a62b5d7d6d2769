/**
 * The English (en-US) messages of `booking-picker.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as bookingCalendarMessages } from '../../parts/booking-calendar/booking-calendar.messages.en-US.ts';

/** The English (en-US) messages of `bookingPickerMessages` (see `booking-picker.messages.ts`). */
export const messages: MessageCatalog = {
  ...bookingCalendarMessages,
  'booking.day_slots.one': '{date}, {count} time available',
  'booking.day_slots.other': '{date}, {count} times available',
  'booking.choose_day': 'Choose a day to see its times.',
  'booking.no_days': 'Nothing is free this month. Please try the next month.',
  'booking.no_slots': 'No times are free on {date}. Please choose another day.',
  'booking.times_on': 'Times on {date}',
  'booking.time_range': '{start}–{end}',
  'booking.date_time': '{date}, {time}',
  'booking.slot_merchant': '{range} ({zone})',
  'booking.slot_shopper': '{range} your time',
  'booking.slot_taken': 'Taken',
  'booking.resource': 'Staff',
  'booking.resource_any': 'Any available',
  'booking.resource_busy': '{name} (busy at this time)',
  'booking.resource_after_slot': 'Choose a time first to pick someone in particular.',
  'booking.summary': '{date}, {time}',
  'booking.summary_with': '{date}, {time}, with {resource}',
};
