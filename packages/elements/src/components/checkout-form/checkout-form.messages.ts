/**
 * Text of `<checkout-form>` in every shipped locale. Field problems (`field.*`) and errors
 * (`error.*`) come from the core's catalog.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './checkout-form.messages.en-US.ts';
import { messages as zh } from './checkout-form.messages.zh-CN.ts';

export const checkoutFormMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
