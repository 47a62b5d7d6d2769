/**
 * Text shared by the booking pickers (the month calendar, loading and error states). The pickers
 * spread it into their own catalogs. Errors and field problems (`stay_too_short`, `closed_night`,
 * `too_many_seats`...) come from the core's catalog.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const bookingCalendarMessages: MessageCatalogs = {
  'en-US': {
    'calendar.previous_month': 'Previous month',
    'calendar.next_month': 'Next month',
    'calendar.day_unavailable': '{date}, not available',
    'booking.loading': 'Checking availability…',
    'booking.load_failed': 'Availability couldn’t be loaded.',
    'booking.price': 'Price: {price}',
  },
  'zh-CN': {
    'calendar.previous_month': '上个月',
    'calendar.next_month': '下个月',
    'calendar.day_unavailable': '{date}，不可预订',
    'booking.loading': '正在查询可预订情况…',
    'booking.load_failed': '可预订情况加载失败。',
    'booking.price': '价格：{price}',
  },
};
