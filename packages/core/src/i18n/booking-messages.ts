/**
 * The core's booking messages (zh-CN, en-US).
 *
 * @module
 */
import type { MessageCatalogs } from './messages.ts';

/**
 * The core's messages for bookings, in zh-CN and en-US:
 * - the booking rules' `field.<code>` messages (stays, seats, slots, sessions, resources) and the
 *   codes a backend adds when it checks a pick against the clock and its ledger;
 * - the booking line problems `line.hold_expired`, `line.booking_unavailable`, `line.invalid_booking`;
 * - `booking.*` (`held_for` takes `{time}`, e.g. `9:41`) and `checkout.no_address_needed` /
 *   `checkout.service_address` for bookings in the cart and at checkout.
 */
export const bookingMessages: MessageCatalogs = {
  'en-US': {
    'field.invalid_date': 'Please choose a valid date.',
    'field.check_out_before_check_in': 'Check-out must be after check-in.',
    'field.stay_too_short.one': 'The minimum stay is {min} night.',
    'field.stay_too_short.other': 'The minimum stay is {min} nights.',
    'field.stay_too_long.one': 'Stays can be at most {max} night.',
    'field.stay_too_long.other': 'Stays can be at most {max} nights.',
    'field.closed_night': 'The night of {date} is not available.',
    'field.too_many_seats.one': 'You can choose at most {max} seat per order.',
    'field.too_many_seats.other': 'You can choose at most {max} seats per order.',
    'field.unknown_seat': 'Seat {seat} does not exist in this venue.',
    'field.seat_unavailable': 'Seat {seat} is no longer available.',
    'field.invalid_slot': 'Please choose one of the times offered.',
    'field.unknown_resource': 'That staff member isn’t available for this service. Please choose another.',
    'field.unknown_session': 'That session isn’t on sale any more. Please choose another.',
    'field.booking_kind': 'This choice doesn’t fit this product. Please choose again.',
    'field.booking_required': 'Please choose a time, dates or seats first.',
    'field.invalid_booking': 'This booking can’t be made as chosen. Please choose again.',
    'field.not_bookable': 'This product can’t be booked.',
    'field.range_too_long.one': 'Please ask for at most {max} day at once.',
    'field.range_too_long.other': 'Please ask for at most {max} days at once.',
    'field.unknown_slot': 'That time isn’t offered. Please choose one of the times shown.',
    'field.slot_too_soon.one': 'That time is too soon: please book at least {minutes} minute ahead.',
    'field.slot_too_soon.other': 'That time is too soon: please book at least {minutes} minutes ahead.',
    'field.slot_too_late.one': 'That time is too far ahead: bookings open {days} day in advance.',
    'field.slot_too_late.other': 'That time is too far ahead: bookings open {days} days in advance.',
    'field.check_in_past': 'The check-in date has passed. Please choose another.',
    'field.session_started': 'This session has already started. Please choose another.',
    'field.booking_quantity': 'A booking is kept whole or removed; its quantity can’t change.',
    'field.not_a_booking': 'Only bookings can be rescheduled.',
    'field.booking_unchanged': 'That’s the time you already have. Choose another one.',

    'line.hold_expired': 'Hold expired',
    'line.booking_unavailable': 'No longer available',
    'line.invalid_booking': 'This booking can’t be made as chosen',

    'booking.held_for': 'Held for {time}',
    'booking.hold_expired': 'We held this for you for a few minutes, and that time is up. Check again to hold it once more.',
    'booking.recheck': 'Check again',
    'booking.rechecking': 'Checking…',
    'booking.blocked': 'Some bookings need your attention before you can place the order.',
    'checkout.no_address_needed': 'No address needed: nothing in this order is shipped.',
    'checkout.service_address': 'Service address',
  },
  'zh-CN': {
    'field.invalid_date': '请选择有效的日期。',
    'field.check_out_before_check_in': '退房日期须晚于入住日期。',
    'field.stay_too_short.other': '最少需入住 {min} 晚。',
    'field.stay_too_long.other': '最多可预订 {max} 晚。',
    'field.closed_night': '{date} 当晚不可预订。',
    'field.too_many_seats.other': '每单最多可选 {max} 个座位。',
    'field.unknown_seat': '座位 {seat} 不存在。',
    'field.seat_unavailable': '座位 {seat} 已不可选。',
    'field.invalid_slot': '请从提供的时间中选择。',
    'field.unknown_resource': '该服务人员无法提供此服务，请另选。',
    'field.unknown_session': '该场次已停售，请另选。',
    'field.booking_kind': '所选内容与该商品不符，请重新选择。',
    'field.booking_required': '请先选择时间、日期或座位。',
    'field.invalid_booking': '该预订无法按所选内容完成，请重新选择。',
    'field.not_bookable': '该商品不可预订。',
    'field.range_too_long.other': '一次最多查询 {max} 天。',
    'field.unknown_slot': '该时间不可预订，请从显示的时间中选择。',
    'field.slot_too_soon.other': '该时间太近，请至少提前 {minutes} 分钟预订。',
    'field.slot_too_late.other': '该时间太远，最多可提前 {days} 天预订。',
    'field.check_in_past': '入住日期已过，请另选日期。',
    'field.session_started': '该场次已开始，请另选场次。',
    'field.booking_quantity': '预订只能保留或删除，数量不可更改。',
    'field.not_a_booking': '只有预订可以改期。',
    'field.booking_unchanged': '这就是您当前的预订，请选择其他时间。',

    'line.hold_expired': '保留已过期',
    'line.booking_unavailable': '已不可预订',
    'line.invalid_booking': '该预订无法按所选内容下单',

    'booking.held_for': '已为您保留 {time}',
    'booking.hold_expired': '我们为您保留了几分钟，现已到期。请重新检查以再次保留。',
    'booking.recheck': '重新检查',
    'booking.rechecking': '正在检查…',
    'booking.blocked': '部分预订需要处理后才能下单。',
    'checkout.no_address_needed': '本订单无需配送，不用填写地址。',
    'checkout.service_address': '服务地址',
  },
};
