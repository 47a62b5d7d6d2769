/**
 * Text of `<seat-picker>` in every shipped locale. The per-order limit and other refusals read from
 * the core's `field.*` messages (`too_many_seats`).
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './seat-picker.messages.en-US.ts';
import { messages as zh } from './seat-picker.messages.zh-CN.ts';

export const seatPickerMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
