/**
 * Text of `<booking-picker>` in every shipped locale, with the calendar's shared text. Errors come
 * from the core's catalog.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './booking-picker.messages.en-US.ts';
import { messages as zh } from './booking-picker.messages.zh-CN.ts';

export const bookingPickerMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
