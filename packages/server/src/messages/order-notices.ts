/**
 * Order notices: an e-mail to the order's contact for each status change that calls for one
 * (placed, paid, shipped, refund decided, return decided), queued in the outbox and delivered by
 * the message worker like any message.
 *
 * Each change of an order is its entry in the order's `history`. `order_notices` records every entry
 * looked at, by (order number, index), in the same transaction as the outbox row of its notice: a
 * repeated `NOTIFY order_changed`, a scan and a second instance find the entry recorded and queue
 * nothing (two at once: the second waits on the key, then finds it). The notice says only what it
 * needs: order number, lines, total, tracking, the merchant's decision and note.
 *
 * @module
 */
import { and, eq, gte, sql } from 'drizzle-orm';
import { localize, type Order, type SupportedLocale } from '@orderzone/core';
import type { Db } from '../db/database.ts';
import { orderNotices, orders, outbox } from '../db/schema.ts';
import type { NoticeOrder, OrderNoticeContent } from './message-content.ts';
import type { OrderNoticeData } from './outbox-messages.ts';
import { notifyOutbox } from './outbox-notify.ts';
import { messageLocale, type MessageSettings } from './render-message.ts';

/** The notices there are. */
export type OrderNoticeKind = OrderNoticeContent['kind'];

/** Options of {@link queueOrderNotices} and {@link scanOrderNotices}. */
export interface OrderNoticeOptions {
  settings: Pick<MessageSettings, 'defaultLocale'>;
  /** The clock. Default the system's. */
  now?: () => Date;
  /** A change older than this is recorded but not notified (`too_old`). Default 24 hours. */
  maxAgeMs?: number;
}

const DEFAULT_MAX_AGE_MS = 24 * 60 * 60_000;

/** The notice the change at `index` of `order`'s history calls for, if any. */
export function noticeKindOf(order: Order, index: number): OrderNoticeKind | undefined {
  const entry = order.history?.[index];
  if (!entry) return undefined;
  if (index === 0 && entry.action === undefined) return 'order_placed';
  switch (entry.action) {
    case 'pay':
    case 'confirm_payment':
      return 'order_paid';
    case 'ship':
      return 'order_shipped';
    case 'approve_refund':
    case 'partial_refund':
    case 'reject_refund':
      return 'refund_decided';
    case 'approve_return':
    case 'reject_return':
      return 'return_decided';
    default:
      return undefined;
  }
}

/** The order as a notice in `locale` shows it. */
function noticeOrder(order: Order, locale: SupportedLocale): NoticeOrder {
  return {
    orderNumber: order.orderNumber,
    lines: order.lines.map((line) => ({
      title: localize(line.title, locale),
      ...(line.variantTitle !== undefined ? { variant: localize(line.variantTitle, locale) } : {}),
      quantity: line.quantity,
    })),
    total: order.total,
  };
}

/** What the notice of the change at `index` says. */
export function noticeContent(order: Order, index: number, kind: OrderNoticeKind, locale: SupportedLocale): OrderNoticeContent {
  const entry = order.history![index]!;
  const shown = noticeOrder(order, locale);
  const note = entry.note?.trim() ? { note: entry.note.trim() } : {};
  switch (kind) {
    case 'order_placed':
      return entry.status === 'pending_payment'
        ? { kind, order: shown, next: 'pay', ...(order.payBy ? { payBy: order.payBy } : {}) }
        : { kind, order: shown, next: entry.status === 'pending_shipment' ? 'pay_on_delivery' : 'none' };
    case 'order_paid':
      return { kind, order: shown, bookings: entry.status === 'confirmed' };
    case 'order_shipped':
      return { kind, order: shown, ...(order.tracking ? { tracking: order.tracking } : {}) };
    case 'refund_decided': {
      const approved = entry.action === 'approve_refund' || entry.action === 'partial_refund';
      // The request this decision refunded: decided at the same moment.
      const refunded = approved ? order.afterSales?.find((sale) => sale.status === 'refunded' && sale.decidedAt === entry.at)?.refunded : undefined;
      return { kind, order: shown, approved, ...note, ...(refunded ? { amount: refunded } : {}) };
    }
    case 'return_decided': {
      const approved = entry.action === 'approve_return';
      return { kind, order: shown, approved, ...note, ...(approved && order.returnInstructions ? { instructions: order.returnInstructions } : {}) };
    }
  }
}

/** The outbox id of the notice of the change at `index`: one per change, whatever queues it. */
export const noticeMessageId = (orderNumber: string, index: number): string => `N-${orderNumber}-${index}`;

/** A plausible e-mail address (the engine validated it at checkout), trimmed. */
function emailOf(order: Order): string | undefined {
  const email = order.contact?.email?.trim();
  return email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : undefined;
}

/**
 * Records every change of order `orderNumber` not recorded yet and queues the notice each calls
 * for; wakes the workers when it queued any. Returns the outbox ids queued.
 */
export async function queueOrderNotices(db: Db, orderNumber: string, options: OrderNoticeOptions): Promise<string[]> {
  const now = (options.now ?? (() => new Date()))();
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [row] = await tx.select({ data: orders.data }).from(orders).where(eq(orders.orderNumber, orderNumber));
    if (!row) return [];
    const order = row.data as Order;
    const history = order.history ?? [];
    const recorded = new Set((await tx.select({ index: orderNotices.historyIndex }).from(orderNotices).where(eq(orderNotices.orderNumber, orderNumber))).map((r) => r.index));
    const locale = messageLocale((order as Order & { locale?: string }).locale, options.settings);
    const email = emailOf(order);
    const queued: string[] = [];
    for (let index = 0; index < history.length; index++) {
      if (recorded.has(index)) continue;
      const kind = noticeKindOf(order, index);
      const tooOld = now.getTime() - Date.parse(history[index]!.at) > maxAgeMs;
      const outcome = !kind ? 'none' : tooOld ? 'too_old' : !email ? 'no_email' : 'queued';
      const outboxId = outcome === 'queued' ? noticeMessageId(orderNumber, index) : null;
      const inserted = await tx
        .insert(orderNotices)
        .values({ orderNumber, historyIndex: index, notice: kind ?? null, outcome, outboxId, createdAt: now.toISOString() })
        .onConflictDoNothing()
        .returning({ index: orderNotices.historyIndex });
      if (inserted.length === 0 || !outboxId || !kind) continue;
      const data: OrderNoticeData = { type: 'order_notice', channel: 'email', locale, content: noticeContent(order, index, kind, locale) };
      await tx.insert(outbox).values({ id: outboxId, destination: email!, sentAt: now.toISOString(), data }).onConflictDoNothing();
      queued.push(outboxId);
    }
    if (queued.length > 0) await notifyOutbox(tx);
    return queued;
  });
}

/**
 * Queues the notices of every order changed since `since` (by `orders.updated_at`) that has changes
 * not recorded yet: what a `NOTIFY order_changed` missed (no worker listening, a dropped connection).
 * Returns the outbox ids queued.
 */
export async function scanOrderNotices(db: Db, since: Date, options: OrderNoticeOptions): Promise<string[]> {
  const changed = await db
    .select({ orderNumber: orders.orderNumber })
    .from(orders)
    .where(
      and(
        gte(orders.updatedAt, since.toISOString()),
        sql`jsonb_array_length(coalesce(${orders.data} -> 'history', '[]'::jsonb)) > (select count(*) from order_notices n where n.order_number = orders.order_number)`,
      ),
    );
  const queued: string[] = [];
  for (const { orderNumber } of changed) queued.push(...(await queueOrderNotices(db, orderNumber, options)));
  return queued;
}
