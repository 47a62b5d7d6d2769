/**
 * A shopper's requests for quote and viewed products in their data (`shopper-data.ts`): what the
 * export holds and what the deletion does with them.
 *
 * - Export: every request for quote the shopper's contacts sent (`rfqs.buyer`), oldest first, as
 *   the merchant sees it; and the signed-in browsing history of each contact (`viewed_products`).
 * - Delete: a request that led to an order is kept with that order for the merchant's accounting
 *   (its lines, quoted prices, offer and order number) but anonymised as the order is: the buyer,
 *   the contact and the buyer's note become {@link TOMBSTONE} (the company, a business's details,
 *   stays as it stays on the order); every other request is deleted. The browsing history goes.
 *
 * Each request is changed under the engine store's lock of that request.
 *
 * @module
 */
import { and, asc, eq, gt, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Rfq } from '@orderzone/core';
import { rfqClosedAt } from '@orderzone/core/rfq';
import type { Db } from '../db/database.ts';
import { rfqs, viewedProducts } from '../db/schema.ts';
import { engineLockKey, lockEngineKeys } from '../store/pg-engine-store.ts';
import { TOMBSTONE } from './anonymise-orders.ts';

/** A contact's signed-in browsing history, as exported. */
export interface ExportedViewedProducts {
  /** The contact whose account it is. */
  contact: string;
  /** Product ids, newest first. */
  productIds: string[];
  /** ISO 8601 date-time of the last view. */
  updatedAt: string;
}

/** The request with what says who sent it, or what they wrote, replaced (see the module). */
export function anonymiseRfq(rfq: Rfq): Rfq {
  const { note, ...rest } = structuredClone(rfq);
  return { ...rest, contact: { name: TOMBSTONE, phone: TOMBSTONE, email: TOMBSTONE }, ...(note !== undefined ? { note: TOMBSTONE } : {}) };
}

/** The requests for quote `contacts` sent, oldest first. */
export async function rfqsOfContacts(tx: Db, contacts: readonly string[]): Promise<Rfq[]> {
  const rows = await tx.select({ data: rfqs.data }).from(rfqs).where(inArray(rfqs.buyer, [...contacts])).orderBy(rfqs.createdAt, rfqs.id);
  return rows.map((row) => row.data as Rfq);
}

/** The signed-in browsing history of each of `contacts` that has one. */
export async function viewedProductsOfContacts(tx: Db, contacts: readonly string[]): Promise<ExportedViewedProducts[]> {
  const rows = await tx.select().from(viewedProducts).where(inArray(viewedProducts.shopper, [...contacts])).orderBy(viewedProducts.shopper);
  return rows.map((row) => ({ contact: row.shopper, productIds: row.productIds as string[], updatedAt: new Date(row.updatedAt).toISOString() }));
}

/** What {@link eraseShopperRfqs} did. */
export interface ErasedRfqs {
  /** Requests deleted (never ordered). */
  deleted: number;
  /** Requests kept with their order, anonymised. */
  anonymised: number;
}

/** Requests read per query by {@link deleteClosedRfqs}. */
const BATCH = 500;

/**
 * Retention (`retention.ts`): deletes every request for quote never ordered whose business ended
 * (the core's `rfqClosedAt`: declined, withdrawn, or its offer expired) before `cutoff`, seen at
 * `now`. Open requests and ordered ones stay. Returns how many went.
 */
export async function deleteClosedRfqs(db: Db, cutoff: Date, now: Date): Promise<number> {
  let deleted = 0;
  let after = { createdAt: '', id: '' };
  for (;;) {
    // Sent before the cutoff (a request cannot end before it is sent), never ordered, after the last page read.
    const page = await db
      .select({ id: rfqs.id, createdAt: rfqs.createdAt, data: rfqs.data })
      .from(rfqs)
      .where(and(
        lt(rfqs.createdAt, cutoff.toISOString()),
        ne(rfqs.buyer, TOMBSTONE),
        isNull(sql`${rfqs.data} ->> 'orderNumber'`),
        after.id === '' ? undefined : or(gt(rfqs.createdAt, after.createdAt), and(eq(rfqs.createdAt, after.createdAt), gt(rfqs.id, after.id))),
      ))
      .orderBy(asc(rfqs.createdAt), asc(rfqs.id))
      .limit(BATCH);
    if (page.length === 0) return deleted;
    const last = page.at(-1)!;
    after = { createdAt: new Date(last.createdAt).toISOString(), id: last.id };
    const due = page.filter((row) => (rfqClosedAt(row.data as Rfq, now)?.getTime() ?? Infinity) < cutoff.getTime()).map((row) => row.id);
    if (due.length === 0) continue;
    deleted += await db.transaction(async (tx) => {
      await lockEngineKeys(tx, due.map((id) => engineLockKey.rfq(id)));
      // Read again under the lock: a request answered or reopened meanwhile is no longer due.
      const locked = await tx.select({ id: rfqs.id, data: rfqs.data }).from(rfqs).where(inArray(rfqs.id, due));
      const still = locked.filter((row) => (rfqClosedAt(row.data as Rfq, now)?.getTime() ?? Infinity) < cutoff.getTime()).map((row) => row.id);
      if (still.length === 0) return 0;
      return (await tx.delete(rfqs).where(inArray(rfqs.id, still)).returning({ id: rfqs.id })).length;
    });
  }
}

/** Anonymises (as {@link anonymiseRfq}) the requests for quote that led to `orderNumbers`, inside `tx`; returns how many. */
export async function anonymiseRfqsOfOrders(tx: Db, orderNumbers: readonly string[]): Promise<number> {
  if (orderNumbers.length === 0) return 0;
  const rows = await tx
    .select({ id: rfqs.id, data: rfqs.data })
    .from(rfqs)
    .where(and(ne(rfqs.buyer, TOMBSTONE), inArray(sql<string>`${rfqs.data} ->> 'orderNumber'`, [...orderNumbers])));
  if (rows.length === 0) return 0;
  await lockEngineKeys(tx, rows.map((row) => engineLockKey.rfq(row.id)));
  for (const row of rows) {
    await tx.update(rfqs).set({ buyer: TOMBSTONE, data: anonymiseRfq(row.data as Rfq) }).where(inArray(rfqs.id, [row.id]));
  }
  return rows.length;
}

/** Deletes the signed-in browsing histories not added to since `cutoff`; returns how many. */
export async function deleteStaleViewedProducts(db: Db, cutoff: Date): Promise<number> {
  return (await db.delete(viewedProducts).where(lt(viewedProducts.updatedAt, cutoff.toISOString())).returning({ shopper: viewedProducts.shopper })).length;
}

/** Deletes or anonymises (see the module) the requests for quote `contacts` sent, inside `tx`. */
export async function eraseShopperRfqs(tx: Db, contacts: readonly string[]): Promise<ErasedRfqs> {
  const rows = await tx.select({ id: rfqs.id, data: rfqs.data }).from(rfqs).where(inArray(rfqs.buyer, [...contacts]));
  if (rows.length === 0) return { deleted: 0, anonymised: 0 };
  await lockEngineKeys(tx, rows.map((row) => engineLockKey.rfq(row.id)));
  const ordered = rows.filter((row) => (row.data as Rfq).orderNumber !== undefined);
  const unordered = rows.filter((row) => (row.data as Rfq).orderNumber === undefined).map((row) => row.id);
  for (const row of ordered) {
    await tx.update(rfqs).set({ buyer: TOMBSTONE, data: anonymiseRfq(row.data as Rfq) }).where(inArray(rfqs.id, [row.id]));
  }
  if (unordered.length > 0) await tx.delete(rfqs).where(inArray(rfqs.id, unordered));
  return { deleted: unordered.length, anonymised: ordered.length };
}
