/**
 * Text of the star-rating part, spread into the catalogs of the elements that show ratings.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const ratingMessages: MessageCatalogs = {
  'en-US': {
    'rating.count': '({count})',
    'rating.stars': '{rating} out of 5 stars',
  },
  'zh-CN': {
    'rating.count': '（{count}）',
    'rating.stars': '{rating} 星（满分 5 星）',
  },
};
