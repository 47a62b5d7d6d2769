/**
 * Test helper: a clock whose timers run only when the test advances time, and a page visibility the
 * test switches. The one manual clock of the repository: core tests (order watches) and element
 * tests (payment countdown, live order checks) both use it. Test-only; not part of the published
 * package.
 */
import type { PageVisibility, WatchClock } from '../order/order-watch.ts';

export interface ManualClock extends WatchClock {
  /** The clock's time in milliseconds: `start` (see {@link manualClock}) plus the time advanced. */
  now(): number;
  /** Moves time forward, running every timer that falls due (and letting promises and renders settle in between). */
  advance(ms: number): Promise<void>;
  /** Delays of the timers scheduled so far, in order. */
  readonly delays: number[];
  /** Timers waiting now. */
  pending(): number;
}

/** One turn of the event loop: `setImmediate` in Node, a zero timeout in browsers. */
function nextTask(): Promise<void> {
  const { setImmediate } = globalThis as { setImmediate?: (run: () => void) => unknown };
  return new Promise<void>((resolve) => (setImmediate ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/** Lets pending promise callbacks, backend calls without latency and Lit renders run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await nextTask();
}

/** A clock starting at `start` (ms; e.g. `Date.now()` where the code under test compares with dates). */
export function manualClock(start = 0): ManualClock {
  let time = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const delays: number[] = [];
  return {
    now: () => time,
    delays,
    pending: () => timers.size,
    setTimeout(run, ms) {
      const id = nextId++;
      delays.push(ms);
      timers.set(id, { at: time + ms, run });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advance(ms) {
      const end = time + ms;
      for (;;) {
        await settle();
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        time = due[1].at;
        due[1].run();
      }
      time = end;
      await settle();
    },
  };
}

/** A page visibility the test controls. */
export function manualVisibility(): PageVisibility & { set(hidden: boolean): void } {
  let hidden = false;
  const listeners = new Set<() => void>();
  return {
    hidden: () => hidden,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value) {
      hidden = value;
      for (const listener of listeners) listener();
    },
  };
}
