/**
 * Watches whether an order has been paid, for the payment step after submitting (a QR code to scan,
 * a payment page in another tab). Polls `adapter.getPaymentStatus` with the back-off of
 * {@link pollWithBackoff}, quicker than an order watch by default (2 s doubling to 10 s: the
 * shopper is waiting), and stops at `paid`, `failed` or `expired`. `refresh()` checks at once and
 * asks the backend to ask its payment provider (`refresh`), as "I have paid: check now" means;
 * `check()` does the same and answers with what that check found, so the shopper sees it.
 *
 * @module
 */
import type { BackendAdapter, OrderAccess } from '../backend/backend-adapter.ts';
import { OrderZoneError, toOrderZoneError } from '../errors.ts';
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

/** A running payment watch, with the shopper's "I have paid: check now". */
export interface PaymentWatch extends Watch {
  /**
   * "I have paid: check now": checks at once, asking the backend to ask its payment provider
   * (`refresh`), and resolves with what that check found (`pending` means nothing has arrived
   * yet; the watch goes on), or rejects with its `OrderZoneError`. Once the watch has stopped at
   * a final status it resolves with that status at once.
   */
  check(): Promise<PaymentStatus['status']>;
}

/** Polls the payment status of `orderNumber`, with `access` as proof, until it is final (see the module doc). */
export function watchPayment(adapter: Pick<BackendAdapter, 'getPaymentStatus'>, orderNumber: string, access: OrderAccess, options: PaymentWatchOptions): PaymentWatch {
  let last: PaymentStatus['status'] | undefined;
  /** Set by `refresh()` (the shopper's "I have paid: check now"): the next check asks the payment provider. */
  let asked = false;
  /** The callers of `check()` waiting for the next check that asks the provider. */
  let waiting: { resolve(status: PaymentStatus['status']): void; reject(error: OrderZoneError): void }[] = [];
  const watch = pollWithBackoff(
    async (signal) => {
      const refresh = asked;
      asked = false;
      const answering = refresh ? waiting.splice(0) : [];
      let status: PaymentStatus['status'];
      try {
        ({ status } = await adapter.getPaymentStatus(orderNumber, access, { signal, ...(refresh ? { refresh } : {}) }));
      } catch (raw) {
        const error = toOrderZoneError(raw);
        // A check overtaken by a newer one (aborted) answers with the newer one.
        if (error.code === 'aborted' && watch.active) waiting.unshift(...answering);
        else for (const caller of answering) caller.reject(error);
        throw raw;
      }
      const first = last === undefined;
      const changed = status !== last;
      last = status;
      if (changed) options.onStatus(status);
      for (const caller of answering) caller.resolve(status);
      // The first answer is news to the caller, but not a change that should reset the back-off.
      return { changed: changed && !first, done: isFinalPaymentStatus(status) };
    },
    (error) => options.onError?.(error),
    { maxDelayMs: 10_000, ...options },
  );
  const ask = (): void => {
    asked = true;
    watch.refresh();
  };
  return {
    refresh: ask,
    check() {
      if (!watch.active) {
        return last !== undefined ? Promise.resolve(last) : Promise.reject(new OrderZoneError('aborted', 'The payment watch has stopped.'));
      }
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        ask();
      });
    },
    stop() {
      watch.stop();
      const left = waiting;
      waiting = [];
      for (const caller of left) caller.reject(new OrderZoneError('aborted', 'The payment watch was stopped.'));
    },
    get active() {
      return watch.active;
    },
  };
}
