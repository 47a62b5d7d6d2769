/**
 * A catalog in a test database: writes a `ShopSeed` into the catalog tables and reads it back for the
 * engine store. Test-only; the server's own import and export live in `src/catalog/`.
 *
 * @module
 */
import { eq } from 'drizzle-orm';
import type { Category, Product } from '@orderzone/core';
import type { ShopSeed } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { categories, products, shop, stock } from '../db/schema.ts';
import type { CatalogSnapshot } from '../store/pg-engine-store.ts';

/** Writes `seed` as the shop's catalog, its variants' stock as given. */
export async function writeTestCatalog(db: Db, seed: ShopSeed): Promise<void> {
  await db.insert(shop).values({ id: 1, pricing: seed.pricing, paymentMethods: seed.paymentMethods, countries: seed.countries, catalogVersion: 1 });
  if (seed.categories.length > 0) await db.insert(categories).values(seed.categories.map((data, position) => ({ id: data.id, position, data })));
  await db.insert(products).values(seed.products.map((data, position) => ({ id: data.id, position, data })));
  const tracked = seed.products.flatMap((p) => p.variants.filter((v) => v.stock !== null).map((v) => ({ variantId: v.id, productId: p.id, quantity: v.stock! })));
  if (tracked.length > 0) await db.insert(stock).values(tracked);
}

/** The catalog as the engine store reads it. */
export async function readTestCatalog(db: Db): Promise<CatalogSnapshot> {
  const [row] = await db.select().from(shop).where(eq(shop.id, 1));
  if (!row) throw new Error('No catalog.');
  const productRows = await db.select().from(products).orderBy(products.position);
  const categoryRows = await db.select().from(categories).orderBy(categories.position);
  return {
    catalogVersion: row.catalogVersion,
    seed: {
      pricing: row.pricing as ShopSeed['pricing'],
      paymentMethods: row.paymentMethods as ShopSeed['paymentMethods'],
      countries: row.countries as string[],
      categories: categoryRows.map((r) => r.data as Category),
      products: productRows.map((r) => r.data as Product),
    },
  };
}
