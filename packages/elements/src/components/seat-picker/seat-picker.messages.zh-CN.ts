/**
 * The Chinese (zh-CN) messages of `seat-picker.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as bookingCalendarMessages } from '../../parts/booking-calendar/booking-calendar.messages.zh-CN.ts';

/** The Chinese (zh-CN) messages of `seatPickerMessages` (see `seat-picker.messages.ts`). */
export const messages: MessageCatalog = {
  ...bookingCalendarMessages,
  'seats.sessions': '场次',
  'seats.sessions_at': '{venue}场次',
  'seats.session_label': '{label}，{time}',
  'seats.venue_session': '{venue}：{session}',
  'seats.limit.other': '每单最多 {max} 个座位。',
  'seats.legend': '图例',
  'seats.legend_available': '可选',
  'seats.legend_chosen': '已选（打勾）',
  'seats.legend_yours': '已在购物车（斜纹）',
  'seats.legend_taken': '已售（打叉）',
  'seats.legend_unavailable': '不可售（虚线）',
  'seats.legend_states': '座位',
  'seats.legend_zones': '票价',
  'seats.stage': '舞台',
  'seats.already_yours': '{seat}已在您的购物车中。',
  'seats.zone_price': '{zone}：{price}',
  'seats.seat_name': '{seat}，{zone} {price}，{state}',
  'seats.state_available': '可选',
  'seats.state_chosen': '已选',
  'seats.state_yours': '已在购物车',
  'seats.state_taken': '已售',
  'seats.state_unavailable': '不可售',
  'seats.cannot_choose': '{seat}无法选择，请选择可选座位。',
  'seats.none_chosen': '尚未选择座位。',
  'seats.chosen_seat': '{seat}（{zone}）',
  'seats.total.other': '{count} 个座位合计：{price}',
};
