/**
 * The providers' notifications (the truth about money): verified as the provider documents, each
 * processed once whatever the number of repeats, a forged or stale one refused in the provider's
 * own failure format; refunds made at the provider itself are kept.
 *
 * @module
 */
import type { PaymentRow } from './payment-records.ts';
import type { NotificationResponse } from './payments-api.ts';
import type { PaymentsContext } from './payments-context.ts';
import type { PaymentRefunds } from './payment-refunds.ts';
import type { ApplyReport } from './payment-settlement.ts';
import type { PaymentProvider, RawNotification, RefundReport } from './provider.ts';

/** Verifies and processes a provider's notification; answers in the provider's format. Never throws. */
export type HandleNotification = (providerName: string, request: RawNotification) => Promise<NotificationResponse>;

/** The notification handler of the payments module over `ctx`. */
export function createNotificationHandler(ctx: PaymentsContext, refunds: Pick<PaymentRefunds, 'applyRefundState'>, applyReport: ApplyReport): HandleNotification {
  const { records, byName, iso, problem } = ctx;
  const { applyRefundState } = refunds;

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

  return handleNotification;
}
