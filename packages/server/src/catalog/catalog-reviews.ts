/**
 * Reviews that come with a catalog (the demo seed, a JSON import): they become review records
 * (`reviews` rows, `published` unless the seed says otherwise), and the products are stored without
 * reviews of their own: a product page shows, and its rating counts, the published records only.
 * A review already in the database is never replaced by an import (its moderation and edits stay).
 *
 * @module
 */
import type { Product, ReviewRecord } from '@orderzone/core';
import { reviewRecordsOfCatalog } from '@orderzone/embedded-backend';
import { asc, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { reviews } from '../db/schema.ts';

/** The reviews that came with the catalog (no order), as they stand now: what an export carries. */
export async function catalogReviews(db: Db): Promise<ReviewRecord[]> {
  const rows = await db.select({ data: reviews.data }).from(reviews).where(isNull(reviews.orderNumber)).orderBy(asc(reviews.id));
  return rows.map((row) => row.data as ReviewRecord);
}

/** Stores the reviews inside `list` (and `extra`, the seed's own records) as records; answers the products without them. */
export async function importCatalogReviews<P extends Product>(tx: Db, list: readonly P[], extra: readonly ReviewRecord[] = []): Promise<P[]> {
  const { products, reviews: records } = reviewRecordsOfCatalog(list);
  const all = [...extra, ...records];
  for (let i = 0; i < all.length; i += 200) {
    const batch = all.slice(i, i + 200).map((review) => ({
      id: review.id,
      productId: review.productId,
      orderNumber: review.orderNumber ?? null,
      status: review.status,
      updatedAt: review.updatedAt,
      data: review,
    }));
    await tx.insert(reviews).values(batch).onConflictDoNothing();
  }
  return products;
}
