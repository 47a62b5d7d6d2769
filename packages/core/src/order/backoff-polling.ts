/**
 * Polling with back-off, the one rule every live view of the storefront follows (an order, its
 * payment, the buyer's requests for quote):
 *
 * - The first check runs after `minDelayMs` (2 s); every check that finds nothing new doubles the
 *   wait, up to `maxDelayMs` (30 s); a change resets it to `minDelayMs`.
 * - While the page is hidden nothing is fetched; when it shows again the check runs at once.
 * - Polling stops when a check says `done`, on `not_found`, `unauthorized` or `config`, and on
 *   `stop()`. Other failures (offline, timeout, server) are reported and the next check backs off;
 *   `rate_limited` waits at least `retryAfterSeconds` (the answer's `Retry-After`).
 *
 * The clock and the page visibility are injectable, so tests drive time by hand.
 *
 * @module
 */
import { toOrderZoneError, type OrderZoneError } from '../errors.ts';

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
export const FATAL_POLL_ERRORS: ReadonlySet<string> = new Set(['not_found', 'unauthorized', 'config', 'aborted']);

/**
 * Runs `check` with back-off until it says `done`, a fatal error happens or `stop()` is called. The
 * building block of `watchOrder`, `watchPayment` and the requests for quote's `follow()`.
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
      if (FATAL_POLL_ERRORS.has(error.code)) {
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
