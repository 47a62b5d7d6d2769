/**
 * The messages the server sent (sign-in and verification codes), newest first, for the merchant's
 * console: the demo shows them instead of a real SMS gateway, and a merchant can check what a
 * shopper was sent. They are written by the engine store (`outbox`).
 *
 * @module
 */
import { and, desc, sql, type SQL } from 'drizzle-orm';
import type { OutboxMessage } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';
import { outbox } from '../db/schema.ts';

/** A page of messages, newest first. */
export interface OutboxPage {
  messages: OutboxMessage[];
  /** Pass as `cursor` for the next (older) page; absent on the last page. */
  nextCursor?: string;
}


/** Messages newest first, `limit` at a time. */
export async function listOutbox(db: Db, query: { limit: number; cursor?: string }): Promise<OutboxPage> {
  const conditions: SQL[] = [];
  if (query.cursor !== undefined) {
    const [sentAt, id] = decodeCursor(query.cursor);
    conditions.push(sql`(${outbox.sentAt}, ${outbox.id}) < (${sentAt}::timestamptz, ${id})`);
  }
  const rows = await db
    .select({ id: outbox.id, sentAt: outbox.sentAt, data: outbox.data })
    .from(outbox)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(outbox.sentAt), desc(outbox.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    messages: page.map((row) => row.data as OutboxMessage),
    ...(rows.length > query.limit && last ? { nextCursor: encodeCursor(last.sentAt, last.id) } : {}),
  };
}
