/**
 * The server's logs: one JSON object per line on standard output, one line per request, and nothing
 * personal or secret in any of them. A request line says when, how it ended and how long it took:
 *
 * ```json
 * {"time":"2026-05-01T08:00:00.000Z","level":"info","msg":"request","requestId":"4f0c…","method":"GET","route":"/api/orders/:orderNumber","status":200,"durationMs":3.2}
 * ```
 *
 * The route is the pattern that answered (`/api/orders/:orderNumber`), never the path, the query
 * string, a header or a body: order numbers, phone numbers, e-mail addresses, tokens and codes stay
 * out of the logs. A failure adds the error's class and code (`{"name":"DatabaseError","code":"57P01"}`),
 * never its message, which may quote what was sent.
 *
 * @module
 */
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

/** One line of the log. */
export interface LogEntry {
  /** ISO 8601 time the line was written. */
  time: string;
  level: 'info' | 'warn' | 'error';
  /** What happened: `request`, `listening`, `shutting down`, `stopped`... */
  msg: string;
  requestId?: string;
  method?: string;
  /** The route pattern that answered; `null` when none did (404). */
  route?: string | null;
  status?: number;
  /** Milliseconds until the answer started (an event stream's line is written when it opens). */
  durationMs?: number;
  /** A failure's class and code (a PostgreSQL SQLSTATE, a Node error code), never its message. */
  error?: { name: string; code?: string };
  /** Where the server listens (`listening` only). */
  url?: string;
}

/** Where log lines go. */
export type Logger = (entry: LogEntry) => void;

/** A logger writing each entry as one JSON line to `write` (default: standard output). */
export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  return (entry) => write(JSON.stringify(entry));
}

/** The context variables the server's middleware share. */
export interface ServerVariables {
  requestId: string;
  /** The client's address (see `client-address.ts`). */
  clientId: string;
  /** The failure that answered this request, for its log line. */
  failure?: { name: string; code?: string };
}

/** The class and code of anything thrown, looking through `cause` for a database or system error's code. */
export function failureOf(error: unknown): { name: string; code?: string } {
  const name = error instanceof Error ? error.constructor.name || error.name : typeof error;
  for (let at: unknown = error, depth = 0; at && depth < 5; at = (at as { cause?: unknown }).cause, depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string' && code.length <= 40) return { name, code };
  }
  return { name };
}

/** The route pattern that answered the request, or `null` when no route did. */
export function answeringRoute(c: Context): string | null {
  const routes = matchedRoutes(c);
  // Middleware are registered for every method (`ALL`); an endpoint under its own method.
  for (let i = routes.length - 1; i >= 0; i--) {
    const route = routes[i]!;
    if (route.method !== 'ALL') return route.path;
  }
  return null;
}

/** Middleware writing the request's line once it has been answered. */
export function requestLog(logger: Logger): MiddlewareHandler<{ Variables: ServerVariables }> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const failure = c.get('failure');
    logger({
      time: new Date().toISOString(),
      level: status >= 500 ? 'error' : 'info',
      msg: 'request',
      requestId: c.get('requestId'),
      method: c.req.method,
      route: answeringRoute(c),
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(failure ? { error: failure } : {}),
    });
  };
}
