/**
 * Text of `<order-list>` in every shipped locale (order statuses come from `<order-confirmation>`'s catalog).
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { orderConfirmationMessages } from '../order-confirmation/order-confirmation.messages.ts';

export const orderListMessages: MessageCatalogs = {
  'en-US': {
    ...orderConfirmationMessages['en-US'],
    'orders.heading': 'My orders',
    'orders.signed_in_as': 'Signed in as {who}',
    'orders.loading': 'Loading your orders…',
    'orders.empty': 'You have no orders yet.',
    'orders.browse': 'Start shopping',
    'orders.number': 'Order number',
    'orders.date': 'Placed',
    'orders.status': 'Status',
    'orders.total': 'Total',
    'orders.open': 'View order {orderNumber}',
    'orders.back': 'Back to my orders',
    'orders.signed_out': 'Sign in to see your orders.',
    'orders.sign_in': 'Sign in',
    'orders.actions': 'Actions',
    'orders.reorder': 'Order again',
    'orders.reorder_label': 'Order again: the items of order {orderNumber}',
    'orders.reorder_of': 'Order {orderNumber}',
  },
  'zh-CN': {
    ...orderConfirmationMessages['zh-CN'],
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
  },
};
