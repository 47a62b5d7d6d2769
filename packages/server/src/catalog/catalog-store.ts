/**
 * The catalog in the database: the `shop` row (pricing rules, payment methods, countries and the
 * catalog version), `categories`, `products` (each a `Product` as imported) and `stock` (the units
 * of each tracked variant now; a variant without a row does not track stock).
 *
 * Whoever caches the catalog (the PostgreSQL engine store) compares `shop.catalog_version`: it goes
 * up with every change of categories, products or shop settings. Stock is not part of it: it
 * changes with every order and is read from `stock` by the calls that need it.
 *
 * Writers of the catalog take one advisory lock, so two imports (or an import and a product edit)
 * never interleave.
 *
 * @module
 */
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { OrderZoneError } from '@orderzone/core';
import type { Category, Product } from '@orderzone/core';
import type { ShopSeed } from '@orderzone/embedded-backend';
import { importCatalogReviews } from './catalog-reviews.ts';
import type { Db } from '../db/database.ts';
import { categories, products, shop, stock } from '../db/schema.ts';

/** The one row of `shop`. */
export const SHOP_ID = 1;

/** Rows inserted per statement (PostgreSQL allows at most 65535 parameters in one). */
const BATCH = 200;

/** Takes the catalog writers' lock until the end of the transaction `tx`. */
export async function lockCatalog(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('orderzone:catalog'))`);
}

/** The catalog version, or `undefined` when the database has no catalog yet. */
export async function readCatalogVersion(db: Db): Promise<number | undefined> {
  const [row] = await db.select({ version: shop.catalogVersion }).from(shop).where(eq(shop.id, SHOP_ID));
  return row?.version;
}

/** Raises the catalog version (the shop row must exist); answers the new one. */
export async function bumpCatalogVersion(tx: Db): Promise<number> {
  const [row] = await tx
    .update(shop)
    .set({ catalogVersion: sql`${shop.catalogVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(shop.id, SHOP_ID))
    .returning({ version: shop.catalogVersion });
  if (!row) throw noCatalog();
  return row.version;
}

function noCatalog(): OrderZoneError {
  return new OrderZoneError('config', 'The database has no catalog yet: import one (orderzone-server import <catalog.json>) or start the server with the demo catalog.');
}

async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/** The stock rows of `list`: one per variant that tracks stock. */
function stockRows(list: readonly Product[]): { variantId: string; productId: string; quantity: number }[] {
  return list.flatMap((product) =>
    product.variants.flatMap((variant) => (variant.stock === null ? [] : [{ variantId: variant.id, productId: product.id, quantity: variant.stock }])),
  );
}

/** `product` with each variant's stock as `quantities` says (`null`: not tracked). */
function withStock(product: Product, quantities: ReadonlyMap<string, number>): Product {
  return { ...product, variants: product.variants.map((variant) => ({ ...variant, stock: quantities.get(variant.id) ?? null })) };
}

/**
 * Replaces the whole catalog with `seed` inside the transaction `tx` (the caller checked it and
 * holds the catalog lock): shop settings, every category and product, and the stock of every
 * tracked variant as the seed says. Answers the new catalog version.
 */
export async function replaceCatalog(tx: Db, seed: ShopSeed): Promise<number> {
  const settings = { pricing: seed.pricing, paymentMethods: seed.paymentMethods, countries: seed.countries };
  const [existing] = await tx.select({ id: shop.id }).from(shop).where(eq(shop.id, SHOP_ID));
  if (existing) await tx.update(shop).set(settings).where(eq(shop.id, SHOP_ID));
  else await tx.insert(shop).values({ id: SHOP_ID, ...settings, catalogVersion: 0 });
  await tx.delete(categories);
  await tx.delete(products);
  const stored = await importCatalogReviews(tx, seed.products, seed.reviews);
  await insertInBatches(seed.categories.map((data, position) => ({ id: data.id, position, data })), (batch) => tx.insert(categories).values(batch));
  await insertInBatches(stored.map((data, position) => ({ id: data.id, position, data })), (batch) => tx.insert(products).values(batch));
  const rows = stockRows(seed.products);
  if (rows.length === 0) await tx.delete(stock);
  else await tx.delete(stock).where(notInArray(stock.variantId, rows.map((r) => r.variantId)));
  await writeStock(tx, rows, 'set');
  return bumpCatalogVersion(tx);
}

/**
 * Writes stock rows: `set` makes each quantity the one given (an import says how many are on hand);
 * `keep` adds rows for variants that start tracking and leaves existing quantities alone (a product
 * edit: orders keep changing them meanwhile). Rows are updated in place, never deleted and written
 * again, so an order transaction waiting on a row sees it change, not vanish.
 */
async function writeStock(tx: Db, rows: readonly { variantId: string; productId: string; quantity: number }[], mode: 'set' | 'keep'): Promise<void> {
  await insertInBatches(rows, (batch) =>
    mode === 'set'
      ? tx.insert(stock).values(batch).onConflictDoUpdate({ target: stock.variantId, set: { quantity: sql`excluded.quantity`, productId: sql`excluded.product_id` } })
      : tx.insert(stock).values(batch).onConflictDoNothing({ target: stock.variantId }),
  );
}

/**
 * Creates or replaces `list` (the other products stay) inside the transaction `tx` (the caller
 * checked them and holds the catalog lock); new products go after the existing ones. Variants that
 * no longer exist or no longer track stock (`stock: null`) lose their stock row; the others' stock
 * is set to what the product says (`stock: 'set'`, an import) or kept as it is, new tracked variants
 * starting with the product's number (`stock: 'keep'`, an edit). Answers the new catalog version.
 */
export async function upsertProducts(tx: Db, given: readonly Product[], options: { stock: 'set' | 'keep' }): Promise<number> {
  if (given.length === 0) return bumpCatalogVersion(tx);
  const list = await importCatalogReviews(tx, given);
  const ids = list.map((p) => p.id);
  const known = new Set((await tx.select({ id: products.id }).from(products).where(inArray(products.id, ids))).map((r) => r.id));
  const [{ last } = { last: -1 }] = await tx.select({ last: sql<number>`coalesce(max(${products.position}), -1)::int` }).from(products);
  let next = Number(last) + 1;
  for (const product of list) {
    if (!known.has(product.id)) await tx.insert(products).values({ id: product.id, position: next++, data: product });
    else await tx.update(products).set({ data: product, updatedAt: sql`now()` }).where(eq(products.id, product.id));
  }
  const rows = stockRows(list);
  const tracked = rows.map((r) => r.variantId);
  await tx.delete(stock).where(tracked.length === 0 ? inArray(stock.productId, ids) : and(inArray(stock.productId, ids), notInArray(stock.variantId, tracked)));
  await writeStock(tx, rows, options.stock);
  return bumpCatalogVersion(tx);
}

/** The shop settings, categories and products (without current stock), or `undefined` without a catalog. */
async function readCatalog(db: Db): Promise<{ seed: ShopSeed; catalogVersion: number } | undefined> {
  const [settings] = await db.select().from(shop).where(eq(shop.id, SHOP_ID));
  if (!settings) return undefined;
  const categoryRows = await db.select({ data: categories.data }).from(categories).orderBy(asc(categories.position), asc(categories.id));
  const productRows = await db.select({ data: products.data }).from(products).orderBy(asc(products.position), asc(products.id));
  return {
    seed: {
      categories: categoryRows.map((row) => row.data as Category),
      products: productRows.map((row) => row.data as Product),
      pricing: settings.pricing as ShopSeed['pricing'],
      paymentMethods: settings.paymentMethods as ShopSeed['paymentMethods'],
      countries: settings.countries as ShopSeed['countries'],
    },
    catalogVersion: settings.catalogVersion,
  };
}

/**
 * The catalog as the order engine takes it (`createOrderEngine({ seed })`), each variant's `stock`
 * the units in stock now (`null` when not tracked), and the catalog version it was read at. Read in
 * one snapshot. Throws `OrderZoneError('config')` when the database has no catalog yet (see
 * {@link importShopSeed}).
 */
export async function loadShopSeed(db: Db): Promise<{ seed: ShopSeed; catalogVersion: number }> {
  return db.transaction(
    async (tx) => {
      const catalog = await readCatalog(tx);
      if (!catalog) throw noCatalog();
      const quantities = new Map((await tx.select({ variantId: stock.variantId, quantity: stock.quantity }).from(stock)).map((r) => [r.variantId, r.quantity]));
      return { seed: { ...catalog.seed, products: catalog.seed.products.map((product) => withStock(product, quantities)) }, catalogVersion: catalog.catalogVersion };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** One product with its current stock, or `undefined`. */
export async function loadProduct(db: Db, productId: string): Promise<Product | undefined> {
  const [row] = await db.select({ data: products.data }).from(products).where(eq(products.id, productId));
  if (!row) return undefined;
  const quantities = new Map((await db.select({ variantId: stock.variantId, quantity: stock.quantity }).from(stock).where(eq(stock.productId, productId))).map((r) => [r.variantId, r.quantity]));
  return withStock(row.data as Product, quantities);
}
