/**
 * Text of `<order-detail>` in every shipped locale. Statuses, contact and address headings are the
 * confirmation's (`confirmation.*`); the payment step and the address fields bring their own.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './order-detail.messages.en-US.ts';
import { messages as zh } from './order-detail.messages.zh-CN.ts';

export const orderDetailMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
