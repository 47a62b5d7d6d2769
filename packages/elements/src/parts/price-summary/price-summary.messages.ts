/**
 * Text of the price summary shared by `<cart-panel>`, `<checkout-form>` and `<order-confirmation>`.
 * The owners spread it into their own catalogs. It includes the booking details part's text, shown
 * under booking lines.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './price-summary.messages.en-US.ts';
import { messages as zh } from './price-summary.messages.zh-CN.ts';

export const priceSummaryMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
