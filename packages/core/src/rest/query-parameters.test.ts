import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildOpenApiDocument } from './openapi-document.ts';

type Parameter = { name: string; in: string; required: boolean; schema: Record<string, unknown>; style?: string };

/** The query parameters of a path and method in the OpenAPI document, by name. */
function queryOf(path: string, method: string): Record<string, Parameter> {
  const paths = buildOpenApiDocument().paths as Record<string, Record<string, { parameters: Parameter[] }>>;
  return Object.fromEntries(paths[path]![method]!.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
}

describe('OpenAPI query parameters', () => {
  it('take their types and limits from the request schemas they carry', () => {
    const search = queryOf('/products', 'get');
    assert.deepEqual(search.pageSize?.schema, { type: 'integer', minimum: 1, maximum: 100 });
    assert.deepEqual(search.categoryId?.schema, { type: 'string', minLength: 1, maxLength: 128 });
    assert.deepEqual(search.sort?.schema, { type: 'string', enum: ['relevance', 'price_asc', 'price_desc', 'rating', 'newest'] });
    assert.equal(search.option?.schema.type, 'array');
    assert.equal(search.option?.style, 'form');
    assert.equal(search.options, undefined);
    assert.ok(Object.values(search).every((q) => q.required === false));
    assert.deepEqual(Object.keys(queryOf('/products/{productId}/availability', 'get')), ['variantId', 'from', 'to', 'sessionId']);
  });
});
