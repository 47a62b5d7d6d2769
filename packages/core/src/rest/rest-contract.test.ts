import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CatalogQuerySchema, type CatalogQuery } from '../catalog/catalog-schema.ts';
import { OrderZoneError } from '../errors.ts';
import {
  ERROR_STATUS, ErrorBodySchema, REST_ENDPOINTS, catalogQueryFromSearchParams, catalogQueryToSearchParams,
  errorBodyFor, errorCodeForStatus, fillPath, statusForErrorCode,
} from './rest-contract.ts';
import { buildOpenApiDocument } from './openapi-document.ts';

describe('REST contract', () => {
  it('docs/openapi.json is the generated document (run `npm run openapi -w @orderzone/core` after changing the contract)', () => {
    const onDisk = JSON.parse(readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8')) as unknown;
    assert.deepEqual(onDisk, JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('describes every endpoint with its schemas and error statuses', () => {
    const doc = buildOpenApiDocument() as { openapi: string; paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; parameters: { name: string; in: string; required: boolean }[]; requestBody?: unknown }>>; components: { schemas: Record<string, { $ref?: string }> } };
    assert.equal(doc.openapi, '3.1.0');
    const operations = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    assert.deepEqual(operations.sort(), Object.keys(REST_ENDPOINTS).sort());
    const submit = doc.paths['/orders']!.post!;
    assert.deepEqual(Object.keys(submit.responses).sort(), ['201', '400', '403', '409', '429', '500']);
    assert.match(JSON.stringify(submit.responses['403']), /verification_required/);
    assert.deepEqual(submit.parameters.filter((p) => p.in === 'header' && !p.required).map((p) => p.name), ['Verification-Id', 'Verification-Code', 'Accept-Language']);
    assert.ok(submit.parameters.some((p) => p.name === 'Idempotency-Key' && p.in === 'header' && p.required));
    assert.ok(submit.requestBody);
    // An order is reached by its access token or by the session of the shopper who placed it; no order call puts anything personal in the URL.
    const getOrder = doc.paths['/orders/{orderNumber}']!.get! as unknown as { parameters: { name: string; in: string }[]; security: unknown; responses: Record<string, unknown> };
    assert.deepEqual(getOrder.security, [{ orderAccessToken: [] }, { sessionToken: [] }]);
    assert.deepEqual(Object.keys(getOrder.responses).sort(), ['200', '401', '404', '429', '500']);
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (!path.startsWith('/orders/')) continue;
      for (const operation of Object.values(operations)) {
        // Nothing personal travels in a query string: at most the payment status's `refresh` flag.
        assert.deepEqual(operation.parameters.filter((p) => p.in === 'query' && p.name !== 'refresh').map((p) => p.name), [], `${operation.operationId} takes no other query parameter`);
        assert.deepEqual((operation as unknown as { security: unknown }).security, [{ orderAccessToken: [] }, { sessionToken: [] }], `${operation.operationId} needs proof of access`);
      }
    }
    assert.match(JSON.stringify(submit.responses['201']), /OrderWithAccess/);
    const lookup = doc.paths['/order-lookups']!.post!;
    assert.equal(lookup.operationId, 'lookupOrder');
    assert.deepEqual(lookup.parameters.filter((p) => p.in === 'query'), [], 'number and contact travel in the body');
    assert.match(JSON.stringify(lookup.requestBody), /OrderLookupRequest/);
    assert.deepEqual(Object.keys(lookup.responses).sort(), ['200', '400', '404', '429', '500']);
    // Accounts: codes and sessions created with 201; the shopper's orders and sign-out need the bearer token.
    assert.deepEqual(Object.keys(doc.paths['/auth/codes']!.post!.responses).sort(), ['201', '400', '429', '500']);
    assert.equal(doc.paths['/auth/sessions']!.post!.operationId, 'verifySignInCode');
    for (const [path, method] of [['/me/orders', 'get'], ['/auth/sessions/current', 'delete']] as const) {
      const operation = doc.paths[path]![method]! as unknown as { security: unknown; responses: Record<string, unknown> };
      assert.deepEqual(operation.security, [{ sessionToken: [] }], path);
      assert.ok(operation.responses['401'], path);
    }
    assert.deepEqual(Object.keys(doc.paths['/verifications/{challengeId}/resend']!.post!.responses).sort(), ['200', '404', '429', '500']);
    const schemes = (doc as unknown as { components: { securitySchemes: Record<string, { type: string; in?: string; name?: string }> } }).components.securitySchemes;
    assert.deepEqual(Object.keys(schemes), ['sessionToken', 'orderAccessToken']);
    assert.equal(schemes.sessionToken!.type, 'http');
    assert.deepEqual([schemes.orderAccessToken!.type, schemes.orderAccessToken!.in, schemes.orderAccessToken!.name], ['apiKey', 'header', 'Order-Access-Token']);
    assert.equal((doc as unknown as { info: { version: string } }).info.version, '2.5.0');
    // Contract 2.2: an order may carry the company it is bought for.
    assert.ok((doc.components.schemas as Record<string, { properties?: Record<string, unknown> }>).Order!.properties!.company, 'Order.company');
    // Contract 2.1: refund and return requests may name lines and units; the order carries each request line by line.
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    assert.ok(schemas.RefundRequest!.properties!.lines && !schemas.RefundRequest!.required!.includes('lines'), 'a request without lines still means every line');
    assert.ok(schemas.ReturnRequest!.properties!.lines && !schemas.ReturnRequest!.required!.includes('lines'));
    assert.deepEqual(schemas.ChosenLine!.required!.sort(), ['lineIndex', 'quantity']);
    assert.ok(schemas.Order!.properties!.afterSales && schemas.Order!.properties!.refunded);
    // Bookings: availability by query, holds created with 201 and refused with 409, released with DELETE.
    assert.deepEqual(doc.paths['/products/{productId}/availability']!.get!.parameters.filter((p) => p.in === 'query').map((p) => p.name), ['variantId', 'from', 'to', 'sessionId']);
    assert.deepEqual(Object.keys(doc.paths['/holds']!.post!.responses).sort(), ['201', '400', '404', '409', '429', '500']);
    assert.equal(doc.paths['/holds/{holdId}']!.delete!.operationId, 'releaseHold');
    // Every $ref points at a schema that exists.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) assert.ok(doc.components.schemas[ref.split('/').pop()!], ref);
  });

  it('maps error codes to statuses and back', () => {
    assert.deepEqual(
      Object.keys(ERROR_STATUS).map((code) => [code, statusForErrorCode(code as keyof typeof ERROR_STATUS)]),
      [['validation', 400], ['unauthorized', 401], ['not_found', 404], ['conflict', 409], ['price_changed', 409], ['out_of_stock', 409], ['rate_limited', 429], ['verification_required', 403], ['server', 500]],
    );
    assert.equal(statusForErrorCode('network'), 500);
    assert.deepEqual([422, 403, 408, 503, 302].map(errorCodeForStatus), ['validation', 'unauthorized', 'timeout', 'server', 'bad_response']);
  });

  it('writes error bodies that match the error schema', () => {
    const body = errorBodyFor(new OrderZoneError('rate_limited', 'Too many', { retryAfterSeconds: 12 }));
    assert.deepEqual(body, { error: { code: 'rate_limited', message: 'Too many', retryAfterSeconds: 12 } });
    assert.equal(ErrorBodySchema.safeParse(body).success, true);
    const withFields = errorBodyFor(new OrderZoneError('validation', 'Bad', { fieldErrors: [{ field: 'contact.name', code: 'required' }] }));
    assert.deepEqual(withFields.error.fieldErrors, [{ field: 'contact.name', code: 'required' }]);
    // Client-side codes never go on the wire.
    assert.equal(errorBodyFor(new OrderZoneError('timeout', 'slow')).error.code, 'server');
  });

  it('carries a catalog query through a query string unchanged', () => {
    const query: CatalogQuery = { categoryId: 'apparel', text: '纯棉 T恤', minPrice: 0, maxPrice: 20000, options: { size: ['m', 'l'], color: ['navy'] }, inStockOnly: true, sort: 'price_desc', page: 2, pageSize: 24 };
    const params = catalogQueryToSearchParams(query);
    assert.deepEqual(params.getAll('option'), ['size:m', 'size:l', 'color:navy']);
    const back = CatalogQuerySchema.parse(catalogQueryFromSearchParams(new URLSearchParams(params.toString())));
    assert.deepEqual(back, query);
  });

  it('leaves malformed query values for validation to report', () => {
    const raw = catalogQueryFromSearchParams(new URLSearchParams('page=two&inStockOnly=yes&pageSize=10'));
    const result = CatalogQuerySchema.safeParse(raw);
    assert.equal(result.success, false);
    assert.deepEqual(result.error!.issues.map((i) => i.path.join('.')).sort(), ['inStockOnly', 'page']);
  });

  it('fills path templates with encoded values', () => {
    assert.equal(fillPath(REST_ENDPOINTS.getPaymentStatus.path, { orderNumber: 'OZ 1/2' }), '/orders/OZ%201%2F2/payment');
  });
});
