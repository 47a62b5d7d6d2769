/**
 * Waking the message workers: `NOTIFY outbox`. The store (or anything that writes to the outbox)
 * calls {@link notifyOutbox} in the transaction that inserted messages; PostgreSQL delivers the
 * notification at commit, to every instance's worker, which then delivers at once instead of at its
 * next round.
 *
 * @module
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';

/** The channel the message workers listen on. */
export const OUTBOX_CHANNEL = 'outbox';

/** Wakes every instance's message worker (inside a transaction: once it commits). */
export async function notifyOutbox(db: Db): Promise<void> {
  await db.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}
