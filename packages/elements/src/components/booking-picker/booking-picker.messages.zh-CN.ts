/**
 * The Chinese (zh-CN) messages of `booking-picker.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as bookingCalendarMessages } from '../../parts/booking-calendar/booking-calendar.messages.zh-CN.ts';

/** The Chinese (zh-CN) messages of `bookingPickerMessages` (see `booking-picker.messages.ts`). */
export const messages: MessageCatalog = {
  ...bookingCalendarMessages,
  'booking.day_slots.other': '{date}，{count} 个可约时段',
  'booking.choose_day': '请选择日期查看可约时段。',
  'booking.no_days': '本月已无可约时段，请查看下个月。',
  'booking.no_slots': '{date}已无可约时段，请选择其他日期。',
  'booking.times_on': '{date}可约时段',
  'booking.time_range': '{start}–{end}',
  'booking.date_time': '{date} {time}',
  'booking.slot_merchant': '{range}（{zone}）',
  'booking.slot_shopper': '您当地时间 {range}',
  'booking.slot_taken': '已约满',
  'booking.resource': '服务人员',
  'booking.resource_any': '不限，由商家安排',
  'booking.resource_busy': '{name}（该时段已约满）',
  'booking.resource_after_slot': '请先选择时段，再指定服务人员。',
  'booking.summary': '{date} {time}',
  'booking.summary_with': '{date} {time}，{resource}',
};
