/**
 * What the validators compiled from the contract's `zod/mini` schemas run on in the browser (see
 * `packages/core/scripts/compiled-validators/compile-validators.ts`): a few small combinators that
 * decide, as `schema.safeParse()` of zod 4 does, whether a JSON value matches, and give the same
 * data when it does (a fresh copy, unknown object keys stripped), without zod's runtime. They do not
 * say why a value does not match: its issues are zod's own, from the schema, which the REST adapter
 * loads for that (see `catalog-answer-checks.ts`). Only what the contract's schemas use is here; the
 * compiler refuses anything else.
 *
 * @module
 */

/** What a compiled schema gives for a value that does not match. */
export const INVALID: unique symbol = Symbol('invalid');

/** A compiled schema: the parsed value, or {@link INVALID}. `o` marks an optional property. */
export interface Schema {
  (value: unknown): unknown;
  o?: 1;
}

/** A compiled schema of the output type `T`, as the generated module exports it. */
export type Check<T> = (value: unknown) => T | typeof INVALID;

/** A check run once the type matched: true when the value passes. */
export type Rule = (value: never) => unknown;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's `isPlainObject`, for records. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function') return true;
  const prototype = (ctor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

/** A schema of a value kept as it is: `accepts` (the type) and every rule must hold. */
const type =
  (accepts: (value: unknown) => boolean) =>
  (...rules: Rule[]): Schema =>
  (value) =>
    accepts(value) && rules.every((rule) => rule(value as never)) ? value : INVALID;

export const string = type((v) => typeof v === 'string');
/** `z.number()`: a finite number. */
export const number = type(Number.isFinite);
/** `z.int()`: a safe integer. */
export const int = type(Number.isSafeInteger);
export const boolean = type((v) => typeof v === 'boolean');

/** A value in `values` (`z.enum`, `z.literal`). */
export const oneOf = (values: readonly unknown[]): Schema => type((v) => values.includes(v))();

export const unknown = (): Schema => (value) => value;

/** `z.optional(schema)` as an object property; `undefined` passes. */
export function optional(inner: Schema): Schema {
  const schema: Schema = (value) => (value === undefined ? value : inner(value));
  schema.o = 1;
  return schema;
}

/** `z.nullable(schema)`. */
export const nullable =
  (inner: Schema): Schema =>
  (value) =>
    value === null ? value : inner(value);

/** `z.object(shape)`: a fresh object with the shape's keys only, in the shape's order; a missing key passes only when optional. */
export const object =
  (shape: Record<string, Schema>): Schema =>
  (input) => {
    if (!isObject(input)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const schema = shape[key]!;
      if (!(key in input)) {
        if (schema.o) continue;
        return INVALID;
      }
      if ((out[key] = schema(input[key])) === INVALID) return INVALID;
    }
    return out;
  };

/** `z.array(element)`, then `rules` (lengths); every index, holes too (as zod reads them: undefined). */
export const array =
  (element: Schema, ...rules: Rule[]): Schema =>
  (input) => {
    if (!Array.isArray(input)) return INVALID;
    const out: unknown[] = [];
    for (let index = 0; index < input.length; index++) if ((out[index] = element(input[index])) === INVALID) return INVALID;
    return rules.every((rule) => rule(out as never)) ? out : INVALID;
  };

/** `z.record(key, value)` with a string key schema: every own enumerable key checked (`__proto__` skipped). */
export const record =
  (key: Schema, value: Schema): Schema =>
  (input) => {
    if (!isPlainObject(input)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(input)) {
      if (name !== '__proto__' && (key(name) === INVALID || (out[name] = value(input[name])) === INVALID)) return INVALID;
    }
    return out;
  };

/** `z.union(options)`: the first option the value matches. */
export const union =
  (options: readonly Schema[]): Schema =>
  (value) => {
    for (const option of options) {
      const out = option(value);
      if (out !== INVALID) return out;
    }
    return INVALID;
  };

/** `z.discriminatedUnion(key, options)`: the option whose `key` value matches, given as `[value, option]` pairs. */
export function discriminated(key: string, options: readonly [unknown, Schema][]): Schema {
  const byValue = new Map(options);
  return (value) => {
    const option = isObject(value) && byValue.get(value[key]);
    return option ? option(value) : INVALID;
  };
}

/** Code points, as zod counts a string's length. */
const lengthOf = (value: string | unknown[]): number => (typeof value === 'string' ? [...value].length : value.length);

/** `z.minLength(minimum)`. */
export const minLength =
  (minimum: number): Rule =>
  (v: string | unknown[]) =>
    lengthOf(v) >= minimum;

/** `z.maxLength(maximum)`. */
export const maxLength =
  (maximum: number): Rule =>
  (v: string | unknown[]) =>
    lengthOf(v) <= maximum;

/** `z.minimum`, `z.gte`, `z.positive` (not inclusive). */
export const greaterThan =
  (minimum: number, inclusive: boolean): Rule =>
  (v: number) =>
    inclusive ? v >= minimum : v > minimum;

/** `z.maximum`, `z.lte`, `z.negative` (not inclusive). */
export const lessThan =
  (maximum: number, inclusive: boolean): Rule =>
  (v: number) =>
    inclusive ? v <= maximum : v < maximum;

/** `z.regex(pattern)`, or a string format such as `z.iso.datetime()`'s. (`z.refine(test)` compiles to `test` itself: a rule.) */
export const pattern =
  (regex: RegExp): Rule =>
  (v: string) => {
    regex.lastIndex = 0;
    return regex.test(v);
  };
