/**
 * The REST adapter behind a dynamic `import()`: its contract and the `zod/mini` schemas it checks
 * every response with are fetched on the first backend call, in parallel with the rest of the first
 * paint, instead of being a static import of it.
 *
 * @module
 */
import type { BackendAdapter } from '@orderzone/core';
import type { RestAdapterOptions } from '@orderzone/core/rest';
import { createLazyAdapter } from './lazy-adapter.ts';

/** A backend adapter that loads `@orderzone/core/rest` when first called and then forwards every call to `createRestAdapter(options)`. */
export function createLazyRestAdapter(options: RestAdapterOptions): BackendAdapter {
  return createLazyAdapter(() => import('@orderzone/core/rest').then(({ createRestAdapter }) => createRestAdapter(options)));
}
