/**
 * Text of `<order-help>` in every shipped locale. The FAQ entries and contact details themselves
 * come from the merchant.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './order-help.messages.en-US.ts';
import { messages as zh } from './order-help.messages.zh-CN.ts';

export const orderHelpMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
