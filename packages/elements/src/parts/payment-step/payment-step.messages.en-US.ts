/**
 * The English (en-US) messages of the live payment step (`payment-step.ts`), a module of their own: an element loads
 * them with the step's code, at the same time, in the language it shows (`paymentStepByLanguage` in
 * `payment-step.messages-by-language.ts`), and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of the live payment step. */
export const messages: MessageCatalog = {
  'payment.unavailable': 'The payment could not be started just now. Your order is kept.',
  'payment.try_again': 'Try again',
  'payment.pay_by': 'Please pay by {time}; after that the order is cancelled.',
  'payment.total_changed_heading': 'The total of your order changed',
  'payment.total_confirmed': 'Total you confirmed',
  'payment.total_charged': 'Total of the order',
  'payment.total_changed_body': 'The shop placed your order at a different total than the one you confirmed. Nothing is charged until you accept the new total; if you do not want it, cancel the order.',
  'payment.accept_total': 'Accept {total} and continue',
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
  'payment.checking': 'Checking your payment…',
  'payment.not_yet': 'No payment has arrived yet (checked at {time}). It can take a minute; this page keeps checking by itself.',
  'payment.check_failed': 'The payment could not be checked: {reason}',
  'payment.paid': 'Payment received. Your order is paid.',
  'payment.expired': 'This payment code has expired.',
  'payment.failed': 'The payment did not go through.',
  'payment.renew': 'Get a new code',
  'payment.new_code': 'A new payment code is shown.',
  'payment.order_changed': 'The order has changed; its latest state is shown.',
  'payment.no_new_code': 'The shop has not issued a new code. You can cancel this order and order again with another payment method, or contact the shop.',
};
