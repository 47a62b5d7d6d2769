/**
 * Products from a CSV file: one row per variant, the product's own columns on its first row (later
 * rows of the same product leave them empty or repeat them exactly). The columns (see
 * `docs/server.md`, "Importing a catalog"):
 *
 * | column | | what |
 * |---|---|---|
 * | `product_id` | required | the product's id |
 * | `title.<locale>` | one required | the title in a locale, e.g. `title.zh-CN`, `title.en-US` |
 * | `subtitle.<locale>`, `description.<locale>` | | more text per locale (description: blank lines between paragraphs) |
 * | `category_ids` | | category ids separated by `\|`; each must exist in the shop |
 * | `image_urls` | | product image URLs separated by `\|` (their alt text is the title) |
 * | `tags` | | words separated by `\|` |
 * | `quantity_min`, `quantity_max`, `quantity_step` | | units per order: at least (default 1), at most, in steps of (default 1) |
 * | `created_at` | | ISO 8601 date-time for the "newest" sort; default the existing product's, else now |
 * | `variant_id` | required | the variant's id, unique in the shop |
 * | `sku` | | the merchant's stock-keeping unit |
 * | `option<N>.id`, `option<N>.name.<locale>` | | option group N (1, 2, 3...) of the product, e.g. `size` / 尺码 / Size |
 * | `option<N>.value`, `option<N>.label.<locale>`, `option<N>.swatch` | | this variant's value in group N, its label, and a `#rrggbb` swatch |
 * | `price` | required | the price in minor units (fen, cents): `2990` is ¥29.90 |
 * | `compare_at_price` | | the "was" price, in minor units |
 * | `currency` | required | ISO 4217 code; the shop's currency |
 * | `stock` | | units on hand; empty: stock not tracked |
 * | `variant_image_url` | | the variant's own picture |
 *
 * A CSV file describes goods. Specs, personalization fields and bulk price tiers have no columns: a
 * product already in the shop keeps them (tiers per variant id). Reviews are records of their own
 * (written by shoppers, moderated by the merchant) and a product has no stored rating: its stars
 * are computed from its published reviews. Bookable
 * products (slots, stays, seats) are imported as JSON.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Image, LocalizedText, OptionGroup, Product, Variant } from '@orderzone/core';
import { ProductSchema } from '@orderzone/core/schemas';
import { productProblems, variantIdProblems, type CatalogContext } from './catalog-checks.ts';
import { pathText, problemsFromSchema, type CatalogIssue, type Problem } from './catalog-issues.ts';
import type { CsvTable } from './csv-table.ts';

/** Separates several values in one cell. */
export const LIST_SEPARATOR = '|';

const LOCALE = '[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*';
const PRODUCT_COLUMNS = ['product_id', 'category_ids', 'image_urls', 'tags', 'quantity_min', 'quantity_max', 'quantity_step', 'created_at'] as const;
const VARIANT_COLUMNS = ['variant_id', 'sku', 'price', 'compare_at_price', 'currency', 'stock', 'variant_image_url'] as const;
const LOCALIZED_COLUMN = new RegExp(`^(title|subtitle|description)\\.(${LOCALE})$`);
const OPTION_COLUMN = new RegExp(`^option([1-9]\\d?)\\.(id|value|swatch|name\\.${LOCALE}|label\\.${LOCALE})$`);

/** What the file's products are checked against, and what an existing product keeps. */
export interface CsvContext extends CatalogContext {
  /** The shop's products with these ids, as they are now. */
  existing: ReadonlyMap<string, Product>;
  /** Variant id → the product that has it, for every product in the shop. */
  variantOwners: ReadonlyMap<string, string>;
  /** The date-time of the import (a new product's `createdAt` when the file gives none). */
  now: string;
}

/** What a row of the file is, and where its cells are. */
interface Columns {
  index: Map<string, number>;
  /** Option group number → its columns. */
  options: Map<number, string[]>;
}

/** A product being read: the row its own columns came from and the rows of its variants. */
interface Draft {
  id: string;
  firstLine: number;
  first: string[];
  variantLines: number[];
  variants: string[][];
}

function readColumns(header: readonly string[], issues: CatalogIssue[]): Columns {
  const index = new Map<string, number>();
  const options = new Map<number, string[]>();
  header.forEach((name, i) => {
    if (index.has(name)) {
      issues.push({ row: 1, field: name, code: 'duplicate_column', message: 'appears twice in the header' });
      return;
    }
    index.set(name, i);
    const option = OPTION_COLUMN.exec(name);
    if (option) {
      const n = Number(option[1]);
      options.set(n, [...(options.get(n) ?? []), name]);
    } else if (!LOCALIZED_COLUMN.test(name) && !(PRODUCT_COLUMNS as readonly string[]).includes(name) && !(VARIANT_COLUMNS as readonly string[]).includes(name)) {
      issues.push({ row: 1, field: name || `(column ${i + 1})`, code: 'unknown_column', message: 'is not a column of the catalog CSV format (see docs/server.md); check its spelling' });
    }
  });
  for (const required of ['product_id', 'variant_id', 'price', 'currency']) {
    if (!index.has(required)) issues.push({ row: 1, field: required, code: 'missing_column', message: 'is a required column and is missing from the header' });
  }
  if (![...index.keys()].some((name) => name.startsWith('title.'))) issues.push({ row: 1, field: 'title.<locale>', code: 'missing_column', message: 'at least one title column (such as title.zh-CN or title.en-US) is required' });
  for (const [n, names] of options) {
    for (const required of [`option${n}.id`, `option${n}.value`]) {
      if (!names.includes(required)) issues.push({ row: 1, field: required, code: 'missing_column', message: `is required with the other option${n} columns` });
    }
  }
  return { index, options };
}

/** Names of the product's own columns in the header (those its later rows must repeat or leave empty). */
function productColumnNames(columns: Columns): string[] {
  return [...columns.index.keys()].filter((name) => LOCALIZED_COLUMN.test(name) || (PRODUCT_COLUMNS as readonly string[]).includes(name) || /^option\d+\.(id|name\.)/.test(name));
}

/** Reads one file's products; every problem is pushed to `issues` with its line and column. */
export function productsFromCsv(table: CsvTable, context: CsvContext, issues: CatalogIssue[]): Product[] {
  const columns = readColumns(table.header, issues);
  if (issues.length > 0) return [];
  const cell = (cells: readonly string[], name: string): string => (cells[columns.index.get(name) ?? -1] ?? '').trim();

  // Rows by product, products in the order of their first row.
  const drafts = new Map<string, Draft>();
  const ownColumns = productColumnNames(columns).filter((name) => name !== 'product_id');
  for (const row of table.rows) {
    if (row.cells.length > table.header.length && row.cells.slice(table.header.length).some((c) => c.trim() !== '')) {
      issues.push({ row: row.line, field: `(column ${table.header.length + 1})`, code: 'extra_cells', message: `the row has ${row.cells.length} cells but the header names ${table.header.length}` });
      continue;
    }
    const id = cell(row.cells, 'product_id');
    if (id === '') {
      issues.push({ row: row.line, field: 'product_id', code: 'required', message: 'is required' });
      continue;
    }
    const draft = drafts.get(id);
    if (!draft) {
      drafts.set(id, { id, firstLine: row.line, first: row.cells, variantLines: [row.line], variants: [row.cells] });
      continue;
    }
    for (const name of ownColumns) {
      const value = cell(row.cells, name);
      if (value !== '' && value !== cell(draft.first, name)) {
        issues.push({ row: row.line, field: name, code: 'conflicting_value', message: `differs from line ${draft.firstLine}, the first line of product ${JSON.stringify(id)}: leave it empty or repeat it exactly` });
      }
    }
    draft.variantLines.push(row.line);
    draft.variants.push(row.cells);
  }

  const products: { product: Product; draft: Draft; groupNumbers: Map<string, number> }[] = [];
  for (const draft of drafts.values()) {
    const read = readProduct(draft, columns, cell, context, issues);
    if (read) products.push({ ...read, draft });
  }
  if (issues.length > 0) return [];

  // The contract's schema, then the catalog's rules, each problem taken back to its line and column.
  const located = (entry: (typeof products)[number], problem: Problem): CatalogIssue => locate(entry.draft, entry.groupNumbers, problem);
  for (const entry of products) {
    const parsed = ProductSchema.safeParse(entry.product);
    if (!parsed.success) {
      for (const problem of problemsFromSchema(parsed.error.issues, entry.product)) issues.push(located(entry, problem));
      continue;
    }
    for (const problem of productProblems(entry.product, context)) issues.push(located(entry, problem));
  }
  const others = new Map([...context.variantOwners].filter(([, owner]) => !drafts.has(owner)));
  for (const problem of variantIdProblems(products.map((e) => e.product), (p, v) => [p, 'variants', v, 'id'], others)) {
    const entry = products[problem.path[0] as number]!;
    issues.push(located(entry, { ...problem, path: problem.path.slice(1) }));
  }
  return issues.length > 0 ? [] : products.map((e) => e.product);
}

/** The line and column of a problem at `path` inside a product read from `draft`. */
function locate(draft: Draft, groupNumbers: ReadonlyMap<string, number>, problem: Problem): CatalogIssue {
  const [head, index, ...rest] = problem.path;
  if (head === 'variants' && typeof index === 'number') {
    const row = draft.variantLines[index] ?? draft.firstLine;
    const [field, sub] = rest;
    const column =
      field === 'id' ? 'variant_id'
      : field === 'sku' ? 'sku'
      : field === 'price' ? (sub === 'currency' ? 'currency' : 'price')
      : field === 'compareAtPrice' ? (sub === 'currency' ? 'currency' : 'compare_at_price')
      : field === 'stock' ? 'stock'
      : field === 'image' ? 'variant_image_url'
      : field === 'options' && typeof sub === 'string' && groupNumbers.has(sub) ? `option${groupNumbers.get(sub)}.value`
      : pathText(rest);
    return { row, field: column, code: problem.code, message: problem.message };
  }
  const column =
    head === 'id' ? 'product_id'
    : head === 'categoryIds' ? 'category_ids'
    : head === 'images' ? 'image_urls'
    : head === 'tags' ? 'tags'
    : head === 'quantity' ? `quantity_${String(index ?? 'min')}`
    : head === 'createdAt' ? 'created_at'
    : head === 'optionGroups' && typeof index === 'number' ? `option${index + 1}.id`
    : head === 'title' || head === 'subtitle' || head === 'description' ? `${head}.<locale>`
    : pathText(problem.path);
  return { row: draft.firstLine, field: column, code: problem.code, message: problem.message };
}

/** The text of `field` per locale from the columns `field.<locale>`, or `undefined` when every one is empty. */
function localized(cells: readonly string[], columns: Columns, field: string, cell: (cells: readonly string[], name: string) => string): LocalizedText | undefined {
  const text: Record<string, string> = {};
  for (const name of columns.index.keys()) {
    if (!name.startsWith(`${field}.`) || !LOCALIZED_COLUMN.test(name)) continue;
    const value = field === 'description' ? (cells[columns.index.get(name)!] ?? '').replace(/\r\n/g, '\n').trim() : cell(cells, name);
    if (value !== '') text[name.slice(field.length + 1)] = value;
  }
  return Object.keys(text).length > 0 ? text : undefined;
}

/** The label per locale of option columns `option<N>.<kind>.<locale>`. */
function optionText(cells: readonly string[], names: readonly string[], prefix: string, cell: (cells: readonly string[], name: string) => string): LocalizedText | undefined {
  const text: Record<string, string> = {};
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const value = cell(cells, name);
    if (value !== '') text[name.slice(prefix.length)] = value;
  }
  return Object.keys(text).length > 0 ? text : undefined;
}

function list(value: string): string[] {
  return value === '' ? [] : value.split(LIST_SEPARATOR).map((item) => item.trim()).filter(Boolean);
}

/** A whole number of the cell, pushing an issue when it is not one (or below `min`). */
function integer(value: string, row: number, field: string, min: number, issues: CatalogIssue[]): number | undefined {
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    issues.push({ row, field, code: 'not_integer', message: `must be a whole number${field.includes('price') ? ' of minor units (2990 for ¥29.90)' : ''}; got ${JSON.stringify(value)}` });
    return undefined;
  }
  const number = Number(value);
  if (number < min) {
    issues.push({ row, field, code: 'too_small', message: `must be at least ${min}; got ${number}` });
    return undefined;
  }
  return number;
}

const DateTime = z.iso.datetime({ offset: true });

function readProduct(
  draft: Draft,
  columns: Columns,
  cell: (cells: readonly string[], name: string) => string,
  context: CsvContext,
  issues: CatalogIssue[],
): { product: Product; groupNumbers: Map<string, number> } | undefined {
  const before = issues.length;
  const first = draft.first;
  const line = draft.firstLine;
  const existing = context.existing.get(draft.id);
  if (existing && existing.kind !== 'goods') {
    issues.push({ row: line, field: 'product_id', code: 'not_goods', message: `names a product of kind ${JSON.stringify(existing.kind)}: a CSV file describes goods; edit bookable products in a JSON catalog` });
    return undefined;
  }

  const title = localized(first, columns, 'title', cell);
  if (!title) issues.push({ row: line, field: 'title.<locale>', code: 'required', message: 'a title in at least one locale is required on the first line of each product' });
  const subtitle = localized(first, columns, 'subtitle', cell);
  const description = localized(first, columns, 'description', cell) ?? '';

  const quantityMin = cell(first, 'quantity_min') === '' ? 1 : integer(cell(first, 'quantity_min'), line, 'quantity_min', 1, issues);
  const quantityStep = cell(first, 'quantity_step') === '' ? 1 : integer(cell(first, 'quantity_step'), line, 'quantity_step', 1, issues);
  const quantityMax = cell(first, 'quantity_max') === '' ? undefined : integer(cell(first, 'quantity_max'), line, 'quantity_max', 1, issues);

  let createdAt = cell(first, 'created_at') || existing?.createdAt || context.now;
  if (cell(first, 'created_at') !== '' && !DateTime.safeParse(createdAt).success) {
    issues.push({ row: line, field: 'created_at', code: 'invalid', message: `must be an ISO 8601 date-time such as "2026-01-31T09:00:00+08:00"; got ${JSON.stringify(createdAt)}` });
    createdAt = context.now;
  }

  // Option groups, in the order of their column numbers; names from the first line, labels from the first line giving each value.
  const groups: OptionGroup[] = [];
  const groupNumbers = new Map<string, number>();
  for (const n of [...columns.options.keys()].sort((a, b) => a - b)) {
    const names = columns.options.get(n)!;
    const groupId = cell(first, `option${n}.id`);
    const anyValue = draft.variants.some((cells) => cell(cells, `option${n}.value`) !== '');
    if (groupId === '') {
      if (anyValue) issues.push({ row: line, field: `option${n}.id`, code: 'required', message: `is required on the product's first line when its variants have option${n}.value` });
      continue;
    }
    if (groupNumbers.has(groupId)) {
      issues.push({ row: line, field: `option${n}.id`, code: 'duplicate_id', message: `option group ${JSON.stringify(groupId)} is also option${groupNumbers.get(groupId)}` });
      continue;
    }
    groupNumbers.set(groupId, n);
    const values = new Map<string, { id: string; label: LocalizedText; swatch?: string; line: number }>();
    draft.variants.forEach((cells, v) => {
      const valueId = cell(cells, `option${n}.value`);
      if (valueId === '') return;
      const label = optionText(cells, names, `option${n}.label.`, cell);
      const swatch = cell(cells, `option${n}.swatch`);
      const known = values.get(valueId);
      if (!known) {
        values.set(valueId, { id: valueId, label: label ?? valueId, ...(swatch ? { swatch } : {}), line: draft.variantLines[v]! });
      } else if ((label !== undefined && JSON.stringify(label) !== JSON.stringify(known.label)) || (swatch !== '' && swatch !== known.swatch)) {
        issues.push({ row: draft.variantLines[v]!, field: `option${n}.label`, code: 'conflicting_value', message: `the value ${JSON.stringify(valueId)} has another label or swatch on line ${known.line}: leave them empty or repeat them exactly` });
      }
    });
    const swatches = [...values.values()].some((value) => value.swatch !== undefined);
    groups.push({
      id: groupId,
      name: optionText(first, names, `option${n}.name.`, cell) ?? groupId,
      display: swatches ? 'swatches' : 'buttons',
      values: [...values.values()].map(({ line: _line, ...value }) => value),
    });
  }

  const variants: Variant[] = draft.variants.map((cells, v) => {
    const row = draft.variantLines[v]!;
    const variantId = cell(cells, 'variant_id');
    if (variantId === '') issues.push({ row, field: 'variant_id', code: 'required', message: 'is required' });
    const currency = cell(cells, 'currency');
    if (currency === '') issues.push({ row, field: 'currency', code: 'required', message: `is required (the shop sells in ${context.currency})` });
    const price = cell(cells, 'price') === '' ? (issues.push({ row, field: 'price', code: 'required', message: 'is required, in minor units (2990 for ¥29.90)' }), undefined) : integer(cell(cells, 'price'), row, 'price', 0, issues);
    const compareAt = cell(cells, 'compare_at_price') === '' ? undefined : integer(cell(cells, 'compare_at_price'), row, 'compare_at_price', 0, issues);
    const stock = cell(cells, 'stock') === '' ? null : (integer(cell(cells, 'stock'), row, 'stock', 0, issues) ?? null);
    const options: Record<string, string> = {};
    for (const [groupId, n] of groupNumbers) {
      const value = cell(cells, `option${n}.value`);
      if (value !== '') options[groupId] = value;
    }
    const image = cell(cells, 'variant_image_url');
    const tiers = existing?.variants.find((known) => known.id === variantId)?.priceTiers;
    return {
      id: variantId,
      sku: cell(cells, 'sku'),
      options,
      price: { amount: price ?? 0, currency },
      ...(compareAt !== undefined ? { compareAtPrice: { amount: compareAt, currency } } : {}),
      stock,
      ...(tiers ? { priceTiers: tiers } : {}),
      ...(image ? { image: { url: image, alt: title ?? variantId } } : {}),
    };
  });

  if (issues.length > before || !title) return undefined;
  const images: Image[] = list(cell(first, 'image_urls')).map((url) => ({ url, alt: title }));
  const tags = list(cell(first, 'tags'));
  const product: Product = {
    id: draft.id,
    kind: 'goods',
    title,
    ...(subtitle ? { subtitle } : {}),
    description,
    categoryIds: list(cell(first, 'category_ids')),
    images,
    specs: existing?.specs ?? [],
    reviews: existing?.reviews ?? [],
    optionGroups: groups,
    variants,
    personalization: existing?.personalization ?? [],
    quantity: { min: quantityMin ?? 1, step: quantityStep ?? 1, ...(quantityMax !== undefined ? { max: quantityMax } : {}) },
    ...(tags.length > 0 ? { tags } : {}),
    createdAt,
  };
  return { product, groupNumbers };
}
