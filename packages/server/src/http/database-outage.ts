/**
 * A database that cannot be reached (down, restarting, failing over, out of connections, or closed
 * while the server stops) answers `503` with `Retry-After` and the contract's `server` error body,
 * never a half-done change: every call of the service is one transaction, so a call that failed
 * wrote nothing, and the client's retry (with the same `Idempotency-Key` for an order) is safe.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { errorResponse } from '@orderzone/embedded-backend/contract-app';

/** Seconds a client is asked to wait after an outage answer. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** Node's codes for a connection that could not be made or was lost. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED']);

/**
 * PostgreSQL SQLSTATEs that mean "not now": class 08 (connection exception) is checked by prefix;
 * shutting down, crash recovery, cannot connect now, too many connections, out of memory or disk,
 * and a transaction that lost a serialization race or a deadlock (nothing was written; try again).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '53200', '53100', '40001', '40P01']);

/** What the drivers say when the connection is gone (node-postgres, its pool, PGlite). */
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end|Client has encountered a connection error|Client was closed|PGlite is clos(ed|ing)|the database system is (shutting down|starting up|in recovery mode)/i;

/** True when `error` (or what caused it, or one of an AggregateError's errors) says the database cannot be reached now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/** `503` with `Retry-After` and the contract's `server` error body. */
export function outageResponse(): Response {
  const failure = new OrderZoneError('server', 'The shop’s database cannot be reached right now; nothing was changed. Try again in a few seconds.', {
    retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
  });
  const response = errorResponse(failure);
  const headers = new Headers(response.headers);
  headers.set('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
  return new Response(response.body, { status: 503, headers });
}
