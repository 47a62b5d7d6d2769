/**
 * Delivering the outbox, reliably and across instances (a transactional outbox).
 *
 * - **Taking messages.** A worker takes a batch of due, undelivered rows with
 *   `select … for update skip locked` and, in the same short transaction, counts the try and leases
 *   them (`next_attempt_at` = now + lease): another instance skips rows being taken and finds leased
 *   ones not due. The sending happens after that transaction, so no connection is held while a mail
 *   server answers (PGlite has only one). A channel gives up well inside the lease (its timeouts),
 *   so a message is never sent twice by two instances; a worker that died mid-send leaves its rows
 *   to be tried again when the lease ends (at least once, never lost).
 * - **Recording.** Delivered: `delivered_at`, `delivered_via`. Failed: `last_error` (codes only, no
 *   personal data) and `next_attempt_at` after a back-off (30 s, doubling, at most 1 hour); given up
 *   (`failed_at`) when refused for good, after `maxAttempts` tries, or when the code would have
 *   expired before the next try. A result is recorded only by the worker holding the current try
 *   (its try count matches).
 * - **Codes live until sent.** The code is erased from the row once it is delivered, given up or
 *   expired (a code whose `expiresAt` passed before it could be sent is not sent at all). Order
 *   notices not delivered within `noticeTtlMs` (3 days) are given up as expired too. Outside
 *   production the server keeps a delivered code (`keepCodes`), so the demo console's outbox can
 *   show it to a person trying the shop without an SMS gateway.
 *
 * @module
 */
import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { outbox } from '../db/schema.ts';
import { describeFailure, type ChannelKind, type MessageChannels } from './message-channel.ts';
import { outgoingOf, rowExpiresAt } from './outbox-messages.ts';
import type { MessageSettings } from './render-message.ts';

/** Options of {@link deliverDueMessages}. */
export interface DeliveryOptions {
  settings: MessageSettings;
  /** The clock. Default the system's. */
  now?: () => Date;
  /** Rows taken per transaction. Default 10. */
  batchSize?: number;
  /** Tries of a message before it is given up. Default 8. */
  maxAttempts?: number;
  /** How long a taken message is left to its worker before another may try it. Default 5 minutes. */
  leaseMs?: number;
  /** The wait after the `attempt`-th failed try. Default 30 s × 2^(attempt−1), at most 1 hour. */
  retryDelayMs?: (attempt: number) => number;
  /** How long an order notice may wait to be delivered. Default 3 days. */
  noticeTtlMs?: number;
  /** One line per delivery, failure and give-up (never personal data). Default none. */
  log?: (line: string) => void;
  /**
   * Leave a delivered code in its row, for the demo console's outbox (the server sets it outside
   * production only; never in production). Default `false`: the code is erased once delivered.
   */
  keepCodes?: boolean;
}

/** What one round did. */
export interface DeliveryReport {
  delivered: number;
  /** Failed tries that will be tried again. */
  retrying: number;
  /** Messages given up (refused for good, too many tries). */
  failed: number;
  /** Messages no longer worth sending (a code past its expiry, a notice past its time). */
  expired: number;
}

const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_NOTICE_TTL_MS = 3 * 24 * 60 * 60_000;

/** The default back-off: 30 s, 1 min, 2 min... at most 1 hour. */
export function defaultRetryDelayMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 60 * 60_000);
}

/** The row's `data` without its code. */
const withoutCode = sql`${outbox.data} - 'code'`;

/** Gives up undelivered messages that are of no use any more, erasing their codes; returns how many. */
async function expireStale(db: Db, now: Date, noticeTtlMs: number): Promise<number> {
  const at = now.toISOString();
  const rows = await db
    .update(outbox)
    .set({ failedAt: at, lastError: 'expired', nextAttemptAt: null, data: withoutCode })
    .where(
      and(
        isNull(outbox.deliveredAt),
        isNull(outbox.failedAt),
        // Not while a worker holds it (its lease ends in the future): that worker records the outcome.
        or(isNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, at)),
        or(
          sql`(${outbox.data} ? 'code' and (${outbox.data} ->> 'expiresAt')::timestamptz <= ${at}::timestamptz)`,
          sql`(${outbox.data} ->> 'type' = 'order_notice' and ${outbox.sentAt} <= ${new Date(now.getTime() - noticeTtlMs).toISOString()}::timestamptz)`,
        ),
      ),
    )
    .returning({ id: outbox.id });
  return rows.length;
}

/** Takes up to `limit` due rows of `kinds`, counting the try and leasing them until `leaseUntil`. */
async function takeDue(db: Db, kinds: readonly ChannelKind[], now: Date, leaseUntil: Date, limit: number) {
  const at = now.toISOString();
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const due = await tx
      .select({ id: outbox.id, destination: outbox.destination, data: outbox.data, attempts: outbox.attempts })
      .from(outbox)
      .where(
        and(
          isNull(outbox.deliveredAt),
          isNull(outbox.failedAt),
          or(isNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, at)),
          inArray(sql`${outbox.data} ->> 'channel'`, [...kinds]),
        ),
      )
      .orderBy(asc(outbox.sentAt), asc(outbox.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    await tx
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: leaseUntil.toISOString() })
      .where(inArray(outbox.id, due.map((row) => row.id)));
    return due.map((row) => ({ ...row, attempts: row.attempts + 1 }));
  });
}

/** The condition that the try `attempts` of row `id` is still the current one (nobody else took it since). */
const currentTry = (id: string, attempts: number) => and(eq(outbox.id, id), eq(outbox.attempts, attempts), isNull(outbox.deliveredAt), isNull(outbox.failedAt));

/**
 * One round: gives up what is stale, then takes and delivers due messages, batch after batch, until
 * none is due, through the channel of each one's kind (messages of a kind without a channel wait).
 */
export async function deliverDueMessages(db: Db, channels: MessageChannels, options: DeliveryOptions): Promise<DeliveryReport> {
  const clock = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 10;
  const maxAttempts = options.maxAttempts ?? 8;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const retryDelayMs = options.retryDelayMs ?? defaultRetryDelayMs;
  const log = options.log ?? (() => undefined);
  const report: DeliveryReport = { delivered: 0, retrying: 0, failed: 0, expired: await expireStale(db, clock(), options.noticeTtlMs ?? DEFAULT_NOTICE_TTL_MS) };
  const kinds = (['sms', 'email'] as const).filter((kind) => channels[kind] !== undefined);
  if (kinds.length === 0) return report;

  for (;;) {
    const taken = await takeDue(db, kinds, clock(), new Date(clock().getTime() + leaseMs), batchSize);
    for (const row of taken) {
      const message = outgoingOf(row, options.settings);
      let failure: { reason: string; permanent: boolean } | undefined;
      let channelName = '';
      if ('unusable' in message) {
        failure = { reason: message.unusable, permanent: true };
      } else {
        const channel = channels[message.channel]!;
        channelName = channel.name;
        try {
          await channel.send(message);
        } catch (error) {
          failure = describeFailure(error);
        }
      }
      const now = clock();
      const at = now.toISOString();
      const label = `[orderzone messages] ${row.id} (${'unusable' in message ? 'unreadable' : `${message.kind} by ${message.channel}`}, try ${row.attempts})`;
      if (!failure) {
        await db
          .update(outbox)
          .set({ deliveredAt: at, deliveredVia: channelName, nextAttemptAt: null, lastError: null, ...(options.keepCodes ? {} : { data: withoutCode }) })
          .where(currentTry(row.id, row.attempts));
        report.delivered++;
        log(`${label}: delivered via ${channelName}`);
        continue;
      }
      const next = new Date(now.getTime() + retryDelayMs(row.attempts));
      const expiresAt = rowExpiresAt(row.data);
      const final = failure.permanent || row.attempts >= maxAttempts || (expiresAt !== undefined && next.getTime() >= expiresAt);
      if (final) {
        await db.update(outbox).set({ failedAt: at, lastError: failure.reason, nextAttemptAt: null, data: withoutCode }).where(currentTry(row.id, row.attempts));
        report.failed++;
        log(`${label}: given up (${failure.reason})`);
      } else {
        await db.update(outbox).set({ lastError: failure.reason, nextAttemptAt: next.toISOString() }).where(currentTry(row.id, row.attempts));
        report.retrying++;
        log(`${label}: failed (${failure.reason}), next try at ${next.toISOString()}`);
      }
    }
    if (taken.length < batchSize) return report;
  }
}
