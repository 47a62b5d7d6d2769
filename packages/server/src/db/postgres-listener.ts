/**
 * A `LISTEN` on a PostgreSQL server that outlives the connection it runs on. A restart of the
 * database, a failover or an idle connection cut by a proxy ends the connection; without this the
 * instance would go deaf for good (no live order updates, no woken message worker) while every other
 * query recovered through the pool. Here the connection is made again, with a growing pause between
 * attempts, and the channel listened to again. Notifications sent while it was down are lost (that
 * is how `NOTIFY` works), so the caller is told when listening resumes and re-reads what it watches.
 *
 * @module
 */
import pg from 'pg';

/** How `listenOnPostgres` behaves; the defaults suit a server. */
export interface PostgresListenerOptions {
  /** Called each time listening resumed after the connection was lost (notifications may have been missed). */
  onResume?: () => void;
  /** The first pause before connecting again, in ms (doubled after each failed attempt). Default 250. */
  firstRetryMs?: number;
  /** The longest pause between attempts, in ms. Default 10 000. */
  maxRetryMs?: number;
  /** How long one attempt to connect may take, in ms. Default 10 000. */
  connectTimeoutMs?: number;
}

/**
 * Listens to `channel` on the PostgreSQL server at `url` on a connection of its own and calls
 * `listener` with each notification's payload. Resolves once listening (rejects if the first
 * connection cannot be made: the caller decides whether to try again) to a function that stops.
 */
export async function listenOnPostgres(
  url: string,
  channel: string,
  listener: (payload: string) => void,
  options: PostgresListenerOptions = {},
): Promise<() => Promise<void>> {
  const firstRetryMs = options.firstRetryMs ?? 250;
  const maxRetryMs = options.maxRetryMs ?? 10_000;
  let stopped = false;
  let client: pg.Client | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const connect = async (): Promise<pg.Client> => {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000 });
    // A lost connection emits 'error' and then 'end'; only 'end' starts a new attempt.
    next.on('error', () => undefined);
    try {
      await next.connect();
      next.on('notification', (message) => {
        if (message.channel === channel) listener(message.payload ?? '');
      });
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    next.once('end', () => {
      if (client === next) client = undefined;
      if (!stopped) reconnect(firstRetryMs);
    });
    return next;
  };

  const reconnect = (pauseMs: number) => {
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (stopped) return;
      connect().then(
        async (next) => {
          if (stopped) {
            await next.end().catch(() => undefined);
            return;
          }
          client = next;
          options.onResume?.();
        },
        () => reconnect(Math.min(pauseMs * 2, maxRetryMs)),
      );
    }, pauseMs);
    retryTimer.unref?.();
  };

  client = await connect();
  return async () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    await client?.end().catch(() => undefined);
  };
}
