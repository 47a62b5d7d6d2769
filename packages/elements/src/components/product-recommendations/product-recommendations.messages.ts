/**
 * Text of `<product-recommendations>` in every shipped locale: the headings of the four kinds, why
 * each product is recommended, and clearing the browsing history.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const productRecommendationsMessages: MessageCatalogs = {
  'en-US': {
    'recommendations.heading.related': 'You may also like',
    'recommendations.heading.bought_together': 'Frequently bought together',
    'recommendations.heading.recently_viewed': 'Recently viewed',
    'recommendations.heading.for_you': 'Picked for you',
    'recommendations.reason.similar': 'Similar to {name}',
    'recommendations.reason.bought_together': 'Often bought with {name}',
    'recommendations.reason.viewed': 'Because you viewed {name}',
    'recommendations.reason.purchased': 'Because you bought {name}',
    'recommendations.reason.recently_viewed': 'You viewed this',
    'recommendations.reason.best_seller': 'Best seller in {name}',
    'recommendations.reason.best_seller.shop': 'Best seller',
    'recommendations.reason.similar.shop': 'You may like this',
    'recommendations.clear_history': 'Clear browsing history',
    'recommendations.history_cleared': 'Browsing history cleared.',
    'recommendations.history_note': 'Kept on this device only.',
    'recommendations.history_note.account': 'Kept with your account.',
  },
  'zh-CN': {
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
  },
};
