/**
 * The retention period: how long a shopper's personal data is kept once an order's business is
 * done. With `ORDERZONE_RETENTION_DAYS=N`, {@link applyRetention} anonymises (`anonymise-orders.ts`)
 * every order that is closed (completed, cancelled, refunded, fulfilled, return rejected) and has
 * not changed for N days (and the requests for quote that led to them, as a shopper's deletion
 * does), deletes the messages sent more than N days ago, the requests for quote never ordered whose
 * business ended more than N days ago (declined, withdrawn, or their offer expired: the core's
 * `rfqClosedAt`), and the signed-in browsing histories nobody added to for N days. Unset, nothing is
 * removed by age (a shopper can still ask: `deleteShopperData`).
 *
 * The server's housekeeping calls it (actor `system`); `orderzone-server apply-retention` runs it
 * once (actor `cli`), e.g. from cron. Safe on every instance at once: each order is rewritten under
 * its lock, once.
 *
 * @module
 */
import { and, inArray, lt, ne, sql } from 'drizzle-orm';
import { ConfigError } from '../config.ts';
import type { Db } from '../db/database.ts';
import { orders, outbox } from '../db/schema.ts';
import { OrderStatusSchema } from '@orderzone/core/schemas';
import { SYSTEM_ACTOR, writeAudit } from '../admin/audit-log.ts';
import { anonymiseOrders, TOMBSTONE } from './anonymise-orders.ts';
import { isClosedStatus } from './shopper-data.ts';
import { anonymiseRfqsOfOrders, deleteClosedRfqs, deleteStaleViewedProducts } from './shopper-rfqs.ts';

/** The longest retention period that can be set (100 years). */
export const MAX_RETENTION_DAYS = 36_500;

/** Orders anonymised per transaction, so a first run over years of orders holds no lock for long. */
const BATCH = 100;

/** `ORDERZONE_RETENTION_DAYS` of `env`: a whole number of days, or `undefined` when unset (keep everything). */
export function readRetentionDays(env: Record<string, string | undefined>): number | undefined {
  const raw = env.ORDERZONE_RETENTION_DAYS?.trim();
  if (raw === undefined || raw === '') return undefined;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS) {
    throw new ConfigError(`ORDERZONE_RETENTION_DAYS must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}; got ${JSON.stringify(raw)}.`);
  }
  return days;
}

/** What one run removed. */
export interface RetentionReport {
  /** The period applied, or `undefined` when none is set (then nothing was done). */
  days?: number;
  /** Orders anonymised. */
  orders: string[];
  /** Messages deleted. */
  messages: number;
  /** Requests for quote deleted (never ordered, over for the period). */
  rfqs: number;
  /** Requests for quote anonymised with the orders they led to. */
  rfqsAnonymised: number;
  /** Signed-in browsing histories deleted. */
  viewedProducts: number;
}

/** Options of {@link applyRetention}. */
export interface RetentionOptions {
  /** The period in days; default `ORDERZONE_RETENTION_DAYS` of the environment; `undefined` there: nothing is done. */
  days?: number | undefined;
  /** Who runs it, for the audit log; default `system`. */
  actor?: string;
}

/**
 * Applies the retention period as of `now` (see the module). Audit-logged when anything was removed.
 */
export async function applyRetention(db: Db, now: Date, options: RetentionOptions = {}): Promise<RetentionReport> {
  const days = 'days' in options ? options.days : readRetentionDays(process.env);
  if (days === undefined) return { orders: [], messages: 0, rfqs: 0, rfqsAnonymised: 0, viewedProducts: 0 };
  const cutoffDate = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const cutoff = cutoffDate.toISOString();
  const closed = OrderStatusSchema.options.filter(isClosedStatus);
  // An order's last change is its newest history entry (the engine's clock), else its creation.
  const lastChange = sql`coalesce((${orders.data} -> 'history' -> -1 ->> 'at')::timestamptz, ${orders.createdAt})`;
  const report: RetentionReport = { days, orders: [], messages: 0, rfqs: 0, rfqsAnonymised: 0, viewedProducts: 0 };
  for (;;) {
    const due = await db
      .select({ orderNumber: orders.orderNumber })
      .from(orders)
      .where(and(inArray(orders.status, closed), ne(orders.contactPhone, TOMBSTONE), sql`${lastChange} < ${cutoff}::timestamptz`))
      .orderBy(orders.orderNumber)
      .limit(BATCH);
    if (due.length === 0) break;
    const done = await db.transaction(async (tx) => {
      const anonymised = await anonymiseOrders(tx, due.map((row) => row.orderNumber));
      report.rfqsAnonymised += await anonymiseRfqsOfOrders(tx, anonymised.orderNumbers);
      return anonymised;
    });
    report.orders.push(...done.orderNumbers);
    // Rows another instance anonymised meanwhile no longer match; stop if nothing moved, to never loop.
    if (done.orderNumbers.length === 0) break;
  }
  report.messages = (await db.delete(outbox).where(lt(outbox.sentAt, cutoff)).returning({ id: outbox.id })).length;
  report.rfqs = await deleteClosedRfqs(db, cutoffDate, now);
  report.viewedProducts = await deleteStaleViewedProducts(db, cutoffDate);
  const { orders: anonymised, messages, rfqs, rfqsAnonymised, viewedProducts } = report;
  if (anonymised.length > 0 || messages > 0 || rfqs > 0 || rfqsAnonymised > 0 || viewedProducts > 0) {
    await writeAudit(db, { actor: options.actor ?? SYSTEM_ACTOR, action: 'retention.apply', details: { days, cutoff, orders: anonymised, messages, rfqs, rfqsAnonymised, viewedProducts } });
  }
  return report;
}
