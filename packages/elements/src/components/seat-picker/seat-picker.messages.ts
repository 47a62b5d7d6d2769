/**
 * Text of `<seat-picker>` in every shipped locale. The per-order limit and other refusals read from
 * the core's `field.*` messages (`too_many_seats`).
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { bookingCalendarMessages } from '../booking-calendar/booking-calendar.messages.ts';

export const seatPickerMessages: MessageCatalogs = {
  'en-US': {
    ...bookingCalendarMessages['en-US'],
    'seats.sessions': 'Session',
    'seats.sessions_at': 'Session at {venue}',
    'seats.session_label': '{label}, {time}',
    'seats.venue_session': '{venue}: {session}',
    'seats.limit.one': 'Up to {max} seat per order.',
    'seats.limit.other': 'Up to {max} seats per order.',
    'seats.legend': 'Key',
    'seats.legend_available': 'Available',
    'seats.legend_selected': 'Your choice (check mark)',
    'seats.legend_taken': 'Taken (crossed out)',
    'seats.legend_unavailable': 'Not for sale (dashed)',
    'seats.zone_price': '{zone}: {price}',
    'seats.seat_name': '{seat}, {zone} {price}, {state}',
    'seats.state_available': 'available',
    'seats.state_selected': 'selected',
    'seats.state_taken': 'taken',
    'seats.state_unavailable': 'not for sale',
    'seats.cannot_choose': '{seat} can’t be chosen. Please pick an available seat.',
    'seats.none_chosen': 'No seats chosen yet.',
    'seats.chosen_seat': '{seat} ({zone})',
    'seats.total.one': 'Total for {count} seat: {price}',
    'seats.total.other': 'Total for {count} seats: {price}',
  },
  'zh-CN': {
    ...bookingCalendarMessages['zh-CN'],
    'seats.sessions': '场次',
    'seats.sessions_at': '{venue}场次',
    'seats.session_label': '{label}，{time}',
    'seats.venue_session': '{venue}：{session}',
    'seats.limit.other': '每单最多 {max} 个座位。',
    'seats.legend': '图例',
    'seats.legend_available': '可选',
    'seats.legend_selected': '已选（打勾）',
    'seats.legend_taken': '已售（打叉）',
    'seats.legend_unavailable': '不可售（虚线）',
    'seats.zone_price': '{zone}：{price}',
    'seats.seat_name': '{seat}，{zone} {price}，{state}',
    'seats.state_available': '可选',
    'seats.state_selected': '已选',
    'seats.state_taken': '已售',
    'seats.state_unavailable': '不可售',
    'seats.cannot_choose': '{seat}无法选择，请选择可选座位。',
    'seats.none_chosen': '尚未选择座位。',
    'seats.chosen_seat': '{seat}（{zone}）',
    'seats.total.other': '{count} 个座位合计：{price}',
  },
};
