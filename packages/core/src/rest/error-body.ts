/**
 * Errors on the wire: the error body every error response carries, and (re-exported from
 * `error-status.ts`) how error codes map to HTTP statuses and back. Part of the HTTP contract
 * (`rest-contract.ts` re-exports it); its own module because the REST adapter needs it for any call
 * answered with an error, and loads it only then (the first paint's catalog calls do not).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { FieldError, OrderZoneError } from '../errors.ts';
import { FIELD_ERROR_CODE_LIST, isFieldErrorCode } from '../field-error-codes.ts';
import { isServerErrorCode } from './error-status.ts';

export { ERROR_STATUS, errorCodeForStatus, isServerErrorCode, statusForErrorCode, type ServerErrorCode } from './error-status.ts';

/** A field error code of the contract (see `FIELD_ERROR_CODES`). */
export const FieldErrorCodeSchema = z.enum(FIELD_ERROR_CODE_LIST);

const FieldErrorParamsSchema = z.optional(z.record(z.string(), z.union([z.string(), z.number()])));

/** A per-field validation problem on the wire (see `FieldError`): its code is one of the contract's. */
export const FieldErrorSchema = z.object({
  field: z.string(),
  code: FieldErrorCodeSchema,
  params: FieldErrorParamsSchema,
});

/** The error body around field errors of `fieldError`'s shape. */
function errorBodyOf<F extends z.ZodMiniType>(fieldError: F) {
  return z.object({
    error: z.object({
      /** An `OrderZoneErrorCode` such as `validation`, `out_of_stock`, `price_changed`. */
      code: z.string(),
      /** English, for developers and logs; shoppers see a translation of `code`. */
      message: z.string(),
      /** For `validation`: which fields are wrong and why. */
      fieldErrors: z.optional(z.array(fieldError)),
      /** For `price_changed` and `out_of_stock`: `quote` (the new quote, a `Quote`); `lines` for stock problems. */
      details: z.optional(z.record(z.string(), z.unknown())),
      /** For `rate_limited`: seconds to wait (also sent as the `Retry-After` header). */
      retryAfterSeconds: z.optional(z.number().check(z.minimum(0))),
    }),
  });
}

/**
 * The body of every error response:
 * `{ "error": { "code": "price_changed", "message": "...", "details": { "quote": {...} } } }`.
 */
export const ErrorBodySchema = errorBodyOf(FieldErrorSchema);

const ReceivedErrorBodySchema = errorBodyOf(z.object({ field: z.string(), code: z.string(), params: FieldErrorParamsSchema }));

/**
 * An error body as a client reads it (`undefined` when `json` is not the contract's error body): a
 * field error code the contract does not list (a newer backend's) reads as `invalid`, on the same
 * field and with its params, so nothing is lost.
 */
export function readErrorBody(json: unknown): AnsweredErrorBody | undefined {
  const read = ReceivedErrorBodySchema.safeParse(json);
  if (!read.success) return undefined;
  const { fieldErrors, ...error } = read.data.error;
  if (!fieldErrors) return { error };
  return { error: { ...error, fieldErrors: fieldErrors.map((fieldError) => (isFieldErrorCode(fieldError.code) ? fieldError : { ...fieldError, code: 'invalid' })) as FieldError[] } };
}
/** The body of every error response: `{ "error": { "code", "message", "fieldErrors"?, "details"?, "retryAfterSeconds"? } }`. */
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** An error body as `errorBodyFor` writes it: field errors as the `OrderZoneError` holds them. */
export interface AnsweredErrorBody {
  error: Omit<ErrorBody['error'], 'fieldErrors'> & { fieldErrors?: FieldError[] };
}

/**
 * The error body for an `OrderZoneError`, for backends written in JavaScript (the embedded backend
 * and the server both answer with it). Its field error codes are passed on as they are: on the
 * storefront contract they must be the contract's (`FIELD_ERROR_CODES`, checked by the contract
 * tests); a merchant API (the server's admin) may use codes of its own.
 */
export function errorBodyFor(error: OrderZoneError): AnsweredErrorBody {
  const body: AnsweredErrorBody = { error: { code: isServerErrorCode(error.code) ? error.code : 'server', message: error.message } };
  if (error.fieldErrors.length > 0) body.error.fieldErrors = error.fieldErrors;
  if (Object.keys(error.details).length > 0) body.error.details = error.details;
  if (error.retryAfterSeconds !== undefined) body.error.retryAfterSeconds = error.retryAfterSeconds;
  return body;
}
