/**
 * Text of the one-time-code parts in every shipped locale.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './one-time-code.messages.en-US.ts';
import { messages as zh } from './one-time-code.messages.zh-CN.ts';

/** Text of the shared code parts. */
export const oneTimeCodeMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
