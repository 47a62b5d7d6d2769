/**
 * The Chinese (zh-CN) messages of `price-summary.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as bookingDetailsMessages } from '../booking-details/booking-details.messages.zh-CN.ts';

/** The Chinese (zh-CN) messages of `priceSummaryMessages` (see `price-summary.messages.ts`). */
export const messages: MessageCatalog = {
  ...bookingDetailsMessages,
  'summary.heading': '订单摘要',
  'summary.subtotal': '商品小计',
  'summary.total': '合计',
  'summary.calculating': '计算中…',
  'summary.free_shipping': '免运费',
  'summary.discount_code': '{label}（{code}）',
  'summary.line_quantity': '数量 {quantity}',
};
