/**
 * What is wrong with a catalog a merchant imports, said so they can fix it: every problem with its
 * place (the CSV line and column, or the JSON path) and an English sentence, all in one list, so one
 * try shows every mistake instead of the first.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { isFieldErrorCode, type FieldErrorCode } from '@orderzone/core/rest';

/**
 * The admin API's own field error codes: what can be wrong with a catalog a merchant imports or
 * edits, beyond the contract's codes (`required`, `invalid`, `too_long`, ...). They go out only in
 * the admin API's answers (`fieldErrors` and `details.issues`); the shopper's API never sends them.
 */
export const CATALOG_ISSUE_CODES = [
  'duplicate_id', 'duplicate_column', 'duplicate_options', 'unknown_category', 'unknown_column', 'unknown_option', 'unknown_option_value',
  'unknown_variant', 'missing_column', 'missing_option', 'conflicting_value', 'currency_mismatch', 'not_integer', 'too_small', 'too_big',
  'tiers_not_ascending', 'not_goods', 'category_loop', 'extra_cells', 'empty', 'no_catalog', 'invalid_json', 'invalid_csv',
] as const;

/** A field error code of the admin API's catalog calls: one of the contract's, or one of {@link CATALOG_ISSUE_CODES}. */
export type CatalogIssueCode = FieldErrorCode | (typeof CATALOG_ISSUE_CODES)[number];

/** A field error as the admin API answers it for a catalog: the contract's shape with a {@link CatalogIssueCode}. */
export interface CatalogFieldError {
  field: string;
  code: CatalogIssueCode;
  params?: { row: number };
}

/** One problem of a catalog. */
export interface CatalogIssue {
  /** CSV: the line of the file the row starts on (the header is line 1). Absent for JSON. */
  row?: number;
  /** CSV: the column (`price`, `title.en-US`). JSON: the path (`products[3].variants[0].price.amount`). */
  field: string;
  /**
   * What kind of problem: `required`, `invalid` (schema), `duplicate_id`, `unknown_category`,
   * `unknown_option_value`, `missing_option`, `duplicate_options`, `currency_mismatch`,
   * `unknown_column`, `conflicting_value`, `not_integer`, ... (see {@link CATALOG_ISSUE_CODES})
   */
  code: CatalogIssueCode;
  /** English, for the merchant: what is wrong and what is expected. */
  message: string;
}

/** A catalog that was not imported (nothing was written): `issues` says every reason. */
export class CatalogImportError extends OrderZoneError {
  readonly issues: CatalogIssue[];
  /** The issues as the admin API answers them (`fieldErrors` with their own codes); `fieldErrors` reads a catalog code as `invalid`. */
  readonly catalogFieldErrors: CatalogFieldError[];

  constructor(issues: CatalogIssue[]) {
    const catalogFieldErrors = issues.map((issue): CatalogFieldError => ({ field: issue.field, code: issue.code, ...(issue.row !== undefined ? { params: { row: issue.row } } : {}) }));
    super('validation', `The catalog has ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}; nothing was imported.`, {
      fieldErrors: catalogFieldErrors.map((error) => ({ ...error, code: isFieldErrorCode(error.code) ? error.code : 'invalid' })),
      details: { issues },
    });
    this.issues = issues;
    this.catalogFieldErrors = catalogFieldErrors;
  }
}

/** An issue as one line of text: `line 3, price: …` or `products[2].id: …`. */
export function formatCatalogIssue(issue: CatalogIssue): string {
  return issue.row !== undefined ? `line ${issue.row}, ${issue.field}: ${issue.message}` : `${issue.field}: ${issue.message}`;
}

/** A JSON path as text: `products[3].variants[0].price`. */
export function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? String(key) : `.${String(key)}`;
  return text;
}

/** The subset of a zod issue read here. */
interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  options?: readonly unknown[];
  discriminator?: string;
  keys?: readonly string[];
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const TYPE_NAMES: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function sizeText(origin: string | undefined, bound: number, what: 'least' | 'most'): string {
  if (origin === 'string') return `must be at ${what} ${bound} ${bound === 1 ? 'character' : 'characters'} long`;
  if (origin === 'array') return `must have at ${what} ${bound} ${bound === 1 ? 'entry' : 'entries'}`;
  return `must be at ${what} ${bound}`;
}

/** A sentence for a schema problem of the value `input`. */
function describe(issue: SchemaIssue, input: unknown): { code: CatalogIssueCode; message: string } {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) return { code: 'required', message: 'is required' };
      const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'another type';
      return { code: 'invalid', message: issue.expected === 'nullable' ? 'has the wrong type' : `must be ${expected}` };
    }
    case 'too_small':
      return { code: Number(issue.minimum) === 1 && issue.origin !== 'number' ? 'required' : 'too_small', message: sizeText(issue.origin, Number(issue.minimum), 'least') };
    case 'too_big':
      return { code: issue.origin === 'string' ? 'too_long' : 'too_big', message: sizeText(issue.origin, Number(issue.maximum), 'most') };
    case 'invalid_format':
      return { code: 'invalid', message: issue.message && issue.message !== 'Invalid input' ? `must be ${issue.message}` : issue.format === 'datetime' ? 'must be an ISO 8601 date-time such as "2026-01-31T09:00:00+08:00"' : 'has the wrong format' };
    case 'invalid_value':
      return { code: 'invalid', message: `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'invalid_union':
      if (issue.discriminator) return { code: 'invalid', message: `must be one of ${(issue.options ?? []).map((v) => JSON.stringify(v)).join(', ')}` };
      return { code: 'invalid', message: 'must be text or an object of locale → text (for example {"zh-CN": "…", "en-US": "…"})' };
    case 'unrecognized_keys':
      return { code: 'invalid', message: `has unknown keys ${(issue.keys ?? []).join(', ')}` };
    default:
      return { code: 'invalid', message: 'is not valid' };
  }
}

/** A problem at a path inside the value checked. */
export interface Problem {
  path: PropertyKey[];
  code: CatalogIssueCode;
  message: string;
}

/**
 * The problems a schema found in `input`, as sentences. The first problem of each place wins (a
 * union reports each of its branches otherwise).
 */
export function problemsFromSchema(found: readonly SchemaIssue[], input: unknown): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of found) {
    const key = pathText(issue.path);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path: [...issue.path], ...describe(issue, input) });
  }
  return problems;
}

/** Problems as catalog issues with JSON paths (under `prefix`). */
export function issuesAt(problems: readonly Problem[], prefix: readonly PropertyKey[] = []): CatalogIssue[] {
  return problems.map((problem) => ({ field: pathText([...prefix, ...problem.path]) || '(the file)', code: problem.code, message: problem.message }));
}
