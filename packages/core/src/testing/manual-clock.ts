/**
 * Test helper: a clock whose timers run only when the test advances time, and a page visibility the
 * test switches. The one manual clock of the repository: core tests (order watches) and element
 * tests (payment countdown, live order checks, the cart's hold countdowns) use it. Test-only; not part of the published
 * package.
 */
import type { PageVisibility, WatchClock } from '../order/order-watch.ts';

export interface ManualClock extends WatchClock {
  /** Runs `run` every `ms` of the clock's time, until cleared (the hold countdowns' clock). */
  setInterval(run: () => void, ms: number): unknown;
  /** Stops an interval timer. */
  clearInterval(handle: unknown): void;
  /** The clock's time in milliseconds: `start` (see {@link manualClock}) plus the time advanced. */
  now(): number;
  /** Moves time forward, running every timer that falls due (and letting promises and renders settle in between). */
  advance(ms: number): Promise<void>;
  /** Delays of the timers scheduled so far, in order. */
  readonly delays: number[];
  /** Timers waiting now. */
  pending(): number;
}

/**
 * One turn of the event loop: `setImmediate` in Node, a message to a `MessageChannel` in browsers
 * (a task like a zero timeout, without the 4 ms browsers add to nested timeouts, so a test that
 * advances a clock through many timers does not wait for them).
 */
function nextTask(): Promise<void> {
  const { setImmediate } = globalThis as { setImmediate?: (run: () => void) => unknown };
  if (setImmediate) return new Promise<void>((resolve) => setImmediate(resolve));
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Lets pending promise callbacks, backend calls without latency and Lit renders run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await nextTask();
}

/** A clock starting at `start` (ms; e.g. `Date.now()` where the code under test compares with dates). */
export function manualClock(start = 0): ManualClock {
  let time = start;
  let nextId = 1;
  /** Each timer: when it falls due, what it runs, and for an interval timer its period. */
  const timers = new Map<number, { at: number; run: () => void; every?: number }>();
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
    setInterval(run, ms) {
      const id = nextId++;
      timers.set(id, { at: time + ms, run, every: Math.max(1, ms) });
      return id;
    },
    clearInterval(handle) {
      timers.delete(handle as number);
    },
    async advance(ms) {
      const end = time + ms;
      for (;;) {
        await settle();
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        const [id, timer] = due;
        if (timer.every === undefined) timers.delete(id);
        else timers.set(id, { ...timer, at: timer.at + timer.every });
        time = timer.at;
        timer.run();
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
