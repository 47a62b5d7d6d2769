/**
 * The Chinese (zh-CN) messages of `booking-messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from './messages.ts';

/** The Chinese (zh-CN) messages of `bookingMessages` (see `booking-messages.ts`). */
export const messages: MessageCatalog = {
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
};
