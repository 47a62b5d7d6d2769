/**
 * The English (en-US) messages of `product-reviews.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `productReviewMessages` (see `product-reviews.messages.ts`). */
export const messages: MessageCatalog = {
  'detail.review_reply': 'Reply from the shop',
  'detail.review_edited': 'Edited',
  'detail.review_photo_alt': 'Photo {n} from {author}’s review',
};
