/**
 * Turning schema problems into the per-field errors a checkout form shows, and fingerprinting a
 * request so a reused idempotency key can be told apart from a retry.
 *
 * @module
 */
import { OrderZoneError, type FieldError } from '@orderzone/core';
import { ORDER_TEXT_MAX_LENGTH, textLength } from '@orderzone/core/orders';

/** The subset of a zod issue this module reads. */
interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Field errors for schema issues: a missing value is `required`, a string over its limit is
 * `too_long` with `{ max }`, an empty list that needs entries is `required`, anything else `invalid`.
 * Paths are dotted (`contact.phone`, `lines.0.quantity`); the first issue per field wins.
 */
export function fieldErrorsFromIssues(issues: readonly SchemaIssue[], input: unknown, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const field = prefix + issue.path.map(String).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    const missing = valueAt(input, issue.path) === undefined;
    if (issue.code === 'invalid_type' && missing) {
      errors.push({ field, code: 'required' });
    } else if (issue.code === 'too_big' && issue.origin === 'string' && issue.maximum !== undefined) {
      errors.push({ field, code: 'too_long', params: { max: Number(issue.maximum) } });
    } else if (issue.code === 'too_small' && (issue.origin === 'array' || issue.origin === 'string') && Number(issue.minimum) === 1) {
      errors.push({ field, code: 'required' });
    } else {
      errors.push({ field, code: 'invalid' });
    }
  }
  return errors;
}

/** JSON with object keys sorted and `undefined` members left out, so equal requests serialise equally. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

/** A 53-bit string hash (cyrb53), as 14 hex digits. Not cryptographic: it tells requests apart. */
function hash53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A fingerprint of a request's content (key order does not matter). */
export function requestFingerprint(request: unknown): string {
  const json = canonicalJson(request);
  return `${hash53(json, 0)}${hash53(json, 0x9e3779b9)}`;
}

/** Longest refund reason or merchant note, in characters (code points): the contract's `ORDER_TEXT_MAX_LENGTH`. */
export const MAX_ORDER_NOTE_LENGTH = ORDER_TEXT_MAX_LENGTH;

/** A `validation` error with its field errors (and details, when given). */
export function validationError(message: string, fieldErrors: FieldError[], details?: Record<string, unknown>): OrderZoneError {
  return new OrderZoneError('validation', message, details ? { fieldErrors, details } : { fieldErrors });
}

/** The record without its undefined fields, every string trimmed. */
export function trimAll<T extends Record<string, unknown>>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = typeof value === 'string' ? value.trim() : value;
  return out as T;
}

/** A trimmed optional text of at most {@link MAX_ORDER_NOTE_LENGTH} characters, else `validation` on `field`. */
export function noteText(field: string, raw: unknown, required: boolean): string | undefined {
  const value = typeof raw === 'string' ? raw.trim() : raw === undefined || raw === null ? '' : undefined;
  if (value === undefined) throw validationError(`The ${field} must be text.`, [{ field, code: 'invalid' }]);
  if (value === '') {
    if (required) throw validationError(`A ${field} is required.`, [{ field, code: 'required' }]);
    return undefined;
  }
  if (textLength(value) > MAX_ORDER_NOTE_LENGTH) {
    throw validationError(`The ${field} is longer than ${MAX_ORDER_NOTE_LENGTH} characters.`, [{ field, code: 'too_long', params: { max: MAX_ORDER_NOTE_LENGTH } }]);
  }
  return value;
}
