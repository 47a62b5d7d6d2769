/**
 * Text of `<order-lookup>` in every shipped locale.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './order-lookup.messages.en-US.ts';
import { messages as zh } from './order-lookup.messages.zh-CN.ts';

export const orderLookupMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
