/**
 * Who is calling, for the rate limits and the engine's limits on wrong guesses: the address of the
 * socket, or, behind proxies the merchant trusts (`ORDERZONE_TRUST_PROXY`, a number of hops), the
 * address the outermost trusted proxy saw, read from the right of `X-Forwarded-For`. Anything left
 * of that is written by the client itself and never believed.
 *
 * @module
 */
import { isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** The address when the request did not come through a socket (an in-process `app.request()`). */
export const UNKNOWN_CLIENT = 'unknown';

/** `::ffff:203.0.113.5` → `203.0.113.5`: one client, one key, whichever way the socket reports it. */
function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/** The socket's remote address, or {@link UNKNOWN_CLIENT}. */
function socketAddress(c: Context): string {
  try {
    const address = getConnInfo(c).remote.address;
    return address ? plainAddress(address) : UNKNOWN_CLIENT;
  } catch {
    // No Node socket behind this request (tests calling `app.request()`).
    return UNKNOWN_CLIENT;
  }
}

/**
 * The client's address: with `trustProxy` 0 the socket's; with `trustProxy` n, the n-th address
 * from the right of the chain socket ← `X-Forwarded-For` (the nearest proxy appends what it saw),
 * or the farthest valid one when the chain is shorter.
 */
export function clientAddress(c: Context, trustProxy: number): string {
  const socket = socketAddress(c);
  if (trustProxy <= 0) return socket;
  const forwarded = (c.req.header('X-Forwarded-For') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .reverse();
  const chain = [socket, ...forwarded];
  for (let i = Math.min(trustProxy, chain.length - 1); i > 0; i--) {
    if (isIP(chain[i]!) !== 0) return plainAddress(chain[i]!);
  }
  return socket;
}
