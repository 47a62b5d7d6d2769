import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { coreMessages, createTranslator, describeFieldError } from '@orderzone/core/messages';
import { FIELD_ERROR_CODES, type FieldErrorCode } from '@orderzone/core/rest';

/** The backend's own sources, and the core rule modules it applies to requests. */
const SOURCES: { dir: URL; files?: readonly string[] }[] = [
  { dir: new URL('./', import.meta.url) },
  { dir: new URL('../../core/src/booking/', import.meta.url) },
  { dir: new URL('../../core/src/checkout/', import.meta.url), files: ['checkout-validation.ts'] },
  { dir: new URL('../../core/src/catalog/', import.meta.url), files: ['product-rules.ts'] },
];

/**
 * A field error written in the source: `{ field…, code: 'x', params: { a, b: … } }`, or
 * `add(field, 'x', { a: … })` where the code may be a choice (`cn ? 'x' : 'y'`).
 */
const LITERAL = /\{\s*field\b(?:[^{}]|\$\{[^{}]*\})*?\bcode:\s*('\w+')(?:\s*,\s*params:\s*\{([^{}]*)\})?/g;
const ADD_CALL = /\badd\(\s*[^,()]+,\s*([^,(){}]+?)(?:\s*,\s*\{([^{}]*)\})?\s*\)/g;

/** The keys of an object literal's body (`max: A / (1024 * 1024), seat` → max, seat). */
function keysOf(body: string | undefined): string[] {
  if (!body) return [];
  return body
    .replace(/'[^']*'/g, "''")
    .split(',')
    .map((part) => /^\s*(\w+)/.exec(part)?.[1])
    .filter((key): key is string => key !== undefined);
}

/** Every field error code (with its param names) written in the scanned sources, by file. */
function codesInSources(): { file: string; code: string; params: string[] }[] {
  const found: { file: string; code: string; params: string[] }[] = [];
  for (const { dir, files } of SOURCES) {
    const names = files ?? readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    for (const name of names) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      for (const pattern of [LITERAL, ADD_CALL]) {
        for (const match of text.matchAll(pattern)) {
          // Codes are lower-case words; a compared value such as `'CN'` is not one.
          for (const [, code] of match[1]!.matchAll(/'([a-z][a-z0-9_]*)'/g)) found.push({ file: name, code: code!, params: keysOf(match[2]) });
        }
      }
    }
  }
  return found;
}

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe('FIELD_ERROR_CODES', () => {
  it('lists every field error code the backend and the core rules it applies write, with their params', () => {
    const found = codesInSources();
    // The scan itself works: it sees codes from each kind of source.
    for (const code of ['unknown_slot', 'closed_night', 'invalid_phone_cn', 'unknown_field', 'unknown_photo']) {
      assert.ok(found.some((f) => f.code === code), `the scan should find ${code}`);
    }
    for (const { file, code, params } of found) {
      const listed = (FIELD_ERROR_CODES as Record<string, readonly string[]>)[code];
      assert.ok(listed, `${file} uses the field error code "${code}", which FIELD_ERROR_CODES does not list`);
      for (const param of params) assert.ok(listed.includes(param), `${file}: "${code}" carries {${param}}, not listed in FIELD_ERROR_CODES`);
    }
  });

  for (const locale of ['en-US', 'zh-CN'] as const) {
    it(`has a message of its own for every code in ${locale}, naming only params the code carries`, () => {
      const catalog = coreMessages[locale]!;
      const t = createTranslator(locale, coreMessages);
      const fallback = t('field.invalid');
      for (const [code, params] of Object.entries(FIELD_ERROR_CODES as Record<string, readonly string[]>)) {
        // A message about a number of things comes in plural variants (`.one`, `.other`).
        const template = catalog[`field.${code}`] ?? catalog[`field.${code}.other`];
        if (code === 'invalid') {
          assert.ok(template, 'field.invalid');
          continue;
        }
        assert.ok(template?.trim(), `${locale} has no message for field.${code}`);
        const variants = Object.keys(catalog).filter((key) => key === `field.${code}` || key.startsWith(`field.${code}.`)).map((key) => catalog[key]!);
        for (const name of variants.flatMap(placeholders)) assert.ok(params.includes(name), `${locale} field.${code} uses {${name}}, which the code does not carry`);
        const values = Object.fromEntries(params.map((name) => [name, `«${name}»`]));
        const text = describeFieldError({ field: 'x', code: code as FieldErrorCode, ...(params.length > 0 ? { params: values } : {}) }, t);
        assert.notEqual(text, fallback, `field.${code} reads as the generic message`);
        assert.doesNotMatch(text, /\{\w+\}/, `field.${code} leaves a placeholder unfilled`);
      }
    });
  }
});
