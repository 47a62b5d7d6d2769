/**
 * Compiles `zod/mini` schemas into a TypeScript module that decides whether JSON matches exactly as
 * the schemas' `safeParse()` does, and gives the same data when it does, on the small runtime of
 * `src/rest/compiled-validators/validator-runtime.ts` instead of zod's. It does not say why a value
 * does not match (the messages, the issues): that is left to the schema itself, which the REST
 * adapter loads only for an answer that does not match. The REST adapter checks the catalog's
 * answers (the first paint's) with the module it writes (`catalog-response-validators.ts`), so a
 * page keeps the contract's checks without downloading zod.
 *
 * Every export given is a schema or plain data (strings, numbers, booleans, null, arrays and
 * objects of those, schemas inside them): data is written out as it is, each schema becomes a
 * function that gives the parsed value or `INVALID` (typed `Check<T>` when `types` names `T`).
 * Only what the contract uses compiles:
 * strings (lengths, patterns, ISO date-times, refinements by an exported function), numbers and safe
 * integers (bounds), booleans, literals, enums, unknown, objects (unknown keys stripped), arrays
 * (lengths), records with string keys, unions, discriminated unions, optional and nullable. Anything
 * else throws, naming where it is, rather than compiling into something that checks less.
 *
 * @module
 */

/** The parts of a zod 4 schema or check the compiler reads. */
interface ZodLike {
  _zod: {
    def: Record<string, unknown> & { type?: string; check?: string; checks?: ZodLike[] };
    traits: Set<string>;
    optin?: string;
    optout?: string;
    propValues?: Record<string, Set<unknown>>;
  };
}

/** Options of {@link compileModule}. */
export interface CompileOptions {
  /** The import specifier of `validator-runtime.ts` in the generated code. */
  runtime: string;
  /**
   * Modules whose exported functions refinements (`z.refine(fn)`) may use, by import specifier: the
   * generated code imports the function of the same name whose source is the same.
   */
  refinements?: Record<string, Record<string, unknown>>;
  /** The output type of an exported schema, by export name (`Check<Type>`). */
  types?: Record<string, string>;
  /** Lines written after the header, before the runtime's import (the types' `import type`). */
  header?: readonly string[];
}

const isSchema = (value: unknown): value is ZodLike => typeof value === 'object' && value !== null && '_zod' in value && (value as ZodLike)._zod?.traits instanceof Set;

/** Refuses def fields that change what a schema or check accepts and that the runtime does not model. */
function refuse(def: Record<string, unknown>, fields: readonly string[], where: string): void {
  for (const field of fields) {
    if (def[field] !== undefined && def[field] !== false) throw new Error(`${where}: "${field}" does not compile.`);
  }
}

/** The generated module's source: imports, one `const` per schema (children first), then the exports. */
export function compileModule(exports: Record<string, unknown>, options: CompileOptions): string {
  const consts: string[] = [];
  const names = new Map<ZodLike, string>();
  const byExpression = new Map<string, string>();
  const compiling = new Set<ZodLike>();
  const used = new Set<string>();
  const refinementImports = new Map<string, string>();
  const rt = (name: string): string => (used.add(name), `$${name}`);
  const lit = (value: unknown): string => JSON.stringify(value);
  let typed = false;

  function refinement(fn: unknown, where: string): string {
    if (typeof fn !== 'function' || !fn.name) throw new Error(`${where}: a refinement compiles only as a named function (z.refine(isCalendarDate)).`);
    for (const [specifier, module] of Object.entries(options.refinements ?? {})) {
      const candidate = module[fn.name];
      if (typeof candidate === 'function' && candidate.toString() === fn.toString()) {
        const local = `$r_${fn.name}`;
        refinementImports.set(local, `import { ${fn.name} as ${local} } from ${lit(specifier)};`);
        return local;
      }
    }
    throw new Error(`${where}: the refinement ${fn.name}() is not exported by a module listed in refinements.`);
  }

  function check(ch: ZodLike, where: string): string {
    const def = ch._zod.def;
    const when = def.when as { name?: string } | undefined;
    switch (def.check) {
      case 'min_length':
      case 'max_length':
        if (when && when.name !== '_whenHasLength') throw new Error(`${where}: a custom "when" does not compile.`);
        refuse(def, ['abort'], where);
        return `${rt(def.check === 'min_length' ? 'minLength' : 'maxLength')}(${lit(def.check === 'min_length' ? def.minimum : def.maximum)})`;
      case 'greater_than':
      case 'less_than':
        refuse(def, ['abort', 'when'], where);
        if (typeof def.value !== 'number') throw new Error(`${where}: only number bounds compile.`);
        return `${rt(def.check === 'greater_than' ? 'greaterThan' : 'lessThan')}(${lit(def.value)}, ${lit(Boolean(def.inclusive))})`;
      case 'string_format': {
        refuse(def, ['abort', 'when'], where);
        const pattern = def.pattern;
        if (!(pattern instanceof RegExp)) throw new Error(`${where}: the string format ${String(def.format)} has no pattern to compile.`);
        return `${rt('pattern')}(${pattern.toString()})`;
      }
      case 'custom':
        refuse(def, ['abort', 'when', 'path', 'params'], where);
        // A refinement is a rule as it is: the value passes when it gives a truthy result, as in zod.
        return refinement(def.fn, where);
      default:
        throw new Error(`${where}: the check ${String(def.check)} does not compile.`);
    }
  }

  function checkList(schema: ZodLike, where: string): string[] {
    return (schema._zod.def.checks ?? []).map((ch, i) => check(ch, `${where} (check ${i})`));
  }
  /** A call of the runtime's `name` with `args` (a schema's rules are its last arguments). */
  const call = (name: string, ...args: string[]): string => `${rt(name)}(${args.join(', ')})`;

  /** The name of the `const` holding `schema` compiled (compiled once, children first). */
  function compile(schema: ZodLike, where: string): string {
    const known = names.get(schema);
    if (known) return known;
    if (compiling.has(schema)) throw new Error(`${where}: recursive schemas do not compile.`);
    compiling.add(schema);
    const expression = compileExpression(schema, where);
    compiling.delete(schema);
    // Two schemas written the same way (every `z.string()`, every `MoneySchema` spread) check the same: one const.
    const same = byExpression.get(expression);
    if (same) {
      names.set(schema, same);
      return same;
    }
    const name = `s${byExpression.size}`;
    names.set(schema, name);
    byExpression.set(expression, name);
    consts.push(`const ${name} = ${expression};`);
    return name;
  }

  function compileExpression(schema: ZodLike, where: string): string {
    const def = schema._zod.def;
    refuse(def, ['coerce'], where);
    switch (def.type) {
      case 'string': {
        // A string format (z.iso.datetime()) is its own first check.
        const own = schema._zod.traits.has('$ZodCheck') ? [check(schema, where)] : [];
        return call('string', ...own, ...checkList(schema, where));
      }
      case 'number':
        if (def.format === 'safeint') {
          refuse(def, ['abort'], where);
          return call('int', ...checkList(schema, where));
        }
        if (def.format !== undefined) throw new Error(`${where}: the number format ${JSON.stringify(def.format)} does not compile.`);
        return call('number', ...checkList(schema, where));
      case 'boolean':
        return call('boolean', ...checkList(schema, where));
      case 'literal':
        return `${rt('oneOf')}(${lit(def.values)})`;
      case 'enum': {
        const entries = def.entries as Record<string, unknown>;
        const values = Object.values(entries).filter((value) => typeof value === 'string');
        if (values.length !== Object.keys(entries).length) throw new Error(`${where}: only string enums compile.`);
        return `${rt('oneOf')}(${lit(values)})`;
      }
      case 'unknown':
        return `${rt('unknown')}()`;
      case 'optional':
        return `${rt('optional')}(${compile(def.innerType as ZodLike, `${where}?`)})`;
      case 'nullable':
        return `${rt('nullable')}(${compile(def.innerType as ZodLike, where)})`;
      case 'object': {
        if (def.catchall !== undefined) throw new Error(`${where}: objects with a catchall do not compile.`);
        const shape = def.shape as Record<string, ZodLike>;
        const props = Object.keys(shape).map((key) => {
          const prop = shape[key]!;
          const name = compile(prop, `${where}.${key}`);
          const { optin, optout } = prop._zod;
          if (optin === undefined && optout === undefined) return `${lit(key)}: ${name}`;
          if (optin === 'optional' && optout === 'optional') return `${lit(key)}: ${prop._zod.def.type === 'optional' ? name : `${rt('optional')}(${name})`}`;
          throw new Error(`${where}.${key}: only required and optional properties compile (optin ${String(optin)}, optout ${String(optout)}).`);
        });
        if (checkList(schema, where).length > 0) throw new Error(`${where}: checks on objects do not compile.`);
        return `${rt('object')}({ ${props.join(', ')} })`;
      }
      case 'array':
        return call('array', compile(def.element as ZodLike, `${where}[]`), ...checkList(schema, where));
      case 'record': {
        const key = def.keyType as ZodLike;
        if (key._zod.def.type !== 'string' || (key._zod as { values?: unknown }).values !== undefined || def.mode !== undefined) {
          throw new Error(`${where}: only records with string keys compile.`);
        }
        return `${rt('record')}(${compile(key, `${where}{key}`)}, ${compile(def.valueType as ZodLike, `${where}{}`)})`;
      }
      case 'union': {
        const options = def.options as ZodLike[];
        if (typeof def.discriminator === 'string') {
          if (def.unionFallback) throw new Error(`${where}: unionFallback does not compile.`);
          const pairs: string[] = [];
          const seen = new Set<unknown>();
          options.forEach((option, i) => {
            const name = compile(option, `${where}<${i}>`);
            for (const value of option._zod.propValues?.[def.discriminator as string] ?? []) {
              if (value === undefined || seen.has(value)) throw new Error(`${where}: discriminator values must be defined and unique.`);
              seen.add(value);
              pairs.push(`[${lit(value)}, ${name}]`);
            }
          });
          return `${rt('discriminated')}(${lit(def.discriminator)}, [${pairs.join(', ')}])`;
        }
        if (def.inclusive === false) throw new Error(`${where}: exclusive unions do not compile.`);
        // zod runs a one-option union as that option.
        if (options.length === 1) return compile(options[0]!, `${where}<0>`);
        return `${rt('union')}([${options.map((option, i) => compile(option, `${where}<${i}>`)).join(', ')}])`;
      }
      default:
        throw new Error(`${where}: the schema type ${String(def.type)} does not compile.`);
    }
  }

  function data(value: unknown, where: string): string {
    const type = options.types?.[where];
    if (isSchema(value)) {
      const name = compile(value, where);
      if (!type) return name;
      typed = true;
      return `${name} as $Check<${type}>`;
    }
    if (value === undefined) return 'undefined';
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return lit(value);
    if (Array.isArray(value)) return `[${value.map((item, i) => data(item, `${where}[${i}]`)).join(', ')}]`;
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return `{ ${Object.entries(value).map(([key, item]) => `${lit(key)}: ${data(item, `${where}.${key}`)}`).join(', ')} }`;
    }
    throw new Error(`${where}: only schemas and plain data compile, not ${typeof value === 'function' ? 'a function' : Object.prototype.toString.call(value)}.`);
  }

  const body = Object.entries(exports)
    .filter(([name]) => name !== 'default')
    .map(([name, value]) => `export const ${name} = ${data(value, name)};`);
  const imported = [...(typed ? ['type Check as $Check'] : []), ...[...used].sort().map((name) => `${name} as $${name}`)];
  const runtimeImport = imported.length > 0 ? [`import { ${imported.join(', ')} } from ${lit(options.runtime)};`] : [];
  return [
    ...(options.header ?? []),
    ...runtimeImport,
    ...refinementImports.values(),
    ...consts,
    ...body,
    '',
  ].join('\n');
}
