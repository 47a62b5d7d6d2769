/**
 * Text of the reviews part of `<product-detail>` added with shoppers' reviews (photos, the shop's
 * reply, edited reviews), spread into the element's catalogs.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const productReviewMessages: MessageCatalogs = {
  'en-US': {
    'detail.review_reply': 'Reply from the shop',
    'detail.review_edited': 'Edited',
    'detail.review_photo_alt': 'Photo {n} from {author}’s review',
  },
  'zh-CN': {
    'detail.review_reply': '商家回复',
    'detail.review_edited': '已修改',
    'detail.review_photo_alt': '{author} 的评价照片 {n}',
  },
};
