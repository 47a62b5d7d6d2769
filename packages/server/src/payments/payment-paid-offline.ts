/**
 * An order the merchant marked paid another way: its open payments closed at their provider, so
 * the shopper can no longer pay them, and no longer checked.
 *
 * @module
 */
import { providerPayment, type PaymentRow } from './payment-records.ts';
import type { PaidOfflineResult, Payments } from './payments-api.ts';
import type { PaymentsContext } from './payments-context.ts';
import type { ApplyReport } from './payment-settlement.ts';
import { PaymentProviderError, type PaymentProvider } from './provider.ts';

/** Statuses of a payment that may still be paid. */
const OPEN = new Set(['creating', 'pending', 'authorized']);

/** `paidOffline` of the payments module over `ctx`. */
export function createPaidOffline(ctx: PaymentsContext, applyReport: ApplyReport): Pick<Payments, 'paidOffline'> {
  const { records, byName, iso } = ctx;

  /** Marks the payment `paid_offline` and stops checking it; false when it already had an outcome. */
  async function setAside(payment: PaymentRow): Promise<boolean> {
    if (!(await records.claimOutcome(payment.id, 'paid_offline', iso()))) return false;
    await records.advancePayment(payment.id, 'expired', { at: iso() });
    return true;
  }

  /** Closes one open payment at its provider; answers how it ended. */
  async function close(payment: PaymentRow, provider: PaymentProvider | undefined): Promise<keyof Omit<PaidOfflineResult, 'orderNumber'> | undefined> {
    if (!provider?.closePayment || !payment.reference) return (await setAside(payment)) ? 'superseded' : undefined;
    let closed;
    try {
      closed = await provider.closePayment(providerPayment(payment));
    } catch (error) {
      // Not reached: still open there. Marked, so money that arrives for it is refunded; the sweep keeps asking.
      if (!(error instanceof PaymentProviderError) || error.retryable) {
        await records.claimOutcome(payment.id, 'paid_offline', iso());
        return 'unanswered';
      }
      closed = 'ask' as const;
    }
    if (closed === 'ask') {
      // Paid (or closed) meanwhile: what the provider says is applied (a payment is refunded as a duplicate).
      await applyReport(payment, provider, await provider.queryPayment(providerPayment(payment)));
      const now = await records.payment(payment.id);
      if (!now || !OPEN.has(now.status)) return now?.status === 'expired' || now?.status === 'failed' ? 'closed' : undefined;
    }
    return (await setAside(payment)) ? (closed === 'closed' ? 'closed' : 'superseded') : undefined;
  }

  return {
    async paidOffline(orderNumber) {
      const result: PaidOfflineResult = { orderNumber, closed: 0, superseded: 0, unanswered: 0 };
      for (const payment of await records.paymentsOfOrder(orderNumber)) {
        if (!OPEN.has(payment.status) || payment.outcome) continue;
        try {
          const ended = await close(payment, byName.get(payment.provider));
          if (ended) result[ended]++;
        } catch {
          result.unanswered++;
        }
      }
      return result;
    },
  };
}
