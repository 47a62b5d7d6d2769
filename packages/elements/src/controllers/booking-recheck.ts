/**
 * The "Check again" of lapsed booking lines, shared by `<cart-panel>` and `<checkout-form>`: which
 * lines are being checked, why a check failed, and the core's `recheckBookingLine` to do it.
 *
 * @module
 */
import { toOrderZoneError, type LoadedZone, type OrderZoneError } from '@orderzone/core';
import { recheckBookingLine, type RecheckOutcome } from '@orderzone/core/bookings';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Keeps the re-checks of a host's booking lines; the host renders `busy()` and `error()`. */
export class BookingRecheckController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly checking = new Set<string>();
  private readonly errors = new Map<string, OrderZoneError>();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The line is being checked. */
  busy(lineKey: string): boolean {
    return this.checking.has(lineKey);
  }

  /** Why the last check of the line failed, until it is checked again. */
  error(lineKey: string): OrderZoneError | undefined {
    return this.errors.get(lineKey);
  }

  /**
   * Checks the line again; answers `held` or `gone`, or `undefined` when it failed (see `error()`)
   * or is already being checked.
   */
  async recheck(zone: LoadedZone<'bookings' | 'checkout'>, lineKey: string, now: () => Date): Promise<RecheckOutcome | undefined> {
    if (this.checking.has(lineKey)) return undefined;
    this.checking.add(lineKey);
    this.errors.delete(lineKey);
    this.host.requestUpdate();
    try {
      return await recheckBookingLine(zone, lineKey, now);
    } catch (raw) {
      this.errors.set(lineKey, toOrderZoneError(raw));
      return undefined;
    } finally {
      this.checking.delete(lineKey);
      this.host.requestUpdate();
    }
  }
}
