/**
 * Text of the refund and return parts of `<order-detail>` (the line picker of the request forms and
 * the "Refunds and returns" card) in every shipped locale; spread into `<order-detail>`'s messages.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './after-sales.messages.en-US.ts';
import { messages as zh } from './after-sales.messages.zh-CN.ts';

export const afterSalesMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
