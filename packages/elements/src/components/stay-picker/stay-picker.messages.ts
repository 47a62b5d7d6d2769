/**
 * Text of `<stay-picker>` in every shipped locale, with the calendar's shared text. The rules a
 * range breaks (`stay_too_short`, `closed_night`...) read from the core's `field.*` messages.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './stay-picker.messages.en-US.ts';
import { messages as zh } from './stay-picker.messages.zh-CN.ts';

export const stayPickerMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
