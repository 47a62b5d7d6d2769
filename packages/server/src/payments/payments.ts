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
 * This file assembles the module from its parts beside it: the shared settings and records
 * (`payments-context.ts`), starting a payment (`payment-start.ts`), notifications
 * (`payment-notifications.ts`), applying what a provider says (`payment-settlement.ts`), checks and
 * the sweep (`payment-checks.ts`), an order paid another way (`payment-paid-offline.ts`), refunds (`payment-refunds.ts`) and provider pages
 * (`provider-pages.ts`).
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { problemView } from './payment-records.ts';
import type { Payments, PaymentsOptions } from './payments-api.ts';
import { createPaymentChecks } from './payment-checks.ts';
import { createPaymentsContext } from './payments-context.ts';
import { createNotificationHandler } from './payment-notifications.ts';
import { createPaymentRefunds } from './payment-refunds.ts';
import { createPaymentSettlement } from './payment-settlement.ts';
import { createPaidOffline } from './payment-paid-offline.ts';
import { createPaymentStart } from './payment-start.ts';
import { createProviderPages } from './provider-pages.ts';

export {
  DEFAULT_METHOD_PROVIDERS, DEFAULT_PAYMENT_TTL_MS,
  type NotificationResponse, type PaidOfflineResult, type PaymentCheck, type Payments, type PaymentsOptions, type StartedPayment, type SweepResult,
} from './payments-api.ts';

/**
 * The payments module over `db`. Throws `PaymentsConfigError` for settings that cannot work:
 * the simulated provider in production (unless allowed), two providers of one name, a method mapped
 * to a provider that is not configured, a public or return URL that is not `https:` (or `http:` on
 * localhost).
 */
export function createPayments(options: PaymentsOptions): Payments {
  const ctx = createPaymentsContext(options);
  const { records, iso } = ctx;
  const refunds = createPaymentRefunds(ctx);
  const applyReport = createPaymentSettlement(ctx, refunds);
  const handleNotification = createNotificationHandler(ctx, refunds, applyReport);

  return {
    providers: [...ctx.byName.keys()],
    providerFor: ctx.providerFor,
    ...createPaymentStart(ctx),
    handleNotification,
    ...createPaymentChecks(ctx, refunds, applyReport),
    ...createPaidOffline(ctx, applyReport),
    refund: refunds.refund,
    refundPayment: refunds.refundPayment,
    checkRefund: refunds.checkRefund,
    listRefunds: refunds.listRefunds,

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

    ...createProviderPages(ctx, handleNotification),
  };
}
