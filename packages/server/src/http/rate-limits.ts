/**
 * Rate limits per client address, counted in the database (`rate_limits`) so they hold across every
 * instance behind a load balancer: fixed windows on the database's clock, one row per client, rule
 * and window, counted up with one atomic `insert … on conflict do update`. A request over a limit
 * answers `429 rate_limited` with `Retry-After` (the seconds left in the window) and the contract's
 * error body; it reaches no endpoint.
 *
 * These limits are coarse and per address; the engine's own limits (wrong guesses at an order,
 * codes per phone number) stay in force behind them. Counters of windows past are removed by the
 * server's housekeeping (`store/housekeeping.ts`).
 *
 * @module
 */
import { sql } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import { OrderZoneError } from '@orderzone/core';
import { REST_ENDPOINTS } from '@orderzone/core/rest';
import { errorResponse } from '@orderzone/embedded-backend/contract-app';
import type { Db } from '../db/database.ts';
import type { ServerVariables } from './request-log.ts';

/** One limit: at most `max` requests per client in each window of `windowSeconds`. */
export interface RateLimitRule {
  /** Names the rule in the database key (`<name>:<client>`). */
  name: string;
  max: number;
  windowSeconds: number;
  /** Only requests of this method and path (a path of the contract without parameters, e.g. `/auth/codes`); every request when absent. */
  only?: { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string };
}

/**
 * The default limits: 600 requests a minute per address for everything, and stricter ones where a
 * request costs the merchant (a sign-in code is a text message) or probes for orders.
 */
export const DEFAULT_RATE_LIMITS: readonly RateLimitRule[] = [
  { name: 'all', max: 600, windowSeconds: 60 },
  { name: 'sign-in-codes', max: 10, windowSeconds: 15 * 60, only: { method: REST_ENDPOINTS.requestSignInCode.method, path: REST_ENDPOINTS.requestSignInCode.path } },
  { name: 'order-lookups', max: 30, windowSeconds: 15 * 60, only: { method: REST_ENDPOINTS.lookupOrder.method, path: REST_ENDPOINTS.lookupOrder.path } },
];

/** Counts one request of `key` in the current window of `windowSeconds`; answers the count so far and the seconds the window has left. */
export async function countRequest(db: Db, key: string, windowSeconds: number): Promise<{ count: number; retryAfterSeconds: number }> {
  const result = await db.execute(sql`
    insert into rate_limits (key, window_start, count)
    values (${key}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}::int) * ${windowSeconds}::int), 1)
    on conflict (key, window_start) do update set count = rate_limits.count + 1
    returning count, ceil(extract(epoch from window_start) + ${windowSeconds}::int - extract(epoch from now()))::int as retry_after`);
  const row = (result as unknown as { rows: { count: number | string; retry_after: number | string }[] }).rows[0]!;
  return { count: Number(row.count), retryAfterSeconds: Math.max(1, Number(row.retry_after)) };
}

/** Middleware applying `rules` to every request under `basePath` it sees, by the client address in `c.var.clientId`. */
export function rateLimits(db: Db, rules: readonly RateLimitRule[], basePath: string): MiddlewareHandler<{ Variables: ServerVariables }> {
  return async (c, next) => {
    const client = c.get('clientId');
    for (const rule of rules) {
      if (rule.only && (rule.only.method !== c.req.method || `${basePath}${rule.only.path}` !== c.req.path)) continue;
      const { count, retryAfterSeconds } = await countRequest(db, `${rule.name}:${client}`, rule.windowSeconds);
      if (count > rule.max) {
        return errorResponse(
          new OrderZoneError('rate_limited', `Too many requests from this address; try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds, details: { limit: rule.name } }),
        );
      }
    }
    await next();
  };
}
