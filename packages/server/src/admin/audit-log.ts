/**
 * The audit log: every state change made through the admin API or the command line, and what the
 * server does on its own (retention), with who, when and what changed.
 *
 * - `actor`: the merchant key's id (`mk_…`) for the admin API, `cli` for the command line, `system`
 *   for what the server does by itself.
 * - `details`: what changed, as `{ before, after }` of the fields that changed, or counts and ids.
 *   Never a secret (keys, tokens, codes) and never personal data beyond what the order itself holds:
 *   a shopper's phone number, e-mail, name or address is not copied into the log, so deleting a
 *   shopper's data (`deleteShopperData`) needs no rewrite of it.
 *
 * @module
 */
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { auditLog } from '../db/schema.ts';

/** The command line's actor. */
export const CLI_ACTOR = 'cli';
/** The server's own actor (retention, seeding the demo catalog). */
export const SYSTEM_ACTOR = 'system';

/** One change, as it is written. */
export interface AuditRecord {
  actor: string;
  /** What was done, e.g. `order.ship`, `stock.adjust`, `catalog.import`, `shopper.delete`. */
  action: string;
  orderNumber?: string;
  details: Record<string, unknown>;
}

/** One change, as it is read back. */
export interface AuditEntry extends AuditRecord {
  id: number;
  /** ISO 8601 date-time. */
  at: string;
}

/** Writes one entry (inside the caller's transaction when `db` is one). */
export async function writeAudit(db: Db, record: AuditRecord): Promise<void> {
  await db.insert(auditLog).values({ actor: record.actor, action: record.action, orderNumber: record.orderNumber ?? null, details: record.details });
}

/** A page of the log, newest first. */
export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next (older) page; absent on the last page. */
  nextCursor?: string;
}

/** Entries newest first, optionally of one order, `limit` at a time (`before`: a page's `nextCursor`). */
export async function readAuditLog(db: Db, query: { orderNumber?: string; limit: number; before?: number }): Promise<AuditPage> {
  const conditions: SQL[] = [];
  if (query.orderNumber !== undefined) conditions.push(eq(auditLog.orderNumber, query.orderNumber));
  if (query.before !== undefined) conditions.push(lt(auditLog.id, query.before));
  const rows = await db
    .select()
    .from(auditLog)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  const entries = rows.slice(0, query.limit).map((row) => ({
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    action: row.action,
    ...(row.orderNumber !== null ? { orderNumber: row.orderNumber } : {}),
    details: row.details as Record<string, unknown>,
  }));
  return rows.length > query.limit ? { entries, nextCursor: String(entries.at(-1)!.id) } : { entries };
}
