/**
 * Who may read or act on an order: the holder of one of its access tokens, or the signed-in shopper
 * who placed it. Tokens (256 random bits, base64url) are issued when an order is placed, when an
 * idempotent retry answers it, and when a guest looks it up by number and contact. They are stored
 * through the engine's `tokenDigest` (the server keeps only SHA-256 digests; in the page, where the
 * state and the tokens share one storage, the digest is the token itself).
 *
 * Wrong guesses are limited: a lookup by number and contact, or an order call without valid proof,
 * counts as one failure against the order number and one against the client. Past
 * {@link ORDER_ACCESS_LIMITS} in their window, lookups and calls without valid proof answer
 * `rate_limited` with `retryAfterSeconds`; a valid token or session always gets through, so nobody
 * can lock an owner out of their order.
 *
 * @module
 */
import * as z from 'zod/mini';
import { OrderZoneError } from '@orderzone/core';

/** How many wrong guesses are tolerated, per order number and per client, and over which window. */
export const ORDER_ACCESS_LIMITS = {
  perOrderNumber: { max: 10, windowMs: 15 * 60_000 },
  perClient: { max: 30, windowMs: 60 * 60_000 },
} as const;

/** Wrong guesses remembered at most (the newest), so that many clients cannot grow the state without bound. */
export const MAX_REMEMBERED_FAILURES = 2000;

/** Tokens kept per order (the newest): enough for every device and retry of one shopper; an older one stops working only when 50 newer ones pushed it out. */
export const MAX_TOKENS_PER_ORDER = 50;

/** An access token of an order, as stored. */
export interface StoredAccessToken {
  /** The token's digest (see the engine's `tokenDigest` option). */
  digest: string;
  orderNumber: string;
  /** ISO 8601 date-time. */
  issuedAt: string;
}

/** One wrong guess at an order, counted against an order number (`order`) or a client (`client`). */
export interface AccessFailure {
  scope: 'order' | 'client';
  /** The order number or the client id. */
  key: string;
  /** ISO 8601 date-time. */
  at: string;
}

/** The stored shape of a {@link StoredAccessToken}, checked when a saved state is read back. */
export const StoredAccessTokenSchema: z.ZodMiniType<StoredAccessToken> = z.object({ digest: z.string(), orderNumber: z.string(), issuedAt: z.string() });

/** The stored shape of an {@link AccessFailure}. */
export const AccessFailureSchema: z.ZodMiniType<AccessFailure> = z.object({ scope: z.enum(['order', 'client']), key: z.string(), at: z.string() });

/** The part of the engine's state these rules read and write: the tokens and the wrong guesses. */
export interface OrderAccessRecords {
  accessTokens?: StoredAccessToken[];
  accessFailures?: AccessFailure[];
}

/** Who is calling: for the per-client limits, an IP address on a server (a fixed id in the page); and how they browse. */
export interface Caller {
  clientId?: string;
  /** The browser's `User-Agent`, where a server has it: which payment flow fits (a phone, inside WeChat). */
  userAgent?: string;
}

/** The client id of a call that does not say. */
export const LOCAL_CLIENT = 'local';

/** A new access token: 32 random bytes, base64url (43 characters). */
export function newAccessToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `state` with a token for `orderNumber` added (its digest), the oldest beyond {@link MAX_TOKENS_PER_ORDER} dropped. */
export function withAccessToken<S extends OrderAccessRecords>(state: S, orderNumber: string, digest: string, now: Date): S {
  const all = state.accessTokens ?? [];
  const others = all.filter((t) => t.orderNumber !== orderNumber);
  const own = [...all.filter((t) => t.orderNumber === orderNumber), { digest, orderNumber, issuedAt: now.toISOString() }].slice(-MAX_TOKENS_PER_ORDER);
  return { ...state, accessTokens: [...others, ...own] };
}

/** True when `digest` is one of the tokens of `orderNumber`. */
export function holdsToken(state: OrderAccessRecords, orderNumber: string, digest: string | undefined): boolean {
  return digest !== undefined && (state.accessTokens ?? []).some((t) => t.orderNumber === orderNumber && t.digest === digest);
}

function recent(failures: readonly AccessFailure[] | undefined, now: Date): AccessFailure[] {
  const oldest = now.getTime() - Math.max(ORDER_ACCESS_LIMITS.perOrderNumber.windowMs, ORDER_ACCESS_LIMITS.perClient.windowMs);
  return (failures ?? []).filter((f) => Date.parse(f.at) > oldest);
}

/**
 * `rate_limited` (with `retryAfterSeconds` until the oldest failure in the window expires) when the
 * order number or the client has used up its wrong guesses; else nothing.
 */
export function assertGuessesLeft(state: OrderAccessRecords, orderNumber: string, clientId: string, now: Date): void {
  const failures = recent(state.accessFailures, now);
  const check = (scope: AccessFailure['scope'], key: string, limit: { max: number; windowMs: number }, what: string): void => {
    const inWindow = failures.filter((f) => f.scope === scope && f.key === key && Date.parse(f.at) > now.getTime() - limit.windowMs);
    if (inWindow.length < limit.max) return;
    const oldest = Math.min(...inWindow.map((f) => Date.parse(f.at)));
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest + limit.windowMs - now.getTime()) / 1000));
    throw new OrderZoneError('rate_limited', `Too many wrong tries for ${what}; try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  };
  check('order', orderNumber, ORDER_ACCESS_LIMITS.perOrderNumber, 'this order number');
  check('client', clientId, ORDER_ACCESS_LIMITS.perClient, 'this client');
}

/** `state` with one wrong guess recorded against `orderNumber` and `clientId` (old ones dropped). */
export function withFailedGuess<S extends OrderAccessRecords>(state: S, orderNumber: string, clientId: string, now: Date): S {
  const at = now.toISOString();
  return {
    ...state,
    accessFailures: [...recent(state.accessFailures, now), { scope: 'order' as const, key: orderNumber, at }, { scope: 'client' as const, key: clientId, at }].slice(-MAX_REMEMBERED_FAILURES),
  };
}

/** The answer for an order that does not exist or is not the caller's: the same for both. */
export function orderNotFound(orderNumber: unknown): OrderZoneError {
  return new OrderZoneError('not_found', `There is no order "${String(orderNumber)}" that this request may see.`, { details: { orderNumber } });
}
