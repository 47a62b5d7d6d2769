/**
 * `@orderzone/core/rest`: a `BackendAdapter` for the HTTP contract described in
 * `docs/backend-contract.md` and `docs/openapi.json`. Every response is validated against the
 * contract schemas; a malformed one becomes an `OrderZoneError('bad_response')`.
 *
 * @packageDocumentation
 */
export * from './rest-adapter.ts';
export * from './rest-contract.ts';
