/**
 * The English (en-US) messages of `stay-picker.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as bookingCalendarMessages } from '../../parts/booking-calendar/booking-calendar.messages.en-US.ts';

/** The English (en-US) messages of `stayPickerMessages` (see `stay-picker.messages.ts`). */
export const messages: MessageCatalog = {
  ...bookingCalendarMessages,
  'stay.min_nights': 'Minimum nights: {min}.',
  'stay.times': 'Check-in from {checkIn}, check-out by {checkOut}.',
  'stay.choose_check_in': 'Choose your check-in date.',
  'stay.choose_check_out': 'Check-in {checkIn}. Now choose your check-out date.',
  'stay.range.one': '{checkIn} to {checkOut}, {nights} night',
  'stay.range.other': '{checkIn} to {checkOut}, {nights} nights',
  'stay.label_separator': ', ',
  'stay.night_price': '{price} a night',
  'stay.night_closed': 'closed',
  'stay.night_sold_out': 'sold out',
  'stay.closed_short': 'Closed',
  'stay.sold_out_short': 'Full',
  'stay.day_check_in': 'check-in',
  'stay.day_check_out': 'check-out',
  'stay.day_in_stay': 'in your stay',
  'stay.sold_out_in_range': 'The night of {date} is sold out. Please choose other dates.',
  'stay.night_of': 'Night of {date}',
  'stay.total.one': 'Total for {nights} night: {price}',
  'stay.total.other': 'Total for {nights} nights: {price}',
  'stay.clear': 'Clear dates',
};
