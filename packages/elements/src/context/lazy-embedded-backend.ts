/**
 * The embedded demo backend behind a dynamic `import()`: the order engine and the demo catalog are
 * fetched on the first backend call, so a page that never needs them (or has not needed them yet)
 * does not download them with its first paint.
 *
 * @module
 */
import type { BackendAdapter } from '@orderzone/core';

/**
 * A backend adapter that loads `@orderzone/embedded-backend` when first called and then forwards every
 * call to an embedded backend for `shopId`.
 */
export function createLazyEmbeddedBackend(shopId: string): BackendAdapter {
  let backend: Promise<BackendAdapter> | undefined;
  const load = (): Promise<BackendAdapter> =>
    (backend ??= import('@orderzone/embedded-backend').then(({ createEmbeddedBackend }) => createEmbeddedBackend({ shopId })));
  return {
    listCategories: (ctx) => load().then((b) => b.listCategories(ctx)),
    searchProducts: (query, ctx) => load().then((b) => b.searchProducts(query, ctx)),
    getProduct: (productId, ctx) => load().then((b) => b.getProduct(productId, ctx)),
    getCheckoutOptions: (ctx) => load().then((b) => b.getCheckoutOptions(ctx)),
    quote: (request, ctx) => load().then((b) => b.quote(request, ctx)),
    submitOrder: (request, ctx) => load().then((b) => b.submitOrder(request, ctx)),
    getOrder: (orderNumber, access, ctx) => load().then((b) => b.getOrder(orderNumber, access, ctx)),
    getPaymentStatus: (orderNumber, ctx) => load().then((b) => b.getPaymentStatus(orderNumber, ctx)),
  };
}
