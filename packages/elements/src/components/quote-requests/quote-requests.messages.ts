/**
 * Text of `<quote-requests>`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './quote-requests.messages.en-US.ts';
import { messages as zh } from './quote-requests.messages.zh-CN.ts';

export const quoteRequestsMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
