/**
 * Test helper: a clock for the payment countdown and the live order checks whose timers run only
 * when the test advances time. Test-only; never imported by the elements themselves.
 *
 * @module
 */
import type { PaymentClock } from '../components/payment-step/payment-step.ts';

export interface ManualClock extends PaymentClock {
  /** Moves time forward, running every timer that falls due, letting promises and renders settle in between. */
  advance(ms: number): Promise<void>;
}

/** Lets pending promises, backend calls without latency and Lit renders run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** A clock starting at `start` (ms since the epoch). */
export function manualClock(start: number): ManualClock {
  let time = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => time,
    setTimeout(run, ms) {
      const id = nextId++;
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
