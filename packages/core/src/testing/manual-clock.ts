/**
 * Test helper: a clock whose timers run only when the test advances time, and a page visibility the
 * test switches. Test-only; not part of the published package.
 */
import type { PageVisibility, WatchClock } from '../order/order-watch.ts';

export interface ManualClock extends WatchClock {
  /** Milliseconds since the clock was made. */
  now(): number;
  /** Moves time forward, running every timer that falls due (and letting promises settle in between). */
  advance(ms: number): Promise<void>;
  /** Delays of the timers scheduled so far, in order. */
  readonly delays: number[];
  /** Timers waiting now. */
  pending(): number;
}

/** Lets pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

export function manualClock(): ManualClock {
  let time = 0;
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
