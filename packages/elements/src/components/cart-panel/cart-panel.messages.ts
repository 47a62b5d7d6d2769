/**
 * Text of `<cart-panel>` in every shipped locale. Cart notices (`cart.*`), coupon results
 * (`coupon.*`) and errors come from the core's catalog.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './cart-panel.messages.en-US.ts';
import { messages as zh } from './cart-panel.messages.zh-CN.ts';

export const cartPanelMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
