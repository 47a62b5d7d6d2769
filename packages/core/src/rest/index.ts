/**
 * `@orderzone/core/rest`: a `BackendAdapter` for the HTTP contract described in
 * `docs/backend-contract.md` and `docs/openapi.json`. Every response is validated against the
 * contract schemas; a malformed one becomes an `OrderZoneError('bad_response')`.
 *
 * @packageDocumentation
 */
export { createRestAdapter, type RestAdapterOptions } from './rest-adapter.ts';
export { productsRequest, type StartedRequest } from './started-request.ts';
export { type AnsweredErrorBody, availabilityFromSearchParams, FIELD_ERROR_CODE_LIST, FIELD_ERROR_CODES, type FieldErrorCode, FieldErrorCodeSchema, isFieldErrorCode, bearerToken, catalogQueryFromSearchParams, type Endpoint, ERROR_STATUS, type ErrorBody, errorBodyFor, ErrorBodySchema, errorCodeForStatus, fillPath, IDEMPOTENCY_KEY_HEADER, isServerErrorCode, ORDER_ACCESS_TOKEN_HEADER, type QueryParameter, type RawBody, REST_ENDPOINTS, type ResponseCheck, type ResponseIssue, type RestOperation, type RestRoute, type ServerErrorCode, type SignInCodeRequest, SignInCodeRequestSchema, type SignInRequest, SignInRequestSchema, statusForErrorCode, VERIFICATION_CODE_HEADER, VERIFICATION_ID_HEADER } from './rest-contract.ts';
export { buildOpenApiDocument } from './openapi-document.ts';
