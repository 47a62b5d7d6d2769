/**
 * WeChat Pay API v3 as msw answers it in tests, as WeChat Pay documents it: each request's
 * `Authorization: WECHATPAY2-SHA256-RSA2048` checked with the merchant's public key (401
 * `SIGN_ERROR` otherwise); each answer signed with the platform key (`Wechatpay-Timestamp`, `-Nonce`,
 * `-Serial`, `-Signature` over `timestamp\nnonce\nbody\n`); notifications with the resource
 * encrypted AEAD_AES_256_GCM with the APIv3 key, signed the same way. The platform certificate is
 * self-signed here. Test-only.
 *
 * @module
 */
import { createCipheriv, createSign, createVerify, generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { Money } from '@orderzone/core';
import { WECHAT_OAUTH_TOKEN_URL, WECHAT_PAY_BASE_URL } from '../providers/wechat-pay.ts';
import type { RawNotification } from '../provider.ts';
import { selfSignedCertificate } from './self-signed-certificate.ts';

export interface Transaction {
  appid: string;
  mchid: string;
  out_trade_no: string;
  transaction_id?: string;
  trade_type: 'NATIVE' | 'MWEB' | 'JSAPI';
  trade_state: 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND';
  trade_state_desc: string;
  amount: { total: number; currency: string; payer_total?: number; payer_currency?: string };
  payer?: { openid: string };
}

interface Refund {
  refund_id: string;
  out_refund_no: string;
  out_trade_no: string;
  transaction_id: string;
  status: 'PROCESSING' | 'SUCCESS';
  amount: { total: number; refund: number; payer_total: number; payer_refund: number; currency: string };
}

export interface WechatPaySandboxOptions {
  mchid: string;
  appid: string;
  merchantSerial: string;
  merchantPublicKey: KeyObject;
  apiV3Key: string;
  /** The official account's AppSecret (OAuth). */
  appSecret: string;
}

/** 12 characters, as WeChat Pay's nonces. */
const nonce = (size = 32) => randomBytes(size).toString('base64url').slice(0, size);
const beijingNow = () => `${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;

/** How a test notification is signed and encrypted (default: as WeChat Pay does). */
export interface NotificationSigning {
  key?: KeyObject;
  serial?: string;
  timestamp?: number;
  apiV3Key?: string;
}

/** The sandbox: its handlers, what it received, and the payer's side. */
export interface WechatPaySandbox {
  handlers: RequestHandler[];
  requests: { method: string; path: string; body: unknown }[];
  certificate: string;
  platformSerial: string;
  platformPrivateKey: KeyObject;
  notification(eventType: string, resource: object, sign?: NotificationSigning): RawNotification;
  pay(outTradeNo: string, paid?: Money, sign?: NotificationSigning): RawNotification;
  settleRefund(outRefundNo: string): RawNotification;
  oauthCode(openid: string): string;
  transactionOf(outTradeNo: string): Transaction;
}

export function wechatPaySandbox(options: WechatPaySandboxOptions): WechatPaySandbox {
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const platformSerial = randomBytes(20).toString('hex').toUpperCase().replace(/^[89A-F]/, '5');
  const certificate = selfSignedCertificate({
    ...platform,
    serialHex: platformSerial,
    commonName: 'Tenpay.com Root CA',
    notBefore: new Date(Date.now() - 86400_000),
    notAfter: new Date(Date.now() + 5 * 365 * 86400_000),
  });
  const transactions = new Map<string, Transaction>();
  const refunds = new Map<string, Refund>();
  const openIds = new Map<string, string>();
  const requests: { method: string; path: string; body: unknown }[] = [];

  function signMessage(message: string, key: KeyObject = platform.privateKey): string {
    return createSign('RSA-SHA256').update(message).sign(key, 'base64');
  }

  /** Headers of a message signed by `key` (default the platform key) as `serial`, at `timestamp`. */
  function signedHeaders(body: string, overrides: { key?: KeyObject; serial?: string; timestamp?: number } = {}): Record<string, string> {
    const timestamp = String(overrides.timestamp ?? Math.floor(Date.now() / 1000));
    const n = nonce();
    return {
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Nonce': n,
      'Wechatpay-Serial': overrides.serial ?? platformSerial,
      'Wechatpay-Signature': signMessage(`${timestamp}\n${n}\n${body}\n`, overrides.key),
      'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
    };
  }

  function answer(body: unknown, status = 200) {
    const text = body === undefined ? '' : JSON.stringify(body);
    return new HttpResponse(text, { status, headers: { 'Content-Type': 'application/json', 'Request-ID': randomUUID(), ...signedHeaders(text) } });
  }

  function error(status: number, code: string, message: string) {
    return new HttpResponse(JSON.stringify({ code, message }), { status, headers: { 'Content-Type': 'application/json' } });
  }

  /** Checks the merchant's `Authorization` over method, path with query, timestamp, nonce and body. */
  function authorized(request: Request, body: string): boolean {
    const header = request.headers.get('authorization') ?? '';
    const match = /^WECHATPAY2-SHA256-RSA2048 (.+)$/.exec(header);
    if (!match) return false;
    const fields = Object.fromEntries([...match[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (fields.mchid !== options.mchid || fields.serial_no !== options.merchantSerial) return false;
    const url = new URL(request.url);
    const message = `${request.method}\n${url.pathname}${url.search}\n${fields.timestamp}\n${fields.nonce_str}\n${body}\n`;
    return createVerify('RSA-SHA256').update(message).verify(options.merchantPublicKey, fields.signature ?? '', 'base64');
  }

  const base = new URL(WECHAT_PAY_BASE_URL).origin;
  const create = (tradeType: Transaction['trade_type'], result: (t: Transaction) => Record<string, string>) =>
    async ({ request }: { request: Request }) => {
      const text = await request.text();
      if (!authorized(request, text)) return error(401, 'SIGN_ERROR', '签名错误');
      const body = JSON.parse(text) as { appid: string; mchid: string; out_trade_no: string; amount: { total: number; currency?: string }; payer?: { openid: string }; notify_url?: string };
      requests.push({ method: 'POST', path: new URL(request.url).pathname, body });
      if (body.mchid !== options.mchid || body.appid !== options.appid) return error(400, 'PARAM_ERROR', 'mchid与appid不匹配');
      if (!body.notify_url?.startsWith('https://')) return error(400, 'PARAM_ERROR', 'notify_url需为https');
      const existing = transactions.get(body.out_trade_no);
      if (existing?.trade_state === 'SUCCESS') return error(400, 'ORDERPAID', '该订单已支付');
      const transaction: Transaction = existing ?? {
        appid: body.appid,
        mchid: body.mchid,
        out_trade_no: body.out_trade_no,
        trade_type: tradeType,
        trade_state: 'NOTPAY',
        trade_state_desc: '订单未支付',
        amount: { total: body.amount.total, currency: body.amount.currency ?? 'CNY' },
        ...(body.payer ? { payer: body.payer } : {}),
      };
      transactions.set(body.out_trade_no, transaction);
      return answer(result(transaction));
    };

  const handlers: RequestHandler[] = [
    http.post(`${base}/v3/pay/transactions/native`, create('NATIVE', () => ({ code_url: `weixin://wxpay/bizpayurl?pr=${nonce(7)}` }))),
    http.post(`${base}/v3/pay/transactions/h5`, create('MWEB', () => ({ h5_url: `https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx${nonce(20)}&package=${randomBytes(5).readUInt32BE()}` }))),
    http.post(`${base}/v3/pay/transactions/jsapi`, create('JSAPI', () => ({ prepay_id: `wx${nonce(26)}` }))),
    http.get(`${base}/v3/pay/transactions/out-trade-no/:outTradeNo`, async ({ request, params }) => {
      if (!authorized(request, '')) return error(401, 'SIGN_ERROR', '签名错误');
      requests.push({ method: 'GET', path: new URL(request.url).pathname, body: undefined });
      if (new URL(request.url).searchParams.get('mchid') !== options.mchid) return error(400, 'PARAM_ERROR', 'mchid不正确');
      const transaction = transactions.get(String(params.outTradeNo));
      return transaction ? answer(transaction) : error(404, 'ORDER_NOT_EXIST', '订单不存在');
    }),
    http.post(`${base}/v3/pay/transactions/out-trade-no/:outTradeNo/close`, async ({ request, params }) => {
      const text = await request.text();
      if (!authorized(request, text)) return error(401, 'SIGN_ERROR', '签名错误');
      const body = JSON.parse(text) as { mchid?: string };
      requests.push({ method: 'POST', path: new URL(request.url).pathname, body });
      if (body.mchid !== options.mchid) return error(400, 'PARAM_ERROR', 'mchid不正确');
      const transaction = transactions.get(String(params.outTradeNo));
      if (!transaction) return error(404, 'ORDER_NOT_EXIST', '订单不存在');
      if (transaction.trade_state === 'SUCCESS' || transaction.trade_state === 'REFUND') return error(400, 'ORDERPAID', '订单已支付');
      if (transaction.trade_state === 'CLOSED') return error(400, 'ORDER_CLOSED', '订单已关闭');
      transaction.trade_state = 'CLOSED';
      transaction.trade_state_desc = '已关闭';
      // 204 No Content, signed over the empty body.
      return new HttpResponse(null, { status: 204, headers: { 'Request-ID': randomUUID(), ...signedHeaders('') } });
    }),
    http.post(`${base}/v3/refund/domestic/refunds`, async ({ request }) => {
      const text = await request.text();
      if (!authorized(request, text)) return error(401, 'SIGN_ERROR', '签名错误');
      const body = JSON.parse(text) as { out_trade_no: string; out_refund_no: string; amount: { refund: number; total: number; currency: string } };
      const transaction = transactions.get(body.out_trade_no);
      if (!transaction || (transaction.trade_state !== 'SUCCESS' && transaction.trade_state !== 'REFUND')) return error(404, 'RESOURCE_NOT_EXISTS', '订单不存在');
      const existing = refunds.get(body.out_refund_no);
      if (existing) return answer(existing);
      const refunded = [...refunds.values()].filter((r) => r.out_trade_no === body.out_trade_no).reduce((sum, r) => sum + r.amount.refund, 0);
      if (body.amount.total !== transaction.amount.total) return error(400, 'PARAM_ERROR', '订单金额不一致');
      if (refunded + body.amount.refund > transaction.amount.total) return error(403, 'NOT_ENOUGH', '可退金额不足');
      const refund: Refund = {
        refund_id: `50${nonce(28)}`,
        out_refund_no: body.out_refund_no,
        out_trade_no: body.out_trade_no,
        transaction_id: transaction.transaction_id!,
        status: 'PROCESSING',
        amount: { total: transaction.amount.total, refund: body.amount.refund, payer_total: transaction.amount.total, payer_refund: body.amount.refund, currency: 'CNY' },
      };
      refunds.set(body.out_refund_no, refund);
      transaction.trade_state = 'REFUND';
      return answer(refund);
    }),
    http.get(`${base}/v3/refund/domestic/refunds/:outRefundNo`, async ({ request, params }) => {
      if (!authorized(request, '')) return error(401, 'SIGN_ERROR', '签名错误');
      const refund = refunds.get(String(params.outRefundNo));
      return refund ? answer(refund) : error(404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
    }),
    // WeChat's OAuth (official accounts): a code for an openid.
    http.get(WECHAT_OAUTH_TOKEN_URL, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const openid = openIds.get(query.get('code') ?? '');
      if (query.get('appid') !== options.appid || query.get('secret') !== options.appSecret || !openid) return HttpResponse.json({ errcode: 40029, errmsg: 'invalid code' });
      openIds.delete(query.get('code')!);
      return HttpResponse.json({ access_token: nonce(40), expires_in: 7200, refresh_token: nonce(40), openid, scope: 'snsapi_base' });
    }),
  ];

  /** A notification as WeChat Pay sends it: the resource encrypted, the message signed. */
  function notification(eventType: string, resource: object, sign: NotificationSigning = {}): RawNotification {
    const iv = nonce(12);
    const associated = eventType.startsWith('REFUND.') ? 'refund' : 'transaction';
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(sign.apiV3Key ?? options.apiV3Key), Buffer.from(iv)).setAAD(Buffer.from(associated));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(resource), 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
    const body = JSON.stringify({
      id: randomUUID(),
      create_time: beijingNow(),
      resource_type: 'encrypt-resource',
      event_type: eventType,
      summary: eventType === 'TRANSACTION.SUCCESS' ? '支付成功' : '退款成功',
      resource: { original_type: associated, algorithm: 'AEAD_AES_256_GCM', ciphertext, associated_data: associated, nonce: iv },
    });
    const headers = Object.fromEntries(Object.entries(signedHeaders(body, sign)).map(([name, value]) => [name.toLowerCase(), value]));
    return { headers: { 'content-type': 'application/json', ...headers }, body };
  }

  function transactionOf(outTradeNo: string): Transaction {
    const transaction = transactions.get(outTradeNo);
    if (!transaction) throw new Error(`No transaction ${outTradeNo} at the sandbox.`);
    return transaction;
  }

  return {
    handlers,
    requests,
    certificate,
    platformSerial,
    platformPrivateKey: platform.privateKey,
    notification,
    /** The payer pays (another amount when given); answers the TRANSACTION.SUCCESS notification. */
    pay(outTradeNo: string, paid?: Money, sign?: NotificationSigning): RawNotification {
      const transaction = transactionOf(outTradeNo);
      if (transaction.trade_state === 'CLOSED') throw new Error(`Transaction ${outTradeNo} is closed (订单已关闭): it cannot be paid.`);
      if (paid) transaction.amount.total = paid.amount;
      transaction.trade_state = 'SUCCESS';
      transaction.trade_state_desc = '支付成功';
      transaction.transaction_id ??= `4200${randomBytes(12).toString('hex').slice(0, 24)}`;
      transaction.amount.payer_total = transaction.amount.total;
      transaction.amount.payer_currency = 'CNY';
      const resource = { ...transaction, bank_type: 'OTHERS', attach: '', success_time: beijingNow(), payer: transaction.payer ?? { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' } };
      return notification('TRANSACTION.SUCCESS', resource, sign);
    },
    /** The refund reaches the payer; answers the REFUND.SUCCESS notification. */
    settleRefund(outRefundNo: string): RawNotification {
      const refund = refunds.get(outRefundNo);
      if (!refund) throw new Error(`No refund ${outRefundNo} at the sandbox.`);
      refund.status = 'SUCCESS';
      return notification('REFUND.SUCCESS', {
        mchid: options.mchid,
        out_trade_no: refund.out_trade_no,
        transaction_id: refund.transaction_id,
        out_refund_no: refund.out_refund_no,
        refund_id: refund.refund_id,
        refund_status: 'SUCCESS',
        success_time: beijingNow(),
        user_received_account: '招商银行信用卡0403',
        amount: { total: refund.amount.total, refund: refund.amount.refund, payer_total: refund.amount.payer_total, payer_refund: refund.amount.payer_refund },
      });
    },
    /** The shopper authorises the official account silently: WeChat redirects back with this code. */
    oauthCode(openid: string): string {
      const code = nonce(32);
      openIds.set(code, openid);
      return code;
    },
    transactionOf,
  };
}
