/**
 * Countdowns shown to the shopper (a booking hold, a one-time code's resend delay, a QR code's
 * expiry): a clock (the real one, or a test's), a ticker that re-renders its host every second while
 * it runs, and the "9:41" text.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where time comes from: `Date.now` and `setInterval` by default; tests pass a clock they move by hand. */
export interface HoldClock {
  /** Epoch milliseconds. */
  now(): number;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** The browser's clock. */
export const systemClock: HoldClock = {
  now: () => Date.now(),
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/** `m:ss` (or `h:mm:ss` from an hour up), e.g. `9:41`. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Re-renders its host once a second while `active`; stops when not, and when the host disconnects. */
export class HoldTicker implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly tick: () => void;
  private handle: unknown;
  private clockInUse: HoldClock | undefined;

  /** @param tick runs every second before the host re-renders (to announce crossed thresholds) */
  constructor(host: ReactiveControllerHost, tick: () => void) {
    this.host = host;
    this.tick = tick;
    host.addController(this);
  }

  /** Starts ticking on `clock` when `active` and not ticking yet (or on another clock); stops when not `active`. */
  sync(active: boolean, clock: HoldClock): void {
    if (active && this.handle !== undefined && this.clockInUse === clock) return;
    this.stop();
    if (!active) return;
    this.clockInUse = clock;
    this.handle = clock.setInterval(() => {
      this.tick();
      this.host.requestUpdate();
    }, 1000);
  }

  private stop(): void {
    if (this.handle !== undefined) this.clockInUse?.clearInterval(this.handle);
    this.handle = undefined;
    this.clockInUse = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
