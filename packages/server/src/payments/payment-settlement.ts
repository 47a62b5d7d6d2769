/**
 * What the payments module does with what a provider says about a payment: moves the payment's
 * status forward, pays its order when the money is exactly the order's total and the order awaits
 * payment, captures a payer's approval (PayPal) only then, and refunds or flags money that cannot
 * pay its order (a mismatch, a late or duplicate payment).
 *
 * @module
 */
import { isOrderZoneError } from '@orderzone/core';
import { providerPayment, statusRank, type PaymentOutcome, type PaymentRow, type PaymentStatus } from './payment-records.ts';
import { AWAITING_PAYMENT, sameMoney, type OrderFacts, type PaymentsContext } from './payments-context.ts';
import type { PaymentRefunds } from './payment-refunds.ts';
import type { PaymentProvider, PaymentReport } from './provider.ts';

/** Applies a report (notification or query) to `payment`; answers what was done (`order_paid`, `recorded`, `repeat`...). */
export type ApplyReport = (payment: PaymentRow, provider: PaymentProvider, report: PaymentReport) => Promise<string>;

/** How reports about payments are applied, over `ctx`. */
export function createPaymentSettlement(ctx: PaymentsContext, refunds: Pick<PaymentRefunds, 'refundOf'>): ApplyReport {
  const { records, iso, options, latePayments, problem, readOrder } = ctx;
  const { refundOf } = refunds;

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
    if (outcome === 'not_captured' || outcome === 'paid_offline') {
      // Left uncaptured, or set aside when the order was paid another way, yet paid after all (at the provider): decide again.
      await records.releaseOutcome(payment.id, outcome);
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

  return applyReport;
}
