/**
 * The embedded demo backend behind a dynamic `import()`: the order engine and the demo catalog are
 * fetched on the first backend call, so a page that never needs them (or has not needed them yet)
 * does not download them with its first paint.
 *
 * @module
 */
import type { BackendAdapter } from '@orderzone/core';
import { createLazyAdapter } from './lazy-adapter.ts';

/**
 * A backend adapter that loads `@orderzone/embedded-backend` when first called and then forwards every
 * call (bookings and after-order actions included) to an embedded backend for `shopId`.
 */
export function createLazyEmbeddedBackend(shopId: string): BackendAdapter {
  return createLazyAdapter(() => import('@orderzone/embedded-backend').then(({ createEmbeddedBackend }) => createEmbeddedBackend({ shopId })));
}
