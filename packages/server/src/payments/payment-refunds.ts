/**
 * Refunds of the payments module: asked of the provider once per refund id (again after a failure
 * to reach it), never more than is left of what was paid, followed until the provider says they
 * succeeded or failed; a failed refund is a problem for the merchant.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { providerPayment, refundView, type PaymentRow, type RefundReason, type RefundRow } from './payment-records.ts';
import { randomCode, type PaymentsContext } from './payments-context.ts';
import type { Payments } from './payments-api.ts';
import { PaymentProviderError } from './provider.ts';

/** The refunds of the payments module, and what its other parts need of them. */
export interface PaymentRefunds extends Pick<Payments, 'refund' | 'refundPayment' | 'checkRefund' | 'listRefunds'> {
  /** Applies a provider's answer about a refund; a failure becomes a problem. */
  applyRefundState(refund: RefundRow, state: { status: RefundRow['status']; providerRefundId?: string; failure?: string }): Promise<RefundRow>;
  /** Refunds `amount` (default: all that is left) of `payment`, once per `refundId`. */
  refundOf(payment: PaymentRow, amount: number | undefined, reason: RefundReason, note: string, refundId?: string): Promise<RefundRow>;
  /** Asks the provider about a refund (or for it again, if it was never reached) and applies the answer. */
  checkRefundRow(refund: RefundRow): Promise<RefundRow>;
}

/** The refunds of the payments module over `ctx`. */
export function createPaymentRefunds(ctx: PaymentsContext): PaymentRefunds {
  const { records, byName, iso, notifyUrl, problem } = ctx;

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
    applyRefundState,
    refundOf,
    checkRefundRow,

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

    async listRefunds(orderNumber) {
      return (await records.refundsOfOrder(orderNumber)).map(refundView);
    },
  };
}
