/**
 * Text of the booking details part (booking-details.ts). Spread into the price summary's messages,
 * so every element that renders priced lines (`<cart-panel>`, `<checkout-form>`,
 * `<order-confirmation>`) has it.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const bookingDetailsMessages: MessageCatalogs = {
  'en-US': {
    'bookingDetails.when': 'When',
    'bookingDetails.your_time': 'Your time',
    'bookingDetails.resource': 'With',
    'bookingDetails.place': 'Where',
    'bookingDetails.on_site': 'At your address',
    'bookingDetails.check_in': 'Check-in',
    'bookingDetails.check_in_value': '{date}, from {time}',
    'bookingDetails.check_out': 'Check-out',
    'bookingDetails.check_out_value': '{date}, by {time}',
    'bookingDetails.nights': 'Stay',
    'bookingDetails.night_count.one': '{count} night',
    'bookingDetails.night_count.other': '{count} nights',
    'bookingDetails.nightly': ' ({list})',
    'bookingDetails.night_price': '{date} {price}',
    'bookingDetails.list_separator': ', ',
    'bookingDetails.session': 'Session',
    'bookingDetails.venue': 'Venue',
    'bookingDetails.seats': 'Seats',
    'bookingDetails.seat': '{seat} ({zone})',
  },
  'zh-CN': {
    'bookingDetails.when': '时间',
    'bookingDetails.your_time': '您的当地时间',
    'bookingDetails.resource': '服务人员',
    'bookingDetails.place': '地点',
    'bookingDetails.on_site': '上门服务（您填写的地址）',
    'bookingDetails.check_in': '入住',
    'bookingDetails.check_in_value': '{date} {time} 起',
    'bookingDetails.check_out': '退房',
    'bookingDetails.check_out_value': '{date} {time} 前',
    'bookingDetails.nights': '入住',
    'bookingDetails.night_count.other': '共 {count} 晚',
    'bookingDetails.nightly': '（{list}）',
    'bookingDetails.night_price': '{date} {price}',
    'bookingDetails.list_separator': '，',
    'bookingDetails.session': '场次',
    'bookingDetails.venue': '场馆',
    'bookingDetails.seats': '座位',
    'bookingDetails.seat': '{seat}（{zone}）',
  },
};
