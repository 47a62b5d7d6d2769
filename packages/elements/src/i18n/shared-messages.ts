/**
 * Messages used by several elements (common buttons, states, price labels). Each component adds its
 * own catalog in `<name>.messages.ts`; merchants override any key with `registerMessages()`.
 *
 * @module
 */
import type { MessageCatalogs, Translate } from '@orderzone/core';
import type { TextMeasure } from '@orderzone/core/orders';

export const sharedMessages: MessageCatalogs = {
  'en-US': {
    'common.retry': 'Try again',
    'common.loading': 'Loading…',
    'common.close': 'Close',
    'common.back': 'Back',
    'common.undo': 'Undo',
    'price.from': 'From {price}',
    'price.was': 'Was {price}',
    'price.now': 'Now {price}',
    'price.unavailable': 'Price unavailable',
    'stock.in_stock': 'In stock',
    'stock.low_stock': 'Only a few left',
    'stock.low_stock_count': 'Only {count} left',
    'stock.out_of_stock': 'Sold out',
    'rating.label.one': 'Rated {rating} out of 5 ({count} review)',
    'rating.label.other': 'Rated {rating} out of 5 ({count} reviews)',
    'demo.marker': 'Demo: no real orders or payments',
    'text.over.one': '{count} character over',
    'text.over.other': '{count} characters over',
  },
  'zh-CN': {
    'common.retry': '重试',
    'common.loading': '加载中…',
    'common.close': '关闭',
    'common.back': '返回',
    'common.undo': '撤销',
    'price.from': '{price} 起',
    'price.was': '原价 {price}',
    'price.now': '现价 {price}',
    'price.unavailable': '价格暂不可用',
    'stock.in_stock': '有货',
    'stock.low_stock': '库存紧张',
    'stock.low_stock_count': '仅剩 {count} 件',
    'stock.out_of_stock': '已售罄',
    'rating.label.other': '评分 {rating}/5（{count} 条评价）',
    'demo.marker': '演示模式：不会产生真实订单或付款',
    'text.over.other': '超出 {count} 字',
  },
};

const merchantLayers: MessageCatalogs[] = [];

/**
 * Overrides or adds messages for any locale, e.g. `registerMessages({ 'en-US': { 'cartPanel.checkout': 'Pay now' } })`
 * or a whole new locale. Elements pick the change up on their next render.
 */
export function registerMessages(catalogs: MessageCatalogs): void {
  merchantLayers.push(catalogs);
}

/** The merchant's overrides, applied last. */
export function merchantMessages(): readonly MessageCatalogs[] {
  return merchantLayers;
}

/**
 * The counter under a text field the core limits in characters: `withinKey` ("12 / 500 characters",
 * with `{count}` and `{max}`) while the text fits, the shared `text.over` ("3 characters over") once
 * it does not. The fields set no `maxlength` (the browser counts it in UTF-16 units, so an emoji or a
 * rare CJK character would count twice and cut the text off early); the count and the limit are the
 * core's (`measureText`), and the core's check refuses a text that is over with a `too_long` field
 * error. Here, beside the message it shows, so it is in the bundle's main chunk, not a chunk of its own.
 */
export function textCounter(measure: TextMeasure, t: Translate, withinKey: string): string {
  return measure.over > 0 ? t('text.over', { count: measure.over }) : t(withinKey, { count: measure.count, max: measure.max });
}
