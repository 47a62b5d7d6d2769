/**
 * Text of the address fields part, spread into its hosts' catalogs. Same labels as `<checkout-form>`'s.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './address-fields.messages.en-US.ts';
import { messages as zh } from './address-fields.messages.zh-CN.ts';

export const addressFieldsMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
