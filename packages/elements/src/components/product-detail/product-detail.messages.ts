/**
 * Text of `<product-detail>` in every shipped locale. Stock and price labels come from the shared
 * element messages; errors, field problems and cart notices (`cart.*`) from the core's catalog.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './product-detail.messages.en-US.ts';
import { messages as zh } from './product-detail.messages.zh-CN.ts';

export const productDetailMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
