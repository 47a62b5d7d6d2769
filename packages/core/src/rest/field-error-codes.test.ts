import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldError } from '../errors.ts';
import { ErrorBodySchema, FIELD_ERROR_CODES, FieldErrorSchema, isFieldErrorCode, readErrorBody } from './rest-contract.ts';
import { buildOpenApiDocument } from './openapi-document.ts';

describe('field error codes in the contract', () => {
  it('accepts the listed codes and refuses any other on the wire', () => {
    assert.equal(FieldErrorSchema.safeParse({ field: 'contact.phone', code: 'invalid_phone_cn' }).success, true);
    assert.equal(FieldErrorSchema.safeParse({ field: 'contact.phone', code: 'phone_bad' }).success, false);
    assert.equal(ErrorBodySchema.safeParse({ error: { code: 'validation', message: 'x', fieldErrors: [{ field: 'a', code: 'phone_bad' }] } }).success, false);
    assert.equal(isFieldErrorCode('too_long'), true);
    assert.equal(isFieldErrorCode('toString'), false);
  });

  it('types FieldError.code as the enumeration, so a mistyped code fails type checking', () => {
    // @ts-expect-error 'requird' is not one of the contract's field error codes
    const mistyped: FieldError = { field: 'contact.name', code: 'requird' };
    const listed: FieldError = { field: 'contact.name', code: 'required' };
    assert.equal(isFieldErrorCode(mistyped.code), false);
    assert.equal(isFieldErrorCode(listed.code), true);
  });

  it('reads a code it does not know as invalid, keeping the field and params', () => {
    const read = readErrorBody({ error: { code: 'validation', message: 'x', fieldErrors: [{ field: 'a', code: 'newer_code', params: { max: 3 } }] } });
    assert.deepEqual(read?.error.fieldErrors, [{ field: 'a', code: 'invalid', params: { max: 3 } }]);
  });

  it('publishes the codes as an enumeration in the OpenAPI document', () => {
    const document = JSON.stringify(buildOpenApiDocument());
    for (const code of Object.keys(FIELD_ERROR_CODES)) assert.ok(document.includes(`"${code}"`), code);
  });
});
