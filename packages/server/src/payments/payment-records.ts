/**
 * The payments module's rows (tables `payments`, `payment_notifications`, `payment_refunds`,
 * `payment_problems`) and the views of them the merchant's API gets. Every write that decides
 * something once (the payment that pays an order, a refund of a late payment, a problem) is a single
 * statement guarded by a unique key or a condition, so two instances processing the same
 * notification at once cannot both do it.
 *
 * @module
 */
import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Money, PaymentAction } from '@orderzone/core';
import type { Db } from '../db/database.ts';
import { paymentNotifications, paymentProblems, paymentRefunds, payments } from '../db/schema.ts';
import type { ProviderPayment } from './provider.ts';

export type PaymentRow = typeof payments.$inferSelect;
export type RefundRow = typeof paymentRefunds.$inferSelect;
export type ProblemRow = typeof paymentProblems.$inferSelect;

/** A payment's status in the payments module: the provider's state, `creating` until the provider answered. */
export type PaymentStatus = 'creating' | 'pending' | 'authorized' | 'paid' | 'failed' | 'expired';
/**
 * What the server did with a paid (or approved) payment; `paid_offline`: the merchant marked the
 * order paid another way while this payment was open, so it was closed at its provider (or, where
 * the provider cannot close one, set aside); money that still arrives for it is refunded.
 */
export type PaymentOutcome = 'order_paid' | 'refunded' | 'flagged' | 'not_captured' | 'paid_offline';
/** A refund's status: `requested` until the provider answered. */
export type RefundStatus = 'requested' | 'pending' | 'succeeded' | 'failed';
/** Why a refund was made. */
export type RefundReason = 'merchant' | 'late_payment' | 'duplicate_payment' | 'external';

/**
 * Kinds of {@link PaymentProblem}:
 * - `amount_mismatch`: paid, but not the order's total or currency; the order stays unpaid, the money at the provider;
 * - `late_payment`: paid after the order stopped awaiting payment (cancelled, expired): refunded, or flagged;
 * - `duplicate_payment`: a second payment of a paid order: refunded, or flagged;
 * - `refund_failed`: the provider refused or failed a refund;
 * - `unmatched_payment`, `unmatched_refund`: a verified notification for a payment the server does not know.
 */
export type PaymentProblemKind = 'amount_mismatch' | 'late_payment' | 'duplicate_payment' | 'refund_failed' | 'unmatched_payment' | 'unmatched_refund';

/** A payment, as the merchant's API shows it (nothing secret, nothing personal). */
export interface PaymentView {
  id: string;
  orderNumber: string;
  provider: string;
  methodId: string;
  status: PaymentStatus;
  outcome?: PaymentOutcome;
  amount: Money;
  /** What the provider says was paid. */
  paid?: Money;
  /** Refunded (or being refunded) so far. */
  refunded: Money;
  reference?: string;
  providerTransactionId?: string;
  action?: PaymentAction;
  createdAt: string;
  expiresAt?: string;
  paidAt?: string;
}

/** A refund, as the merchant's API shows it. */
export interface RefundView {
  id: string;
  paymentId: string;
  orderNumber: string;
  provider: string;
  amount: Money;
  status: RefundStatus;
  reason: RefundReason;
  providerRefundId?: string;
  failure?: string;
  createdAt: string;
  updatedAt: string;
}

/** Money the server did not simply accept: for the merchant to look at (admin API). */
export interface PaymentProblem {
  id: number;
  kind: PaymentProblemKind;
  orderNumber?: string;
  paymentId?: string;
  provider: string;
  /** Amounts, statuses, refund ids: what the merchant needs to decide. */
  details: Record<string, unknown>;
  createdAt: string;
  resolvedAt?: string;
  resolution?: string;
}

/** Statuses in the order they can follow each other; a report never moves a payment back. */
const RANK: Record<PaymentStatus, number> = { creating: 0, pending: 1, authorized: 2, failed: 3, expired: 3, paid: 4 };

export function statusRank(status: string): number {
  return RANK[status as PaymentStatus] ?? 0;
}

/** The rank of the `status` column, in SQL. */
function rankOf(column: SQL | typeof payments.status): SQL {
  return sql`(case ${column} when 'paid' then 4 when 'failed' then 3 when 'expired' then 3 when 'authorized' then 2 when 'pending' then 1 else 0 end)`;
}

/** Refunds that hold money back from a payment (all but failed ones). */
const HOLDING = ['requested', 'pending', 'succeeded'];

/** The rows of the payments module in `db`. */
export function paymentRecords(db: Db) {
  return {
    async insertPayment(row: typeof payments.$inferInsert): Promise<void> {
      await db.insert(payments).values(row);
    },

    async payment(id: string): Promise<PaymentRow | undefined> {
      const [row] = await db.select().from(payments).where(eq(payments.id, id));
      return row;
    },

    async paymentByReference(provider: string, reference: string): Promise<PaymentRow | undefined> {
      const [row] = await db.select().from(payments).where(and(eq(payments.provider, provider), eq(payments.reference, reference)));
      return row;
    },

    async paymentByTransaction(provider: string, transactionId: string): Promise<PaymentRow | undefined> {
      const [row] = await db.select().from(payments).where(and(eq(payments.provider, provider), eq(payments.providerTransactionId, transactionId)));
      return row;
    },

    async paymentsOfOrder(orderNumber: string): Promise<PaymentRow[]> {
      return db.select().from(payments).where(eq(payments.orderNumber, orderNumber)).orderBy(desc(payments.createdAt), desc(payments.id));
    },

    /** Payments still open at their provider (pending, or approved and not decided), created before `before`, oldest first. */
    async openPayments(before: string, limit: number): Promise<PaymentRow[]> {
      return db
        .select()
        .from(payments)
        .where(
          and(
            or(eq(payments.status, 'pending'), and(eq(payments.status, 'authorized'), isNull(payments.outcome))),
            sql`${payments.createdAt} < ${before}`,
            sql`${payments.reference} is not null`,
          ),
        )
        .orderBy(payments.createdAt)
        .limit(limit);
    },

    /** Open payments whose expiry passed before `expiredBefore` become `expired` (a later payment notification still moves them on). */
    async expireStale(expiredBefore: string, at: string): Promise<void> {
      await db
        .update(payments)
        .set({ status: 'expired', updatedAt: at })
        .where(and(inArray(payments.status, ['creating', 'pending']), sql`${payments.expiresAt} < ${expiredBefore}`));
    },

    async updatePayment(id: string, changes: Partial<typeof payments.$inferInsert>): Promise<void> {
      await db.update(payments).set(changes).where(eq(payments.id, id));
    },

    /**
     * Moves a payment to `status` if that is further along (never back), recording what was paid;
     * keeps a transaction id once known. Answers the row as it is now.
     */
    async advancePayment(id: string, status: PaymentStatus, changes: { paid?: Money; transactionId?: string; at: string }): Promise<PaymentRow | undefined> {
      const set: Partial<typeof payments.$inferInsert> = { status, updatedAt: changes.at };
      if (status === 'paid') {
        set.paidAt = changes.at;
        if (changes.paid) {
          set.paidAmount = changes.paid.amount;
          set.paidCurrency = changes.paid.currency;
        }
      }
      await db.update(payments).set(set).where(and(eq(payments.id, id), sql`${rankOf(payments.status)} < ${RANK[status]}`));
      if (changes.transactionId) {
        await db.update(payments).set({ providerTransactionId: changes.transactionId }).where(and(eq(payments.id, id), isNull(payments.providerTransactionId)));
      }
      return this.payment(id);
    },

    /** Sets `outcome` if none is set yet; true when this call set it. `order_paid` fails (false) when another payment paid the order. */
    async claimOutcome(id: string, outcome: PaymentOutcome, at: string): Promise<boolean> {
      try {
        const rows = await db.update(payments).set({ outcome, updatedAt: at }).where(and(eq(payments.id, id), isNull(payments.outcome))).returning({ id: payments.id });
        return rows.length === 1;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    async releaseOutcome(id: string, outcome: PaymentOutcome): Promise<void> {
      await db.update(payments).set({ outcome: null }).where(and(eq(payments.id, id), eq(payments.outcome, outcome)));
    },

    async setOutcome(id: string, outcome: PaymentOutcome, at: string): Promise<void> {
      await db.update(payments).set({ outcome, updatedAt: at }).where(eq(payments.id, id));
    },

    /** Records a notification; false when it was recorded before (a repeat). */
    async recordNotification(row: typeof paymentNotifications.$inferInsert): Promise<boolean> {
      const rows = await db.insert(paymentNotifications).values(row).onConflictDoNothing().returning({ id: paymentNotifications.notificationId });
      return rows.length === 1;
    },

    async notification(provider: string, notificationId: string) {
      const [row] = await db
        .select()
        .from(paymentNotifications)
        .where(and(eq(paymentNotifications.provider, provider), eq(paymentNotifications.notificationId, notificationId)));
      return row;
    },

    async finishNotification(provider: string, notificationId: string, changes: { outcome: string; paymentId?: string; at: string }): Promise<void> {
      await db
        .update(paymentNotifications)
        .set({ processedAt: changes.at, outcome: changes.outcome, ...(changes.paymentId ? { paymentId: changes.paymentId } : {}) })
        .where(and(eq(paymentNotifications.provider, provider), eq(paymentNotifications.notificationId, notificationId)));
    },

    /**
     * Inserts a refund if `amount` fits what is left of the payment (its paid amount less the
     * refunds holding money), in one transaction that locks the payment row. Answers the refund, or
     * what is left when it does not fit. With `onlyOnce`, a refund of the same id already made is
     * answered as it is.
     */
    async reserveRefund(row: typeof paymentRefunds.$inferInsert): Promise<{ refund: RefundRow } | { left: number }> {
      return db.transaction(async (tx) => {
        const [payment] = await tx.select().from(payments).where(eq(payments.id, row.paymentId)).for('update');
        const [existing] = await tx.select().from(paymentRefunds).where(eq(paymentRefunds.id, row.id));
        if (existing) return { refund: existing };
        const paid = payment?.paidAmount ?? 0;
        const [held] = await tx
          .select({ total: sql<string>`coalesce(sum(${paymentRefunds.amount}), 0)` })
          .from(paymentRefunds)
          .where(and(eq(paymentRefunds.paymentId, row.paymentId), inArray(paymentRefunds.status, HOLDING)));
        const left = paid - Number(held?.total ?? 0);
        if (row.amount > left) return { left };
        const [inserted] = await tx.insert(paymentRefunds).values(row).returning();
        return { refund: inserted! };
      });
    },

    async insertExternalRefund(row: typeof paymentRefunds.$inferInsert): Promise<void> {
      await db.insert(paymentRefunds).values(row).onConflictDoNothing();
    },

    async refund(id: string): Promise<RefundRow | undefined> {
      const [row] = await db.select().from(paymentRefunds).where(eq(paymentRefunds.id, id));
      return row;
    },

    async refundByProviderId(provider: string, providerRefundId: string): Promise<RefundRow | undefined> {
      const [row] = await db
        .select()
        .from(paymentRefunds)
        .where(and(eq(paymentRefunds.provider, provider), eq(paymentRefunds.providerRefundId, providerRefundId)));
      return row;
    },

    async refundsOfOrder(orderNumber: string): Promise<RefundRow[]> {
      return db.select().from(paymentRefunds).where(eq(paymentRefunds.orderNumber, orderNumber)).orderBy(paymentRefunds.createdAt, paymentRefunds.id);
    },

    async refundsOfPayment(paymentId: string): Promise<RefundRow[]> {
      return db.select().from(paymentRefunds).where(eq(paymentRefunds.paymentId, paymentId)).orderBy(paymentRefunds.createdAt, paymentRefunds.id);
    },

    async openRefunds(limit: number): Promise<RefundRow[]> {
      return db.select().from(paymentRefunds).where(inArray(paymentRefunds.status, ['requested', 'pending'])).orderBy(paymentRefunds.createdAt).limit(limit);
    },

    /** Moves a refund on from `requested`/`pending` (a final status stays). Answers the row as it is now. */
    async advanceRefund(id: string, changes: { status: RefundStatus; providerRefundId?: string; failure?: string; at: string }): Promise<RefundRow | undefined> {
      const open = changes.status === 'pending' ? ['requested'] : ['requested', 'pending'];
      await db
        .update(paymentRefunds)
        .set({ status: changes.status, updatedAt: changes.at, ...(changes.failure ? { failure: changes.failure.slice(0, 500) } : {}) })
        .where(and(eq(paymentRefunds.id, id), inArray(paymentRefunds.status, open)));
      if (changes.providerRefundId) {
        await db.update(paymentRefunds).set({ providerRefundId: changes.providerRefundId }).where(and(eq(paymentRefunds.id, id), isNull(paymentRefunds.providerRefundId)));
      }
      return this.refund(id);
    },

    /** Records a problem once per `key`; true when it is new. */
    async recordProblem(row: typeof paymentProblems.$inferInsert): Promise<boolean> {
      const rows = await db.insert(paymentProblems).values(row).onConflictDoNothing().returning({ id: paymentProblems.id });
      return rows.length === 1;
    },

    async problems(options: { includeResolved: boolean; limit: number; orderNumber?: string }): Promise<ProblemRow[]> {
      const conditions = [options.includeResolved ? undefined : isNull(paymentProblems.resolvedAt), options.orderNumber ? eq(paymentProblems.orderNumber, options.orderNumber) : undefined].filter(
        (condition): condition is SQL => condition !== undefined,
      );
      return db
        .select()
        .from(paymentProblems)
        .where(conditions.length ? and(...conditions) : undefined)
        .orderBy(desc(paymentProblems.createdAt), desc(paymentProblems.id))
        .limit(options.limit);
    },

    async resolveProblem(id: number, resolution: string, at: string): Promise<ProblemRow | undefined> {
      await db.update(paymentProblems).set({ resolvedAt: at, resolution }).where(and(eq(paymentProblems.id, id), isNull(paymentProblems.resolvedAt)));
      const [row] = await db.select().from(paymentProblems).where(eq(paymentProblems.id, id));
      return row;
    },

    /** The amount of a payment's refunds that hold money (requested, pending, succeeded). */
    async refundedAmount(paymentId: string): Promise<number> {
      const [held] = await db
        .select({ total: sql<string>`coalesce(sum(${paymentRefunds.amount}), 0)` })
        .from(paymentRefunds)
        .where(and(eq(paymentRefunds.paymentId, paymentId), inArray(paymentRefunds.status, HOLDING)));
      return Number(held?.total ?? 0);
    },
  };
}

export type PaymentRecords = ReturnType<typeof paymentRecords>;

/** A unique index refused the row (PostgreSQL 23505), through drizzle's wrapping. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

const iso = (value: string | null | undefined): string | undefined => (value ? new Date(value).toISOString() : undefined);

/** What the payments module tells a provider about a payment. */
export function providerPayment(row: PaymentRow): ProviderPayment {
  return {
    paymentId: row.id,
    orderNumber: row.orderNumber,
    reference: row.reference ?? '',
    // What was paid once known (a refund of a mismatched payment names its real total), else what was asked.
    amount: row.paidAmount !== null && row.paidCurrency ? { amount: row.paidAmount, currency: row.paidCurrency } : { amount: row.amount, currency: row.currency },
    ...(row.providerTransactionId ? { providerTransactionId: row.providerTransactionId } : {}),
    data: (row.data ?? {}) as Record<string, unknown>,
  };
}

export function paymentView(row: PaymentRow, refunded: number): PaymentView {
  return {
    id: row.id,
    orderNumber: row.orderNumber,
    provider: row.provider,
    methodId: row.methodId,
    status: row.status as PaymentStatus,
    ...(row.outcome ? { outcome: row.outcome as PaymentOutcome } : {}),
    amount: { amount: row.amount, currency: row.currency },
    ...(row.paidAmount !== null && row.paidCurrency ? { paid: { amount: row.paidAmount, currency: row.paidCurrency } } : {}),
    refunded: { amount: refunded, currency: row.paidCurrency ?? row.currency },
    ...(row.reference ? { reference: row.reference } : {}),
    ...(row.providerTransactionId ? { providerTransactionId: row.providerTransactionId } : {}),
    ...(row.action ? { action: row.action as PaymentAction } : {}),
    createdAt: iso(row.createdAt)!,
    ...(row.expiresAt ? { expiresAt: iso(row.expiresAt)! } : {}),
    ...(row.paidAt ? { paidAt: iso(row.paidAt)! } : {}),
  };
}

export function refundView(row: RefundRow): RefundView {
  return {
    id: row.id,
    paymentId: row.paymentId,
    orderNumber: row.orderNumber,
    provider: row.provider,
    amount: { amount: row.amount, currency: row.currency },
    status: row.status as RefundStatus,
    reason: row.reason as RefundReason,
    ...(row.providerRefundId ? { providerRefundId: row.providerRefundId } : {}),
    ...(row.failure ? { failure: row.failure } : {}),
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
  };
}

export function problemView(row: ProblemRow): PaymentProblem {
  return {
    id: row.id,
    kind: row.kind as PaymentProblemKind,
    ...(row.orderNumber ? { orderNumber: row.orderNumber } : {}),
    ...(row.paymentId ? { paymentId: row.paymentId } : {}),
    provider: row.provider,
    details: row.details as Record<string, unknown>,
    createdAt: iso(row.createdAt)!,
    ...(row.resolvedAt ? { resolvedAt: iso(row.resolvedAt)! } : {}),
    ...(row.resolution ? { resolution: row.resolution } : {}),
  };
}
