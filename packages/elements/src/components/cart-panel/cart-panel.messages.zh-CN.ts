/**
 * The Chinese (zh-CN) messages of `cart-panel.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as priceSummaryMessages } from '../../parts/price-summary/price-summary.messages.zh-CN.ts';

/** The Chinese (zh-CN) messages of `cartPanelMessages` (see `cart-panel.messages.ts`). */
export const messages: MessageCatalog = {
  ...priceSummaryMessages,
  'cartPanel.heading': '购物车',
  'cartPanel.items.other': '共 {count} 件',
  'cartPanel.close': '关闭购物车',
  'cartPanel.empty_title': '购物车是空的',
  'cartPanel.empty_body': '去逛逛吧，喜欢的商品加入购物车后会显示在这里。',
  'cartPanel.continue_shopping': '继续购物',
  'cartPanel.lines_label': '购物车中的商品',
  'cartPanel.unit_price': '单价 {price}',
  'cartPanel.list_unit_price': '原单价 {price}',
  'cartPanel.quantity_label': '{title} 的数量',
  'cartPanel.decrease': '减少 {title} 的数量',
  'cartPanel.increase': '增加 {title} 的数量',
  'cartPanel.line_total': '小计',
  'cartPanel.remove': '删除',
  'cartPanel.remove_label': '从购物车删除 {title}',
  'cartPanel.removed': '已从购物车删除 {title}。',
  'cartPanel.removed_bar': '已删除：{title}',
  'cartPanel.restored': '{title} 已放回购物车。',
  'cartPanel.clear': '清空购物车',
  'cartPanel.clear_question': '确定要删除购物车中的全部商品吗？',
  'cartPanel.clear_confirm': '确定清空',
  'cartPanel.clear_cancel': '保留商品',
  'cartPanel.cleared': '购物车已清空。',
  'cartPanel.problem': '{problem}，{hint}',
  'cartPanel.problem_hint.remove': '请删除该商品后再结算。',
  'cartPanel.problem_hint.lower': '请减少数量后再结算。',
  'cartPanel.coupon_label': '优惠码',
  'cartPanel.coupon_apply': '使用',
  'cartPanel.coupon_remove': '移除优惠码',
  'cartPanel.checkout': '去结算',
  'cartPanel.blocked_problems': '部分商品无法按当前数量下单，请先处理标记的商品。',
  'cartPanel.quote_failed': '价格更新失败。',
  'cartPanel.hold_left': '为您保留 {time}',
  'cartPanel.hold_announce.other': '{title} 还将为您保留 {count} 分钟。',
  'cartPanel.hold_expired': '保留已到期。',
  'cartPanel.hold_expired_hint': '该预订已不再为您保留，请重新确认或删除。',
  'cartPanel.hold_expired_announce': '{title} 的保留已到期，请重新确认。',
  'cartPanel.booking_unavailable': '已不可预订。',
  'cartPanel.booking_unavailable_hint': '已被他人订走，请删除后再结算。',
  'cartPanel.recheck': '重新确认',
  'cartPanel.recheck_label': '重新确认 {title} 是否仍可预订',
  'cartPanel.rechecking': '正在确认…',
  'cartPanel.recheck_held': '已重新为您保留 {title}。',
  'cartPanel.recheck_gone': '{title} 已不可预订，请删除后再结算。',
  'cartPanel.recheck_failed': '重新确认失败。',
  'cartPanel.blocked_bookings': '部分预订已不再为您保留，请重新确认或删除后再结算。',
};
