/**
 * Live order updates across instances. Whatever changes an order (a shopper's call, the merchant's
 * admin API, the command line, on any instance) sends `NOTIFY order_changed, '<orderNumber>'` in the
 * same transaction (the PostgreSQL engine store does for every order a call changed; anything else
 * calls {@link notifyOrderChanged}); PostgreSQL delivers it on commit, to every connection listening. Each server instance keeps ONE listening connection
 * ({@link createOrderEvents}) and fans each notification out, in memory, to the event streams of
 * that order open on the instance (`GET {basePath}/orders/{orderNumber}/events`). No broker, and
 * nothing another instance would need is kept in memory.
 *
 * @module
 */
import { sql } from 'drizzle-orm';
import type { OrderChangeFeed } from '@orderzone/embedded-backend/contract-app';
import type { Database, Db } from '../db/database.ts';
import { ORDER_CHANGED_CHANNEL } from '../store/pg-engine-store.ts';

export { ORDER_CHANGED_CHANNEL };

/**
 * Announces that the order `orderNumber` changed. Call it with the transaction that changed the
 * order (`tx`), so the notification goes out when, and only if, the change is committed.
 */
export async function notifyOrderChanged(db: Pick<Db, 'execute'>, orderNumber: string): Promise<void> {
  await db.execute(sql`select pg_notify(${ORDER_CHANGED_CHANNEL}, ${orderNumber})`);
}

/** The order changes of one instance: one `LISTEN`, fanned out to its subscribers. */
export interface OrderEvents extends OrderChangeFeed {
  /** How many subscriptions are open (event streams being served). */
  readonly subscriptions: number;
  /** Stops listening and ends every open stream (aborts `closed`). */
  close(): Promise<void>;
}

/**
 * The order changes announced on `database`. It starts listening with the first subscription (so a
 * server nobody watches holds no extra connection) and keeps listening until {@link OrderEvents.close}.
 */
export function createOrderEvents(database: Pick<Database, 'listen'>): OrderEvents {
  const listeners = new Map<string, Set<() => void>>();
  const closing = new AbortController();
  let listening: Promise<() => Promise<void>> | undefined;
  let count = 0;

  const dispatch = (orderNumber: string) => {
    for (const listener of [...(listeners.get(orderNumber) ?? [])]) {
      try {
        listener();
      } catch {
        // One stream's failure is that stream's; the others still hear of the change.
      }
    }
  };
  const startListening = () => {
    // After the listening connection was lost and made again, changes may have been missed: every
    // stream re-reads its order (a stream sends an order only when it differs from the last one sent).
    const resume = () => {
      for (const orderNumber of [...listeners.keys()]) dispatch(orderNumber);
    };
    listening ??= database.listen(ORDER_CHANGED_CHANNEL, dispatch, resume).catch((error: unknown) => {
      // Try again with the next subscription (the database may be back by then).
      listening = undefined;
      throw error;
    });
    return listening;
  };

  return {
    closed: closing.signal,
    get subscriptions() {
      return count;
    },
    async subscribe(orderNumber, listener) {
      if (closing.signal.aborted) throw new Error('The order events of this server are closed.');
      await startListening();
      const set = listeners.get(orderNumber) ?? new Set();
      set.add(listener);
      listeners.set(orderNumber, set);
      count++;
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        count--;
        set.delete(listener);
        if (set.size === 0 && listeners.get(orderNumber) === set) listeners.delete(orderNumber);
      };
    },
    async close() {
      closing.abort();
      const pending = listening;
      listening = undefined;
      if (pending) await (await pending.catch(() => async () => undefined))();
    },
  };
}
