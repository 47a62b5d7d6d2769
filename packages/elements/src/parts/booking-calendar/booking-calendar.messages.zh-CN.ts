/**
 * The Chinese (zh-CN) messages of `booking-calendar.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `bookingCalendarMessages` (see `booking-calendar.messages.ts`). */
export const messages: MessageCatalog = {
  'calendar.previous_month': '上个月',
  'calendar.next_month': '下个月',
  'calendar.day_unavailable': '{date}，不可预订',
  'booking.loading': '正在查询可预订情况…',
  'booking.load_failed': '可预订情况加载失败。',
  'booking.price': '价格：{price}',
};
