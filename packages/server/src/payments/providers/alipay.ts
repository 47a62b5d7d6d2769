/**
 * Alipay (支付宝) through its official Node SDK, `alipay-sdk` (class `AlipaySdk`): the OpenAPI
 * gateway with RSA2 (SHA256withRSA) signatures.
 *
 * - Desktop: face-to-face QR (`alipay.trade.precreate`), the shopper scans `qr_code` with the Alipay
 *   app. When the merchant has not signed up for it (or `desktopFlow: 'page'`), computer website pay
 *   (`alipay.trade.page.pay`): a redirect to Alipay's site, which shows its own QR code and login.
 * - Phone (and WeChat's browser): mobile website pay (`alipay.trade.wap.pay`), a redirect that opens
 *   the Alipay app. WeChat's browser blocks Alipay pages: the shopper must open the page in the phone's
 *   browser (the order page says so).
 * - Notifications (`trade_status_sync`, form-encoded POST): verified with Alipay's public key
 *   (`checkNotifySignV2`: RSA2 over the sorted, decoded parameters without `sign` and `sign_type`),
 *   then `app_id` (and `seller_id` when configured) must be this merchant's. Answered `success`.
 * - Every gateway answer is verified with Alipay's public key (`validateSign: true`).
 * - Status: `alipay.trade.query`; refunds: `alipay.trade.refund` (synchronous) and
 *   `alipay.trade.fastpay.refund.query`; an unpaid trade of an order the merchant marked paid is
 *   closed with `alipay.trade.close`.
 *
 * Alipay takes CNY. Requests are stamped in Beijing time (UTC+8), as the gateway expects, whatever
 * the server's time zone (the SDK would use the server's local time).
 *
 * @module
 */
import { AlipaySdk, type AlipaySdkCommonResult } from 'alipay-sdk';
import { parseMoney, toDecimalString, type Money } from '@orderzone/core';
import { rsaPrivateKeyPem, rsaPublicKeyPem } from '../pem-keys.ts';
import {
  PaymentProviderError, refuse, type ClosedPayment, type CreatePaymentRequest, type CreatedPayment, type CreateRefundRequest, type HttpAnswer, type NotificationOutcome,
  type NotificationResult, type PaymentProvider, type PaymentReport, type ProviderPayment, type ProviderRefund, type RawNotification, type RefundState,
} from '../provider.ts';
import type { Secret } from '../secret.ts';

/** Alipay's production gateway. */
export const ALIPAY_GATEWAY = 'https://openapi.alipay.com/gateway.do';
/** Alipay's sandbox gateway (open.alipay.com → 沙箱环境). */
export const ALIPAY_SANDBOX_GATEWAY = 'https://openapi-sandbox.dl.alipaydev.com/gateway.do';

/** Settings of the Alipay provider. */
export interface AlipayOptions {
  /** The app's id (`app_id`) on open.alipay.com. */
  appId: string;
  /** The app's RSA2 private key (PEM, or the base64 of Alipay's key tool). */
  privateKey: Secret;
  /** Alipay's public key (支付宝公钥, not the app's), which signs answers and notifications. */
  alipayPublicKey: string;
  /** The gateway; default {@link ALIPAY_GATEWAY}. */
  gateway?: string;
  /** The desktop flow: `precreate` (a QR code, default) or `page` (Alipay's website). */
  desktopFlow?: 'precreate' | 'page';
  /** The seller's Alipay user id (2088…): when set, notifications for another seller are refused. */
  sellerId?: string;
  /** An undici `Dispatcher` for Alipay's API (an outbound proxy; tests route it to msw). */
  dispatcher?: unknown;
  /** Request timeout in ms; default 10 000. */
  timeoutMs?: number;
}

const NAME = 'alipay';
/** Answers of the gateway saying the merchant has not signed up for face-to-face pay. */
const PRECREATE_UNAVAILABLE = new Set(['ACQ.ACCESS_FORBIDDEN', 'isv.insufficient-isv-permissions', 'ACQ.PRODUCT_AMOUNT_LIMIT_ERROR']);

type Result = AlipaySdkCommonResult & Record<string, unknown>;

function yuan(amount: Money): string {
  if (amount.currency !== 'CNY') throw new PaymentProviderError(NAME, `Alipay takes CNY; the order is in ${amount.currency}.`);
  return toDecimalString(amount);
}

function paymentStatus(tradeStatus: unknown): PaymentReport['status'] {
  switch (tradeStatus) {
    case 'TRADE_SUCCESS':
    case 'TRADE_FINISHED':
      return 'paid';
    case 'TRADE_CLOSED':
      return 'expired';
    default:
      return 'pending';
  }
}

function cny(value: unknown): Money | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return parseMoney(value, 'CNY');
  } catch {
    return undefined;
  }
}

/** The Alipay provider. */
export function alipayProvider(options: AlipayOptions): PaymentProvider {
  const sdk = new AlipaySdk({
    appId: options.appId,
    privateKey: rsaPrivateKeyPem(options.privateKey.reveal(), 'ALIPAY_PRIVATE_KEY'),
    keyType: 'PKCS8',
    alipayPublicKey: rsaPublicKeyPem(options.alipayPublicKey, 'ALIPAY_PUBLIC_KEY'),
    gateway: options.gateway ?? ALIPAY_GATEWAY,
    signType: 'RSA2',
    timeout: options.timeoutMs ?? 10_000,
    ...(options.dispatcher ? { proxyAgent: options.dispatcher as never } : {}),
  });

  async function call(method: string, bizContent: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<Result> {
    try {
      return (await sdk.exec(method, { bizContent, ...extra, timestamp: beijingTimestamp() }, { validateSign: true })) as Result;
    } catch (error) {
      // A failed request or an answer whose signature does not verify: nothing is known, try later.
      throw new PaymentProviderError(NAME, `${method} failed: ${(error as Error).message.split('\n')[0]}`, { retryable: true, cause: error });
    }
  }

  function refused(method: string, result: Result): PaymentProviderError {
    return new PaymentProviderError(NAME, `${method} refused: ${String(result.subCode ?? result.code)} ${String(result.subMsg ?? result.msg ?? '')}`.trim(), {
      providerCode: String(result.subCode ?? result.code),
    });
  }

  function pageUrl(method: 'alipay.trade.page.pay' | 'alipay.trade.wap.pay', request: CreatePaymentRequest, biz: Record<string, unknown>): string {
    return sdk.pageExecute(method, 'GET', {
      bizContent: method === 'alipay.trade.wap.pay' ? { ...biz, productCode: 'QUICK_WAP_WAY', quitUrl: request.returnUrl } : { ...biz, productCode: 'FAST_INSTANT_TRADE_PAY' },
      notifyUrl: request.notifyUrl,
      returnUrl: request.returnUrl,
      timestamp: beijingTimestamp(),
    });
  }

  return {
    name: NAME,
    currencies: ['CNY'],

    async createPayment(request) {
      const minutes = Math.max(1, Math.ceil((request.expiresAt.getTime() - request.createdAt.getTime()) / 60_000));
      const biz = {
        outTradeNo: request.paymentId,
        totalAmount: yuan(request.amount),
        subject: request.description.slice(0, 256),
        timeoutExpress: `${minutes}m`,
      };
      const created = (flow: string, action: CreatedPayment['action']): CreatedPayment => ({ reference: request.paymentId, action, data: { flow } });
      if (request.shopper.device !== 'desktop') return created('wap', { type: 'redirect', url: pageUrl('alipay.trade.wap.pay', request, biz) });
      if ((options.desktopFlow ?? 'precreate') === 'precreate') {
        const result = await call('alipay.trade.precreate', biz, { notifyUrl: request.notifyUrl });
        if (result.code === '10000' && typeof result.qrCode === 'string') {
          return created('precreate', { type: 'qr_code', payload: result.qrCode, expiresAt: request.expiresAt.toISOString() });
        }
        if (!PRECREATE_UNAVAILABLE.has(String(result.subCode))) throw refused('alipay.trade.precreate', result);
      }
      return created('page', { type: 'redirect', url: pageUrl('alipay.trade.page.pay', request, biz) });
    },

    async parseNotification(request: RawNotification): Promise<NotificationResult> {
      const params = Object.fromEntries(new URLSearchParams(request.body));
      if (!params.sign || !params.notify_id || !params.out_trade_no) return refuse('malformed', 'Not an Alipay notification (sign, notify_id or out_trade_no missing).');
      if (params.sign_type && params.sign_type !== 'RSA2') return refuse('bad_signature', `Only RSA2 signatures are accepted; got ${params.sign_type}.`);
      if (!sdk.checkNotifySignV2(params)) return refuse('bad_signature', "The signature does not verify with Alipay's public key.");
      if (params.app_id !== options.appId) return refuse('wrong_recipient', 'The notification is for another app_id.');
      if (options.sellerId && params.seller_id && params.seller_id !== options.sellerId) return refuse('wrong_recipient', 'The notification is for another seller.');
      const base = { notificationId: params.notify_id, reference: params.out_trade_no, paymentId: params.out_trade_no };
      // A refund's notification carries the refund request's number (`out_biz_no`) and the refunded total.
      if (params.out_biz_no && params.refund_fee) {
        return { verified: true, notification: { ...base, kind: 'refund', refundId: params.out_biz_no, status: 'succeeded' } };
      }
      const amount = cny(params.total_amount);
      return {
        verified: true,
        notification: {
          ...base,
          kind: 'payment',
          status: paymentStatus(params.trade_status),
          ...(amount ? { amount } : {}),
          ...(params.trade_no ? { providerTransactionId: params.trade_no } : {}),
        },
      };
    },

    answer(outcome: NotificationOutcome): HttpAnswer {
      // Alipay retries (over 25 hours) until the body is exactly `success`.
      const headers = { 'content-type': 'text/plain; charset=utf-8' };
      return outcome === 'accepted' ? { status: 200, headers, body: 'success' } : { status: outcome === 'refused' ? 400 : 500, headers, body: 'fail' };
    },

    async queryPayment(payment: ProviderPayment): Promise<PaymentReport> {
      const result = await call('alipay.trade.query', { outTradeNo: payment.reference });
      const base = { kind: 'payment' as const, reference: payment.reference, paymentId: payment.paymentId };
      // A precreated trade exists at Alipay only once the QR code was scanned.
      if (result.subCode === 'ACQ.TRADE_NOT_EXIST') return { ...base, status: 'pending' };
      if (result.code !== '10000') throw refused('alipay.trade.query', result);
      const amount = cny(result.totalAmount);
      return {
        ...base,
        status: paymentStatus(result.tradeStatus),
        ...(amount ? { amount } : {}),
        ...(typeof result.tradeNo === 'string' ? { providerTransactionId: result.tradeNo } : {}),
      };
    },

    async closePayment(payment: ProviderPayment): Promise<ClosedPayment> {
      const result = await call('alipay.trade.close', { outTradeNo: payment.reference });
      if (result.code === '10000') return 'closed';
      // A precreated QR code becomes a trade at Alipay only once it is scanned (documented).
      if (result.subCode === 'ACQ.TRADE_NOT_EXIST') return 'not_found';
      // Paid, or closed before: the trade's state says which.
      if (result.subCode === 'ACQ.TRADE_STATUS_ERROR' || result.subCode === 'ACQ.TRADE_HAS_SUCCESS' || result.subCode === 'ACQ.TRADE_HAS_CLOSE') return 'ask';
      throw refused('alipay.trade.close', result);
    },

    async refund(request: CreateRefundRequest): Promise<RefundState> {
      const result = await call('alipay.trade.refund', {
        outTradeNo: request.payment.reference,
        refundAmount: yuan(request.amount),
        outRequestNo: request.refundId,
        refundReason: request.reason.slice(0, 256),
      });
      if (result.code !== '10000') return { status: 'failed', failure: `${String(result.subCode ?? result.code)} ${String(result.subMsg ?? '')}`.trim() };
      // `fund_change: N` answers a repeated request: the query says whether the money moved.
      return { status: result.fundChange === 'Y' ? 'succeeded' : 'pending', ...(typeof result.tradeNo === 'string' ? { providerRefundId: `${result.tradeNo}:${request.refundId}` } : {}) };
    },

    async queryRefund(refund: ProviderRefund): Promise<RefundState> {
      const result = await call('alipay.trade.fastpay.refund.query', { outTradeNo: refund.payment.reference, outRequestNo: refund.refundId });
      if (result.code !== '10000') throw refused('alipay.trade.fastpay.refund.query', result);
      // Documented: data returned with `refund_status` empty or REFUND_SUCCESS means refunded; no data, not (yet).
      const refunded = result.refundStatus === 'REFUND_SUCCESS' || (result.refundStatus === undefined && typeof result.refundAmount === 'string');
      return { status: refunded ? 'succeeded' : 'pending' };
    },
  };
}

/** `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8 all year: China has no daylight saving time). */
export function beijingTimestamp(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}
