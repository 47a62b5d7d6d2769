/**
 * What the validators compiled from the contract's `zod/mini` schemas run on in the browser (see
 * `packages/core/scripts/compiled-validators/compile-validators.ts`): a few small combinators that parse a JSON value exactly as
 * `schema.safeParse()` of zod 4 does (the same output, unknown object keys stripped; the same
 * issues: code, path, message and the fields of each code, in the same order), without zod's
 * runtime. Only what the contract's schemas use is here; the compiler refuses anything else.
 *
 * Issues are built as zod builds them: `continue: true` marks an issue after which the schema's
 * further checks still run, `continue: false` one after which even length checks stop, no
 * `continue` one after which only length checks run. `finish()` drops the flag, as zod's
 * `finalizeIssue()` does.
 *
 * @module
 */

/** An issue as it is built (before `finish()`). */
export interface Issue {
  code: string;
  path?: PropertyKey[];
  message?: string;
  continue?: boolean;
  [field: string]: unknown;
}

/** A value being parsed and the issues found so far. */
export interface Payload {
  v: unknown;
  i: Issue[];
}

/** A compiled schema: parses a value into a fresh payload. `o` marks an optional property. */
export interface Schema {
  (value: unknown): Payload;
  o?: 1;
}

/** A check run after the type matched: `[runs on anything with a length, check]`. */
export type Check = [lengthCheck: 0 | 1, run: (payload: Payload) => void];

/** What `safeParse()` of a compiled schema resolves to, shaped as zod's result. */
export type SafeParseResult<T = unknown> = { success: true; data: T } | { success: false; error: { issues: FinishedIssue[] } };

/** An issue as `safeParse()` hands it out: always a path and a message. */
export type FinishedIssue = Issue & { path: PropertyKey[]; message: string };

/** A compiled schema as its callers see it: `safeParse()` as zod's, for the schema's output type `T`. */
export interface Validator<T> {
  safeParse(value: unknown): SafeParseResult<T>;
}

const DEFAULT_MESSAGE = 'Invalid input';

/** True when an issue from `from` on stops the checks that do not run on anything with a length. */
const stops = (p: Payload, from = 0): boolean => p.i.slice(from).some((issue) => issue.continue !== true);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** zod's `isPlainObject`, for records. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const prototype = (ctor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}
const prefix = (key: PropertyKey, issues: Issue[]): Issue[] => issues.map((issue) => ((issue.path ??= []).unshift(key), issue));
const withMessage = (issue: Issue, message: string | undefined): Issue => (message === undefined ? issue : ((issue.message = message), issue));

/** An issue as zod hands it out: no `continue`, a path, a message. */
export function finish(issue: Issue): FinishedIssue {
  const done = {} as FinishedIssue;
  for (const key of Object.keys(issue)) if (key !== 'continue') done[key] = issue[key];
  done.path ??= [];
  done.message ??= DEFAULT_MESSAGE;
  return done;
}

/** A schema of one type: `parse` checks the type (and may replace the value), then the checks run as zod runs them. */
function type(parse: (p: Payload) => void, checks: readonly Check[] = []): Schema {
  return (value) => {
    const p: Payload = { v: value, i: [] };
    parse(p);
    let stopped = stops(p);
    for (const [lengthCheck, run] of checks) {
      if (lengthCheck) {
        const v = p.v as { length?: unknown } | null | undefined;
        if (p.i.some((issue) => issue.continue === false) || v === null || v === undefined || v.length === undefined) continue;
      } else if (stopped) continue;
      const before = p.i.length;
      run(p);
      if (!stopped && p.i.length > before) stopped = stops(p, before);
    }
    return p;
  };
}

/** A type that accepts values for which `accepts` holds; otherwise `invalid_type` expecting `expected`. */
const primitive =
  (expected: string, accepts: (value: unknown) => boolean) =>
  (checks?: readonly Check[], message?: string): Schema =>
    type((p) => {
      if (!accepts(p.v)) p.i.push(withMessage({ expected, code: 'invalid_type' }, message));
    }, checks);

export const string = primitive('string', (v) => typeof v === 'string');
/** `z.number()`: a finite number; `NaN` and the infinities are named in `received`, as zod names them. */
export function number(checks?: readonly Check[], message?: string): Schema {
  return type((p) => {
    const v = p.v;
    if (typeof v === 'number' && Number.isFinite(v)) return;
    const received = typeof v === 'number' ? String(v) : undefined;
    p.i.push(withMessage({ expected: 'number', code: 'invalid_type', ...(received ? { received } : {}) }, message));
  }, checks);
}
export const boolean = primitive('boolean', (v) => typeof v === 'boolean');

/** `z.int()`: a number, then a safe integer (the format check runs first, before `checks`). */
export function int(checks: readonly Check[] = [], message?: string): Schema {
  const format: Check = [
    0,
    (p) => {
      const v = p.v as number;
      if (!Number.isInteger(v)) p.i.push(withMessage({ expected: 'int', format: 'safeint', code: 'invalid_type', continue: false }, message));
      else if (!Number.isSafeInteger(v)) {
        const big = v > 0;
        p.i.push(
          withMessage(
            big
              ? { code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, note: 'Integers must be within the safe integer range.', origin: 'int', inclusive: true, continue: true }
              : { code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, note: 'Integers must be within the safe integer range.', origin: 'int', inclusive: true, continue: true },
            message,
          ),
        );
      }
    },
  ];
  return number([format, ...checks], message);
}

/** A value in `values` (`z.enum`, `z.literal`). */
export function oneOf(values: readonly unknown[], message?: string): Schema {
  const set = new Set(values);
  return type((p) => {
    if (!set.has(p.v)) p.i.push(withMessage({ code: 'invalid_value', values: [...values] }, message));
  });
}

export const unknown = (): Schema => (value) => ({ v: value, i: [] });

/** `z.optional(schema)` as an object property; `undefined` passes. */
export function optional(inner: Schema): Schema {
  const schema: Schema = (value) => (value === undefined ? { v: value, i: [] } : inner(value));
  schema.o = 1;
  return schema;
}

/** `z.nullable(schema)`. */
export const nullable =
  (inner: Schema): Schema =>
  (value) =>
    value === null ? { v: value, i: [] } : inner(value);

/** `z.object(shape)`: a fresh object with the shape's keys only, in the shape's order. */
export function object(shape: Record<string, Schema>, message?: string): Schema {
  const keys = Object.keys(shape);
  return type((p) => {
    const input = p.v;
    if (!isObject(input)) {
      p.i.push(withMessage({ expected: 'object', code: 'invalid_type' }, message));
      return;
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const schema = shape[key]!;
      const present = key in input;
      if (!present && schema.o) continue;
      const result = schema(input[key]);
      if (result.i.length) p.i.push(...prefix(key, result.i));
      if (!present) {
        if (!result.i.length) p.i.push({ code: 'invalid_type', expected: 'nonoptional', path: [key] });
        continue;
      }
      out[key] = result.v;
    }
    p.v = out;
  });
}

/** `z.array(element)`, then `checks` (lengths). */
export function array(element: Schema, checks?: readonly Check[], message?: string): Schema {
  return type((p) => {
    const input = p.v;
    if (!Array.isArray(input)) {
      p.i.push(withMessage({ expected: 'array', code: 'invalid_type' }, message));
      return;
    }
    // Every index, holes too (as zod reads them: undefined).
    const out: unknown[] = [];
    for (let index = 0; index < input.length; index++) {
      const result = element(input[index]);
      if (result.i.length) p.i.push(...prefix(index, result.i));
      out[index] = result.v;
    }
    p.v = out;
  }, checks);
}

/** `z.record(key, value)` with a string key schema: every own enumerable key checked (`__proto__` skipped). */
export function record(key: Schema, value: Schema, message?: string): Schema {
  return type((p) => {
    const input = p.v;
    if (!isPlainObject(input)) {
      p.i.push(withMessage({ expected: 'record', code: 'invalid_type' }, message));
      return;
    }
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(input)) {
      if (name === '__proto__') continue;
      const checked = key(name);
      if (checked.i.length) {
        p.i.push(withMessage({ code: 'invalid_key', origin: 'record', issues: checked.i.map(finish), path: [name] }, message));
        continue;
      }
      const result = value(input[name]);
      if (result.i.length) p.i.push(...prefix(name, result.i));
      out[name] = result.v;
    }
    p.v = out;
  });
}

/** `z.union(options)`: the first option without issues; else the only one not stopped; else `invalid_union`. */
export function union(options: readonly Schema[], message?: string): Schema {
  return (value) => {
    const results: Payload[] = [];
    for (const option of options) {
      const result = option(value);
      if (!result.i.length) return result;
      results.push(result);
    }
    const open = results.filter((result) => !stops(result));
    if (open.length === 1) return open[0]!;
    return { v: value, i: [withMessage({ code: 'invalid_union', errors: results.map((result) => result.i.map(finish)) }, message)] };
  };
}

/** `z.discriminatedUnion(key, options)`: the option whose `key` value matches, given as `[value, option]` pairs. */
export function discriminated(key: string, options: readonly [unknown, Schema][], message?: string): Schema {
  const byValue = new Map(options);
  return (value) => {
    if (!isObject(value)) return { v: value, i: [withMessage({ code: 'invalid_type', expected: 'object' }, message)] };
    const option = byValue.get(value[key]);
    if (option) return option(value);
    return {
      v: value,
      i: [withMessage({ code: 'invalid_union', errors: [], note: 'No matching discriminator', discriminator: key, options: [...byValue.keys()], path: [key] }, message)],
    };
  };
}

/** Code points, as zod counts a string's length. */
const lengthOf = (value: string | unknown[]): number => (typeof value === 'string' ? [...value].length : value.length);
const originOf = (value: unknown): string => (Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown');

/** `z.minLength(minimum)`. */
export const minLength =
  (minimum: number, message?: string): Check =>
  [
    1,
    (p) => {
      const v = p.v as string | unknown[];
      if (lengthOf(v) < minimum) p.i.push(withMessage({ origin: originOf(v), code: 'too_small', minimum, inclusive: true, continue: true }, message));
    },
  ];

/** `z.maxLength(maximum)`. */
export const maxLength =
  (maximum: number, message?: string): Check =>
  [
    1,
    (p) => {
      const v = p.v as string | unknown[];
      if (lengthOf(v) > maximum) p.i.push(withMessage({ origin: originOf(v), code: 'too_big', maximum, inclusive: true, continue: true }, message));
    },
  ];

/** `z.minimum`, `z.gte`, `z.positive` (not inclusive). */
export const greaterThan =
  (minimum: number, inclusive: boolean, message?: string): Check =>
  [
    0,
    (p) => {
      const v = p.v as number;
      if (!(inclusive ? v >= minimum : v > minimum)) p.i.push(withMessage({ origin: 'number', code: 'too_small', minimum, inclusive, continue: true }, message));
    },
  ];

/** `z.maximum`, `z.lte`, `z.negative` (not inclusive). */
export const lessThan =
  (maximum: number, inclusive: boolean, message?: string): Check =>
  [
    0,
    (p) => {
      const v = p.v as number;
      if (!(inclusive ? v <= maximum : v < maximum)) p.i.push(withMessage({ origin: 'number', code: 'too_big', maximum, inclusive, continue: true }, message));
    },
  ];

/** `z.regex(pattern)` (`format` `regex`), or a string format such as `z.iso.datetime()`'s (`format` `datetime`). */
export const format =
  (name: string, pattern: RegExp, message?: string): Check =>
  [
    0,
    (p) => {
      pattern.lastIndex = 0;
      if (!pattern.test(p.v as string)) p.i.push(withMessage({ origin: 'string', code: 'invalid_format', format: name, pattern: String(pattern), continue: true }, message));
    },
  ];

/** `z.refine(test)`. */
export const refine =
  (test: (value: never) => unknown, message?: string): Check =>
  [
    0,
    (p) => {
      if (!test(p.v as never)) p.i.push(withMessage({ code: 'custom', path: [], continue: true }, message));
    },
  ];

/** The object the REST adapter calls: `safeParse(json)`, shaped as zod's (the generated module gives `T`). */
export function validator<T>(schema: Schema): Validator<T> {
  return {
    safeParse(value) {
      const result = schema(value);
      return result.i.length ? { success: false, error: { issues: result.i.map(finish) } } : { success: true, data: result.v as T };
    },
  };
}
