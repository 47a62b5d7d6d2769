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
import { FATAL_POLL_ERRORS, pollWithBackoff, realClock, type PollingOptions, type Watch } from './backoff-polling.ts';

export { documentVisibility, pollWithBackoff, realClock, type PageVisibility, type PollingOptions, type PollResult, type Watch, type WatchClock } from './backoff-polling.ts';

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
          if (error.code === 'aborted' || FATAL_POLL_ERRORS.has(error.code) || error.code === 'bad_response') return 'stop';
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
