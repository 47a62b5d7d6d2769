/**
 * Text shared by the booking pickers (the month calendar, loading and error states). The pickers
 * spread it into their own catalogs. Errors and field problems (`stay_too_short`, `closed_night`,
 * `too_many_seats`...) come from the core's catalog.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './booking-calendar.messages.en-US.ts';
import { messages as zh } from './booking-calendar.messages.zh-CN.ts';

export const bookingCalendarMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
