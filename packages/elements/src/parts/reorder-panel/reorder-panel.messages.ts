/**
 * Text of the "Order again" panel of `<order-detail>`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const reorderPanelMessages: MessageCatalogs = {
  'en-US': {
    'reorder.heading': 'Order again',
    'reorder.unchanged': 'Everything can be ordered again at the same prices.',
    'reorder.price': 'now {after} each (was {before}).',
    'reorder.stock': 'only {available} of {requested} can be ordered now.',
    'reorder.sold_out': 'sold out.',
    'reorder.unavailable': 'no longer sold here (or a booking: book it again on its page).',
    'reorder.add.one': 'Add {count} item to cart',
    'reorder.add.other': 'Add {count} items to cart',
    'reorder.cancel': 'Cancel',
  },
  'zh-CN': {
    'reorder.heading': '再来一单',
    'reorder.unchanged': '所有商品均可按原价再次购买。',
    'reorder.price': '现价 {after}/件（原价 {before}）。',
    'reorder.stock': '现仅可订 {available} 件（原 {requested} 件）。',
    'reorder.sold_out': '已售罄。',
    'reorder.unavailable': '已下架（预订类请在商品页重新预订）。',
    'reorder.add.other': '将 {count} 件商品加入购物车',
    'reorder.cancel': '取消',
  },
};
