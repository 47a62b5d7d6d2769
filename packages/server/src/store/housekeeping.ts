/**
 * The server's housekeeping: what the database's timestamps say is over, acted on. Correctness never
 * depends on it (an order past its `payBy` is expired the moment anyone opens it; a lapsed hold
 * claims nothing), it only makes the database say so without waiting for a visitor: unpaid orders
 * past their deadline give their stock back, and rows that expired long ago are removed.
 *
 * Safe to run on every instance at once: each order is expired in its own locked transaction of the
 * engine store, and the deletions only remove rows no rule reads any more.
 *
 * @module
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { OrderService } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { accessFailures, holds, oneTimeCodes, orders, rateLimits, sessions } from '../db/schema.ts';

/** What one round of housekeeping did. */
export interface HousekeepingReport {
  /** Orders cancelled because they were not paid by their `payBy`. */
  expiredOrders: string[];
  /** Rows removed because they expired (holds, codes, sessions, wrong guesses, rate-limit windows). */
  removedRows: number;
}

/** How long expired rows are kept before they are removed (they no longer count for anything). */
const KEEP_EXPIRED_MS = 24 * 60 * 60 * 1000;

/** Expires unpaid orders past their `payBy` and removes rows that expired a day ago. */
export async function runHousekeeping(db: Db, service: OrderService, now: Date = new Date()): Promise<HousekeepingReport> {
  const overdue = await db
    .select({ orderNumber: orders.orderNumber })
    .from(orders)
    .where(and(eq(orders.status, 'pending_payment'), sql`(${orders.data} ->> 'payBy') is not null`, sql`(${orders.data} ->> 'payBy')::timestamptz <= ${now.toISOString()}::timestamptz`));
  const expiredOrders: string[] = [];
  for (const { orderNumber } of overdue) {
    const order = await service.expireOrder(orderNumber);
    if (order.status === 'cancelled') expiredOrders.push(orderNumber);
  }
  const before = new Date(now.getTime() - KEEP_EXPIRED_MS).toISOString();
  let removedRows = 0;
  for (const [table, column] of [
    [holds, holds.expiresAt],
    [oneTimeCodes, oneTimeCodes.expiresAt],
    [sessions, sessions.expiresAt],
    [accessFailures, accessFailures.at],
    [rateLimits, rateLimits.windowStart],
  ] as const) {
    const removed = await db.delete(table).where(lt(column, before)).returning();
    removedRows += removed.length;
  }
  return { expiredOrders, removedRows };
}
