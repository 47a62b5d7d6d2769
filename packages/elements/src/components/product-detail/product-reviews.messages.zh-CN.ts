/**
 * The Chinese (zh-CN) messages of `product-reviews.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `productReviewMessages` (see `product-reviews.messages.ts`). */
export const messages: MessageCatalog = {
  'detail.review_reply': '商家回复',
  'detail.review_edited': '已修改',
  'detail.review_photo_alt': '{author} 的评价照片 {n}',
};
