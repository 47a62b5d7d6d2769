/**
 * The messages the server sent, newest first, for the merchant's console: sign-in and verification
 * codes (the engine's `OutboxMessage`) and notices to the shopper (`OrderNoticeData`), each with
 * where it went, when, and whether a channel delivered it. The demo console shows them instead of a
 * real SMS gateway, and a merchant can check what a shopper was sent.
 *
 * A code itself is part of the answer only when the admin API is told to reveal codes, which the
 * server does outside production only (`revealCodes: !config.production`): in production a message
 * says a code was sent, never which.
 *
 * @module
 */
import { and, desc, sql, type SQL } from 'drizzle-orm';
import type { OutboxMessage } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import type { OrderNoticeData } from '../messages/outbox-messages.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';
import { outbox } from '../db/schema.ts';

/** What became of a message: waiting for a channel, taken by one (`via`), or given up on. */
export interface OutboxDelivery {
  status: 'pending' | 'delivered' | 'failed';
  /** The channel that delivered it (`smtp`, `aliyun`, `log`...). */
  via?: string;
  /** ISO 8601: when it was delivered or given up on. */
  at?: string;
}

/** Fields every listed message has, whatever wrote it. */
interface OutboxEntryBase {
  id: string;
  /** Where it went, as the shopper typed it. */
  destination: string;
  /** ISO 8601 date-time it was queued. */
  sentAt: string;
  delivery: OutboxDelivery;
}

/** A listed message: a code (without `code` unless codes are revealed) or an order notice. */
export type OutboxEntry = (Omit<OutboxMessage, 'code'> & { code?: string } & OutboxEntryBase) | (OrderNoticeData & OutboxEntryBase);

/** A page of messages, newest first. */
export interface OutboxPage {
  messages: OutboxEntry[];
  /** Pass as `cursor` for the next (older) page; absent on the last page. */
  nextCursor?: string;
}

/** Options of {@link listOutbox}. */
export interface OutboxQuery {
  limit: number;
  cursor?: string;
  /** Include the codes themselves (outside production only). Default `false`. */
  revealCodes?: boolean;
}

function iso(time: string | Date | null): string | undefined {
  return time === null ? undefined : new Date(time).toISOString();
}

/** Messages newest first, `limit` at a time. */
export async function listOutbox(db: Db, query: OutboxQuery): Promise<OutboxPage> {
  const conditions: SQL[] = [];
  if (query.cursor !== undefined) {
    const [sentAt, id] = decodeCursor(query.cursor);
    conditions.push(sql`(${outbox.sentAt}, ${outbox.id}) < (${sentAt}::timestamptz, ${id})`);
  }
  const rows = await db
    .select({ id: outbox.id, destination: outbox.destination, sentAt: outbox.sentAt, data: outbox.data, deliveredAt: outbox.deliveredAt, deliveredVia: outbox.deliveredVia, failedAt: outbox.failedAt })
    .from(outbox)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(outbox.sentAt), desc(outbox.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    messages: page.map((row) => {
      const { code, ...data } = row.data as Record<string, unknown>;
      const delivery: OutboxDelivery =
        row.deliveredAt !== null
          ? { status: 'delivered', ...(row.deliveredVia ? { via: row.deliveredVia } : {}), at: iso(row.deliveredAt)! }
          : row.failedAt !== null
            ? { status: 'failed', at: iso(row.failedAt)! }
            : { status: 'pending' };
      const revealed = query.revealCodes && code !== undefined ? { code } : {};
      return { ...data, ...revealed, id: row.id, destination: row.destination, sentAt: iso(row.sentAt)!, delivery } as OutboxEntry;
    }),
    ...(rows.length > query.limit && last ? { nextCursor: encodeCursor(last.sentAt, last.id) } : {}),
  };
}
