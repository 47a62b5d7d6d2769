/**
 * Error codes on the wire and their HTTP statuses, both ways: part of the HTTP contract
 * (`error-body.ts` re-exports it). Its own module, apart from the error body's schemas, because the
 * REST adapter needs it for every error answer (with `answer-errors.ts`) while it loads the error
 * body's schemas (and the contract's list of field error codes) only when that answer has a body.
 *
 * @module
 */
import type { OrderZoneErrorCode } from '../errors.ts';

/** Error codes a backend may send, with their HTTP status. */
export const ERROR_STATUS = {
  validation: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  price_changed: 409,
  out_of_stock: 409,
  rate_limited: 429,
  verification_required: 403,
  server: 500,
} as const satisfies Partial<Record<OrderZoneErrorCode, number>>;

/** A code a backend may put in an error body. */
export type ServerErrorCode = keyof typeof ERROR_STATUS;

/** True for a code that a backend may send (client-side codes like `network` are not). */
export function isServerErrorCode(code: string): code is ServerErrorCode {
  return Object.hasOwn(ERROR_STATUS, code);
}

/** The HTTP status for an error code; codes that only arise in the client answer 500. */
export function statusForErrorCode(code: OrderZoneErrorCode): number {
  return isServerErrorCode(code) ? ERROR_STATUS[code] : 500;
}

/**
 * The error code for a status when the body does not say: 400/413/415/422 `validation`, 401/403
 * `unauthorized`, 404 `not_found`, 408 `timeout`, 409 `conflict`, 429 `rate_limited`, 5xx `server`;
 * any other status is not part of the contract: `bad_response`.
 */
export function errorCodeForStatus(status: number): OrderZoneErrorCode {
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'validation';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500 && status <= 599) return 'server';
  return 'bad_response';
}
