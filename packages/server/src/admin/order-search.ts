/**
 * Finding orders for the merchant: by status, order number, contact phone or e-mail and date range,
 * newest first, a page at a time. Reads the `orders` table the engine store writes; the indexes on
 * `created_at`, `contact_phone`, `contact_email` and `status` serve these queries.
 *
 * @module
 */
import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { OrderZoneError, type FieldError, type Order, type OrderStatus } from '@orderzone/core';
import { parseOrderNumber } from '@orderzone/core/orders';
import { OrderStatusSchema } from '@orderzone/core/schemas';
import { normalizeContact } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';
import { orders } from '../db/schema.ts';

/** What to look for; every given criterion must match. */
export interface OrderSearch {
  statuses?: OrderStatus[];
  /** An order number as typed (any case, spaces or dashes). */
  orderNumber?: string;
  /** A phone number or e-mail address as typed; matched like the engine matches contacts. */
  contact?: string;
  /** Placed at or after (ISO 8601). */
  from?: string;
  /** Placed before (ISO 8601). */
  to?: string;
  /** Orders per page, 1–100. */
  limit: number;
  /** A page's `nextCursor`, for the page after it. */
  cursor?: string;
}

/** A page of orders, newest first. */
export interface OrderPage {
  orders: Order[];
  /** Pass as `cursor` for the next (older) page; absent on the last page. */
  nextCursor?: string;
}

/** The most orders one page holds. */
export const MAX_PAGE_SIZE = 100;
/** Orders per page when not said. */
export const DEFAULT_PAGE_SIZE = 20;

function invalid(field: string, message: string): OrderZoneError {
  return new OrderZoneError('validation', message, { fieldErrors: [{ field, code: 'invalid' }] });
}

/** A page size from a query parameter. */
export function pageSize(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PAGE_SIZE;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) throw invalid('limit', `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.`);
  return value;
}

function dateTime(raw: string | undefined, field: string): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  const time = Date.parse(raw);
  if (Number.isNaN(time)) throw invalid(field, `${field} must be an ISO 8601 date or date-time such as 2026-03-01 or 2026-03-01T00:00:00+08:00.`);
  return new Date(time).toISOString();
}

/** The search a query string asks for (`status=paid,shipped&contact=…&from=…&to=…&limit=…&cursor=…`). */
export function orderSearchFromQuery(query: Record<string, string | undefined>): OrderSearch {
  const errors: FieldError[] = [];
  const statuses: OrderStatus[] = [];
  for (const raw of (query.status ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const parsed = OrderStatusSchema.safeParse(raw);
    if (parsed.success) statuses.push(parsed.data);
    else errors.push({ field: 'status', code: 'invalid' });
  }
  if (errors.length > 0) throw new OrderZoneError('validation', `status must be one or more of ${OrderStatusSchema.options.join(', ')}, separated by commas.`, { fieldErrors: errors });
  return {
    ...(statuses.length > 0 ? { statuses } : {}),
    ...(query.orderNumber ? { orderNumber: query.orderNumber } : {}),
    ...(query.contact ? { contact: query.contact } : {}),
    ...(dateTime(query.from, 'from') ? { from: dateTime(query.from, 'from') } : {}),
    ...(dateTime(query.to, 'to') ? { to: dateTime(query.to, 'to') } : {}),
    limit: pageSize(query.limit),
    ...(query.cursor ? { cursor: query.cursor } : {}),
  };
}



/** Orders matching `search`, newest first (see {@link OrderSearch}). */
export async function searchOrders(db: Db, search: OrderSearch): Promise<OrderPage> {
  const conditions: SQL[] = [];
  if (search.statuses && search.statuses.length > 0) conditions.push(inArray(orders.status, search.statuses));
  if (search.orderNumber !== undefined) conditions.push(eq(orders.orderNumber, parseOrderNumber(search.orderNumber) ?? search.orderNumber.trim()));
  if (search.contact !== undefined) {
    const contact = normalizeContact(search.contact);
    // An empty contact (only punctuation) matches nothing, as in the engine.
    conditions.push(contact === '' ? sql`false` : or(eq(orders.contactPhone, contact), eq(orders.contactEmail, contact))!);
  }
  if (search.from !== undefined) conditions.push(gte(orders.createdAt, search.from));
  if (search.to !== undefined) conditions.push(lt(orders.createdAt, search.to));
  if (search.cursor !== undefined) {
    const [createdAt, orderNumber] = decodeCursor(search.cursor);
    conditions.push(sql`(${orders.createdAt}, ${orders.orderNumber}) < (${createdAt}::timestamptz, ${orderNumber})`);
  }
  const rows = await db
    .select({ createdAt: orders.createdAt, orderNumber: orders.orderNumber, data: orders.data })
    .from(orders)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(orders.createdAt), desc(orders.orderNumber))
    .limit(search.limit + 1);
  const page = rows.slice(0, search.limit);
  const last = page.at(-1);
  return {
    orders: page.map((row) => row.data as Order),
    ...(rows.length > search.limit && last ? { nextCursor: encodeCursor(last.createdAt, last.orderNumber) } : {}),
  };
}

/** One order by number (as typed), or `undefined`. */
export async function readOrder(db: Db, orderNumber: string): Promise<Order | undefined> {
  const number = parseOrderNumber(orderNumber) ?? orderNumber.trim();
  const [row] = await db.select({ data: orders.data }).from(orders).where(eq(orders.orderNumber, number));
  return row ? (row.data as Order) : undefined;
}
