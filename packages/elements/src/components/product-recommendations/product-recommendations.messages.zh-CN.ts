/**
 * The Chinese (zh-CN) messages of `product-recommendations.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `productRecommendationsMessages` (see `product-recommendations.messages.ts`). */
export const messages: MessageCatalog = {
  'recommendations.heading.related': '猜你喜欢',
  'recommendations.heading.bought_together': '经常一起购买',
  'recommendations.heading.recently_viewed': '最近浏览',
  'recommendations.heading.for_you': '为你推荐',
  'recommendations.reason.similar': '与“{name}”相似',
  'recommendations.reason.bought_together': '常与“{name}”一起购买',
  'recommendations.reason.viewed': '因为你浏览过“{name}”',
  'recommendations.reason.purchased': '因为你购买过“{name}”',
  'recommendations.reason.recently_viewed': '你浏览过',
  'recommendations.reason.best_seller': '{name}热销',
  'recommendations.reason.best_seller.shop': '热销商品',
  'recommendations.reason.similar.shop': '你可能喜欢',
  'recommendations.clear_history': '清除浏览记录',
  'recommendations.history_cleared': '浏览记录已清除。',
  'recommendations.history_note': '仅保存在本设备上。',
  'recommendations.history_note.account': '已随你的账户保存。',
};
