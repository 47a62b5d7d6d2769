/**
 * Live updates of one order: polls the backend with back-off, so a status change (paid, shipped,
 * refunded...) shows up without a reload while a quiet order costs few requests.
 *
 * - The first check runs after `minDelayMs` (2 s); every check that finds nothing new doubles the
 *   wait, up to `maxDelayMs` (30 s); a change resets it to `minDelayMs`.
 * - While the page is hidden nothing is fetched; when it shows again the order is checked at once.
 * - Watching stops by itself at a terminal status (`cancelled`, `refunded`...), on `not_found`,
 *   `unauthorized` or `config`, and on `stop()`. Other failures (offline, timeout, server) are
 *   reported and the next check backs off; `rate_limited` waits at least `retryAfterSeconds`.
 *
 * The clock and the page visibility are injectable, so tests drive time by hand.
 *
 * @module
 */
import type { BackendAdapter, OrderAccess } from '../backend/backend-adapter.ts';
import { toOrderZoneError, type OrderZoneError } from '../errors.ts';
import { stableJson } from '../json/stable-json.ts';
import { isTerminalStatus } from './order-lifecycle.ts';
import type { Order } from './order-schema.ts';

/** Timers, injectable for tests. */
export interface WatchClock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Whether the page is visible, and a way to hear when that changes. */
export interface PageVisibility {
  hidden(): boolean;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** How often to check. */
export interface PollingOptions {
  /** Wait before the first check and after a change, in ms. Default 2000. */
  minDelayMs?: number;
  /** Longest wait between checks, in ms. Default 30000. */
  maxDelayMs?: number;
  /** Default: the global `setTimeout` / `clearTimeout`. */
  clock?: WatchClock;
  /** Default: `document.visibilityState` where there is a document, else always visible. */
  visibility?: PageVisibility;
}

/** A running watch. */
export interface Watch {
  /** Checks now (and resets the back-off); does nothing once stopped. */
  refresh(): void;
  /** Stops checking; pending requests are aborted and never reported. */
  stop(): void;
  /** False once stopped (by `stop()`, a terminal status or a fatal error). */
  readonly active: boolean;
}

/** The real timers. */
export const realClock: WatchClock = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The page's visibility, from `document`; always visible where there is no document (Node). */
export function documentVisibility(): PageVisibility {
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return { hidden: () => false, subscribe: () => () => undefined };
  return {
    hidden: () => doc.visibilityState === 'hidden',
    subscribe(listener) {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
  };
}

/** What one check found: `changed` resets the back-off, `done` stops. */
export interface PollResult {
  changed: boolean;
  done: boolean;
}

/** Errors after which checking again cannot help. */
const FATAL = new Set(['not_found', 'unauthorized', 'config', 'aborted']);

/**
 * Runs `check` with back-off until it says `done`, a fatal error happens or `stop()` is called. The
 * building block of {@link watchOrder} and `watchPayment`.
 */
export function pollWithBackoff(
  check: (signal: AbortSignal) => Promise<PollResult>,
  onError: (error: OrderZoneError) => void,
  options: PollingOptions = {},
): Watch {
  const min = Math.max(1, options.minDelayMs ?? 2000);
  const max = Math.max(min, options.maxDelayMs ?? 30_000);
  const clock = options.clock ?? realClock;
  const visibility = options.visibility ?? documentVisibility();
  let delay = min;
  let timer: unknown;
  let active = true;
  let running: AbortController | undefined;
  /** A check was due while the page was hidden. */
  let due = false;

  const schedule = (ms: number): void => {
    clock.clearTimeout(timer);
    timer = clock.setTimeout(() => void run(), ms);
  };

  const finish = (): void => {
    active = false;
    clock.clearTimeout(timer);
    unsubscribe();
    running?.abort();
    running = undefined;
  };

  async function run(): Promise<void> {
    timer = undefined;
    if (!active) return;
    if (visibility.hidden()) {
      due = true;
      return;
    }
    running?.abort();
    const controller = new AbortController();
    running = controller;
    let wait = delay;
    try {
      const result = await check(controller.signal);
      if (controller.signal.aborted || !active) return;
      if (result.done) {
        finish();
        return;
      }
      delay = result.changed ? min : Math.min(delay * 2, max);
      wait = delay;
    } catch (raw) {
      if (controller.signal.aborted || !active) return;
      const error = toOrderZoneError(raw);
      onError(error);
      if (FATAL.has(error.code)) {
        finish();
        return;
      }
      delay = Math.min(delay * 2, max);
      wait = Math.max(delay, (error.retryAfterSeconds ?? 0) * 1000);
    } finally {
      if (running === controller) running = undefined;
    }
    if (active) schedule(wait);
  }

  const unsubscribe = visibility.subscribe(() => {
    if (!active || visibility.hidden() || !due) return;
    due = false;
    delay = min;
    schedule(0);
  });

  schedule(delay);

  return {
    refresh() {
      if (!active) return;
      delay = min;
      due = false;
      schedule(0);
    },
    stop: finish,
    get active() {
      return active;
    },
  };
}

/** What {@link watchOrder} reports to. */
export interface OrderWatchOptions extends PollingOptions {
  /** The order as shown now; only a different one is reported. */
  initial?: Order;
  /** Called with the fresh order whenever it differs from the last one seen. */
  onChange(order: Order): void;
  /** Called when a check fails; the watch goes on unless the error is fatal (see the module doc). */
  onError?(error: OrderZoneError): void;
  /** The shopper's locale, passed to the backend. */
  locale?: string;
}

/** How long to wait before opening a broken event stream again: doubling from 1 s to 30 s. */
const STREAM_RETRY_MIN_MS = 1000;
const STREAM_RETRY_MAX_MS = 30_000;

/**
 * Watches an order (see the module doc): through `adapter.watchOrder` when the backend streams
 * changes (each change shows at once; a broken stream is opened again with back-off, and a backend
 * without one is simply polled), and always through `adapter.getOrder` with back-off as well, so a
 * lost stream never leaves the page stale. Starts stopped when `initial` is already in a terminal
 * status.
 */
export function watchOrder(adapter: Pick<BackendAdapter, 'getOrder' | 'watchOrder'>, orderNumber: string, access: OrderAccess, options: OrderWatchOptions): Watch {
  let last = options.initial ? stableJson(options.initial) : undefined;
  const clock = options.clock ?? realClock;
  /** Reports `order` when it differs from the last one seen; true when it changed. */
  const see = (order: Order): boolean => {
    const seen = stableJson(order);
    const changed = seen !== last;
    last = seen;
    if (changed) options.onChange(order);
    return changed;
  };
  const poll = pollWithBackoff(
    async (signal) => {
      const order = await adapter.getOrder(orderNumber, access, { signal, ...(options.locale ? { locale: options.locale } : {}) });
      const changed = see(order);
      return { changed, done: isTerminalStatus(order.status) };
    },
    (error) => options.onError?.(error),
    options,
  );

  let stream: AbortController | undefined;
  let reopen: unknown;
  let retry = STREAM_RETRY_MIN_MS;
  const stopAll = (): void => {
    clock.clearTimeout(reopen);
    stream?.abort();
    stream = undefined;
    poll.stop();
  };
  function openStream(): void {
    if (!adapter.watchOrder || !poll.active) return;
    const controller = new AbortController();
    stream = controller;
    void adapter
      .watchOrder(
        orderNumber,
        access,
        (order) => {
          retry = STREAM_RETRY_MIN_MS;
          see(order);
          if (isTerminalStatus(order.status)) stopAll();
        },
        { signal: controller.signal, ...(options.locale ? { locale: options.locale } : {}) },
      )
      .then(
        () => undefined,
        (raw: unknown) => {
          const error = toOrderZoneError(raw);
          // A backend without a stream (or one the caller may not read) is polled, as before.
          if (error.code === 'aborted' || FATAL.has(error.code) || error.code === 'bad_response') return 'stop';
          return undefined;
        },
      )
      .then((outcome) => {
        if (controller.signal.aborted || !poll.active || outcome === 'stop') return;
        reopen = clock.setTimeout(openStream, retry);
        retry = Math.min(retry * 2, STREAM_RETRY_MAX_MS);
      });
  }

  if (options.initial && isTerminalStatus(options.initial.status)) {
    poll.stop();
    return poll;
  }
  openStream();
  return {
    refresh: () => poll.refresh(),
    stop: stopAll,
    get active() {
      return poll.active;
    },
  };
}
