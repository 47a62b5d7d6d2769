/**
 * Text of `<order-confirmation>` in every shipped locale.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './order-confirmation.messages.en-US.ts';
import { messages as zh } from './order-confirmation.messages.zh-CN.ts';

export const orderConfirmationMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
