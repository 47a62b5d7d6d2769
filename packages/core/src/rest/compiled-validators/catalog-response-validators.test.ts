/**
 * The validators compiled from the catalog answers' schemas (`catalog-response-validators.ts`) give
 * exactly what the schemas' `safeParse()` gives: the same success and the same parsed data (unknown
 * keys stripped), on the answers a backend gives for the tests' shops and the demo shop and on each
 * of them mutated: every key removed, every value replaced by one of another type, out of range or
 * null, an unknown key added to every object, and pairs of such changes. Through the REST adapter,
 * each of them that does not match (as JSON) gives the `bad_response` error the adapter has always
 * built from the schema's issues (the first named in the message, the first ten in
 * `details.issues`: code, path, message and every field, in zod's order). The checked-in module must
 * also be what the compiler writes from the schemas today (else `npm run validators -w @orderzone/core`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createEmbeddedBackend, createDemoShop } from '@orderzone/embedded-backend';
import type { BackendAdapter } from '../../backend/backend-adapter.ts';
import { OrderZoneError } from '../../errors.ts';
import { createRestAdapter } from '../rest-adapter.ts';
import { CATALOG_RESPONSE_SCHEMAS, CATALOG_RESPONSE_VALIDATORS_FILE, catalogResponseValidatorsSource } from '../../../scripts/compiled-validators/catalog-response-validators.ts';
import { memoryStorage } from '../../storage/key-value-storage.ts';
import { describedTestShop, testShop } from '../../testing/test-shop.ts';
import { searchShop } from '../../testing/search-shop.ts';
import type { TestShop } from '../../testing/test-shop.ts';
import * as compiled from './catalog-response-validators.ts';
import { INVALID } from './validator-runtime.ts';

type Name = keyof typeof CATALOG_RESPONSE_SCHEMAS;
type Json = unknown;

const NOW = new Date('2026-05-01T02:00:00.000Z');

/** What a backend answers for a shop, as it arrives over the wire (through JSON). */
async function answersOf(seed: TestShop): Promise<Record<Name, Json[]>> {
  const backend = createEmbeddedBackend({ seed: seed as never, storage: memoryStorage(), now: () => NOW });
  const wire = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;
  const categories = await backend.listCategories();
  const queries = [{ pageSize: 100 }, { pageSize: 2, page: 2 }, { inStockOnly: true, sort: 'price_asc' as const }, { text: 'zzz-nothing' }, ...categories.slice(0, 2).map((category) => ({ categoryId: category.id }))];
  const pages = await Promise.all(queries.map((query) => backend.searchProducts(query)));
  const products = await Promise.all(seed.products.map((product) => backend.getProduct(product.id)));
  return { listCategories: [wire({ categories })], searchProducts: pages.map(wire), getProduct: products.map(wire) };
}

const STRINGS = ['', 'x', 'ABC', 'cny', 'x'.repeat(129), '2026-02-30', '2026-03-08', '25:00', '09:30', '#1f3a5f', '#zz', '2026-05-01T02:00:00Z', '2026-05-01T02:00:00+08:00', 'goods', 'stay', 'seats', 'buttons', 'in_stock'];
const NUMBERS = [-1, 0, 1, 1.5, 4, 5, 7, 8, 50, 51, 100, 2 ** 53, -(2 ** 53), 1e308, Number.NaN, Number.POSITIVE_INFINITY];
const OTHERS = [null, undefined, true, false, '1', 1, [], {}, { extra: 1 }];

/** Every value a leaf or node at `value` is replaced with. */
function replacementsOf(value: Json): Json[] {
  if (typeof value === 'string') return [...STRINGS, ...OTHERS];
  if (typeof value === 'number') return [...NUMBERS, ...OTHERS];
  if (typeof value === 'boolean') return [!value, ...OTHERS];
  if (Array.isArray(value)) return [...OTHERS, [...value, ...value.slice(0, 1)], value.slice(1)];
  return [...OTHERS, 'text', 1.5];
}

type Path = (string | number)[];

/** A value as a failure names it (`NaN`, `undefined` and the infinities too). */
const shown = (value: Json): string => (typeof value === 'number' || value === undefined ? String(value) : JSON.stringify(value));

/** Every path in `value`, parents first; in an array, the paths in its first and last item only (the others are checked by the same schema). */
function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => (index === 0 || index === value.length - 1 ? pathsOf(item, [...path, index], out) : out.push([...path, index])));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

function at(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string | number, Json>)[key] : undefined), value);
}

/**
 * `root` with the node at `path` changed by `change` (given the node's parent and key), in place:
 * the caller uses it at once, then calls the function returned, which puts the node back.
 */
function change(root: Json, path: Path, how: (parent: Record<string | number, Json>, key: string | number) => void): () => void {
  const parent = at(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path.at(-1)!;
  const had = Object.hasOwn(parent, key);
  const before = parent[key];
  const length = Array.isArray(parent) ? parent.length : 0;
  how(parent, key);
  return () => {
    if (Array.isArray(parent) && parent.length !== length) {
      parent.splice(key as number, 0, before);
      parent.length = length;
    } else if (had) parent[key] = before;
    else delete parent[key];
  };
}

/** The mutations of `value` (each in place, undone once the next is asked for): for each path, the node removed, replaced, and (objects) given an unknown key. */
function* mutationsOf(value: Json): Generator<[string, Json]> {
  for (const path of pathsOf(value)) {
    const node = at(value, path);
    const where = path.join('.') || '(root)';
    if (path.length > 0) {
      let undo = change(value, path, (parent, key) => (Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key]));
      yield [`${where} removed`, value];
      undo();
      for (const replacement of replacementsOf(node)) {
        undo = change(value, path, (parent, key) => (parent[key] = structuredClone(replacement)));
        yield [`${where} = ${shown(replacement)}`, value];
        undo();
      }
    } else {
      for (const replacement of replacementsOf(node)) yield [`(root) = ${shown(replacement)}`, replacement];
    }
    if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
      const undo = change(value, [...path, 'unknownKey'], (parent) => (parent.unknownKey = { nested: true }));
      yield [`${where} with an unknown key`, value];
      undo();
    }
  }
}

/** A seeded pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` inputs with two mutations each, at random paths: several issues at once, in zod's order. */
function* pairsOf(value: Json, count: number, next: () => number): Generator<[string, Json]> {
  const paths = pathsOf(value).filter((path) => path.length > 0);
  for (let i = 0; i < count; i++) {
    const what: string[] = [];
    const undos: (() => void)[] = [];
    for (let n = 0; n < 2; n++) {
      const path = paths[Math.floor(next() * paths.length)]!;
      const parent = at(value, path.slice(0, -1));
      if (typeof parent !== 'object' || parent === null) continue;
      const options = replacementsOf(at(value, path));
      const replacement = options[Math.floor(next() * options.length)];
      undos.unshift(change(value, path, (node, key) => (node[key] = structuredClone(replacement))));
      what.push(`${path.join('.')} = ${shown(replacement)}`);
    }
    yield [what.join(' and '), value];
    for (const undo of undos) undo();
  }
}

interface Issue { code: string; path: PropertyKey[]; message: string }

/** The error the REST adapter gives for an answer whose schema finds `issues` (as it has since the contract's first checks). */
function mismatchError(label: string, issues: Issue[]): OrderZoneError {
  const [first] = issues;
  const where = first!.path.length > 0 ? first!.path.map(String).join('.') : '(root)';
  return new OrderZoneError('bad_response', `${label} answered with data that does not match the contract: ${where}: ${first!.message} (${first!.code}).`, {
    status: 200,
    details: { issues: issues.slice(0, 10) },
  });
}

/** What an error says to its caller: code, message, status, details. */
const said = (error: unknown): unknown =>
  error instanceof OrderZoneError ? { code: error.code, message: error.message, status: error.status, details: error.details } : { notAnOrderZoneError: String(error) };

/** The call of `name` through the adapter, the method's label, and how its result holds the answer's data. */
const CALLS: Record<Name, { label: string; run: (adapter: BackendAdapter) => Promise<unknown>; data: (answer: Json) => unknown }> = {
  listCategories: { label: 'GET /categories', run: (adapter) => adapter.listCategories(), data: (answer) => (answer as { categories: unknown }).categories },
  searchProducts: { label: 'GET /products', run: (adapter) => adapter.searchProducts({}), data: (answer) => answer },
  getProduct: { label: 'GET /products/{productId}', run: (adapter) => adapter.getProduct('p'), data: (answer) => answer },
};

/**
 * The inputs on which the compiled validator `name` and the schema disagree (at most 5 reported), and
 * those not matching on which the adapter, answered with the input as JSON, does not give today's
 * error with the schema's issues (or, if it matches once JSON, its data); how many were compared.
 */
async function compare(name: Name, inputs: Iterable<[string, Json]>): Promise<{ compared: number; valid: number; throughAdapter: number; mismatches: string[] }> {
  const schema = CATALOG_RESPONSE_SCHEMAS[name];
  const check = compiled[name];
  const call = CALLS[name];
  let body = '';
  // A 200 answer with `body` (what the adapter reads of a Response; undici's own costs ~1 ms each, and these are 130,000).
  const answer = { ok: true, status: 200, statusText: 'OK', type: 'basic', headers: new Headers({ 'Content-Type': 'application/json' }), text: async () => body } as Response;
  const adapter = createRestAdapter({ baseUrl: 'https://shop.test/api', fetch: async () => answer });
  const mismatches: string[] = [];
  const mismatch = (what: string, expected: unknown, actual: unknown): void => {
    if (mismatches.length < 5) mismatches.push(`${name}, ${what}:\n  zod:      ${JSON.stringify(expected).slice(0, 600)}\n  compiled: ${JSON.stringify(actual).slice(0, 600)}`);
    else mismatches.push('');
  };
  let compared = 0;
  let valid = 0;
  let throughAdapter = 0;
  for (const [what, input] of inputs) {
    compared++;
    const parsed = schema.safeParse(input);
    const data = check(input);
    if (parsed.success) valid++;
    const expected = parsed.success ? { success: true, data: parsed.data } : { success: false };
    const actual = data === INVALID ? { success: false } : { success: true, data };
    try {
      assert.deepStrictEqual(actual, expected);
    } catch {
      mismatch(what, expected, actual);
    }
    // An answer that does not match, through the adapter, as it arrives over the wire (JSON has no undefined, NaN or
    // infinities, so it may match once it is JSON: then the adapter gives its data). Those that match are the data above.
    if (parsed.success) continue;
    const text = JSON.stringify(input);
    if (text === undefined) continue;
    body = text;
    throughAdapter++;
    const wire = JSON.parse(text) as Json;
    const fromSchema = schema.safeParse(wire);
    const wanted = fromSchema.success ? { data: call.data(fromSchema.data) } : { error: said(mismatchError(call.label, fromSchema.error.issues as Issue[])) };
    const got = await call.run(adapter).then((result) => ({ data: result }), (error: unknown) => ({ error: said(error) }));
    try {
      assert.deepStrictEqual(got, wanted);
    } catch {
      mismatch(`${what}, through the adapter`, wanted, got);
    }
  }
  return { compared, valid, throughAdapter, mismatches };
}

const SHOPS: [string, () => TestShop][] = [
  ['the tests\' shop', testShop],
  ['the tests\' shop with descriptions and reviews', describedTestShop],
  ['the search tests\' shop', searchShop],
  ['the demo shop', () => createDemoShop(NOW) as unknown as TestShop],
];

describe('validators compiled from the catalog answers\' schemas', () => {
  it('are what the compiler writes from the schemas today (else run `npm run validators -w @orderzone/core`)', () => {
    assert.equal(readFileSync(CATALOG_RESPONSE_VALIDATORS_FILE, 'utf8'), catalogResponseValidatorsSource(), 'catalog-response-validators.ts is stale: run `npm run validators -w @orderzone/core` and commit it');
  });

  for (const [label, shop] of SHOPS) {
    it(`give the schemas' result on ${label}'s answers and every mutation of them`, async (t) => {
      const answers = await answersOf(shop());
      const next = random(16);
      for (const name of Object.keys(answers) as Name[]) {
        const inputs = function* (): Generator<[string, Json]> {
          for (const [index, answer] of answers[name].entries()) {
            yield [`answer ${index}`, answer];
            yield* mutationsOf(answer);
            yield* pairsOf(answer, 100, next);
          }
        };
        const { compared, valid, throughAdapter, mismatches } = await compare(name, inputs());
        t.diagnostic(`${name}: ${compared} inputs compared, ${valid} of them valid; ${throughAdapter} that do not match through the adapter`);
        assert.deepEqual(mismatches.slice(0, 5), [], `${mismatches.length} of ${compared} inputs disagree`);
        // Each answer is valid, and so are some mutations: both outcomes are compared, not only failures.
        assert.ok(valid >= answers[name].length && valid < compared, `${name}: ${valid} valid of ${compared}`);
      }
    });
  }

  it('keep what the schemas keep and strip what they strip', () => {
    const category = { id: 'c', name: 'Cups', unknownKey: 1, image: { url: 'u', alt: { 'en-US': 'A' }, more: true } };
    assert.deepEqual(compiled.listCategories({ categories: [category], total: 1 }), { categories: [{ id: 'c', name: 'Cups', image: { url: 'u', alt: { 'en-US': 'A' } } }] });
    assert.equal(compiled.listCategories({ categories: [{ ...category, id: '' }] }), INVALID);
  });
});
