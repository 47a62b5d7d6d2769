/**
 * Text of the payment step part, spread into the catalogs of `<order-confirmation>` and `<order-detail>`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const paymentStepMessages: MessageCatalogs = {
  'en-US': {
    'payment.heading': 'Payment',
    'payment.pay_now': 'Pay now',
    'payment.redirect': 'Complete your payment of {total} on the payment provider’s page.',
    'payment.link_invalid': 'The payment link is not available. Please contact the shop.',
    'payment.scan.alipay': 'Scan with Alipay',
    'payment.scan.wechat_pay': 'Scan with WeChat',
    'payment.scan.other': 'Scan with your payment app',
    'payment.qr_alt': 'Payment QR code for order {orderNumber}',
    'payment.qr_amount': 'Amount to pay: {total}',
    'payment.expires_at': 'This code expires at {time}.',
    'payment.expires_in': 'Code valid for {time}',
    'payment.last_minute': 'Less than a minute left to pay with this code.',
    'payment.waiting': 'This page updates by itself once your payment arrives.',
    'payment.check_now': 'I have paid: check now',
    'payment.nothing_to_do': 'Nothing more to do: we will take it from here.',
    'payment.received': 'Payment received. Thank you!',
    'payment.paid': 'Payment received. Your order is paid.',
    'payment.expired': 'This payment code has expired.',
    'payment.failed': 'The payment did not go through.',
    'payment.renew': 'Get a new code',
    'payment.new_code': 'A new payment code is shown.',
    'payment.order_changed': 'The order has changed; its latest state is shown.',
    'payment.no_new_code': 'The shop has not issued a new code. You can cancel this order and order again with another payment method, or contact the shop.',
  },
  'zh-CN': {
    'payment.heading': '付款',
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
    'payment.nothing_to_do': '无需其他操作，我们会尽快为您处理。',
    'payment.received': '已收到付款，谢谢！',
    'payment.paid': '已收到付款，订单已支付。',
    'payment.expired': '付款二维码已失效。',
    'payment.failed': '付款未成功。',
    'payment.renew': '获取新的二维码',
    'payment.new_code': '已显示新的付款二维码。',
    'payment.order_changed': '订单状态已变化，已显示最新信息。',
    'payment.no_new_code': '商家未提供新的二维码。您可以取消此订单，使用其他支付方式重新下单，或联系商家。',
  },
};
