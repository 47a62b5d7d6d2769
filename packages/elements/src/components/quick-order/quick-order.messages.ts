/**
 * Text of `<quick-order>`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './quick-order.messages.en-US.ts';
import { messages as zh } from './quick-order.messages.zh-CN.ts';

export const quickOrderMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
