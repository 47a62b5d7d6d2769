/**
 * Loads availability for a booking picker through `zone.bookings.getAvailability` and keeps its
 * state (loading, ready, failed) for rendering. A new request (another month, session or room type)
 * aborts the one still running, so a stale answer never replaces a newer one. An answer of another
 * kind than the picker asked for, or one missing what the picker reads (an adapter that does not
 * validate its backend), is a malformed response (`bad_response`), shown with a retry like any other
 * failure, never a blank picker.
 *
 * @module
 */
import { OrderZoneError, toOrderZoneError, type Availability, type AvailabilityRequest, type LoadedZone } from '@orderzone/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isMoney = (v: unknown): boolean => typeof v === 'object' && v !== null && Number.isSafeInteger((v as { amount?: unknown }).amount) && isString((v as { currency?: unknown }).currency);
const every = (v: unknown, item: (x: Record<string, unknown>) => boolean): boolean =>
  Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null && item(x as Record<string, unknown>));

/**
 * True when `value` has the shape of an availability answer of `kind`: what the pickers read, with
 * the right types. (The REST adapter validates fully with the contract's schemas; this keeps a
 * picker safe behind any adapter without carrying a schema library.)
 */
export function isAvailabilityOf(value: unknown, kind: Availability['type']): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  if (a.type !== kind) return false;
  switch (kind) {
    case 'time_slot':
      return (
        isString(a.timeZone) &&
        every(a.slots, (s) => isString(s.start) && isString(s.end) && isString(s.localDate) && isCount(s.remaining) && (s.freeResourceIds === undefined || (Array.isArray(s.freeResourceIds) && s.freeResourceIds.every(isString))))
      );
    case 'stay':
      return isCount(a.minNights) && every(a.nights, (n) => isString(n.date) && isMoney(n.price) && isCount(n.remaining) && typeof n.closed === 'boolean');
    case 'seats':
      return isCount(a.maxSeatsPerOrder) && Array.isArray(a.takenSeatIds) && a.takenSeatIds.every(isString);
  }
}

/** The availability answer of one kind. */
export type AvailabilityOf<K extends Availability['type']> = Extract<Availability, { type: K }>;

/** Where a load stands. */
export type AvailabilityState<K extends Availability['type']> =
  | { status: 'idle' }
  | { status: 'loading'; request: AvailabilityRequest }
  | { status: 'ready'; request: AvailabilityRequest; availability: AvailabilityOf<K> }
  | { status: 'failed'; request: AvailabilityRequest; error: OrderZoneError };

export class AvailabilityController<K extends Availability['type']> implements ReactiveController {
  /** The state of the latest request. */
  state: AvailabilityState<K> = { status: 'idle' };

  private readonly host: ReactiveControllerHost;
  private readonly kind: K;
  private readonly onFailed: (error: OrderZoneError) => void;
  private abort: AbortController | undefined;

  /**
   * @param kind the availability type the picker needs
   * @param onFailed called once per failed load (not for aborted ones), e.g. to dispatch `oz-error`
   */
  constructor(host: ReactiveControllerHost, kind: K, onFailed: (error: OrderZoneError) => void) {
    this.host = host;
    this.kind = kind;
    this.onFailed = onFailed;
    host.addController(this);
  }

  /** Loads `request`, aborting the load in progress. Resolves once the state is settled. */
  async load(zone: LoadedZone<'bookings'>, request: AvailabilityRequest, locale: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: 'loading', request };
    this.host.requestUpdate();
    try {
      const availability: unknown = await zone.bookings.getAvailability(request, { signal: abort.signal, locale });
      if (abort.signal.aborted) return;
      if (!isAvailabilityOf(availability, this.kind)) {
        throw new OrderZoneError('bad_response', `The availability answer for product "${request.productId}" is not a well-formed "${this.kind}" availability.`);
      }
      this.state = { status: 'ready', request, availability: availability as AvailabilityOf<K> };
    } catch (error) {
      if (abort.signal.aborted) return;
      const err = toOrderZoneError(error);
      if (err.code === 'aborted') return;
      this.state = { status: 'failed', request, error: err };
      this.onFailed(err);
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
    this.host.requestUpdate();
  }

  /** The availability of the latest request when it succeeded. */
  get availability(): AvailabilityOf<K> | undefined {
    return this.state.status === 'ready' ? this.state.availability : undefined;
  }

  /** Stops the load in progress and forgets the state. */
  reset(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.state = { status: 'idle' };
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}
