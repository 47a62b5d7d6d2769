/**
 * Text of `<order-lookup>` in every shipped locale.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const orderLookupMessages: MessageCatalogs = {
  'en-US': {
    'lookup.heading': 'Find my order',
    'lookup.intro': 'Enter your order number and the phone number or e-mail you gave when ordering.',
    'lookup.orderNumber': 'Order number',
    'lookup.contact': 'Phone or e-mail',
    'lookup.contact_hint': 'The one used at checkout.',
    'lookup.submit': 'Find order',
    'lookup.searching': 'Searching…',
    'lookup.not_found': 'No order matches this order number and phone or e-mail. Please check both and try again.',
    'lookup.another': 'Look up another order',
  },
  'zh-CN': {
    'lookup.heading': '查询订单',
    'lookup.intro': '请输入订单号，以及下单时填写的手机号或邮箱。',
    'lookup.orderNumber': '订单号',
    'lookup.contact': '手机号或邮箱',
    'lookup.contact_hint': '请填写下单时使用的联系方式。',
    'lookup.submit': '查询订单',
    'lookup.searching': '查询中…',
    'lookup.not_found': '未找到与该订单号和手机号/邮箱匹配的订单，请检查后重试。',
    'lookup.another': '查询其他订单',
  },
};
