import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REST_ENDPOINTS } from './rest-contract.ts';

describe('OpenAPI query parameters', () => {
  it('take their types and limits from the request schemas they carry', () => {
    const search = REST_ENDPOINTS.searchProducts;
    const byName = Object.fromEntries(search.query.map((q) => [q.name, q]));
    assert.deepEqual(byName.pageSize?.schema, { type: 'integer', minimum: 1, maximum: 100 });
    assert.deepEqual(byName.categoryId?.schema, { type: 'string', minLength: 1, maxLength: 128 });
    assert.deepEqual(byName.sort?.schema, { type: 'string', enum: ['relevance', 'price_asc', 'price_desc', 'rating', 'newest'] });
    assert.equal(byName.option?.schema.type, 'array');
    assert.equal(byName.options, undefined);
    assert.ok(search.query.every((q) => q.required === false));
    const availability = REST_ENDPOINTS.getAvailability;
    assert.deepEqual(availability.query.map((q) => q.name), ['variantId', 'from', 'to', 'sessionId']);
  });
});
