/**
 * The simulated provider, for the demo and development: nothing is charged, but it behaves like the
 * real providers, so the whole payment path of the server is exercised. A payment is created (a QR
 * code on a desktop, a redirect on a phone, both to the provider's page on the server); the "payer"
 * pays on that page, or the merchant console sends the payment; either way the payment is confirmed
 * only by a **signed notification** through the same webhook path as the real providers
 * (`POST {api}/payments/simulated/webhook`), verified (HMAC-SHA256 with a secret, 5 minutes'
 * tolerance), processed once, answered like a provider.
 *
 * Its own state (what "the provider" knows: payments paid, refunds) lives in this process; a restart
 * forgets it, as a sandbox might. `createPayments` refuses it in production unless
 * `ORDERZONE_ALLOW_SIMULATED_PAYMENTS=1`.
 *
 * @module
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { formatMoney, type Money } from '@orderzone/core';
import {
  NOTIFICATION_TOLERANCE_SECONDS, lowerCaseHeaders, refuse, withinTolerance, type HttpAnswer, type NotificationResult, type PaymentProvider, type PaymentReport,
  type ProviderPageAnswer, type RawNotification, type RefundState,
} from '../provider.ts';
import type { Secret } from '../secret.ts';

/** The header of the simulated provider's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export const SIMULATED_SIGNATURE_HEADER = 'orderzone-signature';

/** Settings of the simulated provider. */
export interface SimulatedOptions {
  /** The notifications' HMAC secret (`ORDERZONE_SIMULATED_PAYMENTS_SECRET`). */
  secret: Secret;
  now?: () => Date;
}

/** What the simulated provider can be told to do, as a payer or the merchant console would. */
export interface SimulatedPaymentProvider extends PaymentProvider {
  /**
   * The payer pays (or fails to pay) the payment `reference` at the provider; answers the signed
   * notification the provider sends for it. `amount` overrides what was paid (to try a mismatch).
   */
  simulate(reference: string, outcome: { status: 'paid' | 'failed'; amount?: Money }): RawNotification;
  /** Signs `body` as the provider does (for tests and tools). */
  sign(body: string, at?: Date): string;
}

interface SimulatedPayment {
  paymentId: string;
  orderNumber: string;
  amount: Money;
  paid?: Money;
  status: PaymentReport['status'];
  transactionId?: string;
}

interface Event {
  id: string;
  type: 'payment.succeeded' | 'payment.failed' | 'refund.succeeded';
  created: number;
  data: { reference: string; payment_id: string; order_number: string; amount: number; currency: string; transaction_id?: string; refund_id?: string; provider_refund_id?: string };
}

/** The simulated provider's name: its routes are under `{api}/payments/simulated/`. */
export const SIMULATED_PROVIDER_NAME = 'simulated';
const NAME = SIMULATED_PROVIDER_NAME;

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The simulated provider. */
export function simulatedProvider(options: SimulatedOptions): SimulatedPaymentProvider {
  const now = options.now ?? (() => new Date());
  const payments = new Map<string, SimulatedPayment>();
  const refunds = new Map<string, RefundState>();

  function sign(body: string, at: Date = now()): string {
    const t = Math.floor(at.getTime() / 1000);
    return `t=${t},v1=${createHmac('sha256', options.secret.reveal()).update(`${t}.${body}`).digest('hex')}`;
  }

  function notification(event: Omit<Event, 'id' | 'created'>): RawNotification {
    const body = JSON.stringify({ id: `evt_${randomBytes(12).toString('hex')}`, created: Math.floor(now().getTime() / 1000), ...event });
    return { headers: { 'content-type': 'application/json', [SIMULATED_SIGNATURE_HEADER]: sign(body) }, body };
  }

  function simulate(reference: string, outcome: { status: 'paid' | 'failed'; amount?: Money }): RawNotification {
    const payment = payments.get(reference);
    if (!payment) throw new Error(`The simulated provider has no payment ${reference}.`);
    const paid = outcome.amount ?? payment.amount;
    if (outcome.status === 'paid' && payment.status !== 'paid') {
      payment.status = 'paid';
      payment.paid = paid;
      payment.transactionId = `sim_txn_${randomBytes(8).toString('hex')}`;
    } else if (outcome.status === 'failed' && payment.status === 'pending') {
      payment.status = 'failed';
    }
    return notification({
      type: outcome.status === 'paid' ? 'payment.succeeded' : 'payment.failed',
      data: {
        reference,
        payment_id: payment.paymentId,
        order_number: payment.orderNumber,
        amount: paid.amount,
        currency: paid.currency,
        ...(payment.transactionId ? { transaction_id: payment.transactionId } : {}),
      },
    });
  }

  function report(reference: string, payment: SimulatedPayment | undefined): PaymentReport {
    const amount = payment?.paid ?? payment?.amount;
    return {
      kind: 'payment',
      reference,
      ...(payment ? { paymentId: payment.paymentId, orderNumber: payment.orderNumber } : {}),
      status: payment?.status ?? 'pending',
      ...(amount ? { amount } : {}),
      ...(payment?.transactionId ? { providerTransactionId: payment.transactionId } : {}),
    };
  }

  function page(status: number, body: string): HttpAnswer {
    return { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'" }, body };
  }

  return {
    name: NAME,
    simulated: true,
    simulate,
    sign,

    async createPayment(request) {
      const reference = `sim_${request.paymentId}`;
      payments.set(reference, { paymentId: request.paymentId, orderNumber: request.orderNumber, amount: request.amount, status: 'pending' });
      // Like a wallet: a QR code to scan on a desktop (it opens the provider's page), the page itself on a phone.
      const action = request.shopper.device === 'desktop' ? { type: 'qr_code' as const, payload: request.pageUrl, expiresAt: request.expiresAt.toISOString() } : { type: 'redirect' as const, url: request.pageUrl };
      return { reference, action, data: { flow: request.shopper.device === 'desktop' ? 'qr' : 'page' } };
    },

    async parseNotification(request): Promise<NotificationResult> {
      const header = lowerCaseHeaders(request.headers)[SIMULATED_SIGNATURE_HEADER];
      const parts = Object.fromEntries((header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]));
      if (!parts.t || !parts.v1) return refuse('malformed', `${SIMULATED_SIGNATURE_HEADER} missing or malformed.`);
      const expected = Buffer.from(createHmac('sha256', options.secret.reveal()).update(`${parts.t}.${request.body}`).digest('hex'));
      const given = Buffer.from(parts.v1);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return refuse('bad_signature', 'The signature does not verify with the secret.');
      if (!withinTolerance(Number(parts.t), now(), NOTIFICATION_TOLERANCE_SECONDS)) return refuse('stale', 'Signed more than 5 minutes away from now.');
      let event: Event;
      try {
        event = JSON.parse(request.body) as Event;
      } catch {
        return refuse('malformed', 'The body is not JSON.');
      }
      const data = event.data;
      if (!event.id || !data?.reference || !Number.isSafeInteger(data.amount) || typeof data.currency !== 'string') return refuse('malformed', 'Not a simulated payment event.');
      const amount = { amount: data.amount, currency: data.currency };
      const base = { notificationId: event.id, reference: data.reference, paymentId: data.payment_id };
      if (event.type === 'refund.succeeded') {
        return { verified: true, notification: { ...base, kind: 'refund', status: 'succeeded', amount, ...(data.refund_id ? { refundId: data.refund_id } : {}), ...(data.provider_refund_id ? { providerRefundId: data.provider_refund_id } : {}) } };
      }
      if (event.type !== 'payment.succeeded' && event.type !== 'payment.failed') return { verified: true, notification: { notificationId: event.id, kind: 'ignored', type: String(event.type) } };
      return {
        verified: true,
        notification: {
          ...base,
          kind: 'payment',
          orderNumber: data.order_number,
          status: event.type === 'payment.succeeded' ? 'paid' : 'failed',
          amount,
          ...(data.transaction_id ? { providerTransactionId: data.transaction_id } : {}),
        },
      };
    },

    answer(outcome) {
      const headers = { 'content-type': 'application/json' };
      return outcome === 'accepted' ? { status: 200, headers, body: JSON.stringify({ ok: true }) } : { status: outcome === 'refused' ? 400 : 500, headers, body: JSON.stringify({ ok: false }) };
    },

    async queryPayment(payment) {
      return report(payment.reference, payments.get(payment.reference));
    },

    async refund(request) {
      const state: RefundState = { status: 'succeeded', providerRefundId: `sim_re_${randomBytes(8).toString('hex')}` };
      refunds.set(request.refundId, state);
      return state;
    },

    async queryRefund(refund) {
      return refunds.get(refund.refundId) ?? { status: 'pending' };
    },

    async page(request): Promise<ProviderPageAnswer> {
      const { payment } = request;
      const known = payments.get(payment.reference);
      if (!known) return page(404, '<!doctype html><meta charset="utf-8"><p>此模拟支付已不存在。· This simulated payment no longer exists.</p>');
      if (request.method === 'POST') {
        const choice = request.form?.get('outcome') === 'fail' ? 'failed' : 'paid';
        if (known.status !== 'pending') return { status: 303, headers: { location: payment.returnUrl }, body: '' };
        return { status: 303, headers: { location: payment.returnUrl }, body: '', notification: simulate(payment.reference, { status: choice }) };
      }
      const zh = formatMoney(payment.amount, 'zh-CN');
      const en = formatMoney(payment.amount, 'en-US');
      const number = escapeHtml(payment.orderNumber);
      const action = escapeHtml(request.url.pathname);
      const state =
        known.status === 'pending'
          ? `<form method="post" action="${action}"><button name="outcome" value="pay" style="font-size:1.25rem;padding:.9rem 2rem;margin:.5rem">支付 ${escapeHtml(zh)} · Pay ${escapeHtml(en)}</button>` +
            `<button name="outcome" value="fail" style="padding:.6rem 1.2rem;margin:.5rem">拒绝 · Decline</button></form>`
          : `<p>此付款已处理。· This payment was already handled.</p><p><a href="${escapeHtml(payment.returnUrl)}">返回订单 · Back to the order</a></p>`;
      return page(
        200,
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>模拟支付 · Simulated payment</title></head>` +
          `<body style="font:16px system-ui,sans-serif;margin:2rem auto;max-width:32rem;text-align:center;overflow-wrap:anywhere">` +
          `<h1 style="font-size:1.4rem">模拟支付 · Simulated payment</h1><p>演示模式：不会扣款。· Demo mode: nothing is charged.</p>` +
          `<p>订单 · Order <strong>${number}</strong></p>${state}</body></html>`,
      );
    },
  };
}
