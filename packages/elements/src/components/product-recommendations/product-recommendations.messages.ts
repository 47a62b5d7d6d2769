/**
 * Text of `<product-recommendations>` in every shipped locale: the headings of the four kinds, why
 * each product is recommended, and clearing the browsing history.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './product-recommendations.messages.en-US.ts';
import { messages as zh } from './product-recommendations.messages.zh-CN.ts';

export const productRecommendationsMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
