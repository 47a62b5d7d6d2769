/**
 * Typed errors. Every failure that reaches a caller of `@orderzone/core` (a backend that is down, a
 * malformed response, a validation problem, a merchant's wrong configuration) is an
 * {@link OrderZoneError} with a machine-readable {@link OrderZoneErrorCode} and an English
 * developer-facing `message`; UIs translate the code with `describeError()`.
 *
 * @module
 */

import type { FieldErrorCode } from './field-error-codes.ts';

/** What went wrong, as a stable code a UI can branch on and translate. */
export type OrderZoneErrorCode =
  /** The backend could not be reached (offline, DNS, CORS, connection reset). Retrying may help. */
  | 'network'
  /** The backend did not answer in time. Retrying may help. */
  | 'timeout'
  /** The request was cancelled by the caller (a newer query replaced it). Never shown to shoppers. */
  | 'aborted'
  /** Input was rejected; `fieldErrors` says which field and why. */
  | 'validation'
  /** An item is sold out or has less stock than asked for; `details.lines` says which. */
  | 'out_of_stock'
  /** The backend's prices differ from what the shopper saw; `quote` holds the new prices. */
  | 'price_changed'
  /** Too many requests; `retryAfterSeconds` says when to try again. */
  | 'rate_limited'
  /** Credentials are missing or no longer valid. */
  | 'unauthorized'
  /** The product, order or resource does not exist. */
  | 'not_found'
  /** The request conflicts with the current state (e.g. an idempotency key reused for another order). */
  | 'conflict'
  /** The backend failed (5xx). Retrying later may help. */
  | 'server'
  /** The backend answered with something that does not match the contract. */
  | 'bad_response'
  /** The merchant's configuration is wrong (unknown currency, missing adapter...). */
  | 'config'
  /**
   * The backend wants a one-time code before it accepts this order (a risk check: a large amount,
   * many orders in a short time). `details` holds a {@link VerificationChallenge}; the code was sent
   * already. Submit again with the same idempotency key and `verification: { id, code }`.
   */
  | 'verification_required';

/** A per-field validation problem: a message code plus values to fill into the message. */
export interface FieldError {
  /** Dotted path of the field, e.g. `contact.phone` or `address.postalCode`. */
  field: string;
  /**
   * Message code, e.g. `required`, `too_long`, `invalid_phone_cn`; translated by `describeFieldError()`.
   * One of the contract's field error codes (`FIELD_ERROR_CODES` of `@orderzone/core/rest`), on the
   * wire and on the page: a code outside it fails type checking, and an unknown code a backend
   * answers is read as `invalid` on the same field.
   */
  code: FieldErrorCode;
  /** Values for the message, e.g. `{ max: 50 }`. */
  params?: Record<string, string | number>;
}

/** Options for {@link OrderZoneError}. */
export interface OrderZoneErrorOptions {
  /** HTTP status, when the error came from an HTTP backend. */
  status?: number;
  /** Seconds to wait before retrying (`rate_limited`). */
  retryAfterSeconds?: number;
  /** Per-field problems (`validation`). */
  fieldErrors?: FieldError[];
  /** Anything else a UI may show: affected lines, available stock, the new quote... */
  details?: Record<string, unknown>;
  /** The underlying error. */
  cause?: unknown;
}

/** Codes after which the same request may succeed if tried again. */
const RETRYABLE: ReadonlySet<OrderZoneErrorCode> = new Set(['network', 'timeout', 'server', 'rate_limited']);

/** The one error type of OrderZone. Branch on `code`, never on `message`. */
export class OrderZoneError extends Error {
  override readonly name = 'OrderZoneError';
  readonly code: OrderZoneErrorCode;
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  readonly fieldErrors: FieldError[];
  readonly details: Record<string, unknown>;

  constructor(code: OrderZoneErrorCode, message: string, options: OrderZoneErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    this.fieldErrors = options.fieldErrors ?? [];
    this.details = options.details ?? {};
  }

  /** True when trying the same request again may succeed. */
  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

/** True for an {@link OrderZoneError}, including one from another copy of the package. */
export function isOrderZoneError(error: unknown): error is OrderZoneError {
  return error instanceof OrderZoneError || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'OrderZoneError' && typeof (error as { code?: unknown }).code === 'string');
}

/**
 * Wraps anything thrown into an {@link OrderZoneError}: an `AbortError` becomes `aborted`, a
 * `TypeError` from `fetch` becomes `network`, anything else `server` with the original as `cause`.
 */
export function toOrderZoneError(error: unknown): OrderZoneError {
  if (isOrderZoneError(error)) return error;
  if (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return new OrderZoneError(error.name === 'AbortError' ? 'aborted' : 'timeout', error.message, { cause: error });
  }
  if (error instanceof TypeError) {
    return new OrderZoneError('network', `The backend could not be reached: ${error.message}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new OrderZoneError('server', `Unexpected failure: ${message}`, { cause: error });
}

/**
 * True when a `conflict` error's details say a booking was taken (rather than, e.g., an idempotency
 * key reused): `details.booking` is true, `details.reason` is `booking_taken` or
 * `booking_unavailable`, or `details` names `seatIds`, `nights` or a `resourceKey`.
 */
export function isBookingConflict(details: Record<string, unknown>): boolean {
  const reason = details['reason'];
  return (
    details['booking'] === true ||
    reason === 'booking_taken' ||
    reason === 'booking_unavailable' ||
    'seatIds' in details ||
    'nights' in details ||
    'resourceKey' in details
  );
}
