/**
 * The payments module of the server: starts payments at the order's provider, takes the providers'
 * notifications (the truth about money), checks payments when a notification may have been missed,
 * and refunds through the providers. The engine (the order service) is told only what the money
 * says: `markPaid(orderNumber)` when a verified payment of exactly the order's total arrived while
 * the order awaited payment. Everything else that can happen to money is kept and handled:
 *
 * - a notification is processed once (a repeat changes nothing and is answered as accepted);
 *   notifications may come in any order (a payment's status only moves forward: a failure after
 *   the payment changes nothing);
 * - a forged, tampered or stale notification is refused in the provider's failure format and
 *   changes nothing;
 * - an amount or currency that differs from the order's total is not payment: the payment is
 *   flagged and a problem recorded for the merchant (`listProblems`);
 * - a payment for an order no longer awaiting payment (cancelled, expired, or paid by another
 *   payment) is refunded through the provider (or flagged, with `latePayments: 'flag'`), and a
 *   problem records it: money is never lost;
 * - a payer's approval that still needs capturing (PayPal) is captured only while the order awaits
 *   payment;
 * - refunds are followed until the provider says they succeeded or failed (notifications, or
 *   {@link Payments.sweep}); a failed refund is a problem.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { OrderZoneError, isOrderZoneError, type Money, type Order, type OrderStatus, type PaymentMethod } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { orders } from '../db/schema.ts';
import {
  paymentRecords, paymentView, problemView, providerPayment, refundView, statusRank, type PaymentOutcome, type PaymentProblem, type PaymentProblemKind,
  type PaymentRow, type PaymentStatus, type PaymentView, type RefundReason, type RefundRow, type RefundView,
} from './payment-records.ts';
import { PaymentsConfigError } from './payments-config-error.ts';
import {
  PaymentProviderError, type HttpAnswer, type PaymentProvider, type PaymentReport, type RawNotification, type RefundReport, type ShopperContext,
} from './provider.ts';
import type { SimulatedPaymentProvider } from './providers/simulated.ts';

/** Which provider takes each payment method kind when the settings say nothing else. */
export const DEFAULT_METHOD_PROVIDERS: Readonly<Partial<Record<PaymentMethod['kind'], string>>> = {
  alipay: 'alipay',
  wechat_pay: 'wechat_pay',
  card: 'stripe',
  unionpay: 'stripe',
  paypal: 'paypal',
};

/** How long a payment stays payable by default: 15 minutes, as the engine's QR codes. */
export const DEFAULT_PAYMENT_TTL_MS = 15 * 60_000;

/** Options of {@link createPayments}. */
export interface PaymentsOptions {
  db: Db;
  /** The order service: only `markPaid` is called. */
  service: Pick<OrderService, 'markPaid'>;
  /** The providers configured (see `providersFromConfig`). */
  providers: readonly PaymentProvider[];
  /** The API's public URL with its base path, e.g. `https://api.shop.example/api`: notification URLs are `{publicUrl}/payments/{provider}/webhook`. */
  publicUrl: string;
  /** The order's page in the shop, where providers send the shopper back; `{orderNumber}` is replaced. */
  returnUrl: string;
  /**
   * Which provider takes a payment method: keys are method ids or kinds (`card`, `unionpay`...),
   * values provider names. Unset methods follow {@link DEFAULT_METHOD_PROVIDERS} when that provider
   * is configured, else the simulated provider when it is.
   */
  methods?: Readonly<Record<string, string>>;
  now?: () => Date;
  /** How long a payment stays payable; default {@link DEFAULT_PAYMENT_TTL_MS}. */
  paymentTtlMs?: number;
  /** Money for an order no longer awaiting payment: `refund` it (default) or `flag` it for the merchant. */
  latePayments?: 'refund' | 'flag';
  /** Production mode: the simulated provider is refused unless `allowSimulatedInProduction`. */
  production?: boolean;
  /** `ORDERZONE_ALLOW_SIMULATED_PAYMENTS=1`. */
  allowSimulatedInProduction?: boolean;
  /** Delay before a notification a provider page sends (the simulated payer) is delivered; default 500 ms. */
  pageNotificationDelayMs?: number;
}

/** A payment started: what the shopper does now. */
export interface StartedPayment {
  paymentId: string;
  provider: string;
  /** Store it on the order (`payment`): the contract's `PaymentAction`. */
  action: Order['payment'];
  expiresAt: string;
}

/** The answer to a notification, in the provider's format, and what was done. */
export interface NotificationResponse extends HttpAnswer {
  /**
   * `processed`: verified and applied; `repeat`: verified, processed before, nothing changed;
   * `refused`: not verified (forged, tampered, stale, malformed); `retry`: verified but not
   * processed (the provider sends it again); `unknown_provider`.
   */
  result: 'processed' | 'repeat' | 'refused' | 'retry' | 'unknown_provider';
  /** What processing did (`order_paid`, `recorded`, `amount_mismatch`, `late_payment_refunded`...), or why it was refused. */
  detail: string;
}

/** What a check of an order's payments found. */
export interface PaymentCheck {
  orderNumber: string;
  /**
   * `paid`: a payment paid the order; `pending`: waiting for the payer; `failed` / `expired`: the
   * latest attempt did; `problem`: money arrived but was not accepted (see the problems);
   * `none`: no payment was started.
   */
  status: 'paid' | 'pending' | 'failed' | 'expired' | 'problem' | 'none';
  payments: PaymentView[];
  /** Open payments whose provider could not be asked this time. */
  unanswered: number;
}

/** What one sweep did. */
export interface SweepResult {
  paymentsChecked: number;
  refundsChecked: number;
  /** Payments and refunds whose provider could not be asked (tried again next time). */
  failures: number;
}

/** The payments module. */
export interface Payments {
  /** The providers' names. */
  readonly providers: readonly string[];
  /** The provider taking `method`, or undefined. */
  providerFor(method: Pick<PaymentMethod, 'id' | 'kind'>): string | undefined;
  /**
   * Starts paying `order` at its payment method's provider; answers the payment action to store on
   * the order. Throws `OrderZoneError` `conflict` (the order does not await payment), `config` (no
   * provider for its method, or a currency the provider does not take) or `server` (the provider
   * refused or could not be reached; `details.retryable`).
   */
  startPayment(order: Order, shopper: ShopperContext): Promise<StartedPayment>;
  /** Verifies and processes a provider's notification; answers in the provider's format. Never throws. */
  handleNotification(provider: string, request: RawNotification): Promise<NotificationResponse>;
  /** Asks the providers about the order's open payments and applies what they say ("I have paid: check now"). */
  checkPayment(orderNumber: string): Promise<PaymentCheck>;
  /** Checks open payments older than `olderThanMs` (default 60 s) and open refunds: run it on a schedule. */
  sweep(options?: { olderThanMs?: number; limit?: number }): Promise<SweepResult>;
  /**
   * Refunds `amount` (default: all that is left) of the payment that paid the order, through its
   * provider; never more than is left of what was paid, whatever the number of refunds. With `key`
   * (e.g. the id of the request refunded), the refund is made once per key: asking again answers
   * the refund made before (its amount may differ from `amount`). Throws `OrderZoneError`
   * `not_found` (no paid payment) or `validation` (field `amount`).
   */
  refund(orderNumber: string, amount?: number, options?: { note?: string; key?: string }): Promise<RefundView>;
  /** Refunds a payment that did not pay its order (a mismatch, a flagged late payment). */
  refundPayment(paymentId: string, amount?: number, options?: { note?: string }): Promise<RefundView>;
  /** Asks the provider about a refund and applies the answer. */
  checkRefund(refundId: string): Promise<RefundView>;
  listPayments(orderNumber: string): Promise<PaymentView[]>;
  listRefunds(orderNumber: string): Promise<RefundView[]>;
  /** Problems for the merchant, newest first (unresolved only unless `includeResolved`). */
  listProblems(options?: { includeResolved?: boolean; limit?: number; orderNumber?: string }): Promise<PaymentProblem[]>;
  /** Marks a problem resolved with the merchant's note. Throws `not_found`. */
  resolveProblem(id: number, resolution: string): Promise<PaymentProblem>;
  /** Serves a provider's page (`GET|POST {publicUrl}/payments/{provider}/pages/{paymentId}`). */
  handlePage(provider: string, paymentId: string, request: { method: string; url: string; form?: URLSearchParams }): Promise<HttpAnswer>;
  /**
   * The merchant console's button of the demo: the simulated provider pays (or fails) the order's
   * latest simulated payment and sends its signed notification through the webhook path.
   */
  simulatePayment(orderNumber: string, options?: { status?: 'paid' | 'failed'; amount?: Money }): Promise<NotificationResponse>;
  /** Resolves once the notifications provider pages sent have been processed. */
  idle(): Promise<void>;
}

/** An order as the payments module reads it (status and total). */
interface OrderFacts {
  orderNumber: string;
  status: OrderStatus;
  total: Money;
}

const AWAITING_PAYMENT: OrderStatus = 'pending_payment';
/** How long after its expiry the sweep still asks the provider about an open payment. */
const STALE_AFTER_EXPIRY_MS = 24 * 3600_000;
const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomCode(length: number): string {
  return [...randomBytes(length)].map((byte) => BASE32[byte % BASE32.length]).join('');
}

function sameMoney(a: Money | undefined, b: Money): boolean {
  return a !== undefined && a.amount === b.amount && a.currency.toUpperCase() === b.currency.toUpperCase();
}

function htmlAnswer(status: number, text: string): HttpAnswer {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: `<!doctype html><meta charset="utf-8"><p>${text}</p>` };
}

/**
 * The payments module over `db`. Throws {@link PaymentsConfigError} for settings that cannot work:
 * the simulated provider in production (unless allowed), two providers of one name, a method mapped
 * to a provider that is not configured, a public or return URL that is not `https:` (or `http:` on
 * localhost).
 */
export function createPayments(options: PaymentsOptions): Payments {
  const now = options.now ?? (() => new Date());
  const ttl = options.paymentTtlMs ?? DEFAULT_PAYMENT_TTL_MS;
  const latePayments = options.latePayments ?? 'refund';
  const records = paymentRecords(options.db);
  const byName = new Map<string, PaymentProvider>();
  for (const provider of options.providers) {
    if (byName.has(provider.name)) throw new PaymentsConfigError('duplicate_provider', `Two payment providers are named "${provider.name}".`);
    byName.set(provider.name, provider);
  }
  const simulated = options.providers.find((provider) => provider.simulated);
  if (simulated && options.production && !options.allowSimulatedInProduction) {
    throw new PaymentsConfigError(
      'simulated_in_production',
      'The simulated payment provider is enabled in production: shoppers could "pay" without paying. Configure real providers, or set ORDERZONE_ALLOW_SIMULATED_PAYMENTS=1 for a demo.',
    );
  }
  for (const [method, provider] of Object.entries(options.methods ?? {})) {
    if (!byName.has(provider)) throw new PaymentsConfigError('unknown_provider', `Payment method "${method}" is mapped to provider "${provider}", which is not configured.`);
  }
  // Without providers (none configured) there is nothing to pay with, and no URL to check.
  const publicUrl = options.providers.length === 0 ? options.publicUrl : checkedUrl(options.publicUrl, 'ORDERZONE_PUBLIC_URL').replace(/\/+$/, '');
  if (options.providers.length > 0) {
    if (!options.returnUrl.includes('{orderNumber}')) throw new PaymentsConfigError('bad_setting', 'ORDERZONE_PAYMENT_RETURN_URL must contain {orderNumber}, e.g. https://shop.example/orders/{orderNumber}.');
    checkedUrl(options.returnUrl.replace('{orderNumber}', 'OZ'), 'ORDERZONE_PAYMENT_RETURN_URL');
  }
  const deliveries = new Set<Promise<unknown>>();

  const iso = () => now().toISOString();
  const notifyUrl = (provider: string) => `${publicUrl}/payments/${provider}/webhook`;
  const pageUrl = (provider: string, paymentId: string) => `${publicUrl}/payments/${provider}/pages/${paymentId}`;
  const returnUrlOf = (orderNumber: string) => options.returnUrl.replace('{orderNumber}', encodeURIComponent(orderNumber));

  function providerFor(method: Pick<PaymentMethod, 'id' | 'kind'>): string | undefined {
    const mapped = options.methods?.[method.id] ?? options.methods?.[method.kind];
    if (mapped) return mapped;
    const standard = DEFAULT_METHOD_PROVIDERS[method.kind];
    if (standard && byName.has(standard)) return standard;
    return simulated && standard ? simulated.name : undefined;
  }

  async function readOrder(orderNumber: string): Promise<OrderFacts | undefined> {
    const [row] = await options.db.select({ status: orders.status, data: orders.data }).from(orders).where(eq(orders.orderNumber, orderNumber));
    if (!row) return undefined;
    const order = row.data as Order;
    return { orderNumber, status: row.status as OrderStatus, total: order.total };
  }

  async function problem(kind: PaymentProblemKind, key: string, facts: { provider: string; orderNumber?: string; paymentId?: string; details: Record<string, unknown> }): Promise<void> {
    await records.recordProblem({
      key: `${kind}:${key}`,
      kind,
      provider: facts.provider,
      ...(facts.orderNumber ? { orderNumber: facts.orderNumber } : {}),
      ...(facts.paymentId ? { paymentId: facts.paymentId } : {}),
      details: facts.details,
      createdAt: iso(),
    });
  }

  // ---- refunds ---------------------------------------------------------------------------------------

  /** Applies a provider's answer about a refund; a failure becomes a problem. */
  async function applyRefundState(refund: RefundRow, state: { status: RefundRow['status']; providerRefundId?: string; failure?: string }): Promise<RefundRow> {
    const updated = (await records.advanceRefund(refund.id, { ...state, status: state.status as 'pending' | 'succeeded' | 'failed', at: iso() })) ?? refund;
    if (updated.status === 'failed') {
      await problem('refund_failed', refund.id, {
        provider: refund.provider,
        orderNumber: refund.orderNumber,
        paymentId: refund.paymentId,
        details: { refundId: refund.id, amount: { amount: refund.amount, currency: refund.currency }, reason: refund.reason, failure: updated.failure ?? state.failure ?? null },
      });
    }
    return updated;
  }

  /** Asks the provider for a refund already reserved (again, after a failure to reach it: the refund id keeps it idempotent). */
  async function sendRefund(refund: RefundRow, payment: PaymentRow, note: string): Promise<RefundRow> {
    const provider = byName.get(payment.provider);
    if (!provider) return applyRefundState(refund, { status: 'failed', failure: `Provider ${payment.provider} is not configured any more.` });
    try {
      const state = await provider.refund({
        refundId: refund.id,
        payment: providerPayment(payment),
        amount: { amount: refund.amount, currency: refund.currency },
        reason: note,
        notifyUrl: notifyUrl(provider.name),
      });
      return await applyRefundState(refund, state);
    } catch (error) {
      if (error instanceof PaymentProviderError && !error.retryable) return applyRefundState(refund, { status: 'failed', failure: error.message });
      // Not reached: stays `requested`; the sweep asks again with the same refund id.
      return refund;
    }
  }

  async function refundOf(payment: PaymentRow, amount: number | undefined, reason: RefundReason, note: string, refundId?: string): Promise<RefundRow> {
    const currency = payment.paidCurrency ?? payment.currency;
    const left = (payment.paidAmount ?? 0) - (await records.refundedAmount(payment.id));
    const wanted = amount ?? left;
    if (!Number.isSafeInteger(wanted) || wanted <= 0) {
      throw new OrderZoneError('validation', `A refund is a positive whole number of minor units, at most ${left} ${currency}.`, {
        fieldErrors: [{ field: 'amount', code: left <= 0 ? 'nothing_to_refund' : 'invalid_amount', params: { max: left } }],
      });
    }
    const at = iso();
    const reserved = await records.reserveRefund({
      id: refundId ?? `${payment.id}_R${randomCode(6)}`,
      paymentId: payment.id,
      orderNumber: payment.orderNumber,
      provider: payment.provider,
      amount: wanted,
      currency,
      status: 'requested',
      reason,
      createdAt: at,
      updatedAt: at,
    });
    if (!('refund' in reserved)) {
      throw new OrderZoneError('validation', `At most ${reserved.left} ${currency} is left to refund.`, { fieldErrors: [{ field: 'amount', code: 'too_large', params: { max: reserved.left } }] });
    }
    return reserved.refund.status === 'requested' ? sendRefund(reserved.refund, payment, note) : reserved.refund;
  }

  // ---- applying what a provider says about a payment --------------------------------------------------

  /** Money that cannot pay its order: refunded (or flagged), and a problem says so. Safe to run again. */
  async function settleLate(payment: PaymentRow, kind: 'late_payment' | 'duplicate_payment', order: OrderFacts | undefined): Promise<string> {
    const details = { orderStatus: order?.status ?? null, paid: { amount: payment.paidAmount, currency: payment.paidCurrency } };
    if (latePayments === 'flag') {
      if (!(await records.claimOutcome(payment.id, 'flagged', iso()))) return 'repeat';
      await problem(kind, payment.id, { provider: payment.provider, orderNumber: payment.orderNumber, paymentId: payment.id, details: { ...details, refunded: false } });
      return `${kind}_flagged`;
    }
    if (!(await records.claimOutcome(payment.id, 'refunded', iso())) && payment.outcome !== 'refunded') return 'repeat';
    // One refund per late payment, whatever the number of notifications: its id says so.
    const refundId = `${payment.id}_L`;
    if (await records.refund(refundId)) return 'repeat';
    await problem(kind, payment.id, { provider: payment.provider, orderNumber: payment.orderNumber, paymentId: payment.id, details: { ...details, refunded: true, refundId } });
    const note = kind === 'late_payment' ? `Order ${payment.orderNumber} was no longer awaiting payment` : `Order ${payment.orderNumber} was already paid`;
    await refundOf(payment, undefined, kind, note, refundId);
    return `${kind}_refunded`;
  }

  /** Why money cannot pay `order`: another payment paid it, or it stopped awaiting payment. */
  async function lateKind(payment: PaymentRow, order: OrderFacts | undefined): Promise<'late_payment' | 'duplicate_payment'> {
    const paidByAnother = (await records.paymentsOfOrder(payment.orderNumber)).some((other) => other.id !== payment.id && other.outcome === 'order_paid');
    return paidByAnother || (order && order.status !== AWAITING_PAYMENT && order.status !== 'cancelled' && order.status !== 'pending_shipment') ? 'duplicate_payment' : 'late_payment';
  }

  /** A payment the provider says is paid: pays its order if it can, else refunds or flags it. */
  async function settlePaid(row: PaymentRow): Promise<string> {
    let payment = row;
    const outcome = payment.outcome as PaymentOutcome | null;
    const order = await readOrder(payment.orderNumber);
    if (outcome === 'order_paid') {
      // Processed before; if the engine was not told (a failure in between), tell it now.
      if (order?.status === AWAITING_PAYMENT) await options.service.markPaid(payment.orderNumber);
      return 'repeat';
    }
    // Refunding was decided before: make sure the refund was asked for (a failure in between).
    if (outcome === 'refunded') return settleLate(payment, await lateKind(payment, order), order);
    if (outcome === 'not_captured') {
      // Left uncaptured, yet captured after all (at the provider): decide again.
      await records.releaseOutcome(payment.id, 'not_captured');
      payment = { ...payment, outcome: null };
    } else if (outcome) {
      return 'repeat';
    }
    const paid = payment.paidAmount !== null && payment.paidCurrency ? { amount: payment.paidAmount, currency: payment.paidCurrency } : undefined;
    const asked = { amount: payment.amount, currency: payment.currency };
    if (!sameMoney(paid, asked) || (order && order.status === AWAITING_PAYMENT && !sameMoney(paid, order.total))) {
      if (!(await records.claimOutcome(payment.id, 'flagged', iso()))) return 'repeat';
      await problem('amount_mismatch', payment.id, {
        provider: payment.provider,
        orderNumber: payment.orderNumber,
        paymentId: payment.id,
        details: { paid: paid ?? null, expected: order?.total ?? asked, orderStatus: order?.status ?? null },
      });
      return 'amount_mismatch';
    }
    if (!order) {
      await records.claimOutcome(payment.id, 'flagged', iso());
      await problem('unmatched_payment', payment.id, { provider: payment.provider, paymentId: payment.id, orderNumber: payment.orderNumber, details: { paid, reason: 'order_missing' } });
      return 'unmatched_payment';
    }
    if (order.status !== AWAITING_PAYMENT) return settleLate(payment, await lateKind(payment, order), order);
    if (!(await records.claimOutcome(payment.id, 'order_paid', iso()))) {
      // Another payment of the order paid it first.
      return settleLate(payment, 'duplicate_payment', order);
    }
    try {
      await options.service.markPaid(order.orderNumber);
    } catch (error) {
      if (!isOrderZoneError(error) || error.code !== 'conflict') {
        await records.releaseOutcome(payment.id, 'order_paid');
        throw error;
      }
      // The order left `pending_payment` meanwhile (cancelled, expired).
      await records.releaseOutcome(payment.id, 'order_paid');
      return settleLate(payment, 'late_payment', await readOrder(order.orderNumber));
    }
    return 'order_paid';
  }

  /** A payer's approval (PayPal): captured while the order awaits payment, else left uncaptured. */
  async function settleAuthorized(payment: PaymentRow, provider: PaymentProvider): Promise<string> {
    if (payment.outcome) return 'repeat';
    const order = await readOrder(payment.orderNumber);
    if (!order || order.status !== AWAITING_PAYMENT || !sameMoney(order.total, { amount: payment.amount, currency: payment.currency })) {
      await records.claimOutcome(payment.id, 'not_captured', iso());
      return 'not_captured';
    }
    if (!provider.capturePayment) return 'recorded';
    const captured = await provider.capturePayment(providerPayment(payment));
    return applyReport(payment, provider, captured);
  }

  /** Applies a report (notification or query) to `payment`. */
  async function applyReport(payment: PaymentRow, provider: PaymentProvider, report: PaymentReport): Promise<string> {
    if (report.reference && !payment.reference) await records.updatePayment(payment.id, { reference: report.reference });
    const status = report.status as PaymentStatus;
    const moved = statusRank(status) > statusRank(payment.status);
    const current =
      (await records.advancePayment(payment.id, status, {
        ...(report.amount ? { paid: report.amount } : {}),
        ...(report.providerTransactionId ? { transactionId: report.providerTransactionId } : {}),
        at: iso(),
      })) ?? payment;
    if (current.status === 'paid') return settlePaid(current);
    if (current.status === 'authorized') return settleAuthorized(current, provider);
    return moved ? 'recorded' : 'repeat';
  }

  async function findPayment(provider: string, report: { paymentId?: string; reference?: string; providerTransactionId?: string }): Promise<PaymentRow | undefined> {
    if (report.paymentId) {
      const payment = await records.payment(report.paymentId);
      if (payment && payment.provider === provider) return payment;
    }
    if (report.reference) {
      const payment = await records.paymentByReference(provider, report.reference);
      if (payment) return payment;
    }
    return report.providerTransactionId ? records.paymentByTransaction(provider, report.providerTransactionId) : undefined;
  }

  async function applyRefundReport(provider: PaymentProvider, report: RefundReport, notificationId: string): Promise<{ outcome: string; paymentId?: string }> {
    let refund = report.refundId ? await records.refund(report.refundId) : undefined;
    if (refund && refund.provider !== provider.name) refund = undefined;
    if (!refund && report.providerRefundId) refund = await records.refundByProviderId(provider.name, report.providerRefundId);
    if (refund) {
      const before = refund.status;
      const after = await applyRefundState(refund, { status: report.status, ...(report.providerRefundId ? { providerRefundId: report.providerRefundId } : {}) });
      return { outcome: after.status === before ? 'repeat' : `refund_${after.status}`, paymentId: refund.paymentId };
    }
    const payment = await findPayment(provider.name, report);
    if (!payment) {
      await problem('unmatched_refund', `${provider.name}:${notificationId}`, { provider: provider.name, details: { refundId: report.refundId ?? null, providerRefundId: report.providerRefundId ?? null, amount: report.amount ?? null } });
      return { outcome: 'unmatched_refund' };
    }
    // A refund made at the provider itself (its dashboard): kept, so what is left to refund stays right.
    if (report.status === 'succeeded' && report.amount) {
      const at = iso();
      await records.insertExternalRefund({
        id: `ext_${report.providerRefundId ?? report.refundId ?? notificationId}`,
        paymentId: payment.id,
        orderNumber: payment.orderNumber,
        provider: provider.name,
        amount: report.amount.amount,
        currency: report.amount.currency,
        status: 'succeeded',
        reason: 'external',
        ...(report.providerRefundId ? { providerRefundId: report.providerRefundId } : {}),
        createdAt: at,
        updatedAt: at,
      });
    }
    return { outcome: 'external_refund', paymentId: payment.id };
  }

  // ---- notifications ---------------------------------------------------------------------------------

  async function handleNotification(providerName: string, request: RawNotification): Promise<NotificationResponse> {
    const provider = byName.get(providerName);
    if (!provider) return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'unknown provider', result: 'unknown_provider', detail: providerName };
    let parsed;
    try {
      parsed = await provider.parseNotification(request);
    } catch {
      parsed = { verified: false as const, reason: 'malformed' as const, detail: 'The notification could not be read.' };
    }
    if (!parsed.verified) {
      // PayPal's verification service was unreachable: the notification may be genuine; ask for it again.
      const outcome = parsed.reason === 'unverifiable' ? 'retry' : 'refused';
      return { ...provider.answer(outcome), result: outcome, detail: `${parsed.reason}: ${parsed.detail}` };
    }
    const event = parsed.notification;
    const summary =
      event.kind === 'ignored'
        ? { type: event.type }
        : { status: event.status, amount: event.amount ?? null, ...(event.kind === 'payment' && event.providerTransactionId ? { transactionId: event.providerTransactionId } : {}) };
    try {
      const fresh = await records.recordNotification({ provider: provider.name, notificationId: event.notificationId, kind: event.kind, summary, receivedAt: iso() });
      if (!fresh) {
        const earlier = await records.notification(provider.name, event.notificationId);
        if (earlier?.processedAt) return { ...provider.answer('accepted'), result: 'repeat', detail: earlier.outcome ?? 'repeat' };
      }
      let outcome: string;
      let paymentId: string | undefined;
      if (event.kind === 'ignored') {
        outcome = 'ignored';
      } else if (event.kind === 'refund') {
        ({ outcome, paymentId } = await applyRefundReport(provider, event, event.notificationId));
      } else {
        const payment = await findPayment(provider.name, event);
        if (!payment && event.status !== 'paid') {
          // Not ours and no money moved (another integration on the same account): nothing to do.
          outcome = 'unmatched_ignored';
        } else if (!payment) {
          await problem('unmatched_payment', `${provider.name}:${event.reference || event.notificationId}`, {
            provider: provider.name,
            details: { reference: event.reference, status: event.status, amount: event.amount ?? null, transactionId: event.providerTransactionId ?? null },
          });
          outcome = 'unmatched_payment';
        } else {
          paymentId = payment.id;
          outcome = await applyReport(payment, provider, event);
        }
      }
      await records.finishNotification(provider.name, event.notificationId, { outcome, ...(paymentId ? { paymentId } : {}), at: iso() });
      return { ...provider.answer('accepted'), result: 'processed', detail: outcome };
    } catch (error) {
      // Verified but not processed: the provider sends it again, and the repeat is processed.
      return { ...provider.answer('retry'), result: 'retry', detail: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
  }

  // ---- checks --------------------------------------------------------------------------------------

  async function checkOne(payment: PaymentRow): Promise<void> {
    const provider = byName.get(payment.provider);
    if (!provider || !payment.reference) return;
    const report = await provider.queryPayment(providerPayment(payment));
    await applyReport(payment, provider, report);
  }

  async function views(rows: PaymentRow[]): Promise<PaymentView[]> {
    return Promise.all(rows.map(async (row) => paymentView(row, await records.refundedAmount(row.id))));
  }

  function summarize(rows: PaymentRow[]): PaymentCheck['status'] {
    if (rows.some((row) => row.outcome === 'order_paid')) return 'paid';
    const latest = rows[0];
    if (!latest) return 'none';
    if (latest.outcome === 'flagged' || latest.outcome === 'refunded') return 'problem';
    if (latest.status === 'failed' || latest.status === 'expired') return latest.status;
    return 'pending';
  }

  async function refundRow(refundId: string): Promise<RefundRow> {
    const refund = await records.refund(refundId);
    if (!refund) throw new OrderZoneError('not_found', `No refund ${refundId}.`);
    return refund;
  }

  async function checkRefundRow(refund: RefundRow): Promise<RefundRow> {
    const payment = await records.payment(refund.paymentId);
    const provider = payment && byName.get(payment.provider);
    if (!payment || !provider) return refund;
    if (refund.status === 'requested') return sendRefund(refund, payment, `Refund of order ${payment.orderNumber}`);
    const state = await provider.queryRefund({
      refundId: refund.id,
      ...(refund.providerRefundId ? { providerRefundId: refund.providerRefundId } : {}),
      payment: providerPayment(payment),
      amount: { amount: refund.amount, currency: refund.currency },
    });
    return applyRefundState(refund, state);
  }

  return {
    providers: [...byName.keys()],
    providerFor,

    async startPayment(order, shopper) {
      if (order.status !== AWAITING_PAYMENT) throw new OrderZoneError('conflict', `Order ${order.orderNumber} is ${order.status}: it does not await payment.`);
      const name = providerFor(order.paymentMethod);
      const provider = name ? byName.get(name) : undefined;
      if (!provider) throw new OrderZoneError('config', `No payment provider takes payment method "${order.paymentMethod.id}" (${order.paymentMethod.kind}).`);
      if (provider.currencies && !provider.currencies.includes(order.total.currency)) {
        throw new OrderZoneError('config', `${provider.name} does not take ${order.total.currency}.`);
      }
      if (!Number.isSafeInteger(order.total.amount) || order.total.amount <= 0) throw new OrderZoneError('conflict', `Order ${order.orderNumber} has nothing to pay.`);
      const created = now();
      const expiresAt = new Date(created.getTime() + ttl);
      const paymentId = `${order.orderNumber.replace(/[^A-Za-z0-9]/g, '').slice(0, 16)}_${randomCode(8)}`;
      const returnUrl = returnUrlOf(order.orderNumber);
      // Stored before the provider is asked, so a notification that overtakes the answer finds it.
      await records.insertPayment({
        id: paymentId,
        orderNumber: order.orderNumber,
        provider: provider.name,
        methodId: order.paymentMethod.id,
        status: 'creating',
        amount: order.total.amount,
        currency: order.total.currency,
        device: shopper.device,
        returnUrl,
        createdAt: created.toISOString(),
        updatedAt: created.toISOString(),
        expiresAt: expiresAt.toISOString(),
      });
      let answer;
      try {
        answer = await provider.createPayment({
          paymentId,
          orderNumber: order.orderNumber,
          amount: order.total,
          description: `OrderZone ${order.orderNumber}`,
          shopper,
          returnUrl,
          notifyUrl: notifyUrl(provider.name),
          pageUrl: pageUrl(provider.name, paymentId),
          createdAt: created,
          expiresAt,
        });
      } catch (error) {
        await records.advancePayment(paymentId, 'failed', { at: iso() });
        const retryable = !(error instanceof PaymentProviderError) || error.retryable;
        throw new OrderZoneError('server', `The payment could not be started at ${provider.name}: ${(error as Error).message}`, {
          details: { provider: provider.name, retryable, ...(error instanceof PaymentProviderError && error.providerCode ? { providerCode: error.providerCode } : {}) },
          cause: error,
        });
      }
      await records.updatePayment(paymentId, { reference: answer.reference, action: answer.action, data: answer.data ?? {}, updatedAt: iso() });
      await records.advancePayment(paymentId, 'pending', { at: iso() });
      return { paymentId, provider: provider.name, action: answer.action, expiresAt: expiresAt.toISOString() };
    },

    handleNotification,

    async checkPayment(orderNumber) {
      let unanswered = 0;
      for (const payment of await records.paymentsOfOrder(orderNumber)) {
        if (payment.status !== 'pending' && payment.status !== 'authorized' && !(payment.status === 'paid' && !payment.outcome)) continue;
        try {
          await checkOne(payment);
        } catch {
          // The provider could not be asked: the payment stays as it was; the shopper may ask again.
          unanswered++;
        }
      }
      const rows = await records.paymentsOfOrder(orderNumber);
      return { orderNumber, status: summarize(rows), payments: await views(rows), unanswered };
    },

    async sweep(sweepOptions = {}) {
      const limit = sweepOptions.limit ?? 100;
      const at = now().getTime();
      const before = new Date(at - (sweepOptions.olderThanMs ?? 60_000)).toISOString();
      const result: SweepResult = { paymentsChecked: 0, refundsChecked: 0, failures: 0 };
      // A payment a day past its expiry is not asked about any more (a notification still counts).
      await records.expireStale(new Date(at - STALE_AFTER_EXPIRY_MS).toISOString(), iso());
      for (const payment of await records.openPayments(before, limit)) {
        try {
          await checkOne(payment);
          result.paymentsChecked++;
        } catch {
          result.failures++;
        }
      }
      for (const refund of await records.openRefunds(limit)) {
        try {
          await checkRefundRow(refund);
          result.refundsChecked++;
        } catch {
          result.failures++;
        }
      }
      return result;
    },

    async refund(orderNumber, amount, refundOptions = {}) {
      const payment = (await records.paymentsOfOrder(orderNumber)).find((row) => row.outcome === 'order_paid');
      if (!payment) throw new OrderZoneError('not_found', `Order ${orderNumber} has no payment to refund.`);
      const note = refundOptions.note ?? `Refund of order ${orderNumber}`;
      const key = refundOptions.key?.replace(/[^A-Za-z0-9]/g, '');
      if (!key) return refundView(await refundOf(payment, amount, 'merchant', note));
      // Once per key: the refund made for it stands; only after the provider refused it is another tried.
      const base = `${payment.id}_${key}`;
      const tried = (await records.refundsOfPayment(payment.id)).filter((row) => row.id === base || row.id.startsWith(`${base}_`));
      const standing = tried.find((row) => row.status !== 'failed');
      if (standing) return refundView(standing);
      return refundView(await refundOf(payment, amount, 'merchant', note, tried.length === 0 ? base : `${base}_${tried.length + 1}`));
    },

    async refundPayment(paymentId, amount, refundOptions = {}) {
      const payment = await records.payment(paymentId);
      if (!payment || payment.status !== 'paid') throw new OrderZoneError('not_found', `No paid payment ${paymentId}.`);
      return refundView(await refundOf(payment, amount, 'merchant', refundOptions.note ?? `Refund of order ${payment.orderNumber}`));
    },

    async checkRefund(refundId) {
      return refundView(await checkRefundRow(await refundRow(refundId)));
    },

    async listPayments(orderNumber) {
      return views(await records.paymentsOfOrder(orderNumber));
    },

    async listRefunds(orderNumber) {
      return (await records.refundsOfOrder(orderNumber)).map(refundView);
    },

    async listProblems(listOptions = {}) {
      const rows = await records.problems({ includeResolved: listOptions.includeResolved ?? false, limit: listOptions.limit ?? 100, ...(listOptions.orderNumber ? { orderNumber: listOptions.orderNumber } : {}) });
      return rows.map(problemView);
    },

    async resolveProblem(id, resolution) {
      const text = resolution.trim();
      if (!text || text.length > 500) throw new OrderZoneError('validation', 'A resolution is 1–500 characters.', { fieldErrors: [{ field: 'resolution', code: text ? 'too_long' : 'required', params: { max: 500 } }] });
      const row = await records.resolveProblem(id, text, iso());
      if (!row) throw new OrderZoneError('not_found', `No payment problem ${id}.`);
      return problemView(row);
    },

    async handlePage(providerName, paymentId, request) {
      const provider = byName.get(providerName);
      const payment = await records.payment(paymentId);
      if (!provider?.page || !payment || payment.provider !== provider.name || !payment.reference) return htmlAnswer(404, '页面不存在。· Not found.');
      const answer = await provider.page({
        method: request.method.toUpperCase(),
        url: new URL(request.url),
        ...(request.form ? { form: request.form } : {}),
        payment: {
          ...providerPayment(payment),
          status: payment.status,
          returnUrl: payment.returnUrl,
          notifyUrl: notifyUrl(provider.name),
          pageUrl: pageUrl(provider.name, payment.id),
          ...(payment.expiresAt ? { expiresAt: new Date(payment.expiresAt) } : {}),
        },
      });
      if (answer.data) await records.updatePayment(payment.id, { data: { ...((payment.data ?? {}) as Record<string, unknown>), ...answer.data }, updatedAt: iso() });
      if (answer.notification) {
        // The provider notifies a moment later, through the webhook path, as a real one would.
        const notification = answer.notification;
        const delivery = new Promise((resolve) => setTimeout(resolve, options.pageNotificationDelayMs ?? 500)).then(() => handleNotification(provider.name, notification));
        deliveries.add(delivery);
        void delivery.finally(() => deliveries.delete(delivery));
      }
      return { status: answer.status, headers: answer.headers, body: answer.body };
    },

    async simulatePayment(orderNumber, simulation = {}) {
      const provider = simulated as SimulatedPaymentProvider | undefined;
      if (!provider) throw new OrderZoneError('config', 'The simulated payment provider is not enabled.');
      const payment = (await records.paymentsOfOrder(orderNumber)).find((row) => row.provider === provider.name && row.reference);
      if (!payment?.reference) throw new OrderZoneError('not_found', `Order ${orderNumber} has no simulated payment.`);
      const notification = provider.simulate(payment.reference, { status: simulation.status ?? 'paid', ...(simulation.amount ? { amount: simulation.amount } : {}) });
      return handleNotification(provider.name, notification);
    },

    async idle() {
      while (deliveries.size > 0) await Promise.allSettled([...deliveries]);
    },
  };
}

/** `value` if it is an `https:` URL (or `http:` on localhost); else a {@link PaymentsConfigError} naming `setting`. */
function checkedUrl(value: string, setting: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PaymentsConfigError('bad_setting', `${setting} must be a URL; got ${JSON.stringify(value)}.`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new PaymentsConfigError('bad_setting', `${setting} must be an https: URL (http: only on localhost); got ${JSON.stringify(value)}.`);
  return value;
}
