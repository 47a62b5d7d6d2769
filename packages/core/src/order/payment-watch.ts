/**
 * Watches whether an order has been paid, for the payment step after submitting (a QR code to scan,
 * a payment page in another tab). Polls `adapter.getPaymentStatus` with the back-off of
 * {@link pollWithBackoff}, quicker than an order watch by default (2 s doubling to 10 s: the
 * shopper is waiting), and stops at `paid`, `failed` or `expired`. `refresh()` checks at once and
 * asks the backend to ask its payment provider (`refresh`), as "I have paid: check now" means.
 *
 * @module
 */
import type { BackendAdapter, OrderAccess } from '../backend/backend-adapter.ts';
import type { OrderZoneError } from '../errors.ts';
import type { PaymentStatus } from './order-schema.ts';
import { pollWithBackoff, type PollingOptions, type Watch } from './order-watch.ts';

/** A payment status after which nothing more will happen by itself. */
export function isFinalPaymentStatus(status: PaymentStatus['status']): boolean {
  return status !== 'pending';
}

/** What {@link watchPayment} reports to. */
export interface PaymentWatchOptions extends PollingOptions {
  /** Called with every status that differs from the previous one (the first answer always). */
  onStatus(status: PaymentStatus['status']): void;
  /** Called when a check fails; the watch goes on unless the error is fatal. */
  onError?(error: OrderZoneError): void;
}

/** Polls the payment status of `orderNumber`, with `access` as proof, until it is final (see the module doc). */
export function watchPayment(adapter: Pick<BackendAdapter, 'getPaymentStatus'>, orderNumber: string, access: OrderAccess, options: PaymentWatchOptions): Watch {
  let last: PaymentStatus['status'] | undefined;
  /** Set by `refresh()` (the shopper's "I have paid: check now"): the next check asks the payment provider. */
  let asked = false;
  const watch = pollWithBackoff(
    async (signal) => {
      const refresh = asked;
      asked = false;
      const { status } = await adapter.getPaymentStatus(orderNumber, access, { signal, ...(refresh ? { refresh } : {}) });
      const first = last === undefined;
      const changed = status !== last;
      last = status;
      if (changed) options.onStatus(status);
      // The first answer is news to the caller, but not a change that should reset the back-off.
      return { changed: changed && !first, done: isFinalPaymentStatus(status) };
    },
    (error) => options.onError?.(error),
    { maxDelayMs: 10_000, ...options },
  );
  return {
    refresh() {
      asked = true;
      watch.refresh();
    },
    stop: () => watch.stop(),
    get active() {
      return watch.active;
    },
  };
}
