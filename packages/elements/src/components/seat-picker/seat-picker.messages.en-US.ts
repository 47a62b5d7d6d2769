/**
 * The English (en-US) messages of `seat-picker.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as bookingCalendarMessages } from '../../parts/booking-calendar/booking-calendar.messages.en-US.ts';

/** The English (en-US) messages of `seatPickerMessages` (see `seat-picker.messages.ts`). */
export const messages: MessageCatalog = {
  ...bookingCalendarMessages,
  'seats.sessions': 'Session',
  'seats.sessions_at': 'Session at {venue}',
  'seats.session_label': '{label}, {time}',
  'seats.venue_session': '{venue}: {session}',
  'seats.limit.one': 'Up to {max} seat per order.',
  'seats.limit.other': 'Up to {max} seats per order.',
  'seats.legend': 'Key',
  'seats.legend_available': 'Available',
  'seats.legend_chosen': 'Your choice (check mark)',
  'seats.legend_yours': 'In your cart (striped)',
  'seats.legend_taken': 'Taken (crossed out)',
  'seats.legend_unavailable': 'Not for sale (dashed)',
  'seats.legend_states': 'Seats',
  'seats.legend_zones': 'Prices',
  'seats.stage': 'Stage',
  'seats.already_yours': '{seat} is already in your cart.',
  'seats.zone_price': '{zone}: {price}',
  'seats.seat_name': '{seat}, {zone} {price}, {state}',
  'seats.state_available': 'available',
  'seats.state_chosen': 'selected',
  'seats.state_yours': 'in your cart',
  'seats.state_taken': 'taken',
  'seats.state_unavailable': 'not for sale',
  'seats.cannot_choose': '{seat} can’t be chosen. Please pick an available seat.',
  'seats.none_chosen': 'No seats chosen yet.',
  'seats.chosen_seat': '{seat} ({zone})',
  'seats.total.one': 'Total for {count} seat: {price}',
  'seats.total.other': 'Total for {count} seats: {price}',
};
