/**
 * The Chinese (zh-CN) messages of `order-list.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as orderConfirmationMessages } from '../order-confirmation/order-confirmation.messages.zh-CN.ts';

/** The Chinese (zh-CN) messages of `orderListMessages` (see `order-list.messages.ts`). */
export const messages: MessageCatalog = {
  ...orderConfirmationMessages,
  'orders.heading': '我的订单',
  'orders.signed_in_as': '当前登录：{who}',
  'orders.loading': '正在加载您的订单…',
  'orders.empty': '您还没有订单。',
  'orders.browse': '去逛逛',
  'orders.number': '订单号',
  'orders.date': '下单时间',
  'orders.status': '状态',
  'orders.total': '合计',
  'orders.open': '查看订单 {orderNumber}',
  'orders.back': '返回我的订单',
  'orders.signed_out': '登录后即可查看您的订单。',
  'orders.sign_in': '登录',
  'orders.actions': '操作',
  'orders.reorder': '再来一单',
  'orders.reorder_label': '再来一单：订单 {orderNumber} 中的商品',
  'orders.reorder_of': '订单 {orderNumber}',
};
