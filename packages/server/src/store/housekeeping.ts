/**
 * The server's housekeeping: what the database's timestamps say is over, acted on. Correctness never
 * depends on it (an order past its `payBy` is expired the moment anyone opens it; a lapsed hold
 * claims nothing), it only makes the database say so without waiting for a visitor: unpaid orders
 * past their deadline give their stock back, rows that expired long ago are removed, and messages
 * delivered a month ago are forgotten, and photos no request kept are deleted.
 *
 * Safe to run on every instance at once: each order is expired in its own locked transaction of the
 * engine store, and the deletions only remove rows no rule reads any more.
 *
 * @module
 */
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { OrderService } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { accessFailures, holds, oneTimeCodes, orders, outbox, pendingReturnPhotos, photoFiles, rateLimits, sessions } from '../db/schema.ts';

/** What one round of housekeeping did. */
export interface HousekeepingReport {
  /** Orders cancelled because they were not paid by their `payBy`. */
  expiredOrders: string[];
  /** Rows removed because they expired (holds, codes, sessions, wrong guesses, rate-limit windows). */
  removedRows: number;
  /** Uploaded photos deleted because no return request and no pending upload of their order names them. */
  removedPhotos: number;
}

/** How long expired rows are kept before they are removed (they no longer count for anything). */
const KEEP_EXPIRED_MS = 24 * 60 * 60 * 1000;

/** How long a delivered (or given up) message is kept: long enough for a merchant to look into a complaint. */
export const KEEP_SENT_MESSAGES_MS = 30 * 24 * 60 * 60 * 1000;

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
  // Messages delivered (or given up) a month ago: their destination is personal data kept no longer than needed.
  const monthAgo = new Date(now.getTime() - KEEP_SENT_MESSAGES_MS).toISOString();
  const sent = await db
    .delete(outbox)
    .where(or(lt(outbox.deliveredAt, monthAgo), lt(outbox.failedAt, monthAgo)))
    .returning({ id: outbox.id });
  removedRows += sent.length;
  return { expiredOrders, removedRows, removedPhotos: await removeOrphanPhotos(db, before) };
}

/**
 * Deletes the photo files uploaded before `before` that their order no longer names: neither a
 * return or refund request (the order's data) nor its pending uploads keep their URL (the engine
 * drops the oldest pending photos beyond its limit, and a shopper may upload and never ask). A photo
 * id is 128 random bits, so finding it in the order's text is finding the URL. Uploads of the last
 * day are left alone: their request may be on its way.
 */
async function removeOrphanPhotos(db: Db, before: string): Promise<number> {
  const removed = await db
    .delete(photoFiles)
    .where(
      and(
        lt(photoFiles.createdAt, before),
        sql`not exists (select 1 from ${orders} where ${orders.orderNumber} = ${photoFiles.orderNumber} and strpos(${orders.data}::text, ${photoFiles.id}) > 0)`,
        sql`not exists (select 1 from ${pendingReturnPhotos} where ${pendingReturnPhotos.orderNumber} = ${photoFiles.orderNumber} and strpos(${pendingReturnPhotos.photos}::text, ${photoFiles.id}) > 0)`,
      ),
    )
    .returning({ id: photoFiles.id });
  return removed.length;
}
