/**
 * The REST adapter behind a dynamic `import()`: the adapter and the `zod/mini` catalog schemas it
 * checks catalog answers with are fetched on the first backend call, in parallel with the rest of
 * the first paint, instead of being a static import of it (the adapter's other calls and their
 * schemas load on the first of them, see `@orderzone/core/rest`).
 *
 * @module
 */
import type { BackendAdapter } from '@orderzone/core';
import type { RestAdapterOptions } from '@orderzone/core/rest';
import { createLazyAdapter } from './lazy-adapter.ts';

/** A backend adapter that loads `@orderzone/core/rest` when first called and then forwards every call to `createRestAdapter(options)`. */
export function createLazyRestAdapter(options: RestAdapterOptions): BackendAdapter {
  return createLazyAdapter(() =>
    import('./rest-adapter-module.ts').then(({ createRestAdapter, takeStartedProducts }) => {
      // The page's first products request, when the script-tag loader started it for this `api`.
      const startedRequest = takeStartedProducts(options.baseUrl);
      return createRestAdapter(startedRequest ? { ...options, startedRequest } : options);
    }),
  );
}
