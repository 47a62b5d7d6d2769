/**
 * Checks of payments when a notification may have been missed: the shopper's "I have paid: check
 * now" (one order's open payments) and the scheduled sweep (open payments past a minute, open
 * refunds); a payment a day past its expiry is not asked about any more.
 *
 * @module
 */
import { paymentView, type PaymentRow, type PaymentView } from './payment-records.ts';
import type { PaymentCheck, Payments, SweepResult } from './payments-api.ts';
import type { PaymentsContext } from './payments-context.ts';
import type { PaymentRefunds } from './payment-refunds.ts';
import type { ApplyReport } from './payment-settlement.ts';
import { providerPayment } from './payment-records.ts';

/** How long after its expiry the sweep still asks the provider about an open payment. */
const STALE_AFTER_EXPIRY_MS = 24 * 3600_000;

/** The checks of the payments module over `ctx`. */
export function createPaymentChecks(
  ctx: PaymentsContext,
  refunds: Pick<PaymentRefunds, 'checkRefundRow'>,
  applyReport: ApplyReport,
): Pick<Payments, 'checkPayment' | 'sweep' | 'listPayments'> {
  const { records, byName, now, iso } = ctx;
  const { checkRefundRow } = refunds;

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

  return {
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

    async listPayments(orderNumber) {
      return views(await records.paymentsOfOrder(orderNumber));
    },
  };
}
