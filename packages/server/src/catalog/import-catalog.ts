/**
 * Importing and exporting the catalog, all or nothing.
 *
 * - **JSON**: a whole catalog, the `ShopSeed` of `@orderzone/embedded-backend` (what
 *   {@link exportCatalog} writes). It replaces the shop settings, every category and every product;
 *   each tracked variant's stock becomes the file's number.
 * - **CSV**: products and their variants, one row per variant (columns: `catalog-csv.ts` and
 *   `docs/server.md`). The products in the file are created or replaced; the others, the
 *   categories and the shop settings stay. The shop needs a catalog first (JSON or the demo).
 *
 * Both are checked with the contract's schemas and the catalog's rules (`catalog-checks.ts`) before
 * anything is written, every problem reported at once ({@link CatalogImportError}); then everything
 * is written in one transaction, which raises `shop.catalog_version` and writes the audit log.
 *
 * @module
 */
import { eq } from 'drizzle-orm';
import type { Product } from '@orderzone/core';
import type { ShopSeed } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { categories, products, shop } from '../db/schema.ts';
import { SYSTEM_ACTOR, writeAudit } from '../admin/audit-log.ts';
import { shopSeedIssues } from './catalog-checks.ts';
import { productsFromCsv } from './catalog-csv.ts';
import { CatalogImportError, issuesAt, problemsFromSchema, type CatalogIssue } from './catalog-issues.ts';
import { catalogReviews } from './catalog-reviews.ts';
import { loadShopSeed, lockCatalog, readCatalogVersion, replaceCatalog, SHOP_ID, upsertProducts } from './catalog-store.ts';
import { CsvSyntaxError, parseCsv } from './csv-table.ts';
import { ShopSeedSchema } from './shop-seed-schema.ts';

/** A catalog to import: a file's text in a format, or a value already parsed (a `ShopSeed`). */
export type CatalogInput = { format: 'json'; text: string } | { format: 'csv'; text: string } | { format: 'seed'; seed: unknown };

/** What an import changed. */
export interface CatalogImportResult {
  /** `replace`: a whole catalog (JSON); `merge`: products created or replaced (CSV). */
  mode: 'replace' | 'merge';
  /** Categories in the shop after the import. */
  categories: number;
  /** Products the file had. */
  products: number;
  /** Variants the file had. */
  variants: number;
  /** The catalog version after the import. */
  catalogVersion: number;
}

/** Who imports (for the audit log; default `cli`) and the time of the import (a CSV product's default `createdAt`). */
export interface CatalogImportOptions {
  actor?: string;
  now?: Date;
}

/** The format of a catalog file by its name: `json`, `csv`, or `undefined`. */
export function catalogFormatOf(fileName: string): 'json' | 'csv' | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** The 1-based line of a character offset in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** A whole catalog, checked; throws {@link CatalogImportError} with every problem. */
export function checkShopSeed(value: unknown): ShopSeed {
  const parsed = ShopSeedSchema.safeParse(value);
  if (!parsed.success) throw new CatalogImportError(issuesAt(problemsFromSchema(parsed.error.issues, value)));
  const issues = shopSeedIssues(parsed.data);
  if (issues.length > 0) throw new CatalogImportError(issues);
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    throw new CatalogImportError([
      { ...(position ? { row: lineAt(text, Number(position[1])) } : {}), field: '(the file)', code: 'invalid_json', message: `is not valid JSON: ${message}` },
    ]);
  }
}

function countVariants(list: readonly Product[]): number {
  return list.reduce((sum, product) => sum + product.variants.length, 0);
}

/**
 * Imports a catalog (see the module): checks it, then writes it in one transaction. Throws
 * {@link CatalogImportError} listing every problem, and then nothing was written.
 */
export async function importCatalog(db: Db, input: CatalogInput, options: CatalogImportOptions = {}): Promise<CatalogImportResult> {
  const actor = options.actor ?? 'cli';
  if (input.format === 'json' || input.format === 'seed') {
    const seed = checkShopSeed(input.format === 'json' ? parseJson(input.text) : input.seed);
    return db.transaction(async (tx) => {
      await lockCatalog(tx);
      const catalogVersion = await replaceCatalog(tx, seed);
      const result: CatalogImportResult = { mode: 'replace', categories: seed.categories.length, products: seed.products.length, variants: countVariants(seed.products), catalogVersion };
      await writeAudit(tx, { actor, action: 'catalog.import', details: { ...result } });
      return result;
    });
  }

  let table;
  try {
    table = parseCsv(input.text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new CatalogImportError([{ row: error.line, field: '(the file)', code: 'invalid_csv', message: error.message }]);
    throw error;
  }
  return db.transaction(async (tx) => {
    await lockCatalog(tx);
    const [settings] = await tx.select({ pricing: shop.pricing }).from(shop).where(eq(shop.id, SHOP_ID));
    if (!settings) {
      throw new CatalogImportError([
        { field: '(the file)', code: 'no_catalog', message: 'a CSV file adds products to a shop, and this database has no catalog yet: import a JSON catalog first (categories, pricing, payment methods, countries)' },
      ]);
    }
    const categoryIds = new Set((await tx.select({ id: categories.id }).from(categories)).map((row) => row.id));
    const known = await tx.select({ id: products.id, data: products.data }).from(products);
    const variantOwners = new Map<string, string>();
    for (const row of known) for (const variant of (row.data as Product).variants) variantOwners.set(variant.id, row.id);
    const issues: CatalogIssue[] = [];
    const list = productsFromCsv(
      table,
      {
        currency: (settings.pricing as ShopSeed['pricing']).currency,
        categoryIds,
        existing: new Map(known.map((row) => [row.id, row.data as Product])),
        variantOwners,
        now: (options.now ?? new Date()).toISOString(),
      },
      issues,
    );
    if (issues.length > 0) throw new CatalogImportError(issues);
    if (list.length === 0) throw new CatalogImportError([{ field: '(the file)', code: 'empty', message: 'has no product rows under its header' }]);
    const catalogVersion = await upsertProducts(tx, list, { stock: 'set' });
    const result: CatalogImportResult = { mode: 'merge', categories: categoryIds.size, products: list.length, variants: countVariants(list), catalogVersion };
    await writeAudit(tx, { actor, action: 'catalog.import', details: { ...result, productIds: list.map((p) => p.id) } });
    return result;
  });
}

/**
 * Seeds `seed` (the demo catalog, say) into a database that has no catalog yet; does nothing when it
 * has one (another server instance seeded it first, or the merchant imported theirs). Checked like
 * an import: throws {@link CatalogImportError} for a seed that is not a valid catalog.
 */
export async function importShopSeed(db: Db, seed: ShopSeed): Promise<void> {
  const checked = checkShopSeed(seed);
  await db.transaction(async (tx) => {
    await lockCatalog(tx);
    if ((await readCatalogVersion(tx)) !== undefined) return;
    const catalogVersion = await replaceCatalog(tx, checked);
    await writeAudit(tx, { actor: SYSTEM_ACTOR, action: 'catalog.seed', details: { categories: checked.categories.length, products: checked.products.length, catalogVersion } });
  });
}

/**
 * The whole catalog as a `ShopSeed` (the JSON import format), each tracked variant's `stock` the
 * units on hand now: importing it gives the same catalog back. Throws `OrderZoneError('config')`
 * when the database has no catalog.
 */
export async function exportCatalog(db: Db): Promise<ShopSeed> {
  const { seed } = await loadShopSeed(db);
  // The reviews that came with the catalog (not shoppers': those belong with their orders), as they are now.
  const position = new Map(seed.products.map((product, index) => [product.id, index]));
  const at = (productId: string): number => position.get(productId) ?? seed.products.length;
  const imported = (await catalogReviews(db)).sort((a, b) => at(a.productId) - at(b.productId) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return imported.length > 0 ? { ...seed, reviews: imported } : seed;
}

