/**
 * A backend adapter whose implementation is fetched by a dynamic `import()` on its first call, so
 * the code of a backend (the REST adapter and its response schemas, or the embedded demo backend)
 * is not part of the first paint's static imports.
 *
 * @module
 */
import { OrderZoneError, type BackendAdapter } from '@orderzone/core';

/** Every method of {@link BackendAdapter}, the optional ones included. */
const ADAPTER_METHODS = [
  'listCategories', 'searchProducts', 'getProduct', 'getCheckoutOptions', 'quote', 'submitOrder', 'lookupOrder', 'getOrder', 'watchOrder', 'getPaymentStatus',
  'cancelOrder', 'changeShippingAddress', 'requestRefund', 'uploadReturnPhoto', 'requestReturn', 'getAvailability', 'placeHold', 'releaseHold',
  'editOrder', 'rescheduleBooking', 'requestSignInCode', 'verifySignInCode', 'signOut', 'listOrders', 'resendVerificationCode', 'getRecommendations',
  'listOrderReviews', 'writeReview',
  'findSkus', 'listViewedProducts', 'recordProductView', 'clearViewedProducts',
  'createRfq', 'listRfqs', 'getRfq', 'acceptRfq', 'declineRfq',
] as const satisfies readonly (keyof BackendAdapter)[];

// Fails to compile when BackendAdapter gains a method that is not forwarded above.
type Unforwarded = Exclude<keyof BackendAdapter, (typeof ADAPTER_METHODS)[number]>;
const everyMethodForwarded: [Unforwarded] extends [never] ? true : Unforwarded = true;
void everyMethodForwarded;

/**
 * An adapter that calls `load()` on its first call (again after a failed load, e.g. a chunk that
 * could not be fetched) and forwards every call to the adapter it resolves to. It offers every
 * method, optional ones included: use it only for backends that implement them all (the REST
 * adapter and the embedded backend do); a missing one rejects with a `config` error.
 */
export function createLazyAdapter(load: () => Promise<BackendAdapter>): BackendAdapter {
  let loading: Promise<BackendAdapter> | undefined;
  const backend = (): Promise<BackendAdapter> =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const adapter: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of ADAPTER_METHODS) {
    adapter[name] = (...args) =>
      backend().then((target) => {
        const method = target[name] as ((...a: unknown[]) => Promise<unknown>) | undefined;
        if (typeof method !== 'function') throw new OrderZoneError('config', `The backend has no ${name}().`);
        return method.apply(target, args);
      });
  }
  return adapter as unknown as BackendAdapter;
}
