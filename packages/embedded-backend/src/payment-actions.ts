/**
 * The simulated payment step of a new order: a QR code that expires for the wallets, a redirect
 * for cards, nothing for cash on delivery and bank transfer. Nothing is charged.
 *
 * @module
 */
import type { PaymentAction, PaymentMethod } from '@orderzone/core';

/** How long a payment QR code stays valid. */
export const PAYMENT_QR_TTL_MS = 15 * 60 * 1000;

/** The simulated payment step for a method: a QR code for the wallets, a redirect for the rest. */
export function paymentActionFor(method: PaymentMethod, orderNumber: string, now: Date): PaymentAction {
  const expiresAt = new Date(now.getTime() + PAYMENT_QR_TTL_MS).toISOString();
  switch (method.kind) {
    case 'alipay':
      return { type: 'qr_code', payload: `https://qr.alipay.com/demo-${orderNumber}`, expiresAt };
    case 'wechat_pay':
      return { type: 'qr_code', payload: `weixin://wxpay/bizpayurl?pr=demo-${orderNumber}`, expiresAt };
    case 'cash_on_delivery':
    case 'bank_transfer':
      return { type: 'none' };
    default:
      return { type: 'redirect', url: `#/pay/${encodeURIComponent(orderNumber)}` };
  }
}
