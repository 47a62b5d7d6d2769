/**
 * The Chinese (zh-CN) messages of editing an unpaid order that `<order-detail>` shows outside its edit form (the action,
 * what was done, a line's problems), spread into `<order-detail>`'s messages of the same language (the form's own are in
 * `order-edit-form.messages.zh-CN.ts`, loaded with the action forms).
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of editing an unpaid order outside its form. */
export const messages: MessageCatalog = {
  'detail.action.edit': '修改订单',
  'detail.done.edit': '订单已修改，新的合计为 {total}。',
  'field.booking_quantity': '预订只能保留或删除。',
  'detail.action.reschedule': '改期',
  'detail.form.reschedule': '改期',
  'detail.submit.reschedule': '确认新时间',
  'detail.done.reschedule': '预订已改到新的时间。',
  'detail.action.cancel_booking': '取消预订',
  'detail.done.cancel_booking': '预订已取消，退款正在处理中。',
  'reschedule.bookings': '您的预订',
  'reschedule.starts_at': '开始时间：{date}',
  'reschedule.cancel_until': '{date} 前可免费取消',
  'reschedule.cancel_closed': '免费取消已于 {date} 截止，此预订已无法取消。',
  'reschedule.until': '{date} 前可改期',
  'reschedule.closed': '改期已于 {date} 截止，此预订已无法改期。',
  'reschedule.button_label': '改期 {title}',
  'reschedule.heading': '为 {title} 选择新时间',
  'reschedule.same_price': '可改到任何价格相同（{price}）的空闲时间。',
  'reschedule.loading': '正在加载日历…',
  'reschedule.new_pick': '新时间',
  'reschedule.price_differs': '此选择价格为 {price}，而非 {current}。请选择价格相同的时间。',
  'field.price_differs': '只能改到价格相同的选择，请另选。',
  'field.unknown_line': '此预订已不在订单中。',
  'field.not_a_booking': '只有预订可以改期。',
};
