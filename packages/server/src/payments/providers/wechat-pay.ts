/**
 * WeChat Pay (微信支付) API v3 through `wechatpay-axios-plugin`, the maintained v3 client listed by
 * WeChat Pay's own developer docs (its chained API mirrors the v3 URL paths; it signs requests with
 * the merchant key and verifies every answer's platform signature before handing it back).
 *
 * - Desktop: Native pay (`POST /v3/pay/transactions/native`): a `weixin://` QR code.
 * - Phone browser: H5 pay (`POST /v3/pay/transactions/h5`): a redirect to WeChat's `h5_url`, which
 *   opens WeChat and comes back to the order (`redirect_url`). Needs the shopper's IP.
 * - Inside WeChat: JSAPI pay. The payment action is a redirect to the server's page
 *   (`/payments/wechat_pay/pages/{paymentId}`), which gets the shopper's `openid` (OAuth
 *   `snsapi_base` of the official account), creates the JSAPI prepay
 *   (`POST /v3/pay/transactions/jsapi`) and calls `WeixinJSBridge.invoke('getBrandWCPayRequest')`
 *   with parameters signed by the merchant key; then back to the order.
 * - Notifications: the `Wechatpay-Signature` (SHA256-RSA2048 over `timestamp\nnonce\nbody\n`) is
 *   verified with the platform certificate (or WeChat Pay public key) named by `Wechatpay-Serial`,
 *   within its validity; the timestamp must be within 5 minutes; signature probes
 *   (`WECHATPAY/SIGNTEST/…`) are refused as WeChat Pay expects; then the resource is decrypted
 *   (AEAD_AES_256_GCM with the APIv3 key) and must name this merchant and app.
 * - Status: `GET /v3/pay/transactions/out-trade-no/{out_trade_no}`; refunds:
 *   `POST /v3/refund/domestic/refunds`, `GET /v3/refund/domestic/refunds/{out_refund_no}`, and
 *   `REFUND.*` notifications; an unpaid transaction of an order the merchant marked paid is closed
 *   (`POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close`).
 *
 * WeChat Pay takes CNY.
 *
 * @module
 */
import { X509Certificate, randomBytes, type KeyObject } from 'node:crypto';
import { Aes, Formatter, Rsa, Wechatpay } from 'wechatpay-axios-plugin';
import type { Money } from '@orderzone/core';
import { rsaPrivateKeyPem, rsaPublicKey, KeyFormatError } from '../pem-keys.ts';
import {
  NOTIFICATION_TOLERANCE_SECONDS, PaymentProviderError, lowerCaseHeaders, refuse, withinTolerance, type ClosedPayment, type CreatePaymentRequest, type CreatedPayment, type HttpAnswer,
  type NotificationResult, type PaymentProvider, type PaymentReport, type ProviderPageAnswer, type ProviderPageRequest, type ProviderPayment, type RefundState,
} from '../provider.ts';
import type { Secret } from '../secret.ts';

/** WeChat Pay's API. */
export const WECHAT_PAY_BASE_URL = 'https://api.mch.weixin.qq.com/';
/** WeChat's OAuth endpoints (official accounts), for the JSAPI payer's `openid`. */
export const WECHAT_OAUTH_AUTHORIZE_URL = 'https://open.weixin.qq.com/connect/oauth2/authorize';
export const WECHAT_OAUTH_TOKEN_URL = 'https://api.weixin.qq.com/sns/oauth2/access_token';

/** Settings of the WeChat Pay provider. */
export interface WechatPayOptions {
  /** The merchant id (商户号). */
  mchid: string;
  /** The app id bound to the merchant: the official account's (公众号) for JSAPI and H5. */
  appid: string;
  /** The serial number of the merchant's API certificate (商户API证书序列号). */
  merchantSerial: string;
  /** The merchant's API private key (`apiclient_key.pem`). */
  privateKey: Secret;
  /** The APIv3 key (32 characters), which decrypts notification resources. */
  apiV3Key: Secret;
  /** WeChat Pay platform certificates (PEM), each trusted for its own serial and validity period. */
  platformCertificates?: readonly string[];
  /** Or the WeChat Pay public key (微信支付公钥) with its id (`PUB_KEY_ID_…`). */
  publicKey?: { id: string; pem: string };
  /** The official account's AppSecret: needed for JSAPI (the payer's `openid`); without it, JSAPI is off. */
  appSecret?: Secret;
  /** The H5 scene's site name and URL (`h5_info`), shown by WeChat. */
  h5Site?: { name: string; url: string };
  /** The API's base URL; default {@link WECHAT_PAY_BASE_URL}. */
  baseUrl?: string;
  /** The clock (notification timestamps, certificate validity). */
  now?: () => Date;
}

const NAME = 'wechat_pay';
const SIGN_TEST_PREFIX = 'WECHATPAY/SIGNTEST/';

interface TrustedKey {
  key: KeyObject;
  validFrom?: Date;
  validTo?: Date;
}

/** `serial → key` of the platform certificates and the public key. */
function trustedKeys(options: WechatPayOptions): Map<string, TrustedKey> {
  const keys = new Map<string, TrustedKey>();
  for (const pem of options.platformCertificates ?? []) {
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(pem);
    } catch {
      throw new KeyFormatError('WECHATPAY_PLATFORM_CERTIFICATES holds something that is not an X.509 certificate (PEM).');
    }
    keys.set(certificate.serialNumber.toUpperCase(), { key: certificate.publicKey, validFrom: new Date(certificate.validFrom), validTo: new Date(certificate.validTo) });
  }
  if (options.publicKey) keys.set(options.publicKey.id, { key: rsaPublicKey(options.publicKey.pem, 'WECHATPAY_PUBLIC_KEY') });
  if (keys.size === 0) throw new KeyFormatError('WeChat Pay needs its platform certificate(s) (WECHATPAY_PLATFORM_CERTIFICATES) or its public key (WECHATPAY_PUBLIC_KEY and WECHATPAY_PUBLIC_KEY_ID).');
  return keys;
}

function fen(amount: Money): number {
  if (amount.currency !== 'CNY') throw new PaymentProviderError(NAME, `WeChat Pay takes CNY; the order is in ${amount.currency}.`);
  return amount.amount;
}

/** RFC 3339 in Beijing time, as WeChat Pay writes `time_expire`. */
function beijingTime(date: Date): string {
  return `${new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

function paymentStatus(tradeState: unknown): PaymentReport['status'] {
  switch (tradeState) {
    case 'SUCCESS':
    case 'REFUND':
      return 'paid';
    case 'CLOSED':
      return 'expired';
    case 'REVOKED':
    case 'PAYERROR':
      return 'failed';
    default:
      return 'pending';
  }
}

function refundStatus(status: unknown): RefundState['status'] {
  return status === 'SUCCESS' ? 'succeeded' : status === 'CLOSED' || status === 'ABNORMAL' ? 'failed' : 'pending';
}

interface Transaction {
  mchid?: string;
  appid?: string;
  out_trade_no?: string;
  transaction_id?: string;
  trade_state?: string;
  amount?: { total?: number; currency?: string };
}

interface RefundResource {
  mchid?: string;
  out_trade_no?: string;
  out_refund_no?: string;
  refund_id?: string;
  refund_status?: string;
  status?: string;
  amount?: { refund?: number; currency?: string };
}

/** An error of the v3 API (axios): its `code` and whether trying again may help. */
function apiError(what: string, error: unknown): PaymentProviderError {
  const response = (error as { response?: { status?: number; data?: { code?: string; message?: string } } }).response;
  const status = response?.status;
  const code = response?.data?.code;
  return new PaymentProviderError(NAME, `${what} failed: ${code ?? status ?? (error as Error).message}${response?.data?.message ? ` ${response.data.message}` : ''}`, {
    ...(code ? { providerCode: code } : {}),
    retryable: status === undefined || status >= 500 || status === 429 || code === 'SYSTEM_ERROR' || code === 'FREQUENCY_LIMITED',
    cause: error,
  });
}

function escapeScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The WeChat Pay provider. */
export function wechatPayProvider(options: WechatPayOptions): PaymentProvider {
  const now = options.now ?? (() => new Date());
  const keys = trustedKeys(options);
  const privateKey = rsaPrivateKeyPem(options.privateKey.reveal(), 'WECHATPAY_PRIVATE_KEY');
  const apiV3Key = options.apiV3Key.reveal();
  if (Buffer.byteLength(apiV3Key) !== 32) throw new KeyFormatError('WECHATPAY_APIV3_KEY must be the 32-character APIv3 key.');
  const wx = new Wechatpay({
    mchid: options.mchid,
    serial: options.merchantSerial,
    privateKey,
    certs: Object.fromEntries([...keys].map(([serial, trusted]) => [serial, trusted.key])),
    baseURL: options.baseUrl ?? WECHAT_PAY_BASE_URL,
    timeout: 10_000,
  });

  function order(request: CreatePaymentRequest): Record<string, unknown> {
    return {
      appid: options.appid,
      mchid: options.mchid,
      description: request.description.slice(0, 127),
      out_trade_no: request.paymentId,
      time_expire: beijingTime(request.expiresAt),
      notify_url: request.notifyUrl,
      amount: { total: fen(request.amount), currency: 'CNY' },
    };
  }

  async function post<T>(what: string, call: () => Promise<{ data: T }>): Promise<T> {
    try {
      return (await call()).data;
    } catch (error) {
      throw apiError(what, error);
    }
  }

  function report(transaction: Transaction, reference: string): PaymentReport {
    const total = transaction.amount?.total;
    return {
      kind: 'payment',
      reference,
      paymentId: reference,
      status: paymentStatus(transaction.trade_state),
      ...(Number.isSafeInteger(total) ? { amount: { amount: total!, currency: transaction.amount?.currency ?? 'CNY' } } : {}),
      ...(transaction.transaction_id ? { providerTransactionId: transaction.transaction_id } : {}),
    };
  }

  /** The JSAPI bridge's parameters, signed with the merchant key. */
  function bridgeParameters(prepayId: string): Record<string, string> {
    const timeStamp = String(Math.floor(now().getTime() / 1000));
    const nonceStr = randomBytes(16).toString('hex');
    const pkg = `prepay_id=${prepayId}`;
    return { appId: options.appid, timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign: Rsa.sign(Formatter.joinedByLineFeed(options.appid, timeStamp, nonceStr, pkg), privateKey) };
  }

  function html(status: number, body: string, scriptNonce?: string): HttpAnswer {
    return {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'${scriptNonce ? `; script-src 'nonce-${scriptNonce}'` : ''}`,
      },
      body,
    };
  }

  function bridgePage(parameters: Record<string, string>, returnUrl: string): HttpAnswer {
    const nonce = randomBytes(16).toString('base64');
    const back = escapeAttribute(returnUrl);
    return html(
      200,
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>微信支付 · WeChat Pay</title></head>` +
        `<body style="font:16px system-ui,sans-serif;margin:2rem;text-align:center"><p>正在打开微信支付…<br>Opening WeChat Pay…</p>` +
        `<p><a href="${back}">返回订单 · Back to the order</a></p>` +
        `<script nonce="${nonce}">(function(){var p=${escapeScriptJson(parameters)},back=${escapeScriptJson(returnUrl)};` +
        `function pay(){WeixinJSBridge.invoke('getBrandWCPayRequest',p,function(){location.replace(back);});}` +
        `if(typeof WeixinJSBridge==='undefined'){document.addEventListener('WeixinJSBridgeReady',pay,false);}else{pay();}})();</script></body></html>`,
      nonce,
    );
  }

  async function openIdFor(code: string): Promise<string> {
    const url = new URL(WECHAT_OAUTH_TOKEN_URL);
    url.search = new URLSearchParams({ appid: options.appid, secret: options.appSecret!.reveal(), code, grant_type: 'authorization_code' }).toString();
    let answer: { openid?: string; errcode?: number; errmsg?: string };
    try {
      answer = (await (await fetch(url, { signal: AbortSignal.timeout(10_000) })).json()) as typeof answer;
    } catch (error) {
      throw new PaymentProviderError(NAME, `WeChat OAuth could not be reached: ${(error as Error).message}`, { retryable: true, cause: error });
    }
    if (!answer.openid) throw new PaymentProviderError(NAME, `WeChat OAuth refused the code: ${answer.errcode ?? ''} ${answer.errmsg ?? ''}`.trim(), { providerCode: String(answer.errcode ?? '') });
    return answer.openid;
  }

  return {
    name: NAME,
    currencies: ['CNY'],

    async createPayment(request): Promise<CreatedPayment> {
      const created = (flow: string, action: CreatedPayment['action']): CreatedPayment => ({ reference: request.paymentId, action, data: { flow } });
      switch (request.shopper.device) {
        case 'desktop': {
          const answer = await post<{ code_url?: string }>('Native pay', () => wx.chain('v3/pay/transactions/native').post(order(request)));
          if (!answer.code_url) throw new PaymentProviderError(NAME, 'Native pay answered no code_url.');
          return created('native', { type: 'qr_code', payload: answer.code_url, expiresAt: request.expiresAt.toISOString() });
        }
        case 'phone': {
          if (!request.shopper.clientIp) throw new PaymentProviderError(NAME, "H5 pay needs the shopper's IP address (scene_info.payer_client_ip).");
          const scene = { payer_client_ip: request.shopper.clientIp, h5_info: { type: 'Wap', ...(options.h5Site ? { app_name: options.h5Site.name, app_url: options.h5Site.url } : {}) } };
          const answer = await post<{ h5_url?: string }>('H5 pay', () => wx.chain('v3/pay/transactions/h5').post({ ...order(request), scene_info: scene }));
          if (!answer.h5_url) throw new PaymentProviderError(NAME, 'H5 pay answered no h5_url.');
          return created('h5', { type: 'redirect', url: `${answer.h5_url}&redirect_url=${encodeURIComponent(request.returnUrl)}` });
        }
        case 'wechat': {
          if (!options.appSecret) throw new PaymentProviderError(NAME, "JSAPI pay needs the official account's AppSecret (WECHATPAY_APP_SECRET) for the payer's openid.");
          // The server's page gets the openid, creates the prepay and opens the payment in WeChat.
          return created('jsapi', { type: 'redirect', url: request.pageUrl });
        }
      }
    },

    async parseNotification(request): Promise<NotificationResult> {
      const headers = lowerCaseHeaders(request.headers);
      const timestamp = headers['wechatpay-timestamp'];
      const nonce = headers['wechatpay-nonce'];
      const serial = headers['wechatpay-serial'];
      const signature = headers['wechatpay-signature'];
      if (!timestamp || !nonce || !serial || !signature) return refuse('malformed', 'Wechatpay-Timestamp, -Nonce, -Serial or -Signature missing.');
      if (signature.startsWith(SIGN_TEST_PREFIX)) return refuse('bad_signature', 'A signature probe of WeChat Pay (WECHATPAY/SIGNTEST): refused, as documented.');
      const at = now();
      if (!withinTolerance(Number(timestamp), at, NOTIFICATION_TOLERANCE_SECONDS)) return refuse('stale', 'Wechatpay-Timestamp is more than 5 minutes away.');
      const trusted = keys.get(serial.toUpperCase()) ?? keys.get(serial);
      if (!trusted) return refuse('unknown_key', `No platform certificate or public key with serial ${serial}.`);
      if ((trusted.validFrom && at < trusted.validFrom) || (trusted.validTo && at > trusted.validTo)) return refuse('unknown_key', `The platform certificate ${serial} is not valid now.`);
      let verified = false;
      try {
        verified = Rsa.verify(Formatter.response(timestamp, nonce, request.body), signature, trusted.key);
      } catch {
        verified = false;
      }
      if (!verified) return refuse('bad_signature', 'Wechatpay-Signature does not verify with the platform key.');
      let event: { id?: string; event_type?: string; resource?: { algorithm?: string; ciphertext?: string; nonce?: string; associated_data?: string } };
      try {
        event = JSON.parse(request.body) as typeof event;
      } catch {
        return refuse('malformed', 'The body is not JSON.');
      }
      const resource = event.resource;
      if (!event.id || !event.event_type || !resource?.ciphertext || !resource.nonce || resource.algorithm !== 'AEAD_AES_256_GCM') return refuse('malformed', 'Not a WeChat Pay v3 notification.');
      let plain: Transaction & RefundResource;
      try {
        plain = JSON.parse(Aes.AesGcm.decrypt(resource.ciphertext, apiV3Key, resource.nonce, resource.associated_data ?? '')) as Transaction & RefundResource;
      } catch {
        return refuse('bad_signature', 'The resource does not decrypt with the APIv3 key (tampered, or another key).');
      }
      if (plain.mchid !== options.mchid || (plain.appid !== undefined && plain.appid !== options.appid)) return refuse('wrong_recipient', 'The resource is for another merchant or app.');
      if (!plain.out_trade_no) return refuse('malformed', 'The resource names no out_trade_no.');
      if (event.event_type.startsWith('REFUND.')) {
        const refunded = plain.amount?.refund;
        return {
          verified: true,
          notification: {
            notificationId: event.id,
            kind: 'refund',
            reference: plain.out_trade_no,
            paymentId: plain.out_trade_no,
            ...(plain.out_refund_no ? { refundId: plain.out_refund_no } : {}),
            ...(plain.refund_id ? { providerRefundId: plain.refund_id } : {}),
            status: refundStatus(plain.refund_status),
            ...(Number.isSafeInteger(refunded) ? { amount: { amount: refunded!, currency: 'CNY' } } : {}),
          },
        };
      }
      if (event.event_type !== 'TRANSACTION.SUCCESS') return { verified: true, notification: { notificationId: event.id, kind: 'ignored', type: event.event_type } };
      return { verified: true, notification: { notificationId: event.id, ...report(plain, plain.out_trade_no) } };
    },

    answer(outcome): HttpAnswer {
      const headers = { 'content-type': 'application/json; charset=utf-8' };
      return outcome === 'accepted'
        ? { status: 200, headers, body: JSON.stringify({ code: 'SUCCESS', message: '成功' }) }
        : { status: outcome === 'refused' ? 401 : 500, headers, body: JSON.stringify({ code: 'FAIL', message: '失败' }) };
    },

    async queryPayment(payment: ProviderPayment): Promise<PaymentReport> {
      try {
        const { data } = await wx.chain('v3/pay/transactions/out-trade-no/{out_trade_no}').get<Transaction>({ params: { mchid: options.mchid }, out_trade_no: payment.reference } as never);
        return report(data, payment.reference);
      } catch (error) {
        const failure = apiError('Query', error);
        if (failure.providerCode === 'ORDER_NOT_EXIST') return { kind: 'payment', reference: payment.reference, paymentId: payment.paymentId, status: 'pending' };
        throw failure;
      }
    },

    async closePayment(payment: ProviderPayment): Promise<ClosedPayment> {
      try {
        // The trade number as a parameter (not in the path's text): it may hold capitals.
        await wx.chain('v3/pay/transactions/out-trade-no/{out_trade_no}/close').post({ mchid: options.mchid } as never, { out_trade_no: payment.reference } as never);
        return 'closed';
      } catch (error) {
        const failure = apiError('Close', error);
        if (failure.providerCode === 'ORDER_NOT_EXIST') return 'not_found';
        // Paid, being paid, or closed before: the transaction's state says which.
        if (failure.providerCode === 'ORDERPAID' || failure.providerCode === 'USER_PAYING' || failure.providerCode === 'ORDER_CLOSED') return 'ask';
        throw failure;
      }
    },

    async refund(request): Promise<RefundState> {
      let answer: RefundResource;
      try {
        ({ data: answer } = await wx.chain('v3/refund/domestic/refunds').post<RefundResource>({
          out_trade_no: request.payment.reference,
          out_refund_no: request.refundId,
          reason: request.reason.slice(0, 80),
          notify_url: request.notifyUrl,
          amount: { refund: fen(request.amount), total: fen(request.payment.amount), currency: 'CNY' },
        } as never));
      } catch (error) {
        const failure = apiError('Refund', error);
        if (failure.retryable) throw failure;
        return { status: 'failed', failure: failure.message };
      }
      return { status: refundStatus(answer.status), ...(answer.refund_id ? { providerRefundId: answer.refund_id } : {}) };
    },

    async queryRefund(refund): Promise<RefundState> {
      try {
        const { data } = await wx.chain('v3/refund/domestic/refunds/{out_refund_no}').get<RefundResource>({ out_refund_no: refund.refundId } as never);
        return { status: refundStatus(data.status), ...(data.refund_id ? { providerRefundId: data.refund_id } : {}) };
      } catch (error) {
        throw apiError('Refund query', error);
      }
    },

    async page(request: ProviderPageRequest): Promise<ProviderPageAnswer> {
      const { payment } = request;
      if (payment.data.flow !== 'jsapi' || !options.appSecret) return html(404, '<!doctype html><p>Not found.</p>');
      if (payment.status !== 'pending') return { status: 303, headers: { location: payment.returnUrl }, body: '' };
      const prepayId = typeof payment.data.prepayId === 'string' ? payment.data.prepayId : undefined;
      if (prepayId) return bridgePage(bridgeParameters(prepayId), payment.returnUrl);
      const code = request.url.searchParams.get('code');
      if (!code) {
        // First visit: WeChat's OAuth (silent, snsapi_base) comes back here with a code.
        const authorize = new URL(WECHAT_OAUTH_AUTHORIZE_URL);
        authorize.search = new URLSearchParams({ appid: options.appid, redirect_uri: payment.pageUrl, response_type: 'code', scope: 'snsapi_base', state: payment.paymentId }).toString();
        return { status: 302, headers: { location: `${authorize.href}#wechat_redirect` }, body: '' };
      }
      const openid = await openIdFor(code);
      const answer = await post<{ prepay_id?: string }>('JSAPI pay', () =>
        wx.chain('v3/pay/transactions/jsapi').post({
          appid: options.appid,
          mchid: options.mchid,
          description: `OrderZone ${payment.orderNumber}`,
          out_trade_no: payment.reference,
          ...(payment.expiresAt ? { time_expire: beijingTime(payment.expiresAt) } : {}),
          notify_url: payment.notifyUrl,
          amount: { total: fen(payment.amount), currency: 'CNY' },
          payer: { openid },
        }),
      );
      if (!answer.prepay_id) throw new PaymentProviderError(NAME, 'JSAPI pay answered no prepay_id.');
      return { ...bridgePage(bridgeParameters(answer.prepay_id), payment.returnUrl), data: { prepayId: answer.prepay_id } };
    },
  };
}
