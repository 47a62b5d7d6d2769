/**
 * Editing one product through the admin API: the whole `Product` (contract shape) is checked with
 * `ProductSchema` and the catalog's rules (`catalog-checks.ts`: its categories exist, its options
 * add up, its amounts are in the shop's currency, its variant ids are not another product's), then
 * written under the catalog lock, raising the catalog version so every server instance prices with
 * it from the next call.
 *
 * Stock is not edited here: a variant that tracks stock keeps its units on hand (use the stock
 * routes); a new variant, or one that starts tracking, starts with the `stock` the body gives; a
 * variant whose `stock` is `null` stops tracking.
 *
 * @module
 */
import { isDeepStrictEqual } from 'node:util';
import { eq, ne } from 'drizzle-orm';
import type { Product } from '@orderzone/core';
import { ProductSchema } from '@orderzone/core/schemas';
import type { ShopSeed } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { categories, products, shop } from '../db/schema.ts';
import { productProblems, variantIdProblems } from '../catalog/catalog-checks.ts';
import { CatalogImportError, issuesAt, problemsFromSchema } from '../catalog/catalog-issues.ts';
import { loadProduct, lockCatalog, SHOP_ID, upsertProducts } from '../catalog/catalog-store.ts';
import { writeAudit } from './audit-log.ts';

/** A product's fields for comparing versions: whether each variant tracks stock, not its count. */
function comparable(product: Product): Record<string, unknown> {
  return { ...product, variants: product.variants.map((variant) => ({ ...variant, stock: variant.stock === null ? null : 'tracked' })) };
}

/** The top-level fields of a product that differ between two versions. */
function productChanges(before: Product | undefined, after: Product): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const was: Record<string, unknown> = before ? comparable(before) : {};
  const now = comparable(after);
  const changed = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (isDeepStrictEqual(was[key], now[key])) continue;
    changed.before[key] = was[key] ?? null;
    changed.after[key] = now[key] ?? null;
  }
  return changed;
}

/**
 * Creates or replaces the product `productId` with `input` (see the module). Throws
 * {@link CatalogImportError} (`validation`, every problem with its path) and then writes nothing.
 * Answers the product as shoppers now see it (current stock) and the new catalog version.
 */
export async function saveProduct(db: Db, productId: string, input: unknown, actor: string): Promise<{ product: Product; catalogVersion: number; created: boolean }> {
  const parsed = ProductSchema.safeParse(input);
  if (!parsed.success) throw new CatalogImportError(issuesAt(problemsFromSchema(parsed.error.issues, input)));
  const product = parsed.data;
  if (product.id !== productId) throw new CatalogImportError([{ field: 'id', code: 'invalid', message: `is ${JSON.stringify(product.id)}, but the URL names the product ${JSON.stringify(productId)}` }]);

  return db.transaction(async (tx) => {
    await lockCatalog(tx);
    const [settings] = await tx.select({ pricing: shop.pricing }).from(shop).where(eq(shop.id, SHOP_ID));
    if (!settings) throw new CatalogImportError([{ field: '(the shop)', code: 'no_catalog', message: 'the database has no catalog yet: import one first' }]);
    const categoryIds = new Set((await tx.select({ id: categories.id }).from(categories)).map((row) => row.id));
    const others = await tx.select({ id: products.id, data: products.data }).from(products).where(ne(products.id, productId));
    const taken = new Map<string, string>();
    for (const row of others) for (const variant of (row.data as Product).variants) taken.set(variant.id, row.id);
    const problems = [
      ...productProblems(product, { currency: (settings.pricing as ShopSeed['pricing']).currency, categoryIds }),
      ...variantIdProblems([product], (_p, v) => ['variants', v, 'id'], taken),
    ];
    if (problems.length > 0) throw new CatalogImportError(issuesAt(problems));

    const [existing] = await tx.select({ data: products.data }).from(products).where(eq(products.id, productId));
    const before = existing?.data as Product | undefined;
    const catalogVersion = await upsertProducts(tx, [product], { stock: 'keep' });
    const changes = productChanges(before, product);
    await writeAudit(tx, { actor, action: before ? 'product.edit' : 'product.create', details: { productId, ...changes, catalogVersion } });
    return { product: (await loadProduct(tx, productId))!, catalogVersion, created: !before };
  });
}
