/**
 * What `createLazyRestAdapter` (`lazy-rest-adapter.ts`) loads: `createRestAdapter` (and the request
 * the script-tag loader may have started for it, `takeStartedProducts`). Importing
 * `@orderzone/core/rest` itself by `import()` would keep every export of that entry (the whole
 * documented contract, the OpenAPI generator) in the chunk fetched with the first catalog call;
 * through this module the bundler keeps only the adapter, whose non-catalog calls load later.
 *
 * @module
 */
export { createRestAdapter } from '@orderzone/core/rest';
// The page's first products request, when the script-tag loader started it: taken with the adapter, not at the first paint.
export { takeStartedProducts } from './first-products-request.ts';
