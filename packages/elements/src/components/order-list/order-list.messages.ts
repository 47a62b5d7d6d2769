/**
 * Text of `<order-list>` in every shipped locale (order statuses come from `<order-confirmation>`'s catalog).
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './order-list.messages.en-US.ts';
import { messages as zh } from './order-list.messages.zh-CN.ts';

export const orderListMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
