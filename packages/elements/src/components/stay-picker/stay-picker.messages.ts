/**
 * Text of `<stay-picker>` in every shipped locale, with the calendar's shared text. The rules a
 * range breaks (`stay_too_short`, `closed_night`...) read from the core's `field.*` messages.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { bookingCalendarMessages } from '../../parts/booking-calendar/booking-calendar.messages.ts';

export const stayPickerMessages: MessageCatalogs = {
  'en-US': {
    ...bookingCalendarMessages['en-US'],
    'stay.min_nights': 'Minimum nights: {min}.',
    'stay.times': 'Check-in from {checkIn}, check-out by {checkOut}.',
    'stay.choose_check_in': 'Choose your check-in date.',
    'stay.choose_check_out': 'Check-in {checkIn}. Now choose your check-out date.',
    'stay.range.one': '{checkIn} to {checkOut}, {nights} night',
    'stay.range.other': '{checkIn} to {checkOut}, {nights} nights',
    'stay.label_separator': ', ',
    'stay.night_price': '{price} a night',
    'stay.night_closed': 'closed',
    'stay.night_sold_out': 'sold out',
    'stay.closed_short': 'Closed',
    'stay.sold_out_short': 'Full',
    'stay.day_check_in': 'check-in',
    'stay.day_check_out': 'check-out',
    'stay.day_in_stay': 'in your stay',
    'stay.sold_out_in_range': 'The night of {date} is sold out. Please choose other dates.',
    'stay.night_of': 'Night of {date}',
    'stay.total.one': 'Total for {nights} night: {price}',
    'stay.total.other': 'Total for {nights} nights: {price}',
    'stay.clear': 'Clear dates',
  },
  'zh-CN': {
    ...bookingCalendarMessages['zh-CN'],
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
  },
};
