/**
 * The Chinese (zh-CN) messages of the live payment step (`payment-step.ts`), a module of their own: an element loads
 * them with the step's code, at the same time, in the language it shows (`paymentStepByLanguage` in
 * `payment-step.messages-by-language.ts`), and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of the live payment step. */
export const messages: MessageCatalog = {
  'payment.unavailable': '暂时无法发起付款，您的订单已保留。',
  'payment.try_again': '重试',
  'payment.pay_by': '请在 {time} 前完成付款，逾期订单将自动取消。',
  'payment.total_changed_heading': '订单总额有变化',
  'payment.total_confirmed': '您确认的总额',
  'payment.total_charged': '订单总额',
  'payment.total_changed_body': '商家下单时的总额与您确认的不同。在您接受新总额之前不会扣款；如不接受，请取消订单。',
  'payment.accept_total': '接受 {total} 并继续',
  'payment.pay_now': '立即付款',
  'payment.redirect': '请前往支付页面完成 {total} 的付款。',
  'payment.link_invalid': '付款链接不可用，请联系商家。',
  'payment.scan.alipay': '请使用支付宝扫码付款',
  'payment.scan.wechat_pay': '请使用微信扫码付款',
  'payment.scan.other': '请使用支付应用扫码付款',
  'payment.qr_alt': '订单 {orderNumber} 的付款二维码',
  'payment.qr_amount': '应付金额：{total}',
  'payment.expires_at': '二维码将于 {time} 失效。',
  'payment.expires_in': '二维码剩余有效时间 {time}',
  'payment.last_minute': '二维码将在一分钟内失效，请尽快付款。',
  'payment.waiting': '付款成功后，本页面会自动更新。',
  'payment.check_now': '我已付款，立即查询',
  'payment.checking': '正在查询付款结果…',
  'payment.not_yet': '暂未收到付款（{time} 查询）。到账可能需要一分钟，本页面会继续自动查询。',
  'payment.check_failed': '未能查询付款结果：{reason}',
  'payment.paid': '已收到付款，订单已支付。',
  'payment.expired': '付款二维码已失效。',
  'payment.failed': '付款未成功。',
  'payment.renew': '获取新的二维码',
  'payment.new_code': '已显示新的付款二维码。',
  'payment.order_changed': '订单状态已变化，已显示最新信息。',
  'payment.no_new_code': '商家未提供新的二维码。您可以取消此订单，使用其他支付方式重新下单，或联系商家。',
};
