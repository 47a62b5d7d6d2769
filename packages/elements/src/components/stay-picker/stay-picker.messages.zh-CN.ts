/**
 * The Chinese (zh-CN) messages of `stay-picker.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as bookingCalendarMessages } from '../../parts/booking-calendar/booking-calendar.messages.zh-CN.ts';

/** The Chinese (zh-CN) messages of `stayPickerMessages` (see `stay-picker.messages.ts`). */
export const messages: MessageCatalog = {
  ...bookingCalendarMessages,
  'stay.min_nights': '最少入住 {min} 晚。',
  'stay.times': '{checkIn} 后入住，{checkOut} 前退房。',
  'stay.choose_check_in': '请选择入住日期。',
  'stay.choose_check_out': '入住：{checkIn}。请选择退房日期。',
  'stay.range.other': '{checkIn} 入住，{checkOut} 退房，共 {nights} 晚',
  'stay.label_separator': '，',
  'stay.night_price': '每晚 {price}',
  'stay.night_closed': '不开放',
  'stay.night_sold_out': '已满房',
  'stay.closed_short': '不开放',
  'stay.sold_out_short': '满房',
  'stay.day_check_in': '入住日',
  'stay.day_check_out': '退房日',
  'stay.day_in_stay': '在住期间',
  'stay.sold_out_in_range': '{date}当晚已满房，请选择其他日期。',
  'stay.night_of': '{date}当晚',
  'stay.total.other': '{nights} 晚合计：{price}',
  'stay.clear': '清除日期',
};
