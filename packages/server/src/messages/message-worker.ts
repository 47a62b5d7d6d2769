/**
 * The message worker: delivers the outbox on an interval and as soon as `NOTIFY outbox` says there is
 * something new, and queues order notices on `NOTIFY order_changed` (and by a scan, for changes no
 * worker heard of). Run one per server instance: the outbox's locking keeps instances from sending
 * a message twice (see `outbox-delivery.ts`), the `order_notices` table from queuing a notice twice.
 *
 * @module
 */
import type { Database, Db } from '../db/database.ts';
import { ORDER_CHANGED_CHANNEL } from '../store/pg-engine-store.ts';
import type { MessageChannels } from './message-channel.ts';
import { deliverDueMessages, type DeliveryOptions, type DeliveryReport } from './outbox-delivery.ts';
import { OUTBOX_CHANNEL } from './outbox-notify.ts';
import { queueOrderNotices, scanOrderNotices } from './order-notices.ts';

/** Options of {@link startMessageWorker}. */
export interface MessageWorkerOptions extends DeliveryOptions {
  db: Db;
  /** The database's `listen` (`Database.listen`), to be woken by NOTIFY; without it the worker only runs on its interval. */
  listen?: Database['listen'];
  channels: MessageChannels;
  /** Between two rounds. Default 30 s. */
  intervalMs?: number;
  /** Queue order notices (e-mail). Default true. */
  orderNotices?: boolean;
  /** A status change older than this gets no notice. Default 24 hours. */
  noticeMaxAgeMs?: number;
  /** What a round that failed is reported to (the database was unreachable...). Default `console.error` of its message. */
  onError?: (error: unknown) => void;
  /** Each round's report, when it did something. */
  onRound?: (report: DeliveryReport & { noticesQueued: number }) => void;
}

/** A running worker. */
export interface MessageWorker {
  /** Runs a round now (or right after the current one). */
  wake(): void;
  /** Resolves when no round is running or due. */
  idle(): Promise<void>;
  /** Stops listening and the interval, and waits for the current round to end. */
  stop(): Promise<void>;
}

/** How far back the first scan for changes without their notices looks; later scans overlap the previous one by a minute. */
const SCAN_OVERLAP_MS = 60_000;

/** Starts the worker: a first round at once, then on every NOTIFY and every `intervalMs`. */
export async function startMessageWorker(options: MessageWorkerOptions): Promise<MessageWorker> {
  const { db } = options;
  const intervalMs = options.intervalMs ?? 30_000;
  const noticesOn = options.orderNotices ?? true;
  const noticeOptions = { settings: options.settings, ...(options.now ? { now: options.now } : {}), ...(options.noticeMaxAgeMs !== undefined ? { maxAgeMs: options.noticeMaxAgeMs } : {}) };
  const onError = options.onError ?? ((error: unknown) => console.error(`[orderzone messages] a round failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`));
  const changedOrders = new Set<string>();
  // Scans use the system clock: `orders.updated_at` is written with it.
  let scanFrom = Date.now() - (options.noticeMaxAgeMs ?? 24 * 60 * 60_000);
  let stopped = false;
  let again = false;
  /** The first round scans, then one round per interval. */
  let scanDue = true;
  let running: Promise<void> | undefined;

  async function round(): Promise<void> {
    let noticesQueued = 0;
    if (noticesOn) {
      const orderNumbers = [...changedOrders];
      changedOrders.clear();
      for (const orderNumber of orderNumbers) noticesQueued += (await queueOrderNotices(db, orderNumber, noticeOptions)).length;
      // The scan catches changes no NOTIFY told of: on the interval only, not on every change heard of.
      if (scanDue) {
        scanDue = false;
        const scanStarted = Date.now();
        noticesQueued += (await scanOrderNotices(db, new Date(scanFrom), noticeOptions)).length;
        scanFrom = scanStarted - SCAN_OVERLAP_MS;
      }
    }
    const report = await deliverDueMessages(db, options.channels, options);
    if (options.onRound && (noticesQueued > 0 || report.delivered + report.retrying + report.failed + report.expired > 0)) options.onRound({ ...report, noticesQueued });
  }

  function wake(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await round();
        } catch (error) {
          onError(error);
        }
      } while (again && !stopped);
      running = undefined;
    })();
  }

  const unlisten: (() => Promise<void>)[] = [];
  if (options.listen) {
    // Listening resumed after a lost connection: what was announced meanwhile is found by a scan.
    const rescan = () => {
      scanDue = true;
      wake();
    };
    unlisten.push(await options.listen(OUTBOX_CHANNEL, () => wake(), rescan));
    if (noticesOn) {
      unlisten.push(
        await options.listen(ORDER_CHANGED_CHANNEL, (orderNumber) => {
          if (orderNumber) changedOrders.add(orderNumber);
          wake();
        }, rescan),
      );
    }
  }
  const timer = setInterval(() => {
    scanDue = true;
    wake();
  }, intervalMs);
  timer.unref();
  wake();

  return {
    wake,
    async idle() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await Promise.all(unlisten.map((stop) => stop()));
      while (running) await running;
    },
  };
}
