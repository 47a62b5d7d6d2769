/**
 * The Chinese (zh-CN) messages of `booking-details.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `bookingDetailsMessages` (see `booking-details.messages.ts`). */
export const messages: MessageCatalog = {
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
};
