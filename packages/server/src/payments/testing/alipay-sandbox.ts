/**
 * Alipay's OpenAPI gateway as msw answers it in tests, as Alipay documents it: every request's RSA2
 * signature checked with the app's public key (`isv.invalid-signature` otherwise); answers as
 * `{"<method>_response": {...}, "sign": "..."}`, signed with Alipay's private key over the exact
 * response object; a precreated trade unknown to `alipay.trade.query` until the QR code is scanned;
 * asynchronous notifications as form posts signed over the sorted parameters without `sign` and
 * `sign_type`. Test-only.
 *
 * @module
 */
import { createSign, createVerify, randomBytes, type KeyObject } from 'node:crypto';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { parseMoney, toDecimalString, type Money } from '@orderzone/core';
import { ALIPAY_GATEWAY } from '../providers/alipay.ts';
import type { RawNotification } from '../provider.ts';

interface Trade {
  outTradeNo: string;
  totalAmount: string;
  subject: string;
  status: 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_CLOSED';
  scanned: boolean;
  tradeNo: string;
  refunds: Map<string, string>;
}

export interface AlipaySandboxOptions {
  appId: string;
  appPublicKey: KeyObject;
  alipayPrivateKey: KeyObject;
  sellerId: string;
  gateway?: string;
}

/** `yyyy-MM-dd HH:mm:ss`, Beijing time. */
function beijing(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** True when `timestamp` (`yyyy-MM-dd HH:mm:ss`, Beijing time) is within 10 minutes of now. */
export function isNow(timestamp: string | undefined | null, now = new Date()): boolean {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(timestamp ?? '');
  if (!match) return false;
  return Math.abs(Date.parse(`${match[1]}T${match[2]}+08:00`) - now.getTime()) <= 10 * 60_000;
}

/** The sandbox: its handlers, what it received, and the payer's side. */
export interface AlipaySandbox {
  handlers: RequestHandler[];
  requests: { method: string; params: Record<string, string> }[];
  settings: { precreateForbidden: boolean };
  scan(outTradeNo: string): void;
  signedNotification(params: Record<string, string>, key?: KeyObject): RawNotification;
  pay(outTradeNo: string, paid?: Money): RawNotification;
  refundNotification(outTradeNo: string, outRequestNo: string): RawNotification;
  notificationParams(outTradeNo: string): Record<string, string>;
}

export function alipaySandbox(options: AlipaySandboxOptions): AlipaySandbox {
  const trades = new Map<string, Trade>();
  const requests: { method: string; params: Record<string, string> }[] = [];
  /** Set to answer precreate as a merchant without face-to-face pay does. */
  const settings = { precreateForbidden: false };

  function sign(content: string, key: KeyObject = options.alipayPrivateKey): string {
    return createSign('RSA-SHA256').update(content, 'utf8').sign(key, 'base64');
  }

  function answer(method: string, body: Record<string, unknown>) {
    const content = JSON.stringify(body);
    return new HttpResponse(`{"${method.replace(/\./g, '_')}_response":${content},"sign":"${sign(content)}"}`, { headers: { 'content-type': 'text/html;charset=utf-8' } });
  }

  /** Signs notification parameters as Alipay does: sorted, without `sign` and `sign_type`, decoded values. */
  function signedNotification(params: Record<string, string>, key?: KeyObject): RawNotification {
    const content = Object.keys(params)
      .filter((name) => name !== 'sign' && name !== 'sign_type' && params[name] !== '')
      .sort()
      .map((name) => `${name}=${params[name]}`)
      .join('&');
    const body = new URLSearchParams({ ...params, sign: sign(content, key) }).toString();
    return { headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body };
  }

  function notificationParams(trade: Trade, extra: Record<string, string> = {}): Record<string, string> {
    const now = new Date();
    return {
      gmt_create: beijing(now),
      charset: 'utf-8',
      seller_email: 'merchant@example.com',
      subject: trade.subject,
      buyer_id: '2088102177846880',
      invoice_amount: trade.totalAmount,
      notify_id: `2026${randomBytes(12).toString('hex')}`,
      fund_bill_list: JSON.stringify([{ amount: trade.totalAmount, fundChannel: 'ALIPAYACCOUNT' }]),
      notify_type: 'trade_status_sync',
      trade_status: trade.status,
      receipt_amount: trade.totalAmount,
      buyer_pay_amount: trade.totalAmount,
      app_id: options.appId,
      sign_type: 'RSA2',
      seller_id: options.sellerId,
      gmt_payment: beijing(now),
      notify_time: beijing(now),
      version: '1.0',
      out_trade_no: trade.outTradeNo,
      total_amount: trade.totalAmount,
      trade_no: trade.tradeNo,
      auth_app_id: options.appId,
      point_amount: '0.00',
      ...extra,
    };
  }

  const handlers: RequestHandler[] = [
    http.post(options.gateway ?? ALIPAY_GATEWAY, async ({ request }) => {
      const url = new URL(request.url);
      const params: Record<string, string> = Object.fromEntries(url.searchParams);
      for (const [name, value] of new URLSearchParams(await request.text())) params[name] = value;
      const method = params.method ?? '';
      requests.push({ method, params });
      const content = Object.keys(params)
        .filter((name) => name !== 'sign')
        .sort()
        .map((name) => `${name}=${params[name]}`)
        .join('&');
      const signed = params.sign && createVerify('RSA-SHA256').update(content, 'utf8').verify(options.appPublicKey, params.sign, 'base64');
      if (!signed || params.app_id !== options.appId || params.sign_type !== 'RSA2') {
        return answer(method, { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-signature', sub_msg: '验签出错' });
      }
      // The gateway takes requests stamped in Beijing time (UTC+8), whatever the caller's time zone.
      if (!isNow(params.timestamp)) {
        return answer(method, { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-timestamp', sub_msg: '非法的时间戳参数' });
      }
      const biz = JSON.parse(params.biz_content ?? '{}') as Record<string, string>;
      const trade = trades.get(biz.out_trade_no ?? '');
      switch (method) {
        case 'alipay.trade.precreate': {
          if (settings.precreateForbidden) return answer(method, { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.ACCESS_FORBIDDEN', sub_msg: '交易未被授权' });
          if (!trade) {
            trades.set(biz.out_trade_no!, {
              outTradeNo: biz.out_trade_no!,
              totalAmount: biz.total_amount!,
              subject: biz.subject!,
              status: 'WAIT_BUYER_PAY',
              scanned: false,
              tradeNo: `2026${randomBytes(10).toString('hex')}`,
              refunds: new Map(),
            });
          }
          return answer(method, { code: '10000', msg: 'Success', out_trade_no: biz.out_trade_no, qr_code: `https://qr.alipay.com/bax0${randomBytes(8).toString('hex')}` });
        }
        case 'alipay.trade.query': {
          if (!trade || !trade.scanned) return answer(method, { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_NOT_EXIST', sub_msg: '交易不存在' });
          return answer(method, {
            code: '10000',
            msg: 'Success',
            trade_no: trade.tradeNo,
            out_trade_no: trade.outTradeNo,
            buyer_logon_id: '159****5620',
            trade_status: trade.status,
            total_amount: trade.totalAmount,
            buyer_pay_amount: trade.status === 'TRADE_SUCCESS' ? trade.totalAmount : '0.00',
          });
        }
        case 'alipay.trade.close': {
          // As documented: a precreated trade exists once its QR code is scanned; only a trade awaiting payment closes.
          if (!trade || !trade.scanned) return answer(method, { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_NOT_EXIST', sub_msg: '交易不存在' });
          if (trade.status !== 'WAIT_BUYER_PAY') return answer(method, { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_STATUS_ERROR', sub_msg: '交易状态不合法' });
          trade.status = 'TRADE_CLOSED';
          return answer(method, { code: '10000', msg: 'Success', trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo });
        }
        case 'alipay.trade.refund': {
          if (!trade || trade.status === 'WAIT_BUYER_PAY') return answer(method, { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_STATUS_ERROR', sub_msg: '交易状态不合法' });
          if (trade.refunds.has(biz.out_request_no!)) {
            return answer(method, { code: '10000', msg: 'Success', trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo, fund_change: 'N', refund_fee: refunded(trade) });
          }
          const total = parseMoney(trade.totalAmount, 'CNY').amount;
          const asked = parseMoney(biz.refund_amount!, 'CNY').amount;
          if (asked + parseMoney(refunded(trade), 'CNY').amount > total) {
            return answer(method, { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.REFUND_AMT_NOT_EQUAL_TOTAL', sub_msg: '退款金额超限' });
          }
          trade.refunds.set(biz.out_request_no!, biz.refund_amount!);
          return answer(method, { code: '10000', msg: 'Success', trade_no: trade.tradeNo, out_trade_no: trade.outTradeNo, fund_change: 'Y', refund_fee: refunded(trade) });
        }
        case 'alipay.trade.fastpay.refund.query': {
          const amount = trade?.refunds.get(biz.out_request_no ?? '');
          if (!trade || !amount) return answer(method, { code: '10000', msg: 'Success' });
          return answer(method, { code: '10000', msg: 'Success', out_request_no: biz.out_request_no, out_trade_no: trade.outTradeNo, refund_amount: amount, total_amount: trade.totalAmount, refund_status: 'REFUND_SUCCESS' });
        }
        default:
          return answer(method, { code: '40004', msg: 'Business Failed', sub_code: 'isv.invalid-method' });
      }
    }),
  ];

  function refunded(trade: Trade): string {
    const total = [...trade.refunds.values()].reduce((sum, value) => sum + parseMoney(value, 'CNY').amount, 0);
    return toDecimalString({ amount: total, currency: 'CNY' });
  }

  function tradeOf(outTradeNo: string): Trade {
    const trade = trades.get(outTradeNo);
    if (!trade) throw new Error(`No trade ${outTradeNo} at the sandbox.`);
    return trade;
  }

  return {
    handlers,
    requests,
    settings,
    signedNotification,
    /** The payer scans the QR code: the trade exists at Alipay, awaiting payment. */
    scan(outTradeNo: string): void {
      tradeOf(outTradeNo).scanned = true;
    },
    /** The payer scans and pays (optionally another amount); answers the notification Alipay sends. Throws for a closed trade, as the Alipay app refuses to pay it. */
    pay(outTradeNo: string, paid?: Money): RawNotification {
      const trade = tradeOf(outTradeNo);
      if (trade.status === 'TRADE_CLOSED') throw new Error(`Trade ${outTradeNo} is closed (交易已关闭): it cannot be paid.`);
      trade.scanned = true;
      trade.status = 'TRADE_SUCCESS';
      if (paid) trade.totalAmount = toDecimalString(paid);
      return signedNotification(notificationParams(trade));
    },
    /** The notification of a refund (`out_biz_no`, the refunded total). */
    refundNotification(outTradeNo: string, outRequestNo: string): RawNotification {
      const trade = tradeOf(outTradeNo);
      return signedNotification(notificationParams(trade, { out_biz_no: outRequestNo, refund_fee: refunded(trade), gmt_refund: `${beijing(new Date())}.000` }));
    },
    notificationParams: (outTradeNo: string) => notificationParams(tradeOf(outTradeNo)),
  };
}
