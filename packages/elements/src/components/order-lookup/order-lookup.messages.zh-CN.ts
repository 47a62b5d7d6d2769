/**
 * The Chinese (zh-CN) messages of `order-lookup.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `orderLookupMessages` (see `order-lookup.messages.ts`). */
export const messages: MessageCatalog = {
  'lookup.heading': '查询订单',
  'lookup.intro': '请输入订单号，以及下单时填写的手机号或邮箱。',
  'lookup.orderNumber': '订单号',
  'lookup.contact': '手机号或邮箱',
  'lookup.contact_hint': '请填写下单时使用的联系方式。',
  'lookup.submit': '查询订单',
  'lookup.searching': '查询中…',
  'lookup.not_found': '未找到与该订单号和手机号/邮箱匹配的订单，请检查后重试。',
  'lookup.another': '查询其他订单',
};
