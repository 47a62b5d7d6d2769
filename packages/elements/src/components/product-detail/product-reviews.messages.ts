/**
 * Text of the reviews part of `<product-detail>` added with shoppers' reviews (photos, the shop's
 * reply, edited reviews), spread into the element's catalogs.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './product-reviews.messages.en-US.ts';
import { messages as zh } from './product-reviews.messages.zh-CN.ts';

export const productReviewMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
