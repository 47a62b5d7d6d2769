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
import { inArray } from 'drizzle-orm';
import type { Rfq } from '@orderzone/core';
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
