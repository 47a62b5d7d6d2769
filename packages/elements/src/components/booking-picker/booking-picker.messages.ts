/**
 * Text of `<booking-picker>` in every shipped locale, with the calendar's shared text. Errors come
 * from the core's catalog.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { bookingCalendarMessages } from '../../parts/booking-calendar/booking-calendar.messages.ts';

export const bookingPickerMessages: MessageCatalogs = {
  'en-US': {
    ...bookingCalendarMessages['en-US'],
    'booking.day_slots.one': '{date}, {count} time available',
    'booking.day_slots.other': '{date}, {count} times available',
    'booking.choose_day': 'Choose a day to see its times.',
    'booking.no_days': 'Nothing is free this month. Please try the next month.',
    'booking.no_slots': 'No times are free on {date}. Please choose another day.',
    'booking.times_on': 'Times on {date}',
    'booking.time_range': '{start}–{end}',
    'booking.date_time': '{date}, {time}',
    'booking.slot_merchant': '{range} ({zone})',
    'booking.slot_shopper': '{range} your time',
    'booking.slot_taken': 'Taken',
    'booking.resource': 'Staff',
    'booking.resource_any': 'Any available',
    'booking.resource_busy': '{name} (busy at this time)',
    'booking.resource_after_slot': 'Choose a time first to pick someone in particular.',
    'booking.summary': '{date}, {time}',
    'booking.summary_with': '{date}, {time}, with {resource}',
  },
  'zh-CN': {
    ...bookingCalendarMessages['zh-CN'],
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
  },
};
