/**
 * Text of `<product-picker>` in every shipped locale. Stock, price and rating labels come from the
 * shared element messages; errors from the core's catalog.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './product-picker.messages.en-US.ts';
import { messages as zh } from './product-picker.messages.zh-CN.ts';

export const productPickerMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
