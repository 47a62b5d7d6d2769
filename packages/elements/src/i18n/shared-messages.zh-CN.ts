/**
 * The Chinese (zh-CN) messages of `shared-messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `sharedMessages` (see `shared-messages.ts`). */
export const messages: MessageCatalog = {
  'common.retry': '重试',
  'common.loading': '加载中…',
  'common.close': '关闭',
  'common.undo': '撤销',
  'price.from': '{price} 起',
  'price.was': '原价 {price}',
  'price.unavailable': '价格暂不可用',
  'stock.in_stock': '有货',
  'stock.low_stock': '库存紧张',
  'stock.low_stock_count': '仅剩 {count} 件',
  'stock.out_of_stock': '已售罄',
  'rating.count': '（{count}）',
  'rating.stars': '{rating} 星（满分 5 星）',
  'rating.label.other': '评分 {rating}/5（{count} 条评价）',
  'demo.marker': '演示模式：不会产生真实订单或付款',
  'text.over.other': '超出 {count} 字',
};
