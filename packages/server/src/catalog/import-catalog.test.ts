import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Product } from '@orderzone/core';
import { isFieldErrorCode } from '@orderzone/core/rest';
import { createDemoShop, type ShopSeed } from '@orderzone/embedded-backend';
import { auditLog, products, stock } from '../db/schema.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../testing/databases.ts';
import { exampleCsv, exampleJson } from '../testing/example-catalog.ts';
import { CatalogImportError, formatCatalogIssue, type CatalogIssue } from './catalog-issues.ts';
import { loadShopSeed, readCatalogVersion } from './catalog-store.ts';
import { checkShopSeed, exportCatalog, importCatalog, importShopSeed } from './import-catalog.ts';

const DEMO = createDemoShop(new Date('2026-03-02T02:00:00Z'));

/** The worked example of docs/server.md: a shirt in two sizes (one sold out) and an untracked gift card. */
const EXAMPLE_CSV = exampleCsv();

async function importIssues(promise: Promise<unknown>): Promise<CatalogIssue[]> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof CatalogImportError, `expected a CatalogImportError, got ${String(error)}`);
    assert.equal(error.code, 'validation');
    // The admin API answers the catalog's own codes; the contract's field errors read them as `invalid`.
    assert.deepEqual(error.catalogFieldErrors.map((e) => e.code), error.issues.map((issue) => issue.code));
    for (const [index, fieldError] of error.fieldErrors.entries()) assert.equal(fieldError.code, isFieldErrorCode(error.issues[index]!.code) ? error.issues[index]!.code : 'invalid');
    return error.issues;
  }
  assert.fail('expected the import to be refused');
}

function find(issues: readonly CatalogIssue[], match: Partial<CatalogIssue>): CatalogIssue {
  const found = issues.find((issue) => Object.entries(match).every(([key, value]) => issue[key as keyof CatalogIssue] === value));
  assert.ok(found, `no issue like ${JSON.stringify(match)} in:\n${issues.map(formatCatalogIssue).join('\n')}`);
  return found;
}

describe('the catalog examples of docs/server.md', () => {
  it('has a JSON catalog that passes every check', () => {
    const seed = checkShopSeed(JSON.parse(exampleJson()));
    assert.deepEqual(seed.products.map((p) => p.variants.map((v) => v.id)), [['linen-shirt-m', 'linen-shirt-l']]);
  });
});

for (const kind of DATABASE_KINDS) {
  describe(`catalog import and export on ${kind}`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await openTestDatabase(kind);
    });
    after(() => test.dispose());

    it('has no catalog in an empty database, then seeds the demo catalog once', async () => {
      assert.equal(await readCatalogVersion(test.database.db), undefined);
      await assert.rejects(loadShopSeed(test.database.db), (error: Error & { code?: string }) => error.code === 'config' && /no catalog/.test(error.message));
      await importShopSeed(test.database.db, DEMO);
      const loaded = await loadShopSeed(test.database.db);
      assert.equal(loaded.catalogVersion, 1);
      // The catalog the engine prices with carries no reviews: they are review records, published.
      const { reviews: seededReviews, ...catalog } = JSON.parse(JSON.stringify(DEMO)) as ShopSeed;
      assert.deepEqual(loaded.seed, catalog);
      assert.ok((seededReviews ?? []).length > 0);
      assert.deepEqual((await exportCatalog(test.database.db)).reviews, seededReviews);
      // A second instance seeding at the same time changes nothing.
      await importShopSeed(test.database.db, createDemoShop(new Date('2030-01-01T00:00:00Z')));
      assert.equal(await readCatalogVersion(test.database.db), 1);
      assert.deepEqual((await loadShopSeed(test.database.db)).seed, loaded.seed);
    });

    it('exports the catalog with the stock on hand now, and importing the export gives the same catalog', async () => {
      await test.database.db.update(stock).set({ quantity: 3 }).where(eq(stock.variantId, 'mug-350'));
      const exported = await exportCatalog(test.database.db);
      const mug = exported.products.find((p) => p.id === 'custom-mug')!;
      assert.equal(mug.variants[0]!.stock, 3);
      assert.equal(exported.products.find((p) => p.id === 'cinema-night')!.variants[0]!.stock, null);

      const result = await importCatalog(test.database.db, { format: 'json', text: JSON.stringify(exported) });
      assert.deepEqual(result, { mode: 'replace', categories: DEMO.categories.length, products: DEMO.products.length, variants: DEMO.products.reduce((n, p) => n + p.variants.length, 0), catalogVersion: 2 });
      assert.deepEqual(await exportCatalog(test.database.db), exported);
      const [entry] = await test.database.db.select().from(auditLog).where(eq(auditLog.action, 'catalog.import'));
      assert.equal(entry?.actor, 'cli');
      assert.equal((entry?.details as { catalogVersion: number }).catalogVersion, 2);
    });

    it('refuses a JSON catalog with every problem listed by path, and writes nothing', async () => {
      const before = await exportCatalog(test.database.db);
      const broken = structuredClone(before) as ShopSeed & { products: Product[] };
      broken.products[1]!.id = broken.products[0]!.id;
      broken.products[2]!.categoryIds = ['no-such-category'];
      const tee = broken.products[0]!;
      tee.variants[0]!.options = { size: 'xxxl', color: tee.variants[0]!.options.color! };
      tee.variants[1]!.price = { amount: 100, currency: 'USD' };
      (tee.variants[2] as { price: unknown }).price = { amount: 1.5, currency: 'CNY' };
      broken.products[3]!.variants[0]!.id = tee.variants[3]!.id;

      const schemaIssues = await importIssues(importCatalog(test.database.db, { format: 'json', text: JSON.stringify(broken) }));
      // The schema comes first: a price that is not a whole number is all it can say yet.
      find(schemaIssues, { field: 'products[0].variants[2].price.amount', code: 'invalid' });

      (tee.variants[2] as { price: unknown }).price = { amount: 150, currency: 'CNY' };
      const issues = await importIssues(importCatalog(test.database.db, { format: 'json', text: JSON.stringify(broken) }));
      find(issues, { field: 'products[1].id', code: 'duplicate_id' });
      find(issues, { field: 'products[2].categoryIds[0]', code: 'unknown_category' });
      find(issues, { field: 'products[0].variants[0].options.size', code: 'unknown_option_value' });
      find(issues, { field: 'products[0].variants[1].price.currency', code: 'currency_mismatch' });
      find(issues, { field: 'products[3].variants[0].id', code: 'duplicate_id' });
      assert.equal(issues.length, 5, issues.map(formatCatalogIssue).join('\n'));

      const syntax = await importIssues(importCatalog(test.database.db, { format: 'json', text: '{\n  "categories": [\n}' }));
      assert.equal(syntax[0]!.code, 'invalid_json');

      assert.deepEqual(await exportCatalog(test.database.db), before);
      assert.equal(await readCatalogVersion(test.database.db), 2);
    });

    it('adds and replaces products from the CSV example of the docs, keeping the others', async () => {
      const result = await importCatalog(test.database.db, { format: 'csv', text: EXAMPLE_CSV }, { now: new Date('2026-03-02T08:00:00Z') });
      assert.deepEqual(result, { mode: 'merge', categories: DEMO.categories.length, products: 2, variants: 3, catalogVersion: 3 });
      const catalog = await exportCatalog(test.database.db);
      assert.equal(catalog.products.length, DEMO.products.length + 2);
      const shirt = catalog.products.find((p) => p.id === 'linen-shirt')!;
      assert.deepEqual(shirt, {
        id: 'linen-shirt',
        kind: 'goods',
        title: { 'zh-CN': '亚麻衬衫', 'en-US': 'Linen shirt' },
        description: { 'zh-CN': '透气亚麻面料。', 'en-US': 'Breathable linen.' },
        categoryIds: ['apparel', 'apparel-tops'],
        images: [],
        specs: [],
        reviews: [],
        optionGroups: [
          { id: 'size', name: { 'zh-CN': '尺码', 'en-US': 'Size' }, display: 'buttons', values: [{ id: 'm', label: { 'zh-CN': 'M', 'en-US': 'M' } }, { id: 'l', label: { 'zh-CN': 'L', 'en-US': 'L' } }] },
        ],
        variants: [
          { id: 'linen-shirt-m', sku: 'OZ-LIN-M', options: { size: 'm' }, price: { amount: 19900, currency: 'CNY' }, compareAtPrice: { amount: 25900, currency: 'CNY' }, stock: 12 },
          { id: 'linen-shirt-l', sku: 'OZ-LIN-L', options: { size: 'l' }, price: { amount: 19900, currency: 'CNY' }, compareAtPrice: { amount: 25900, currency: 'CNY' }, stock: 0 },
        ],
        personalization: [],
        quantity: { min: 1, step: 1 },
        createdAt: '2026-03-02T08:00:00.000Z',
      });
      const card = catalog.products.find((p) => p.id === 'gift-card')!;
      assert.deepEqual(card.optionGroups, []);
      assert.deepEqual(card.variants, [{ id: 'gift-card-100', sku: 'OZ-GIFT-100', options: {}, price: { amount: 10000, currency: 'CNY' }, stock: null }]);
      assert.deepEqual((await test.database.db.select().from(stock).where(eq(stock.productId, 'gift-card'))), []);

      // Importing a product that exists replaces what the file says and keeps what it has no column for.
      const teeReviews = catalog.products.find((p) => p.id === 'cotton-tee')!.reviews;
      const header = 'product_id,title.en-US,variant_id,option1.id,option1.value,option2.id,option2.value,price,currency,stock';
      await importCatalog(test.database.db, { format: 'csv', text: `${header}\ncotton-tee,Tee,tee-navy-m,size,m,color,navy,5000,CNY,40\n` });
      const tee = (await exportCatalog(test.database.db)).products.find((p) => p.id === 'cotton-tee')!;
      assert.deepEqual(tee.title, { 'en-US': 'Tee' });
      assert.deepEqual(tee.reviews, teeReviews);
      assert.deepEqual(tee.variants.map((v) => [v.id, v.stock, v.price.amount]), [['tee-navy-m', 40, 5000]]);
      assert.deepEqual((await test.database.db.select({ id: stock.variantId }).from(stock).where(eq(stock.productId, 'cotton-tee'))).map((r) => r.id), ['tee-navy-m']);
    });

    it('refuses a CSV file with every problem listed by line and column, and writes nothing', async () => {
      const before = await exportCatalog(test.database.db);
      const version = await readCatalogVersion(test.database.db);
      const csv = [
        'product_id,title.en-US,category_ids,option1.id,option1.value,variant_id,price,currency,stock,colour',
        'p1,One,apparel|nowhere,size,m,p1-m,12.50,CNY,3,',
        'p1,Another title,,,l,p1-l,100,USD,-1,',
        'p2,,gifts,,,mug-350,100,CNY,,',
        ',Orphan,,,,x,1,CNY,,',
      ].join('\r\n');
      const unknownColumn = await importIssues(importCatalog(test.database.db, { format: 'csv', text: csv }));
      assert.deepEqual(unknownColumn, [{ row: 1, field: 'colour', code: 'unknown_column', message: 'is not a column of the catalog CSV format (see docs/server.md); check its spelling' }]);

      const issues = await importIssues(importCatalog(test.database.db, { format: 'csv', text: csv.replace(/,colour/, '').replace(/,(\r\n|$)/g, '$1') }));
      find(issues, { row: 2, field: 'price', code: 'not_integer' });
      find(issues, { row: 3, field: 'title.en-US', code: 'conflicting_value' });
      find(issues, { row: 3, field: 'stock', code: 'too_small' });
      find(issues, { row: 4, field: 'title.<locale>', code: 'required' });
      find(issues, { row: 5, field: 'product_id', code: 'required' });
      assert.equal(issues.length, 5, issues.map(formatCatalogIssue).join('\n'));

      // Once every cell reads, the catalog's rules: categories, currency, variant ids of other products.
      const rules = await importIssues(
        importCatalog(test.database.db, {
          format: 'csv',
          text: ['product_id,title.en-US,category_ids,option1.id,option1.value,variant_id,price,currency,stock', 'p1,One,apparel|nowhere,size,m,p1-m,1250,CNY,3', 'p1,,,,l,p1-l,100,USD,1', 'p2,Two,gifts,,,mug-350,100,CNY,'].join('\n'),
        }),
      );
      assert.deepEqual(
        rules.map((issue) => [issue.row, issue.field, issue.code]),
        [
          [2, 'category_ids', 'unknown_category'],
          [3, 'currency', 'currency_mismatch'],
          [4, 'variant_id', 'duplicate_id'],
        ],
      );
      assert.match(formatCatalogIssue(rules[2]!), /^line 4, variant_id: variant id "mug-350" is also used by the product "custom-mug"/);

      assert.deepEqual(await exportCatalog(test.database.db), before);
      assert.equal(await readCatalogVersion(test.database.db), version);
      assert.equal((await test.database.db.select().from(products).where(eq(products.id, 'p1'))).length, 0);
    });
  });
}
