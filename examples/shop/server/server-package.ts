/**
 * The workspace packages the demo server runs, imported by Node when the server starts rather than
 * by Vite's config bundler (which would look for their builds): in this repository they are
 * TypeScript sources, found through the `@orderzone/source` condition that `npm start` gives Node
 * (`node --conditions=@orderzone/source --import tsx …vite.js`), as the tests do. `vite build` never
 * loads them.
 *
 * @module
 */

/** Imports `specifier` at run time (a specifier in a variable is left alone by the bundler). */
function importAtRunTime<T>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}

/** `@orderzone/server`. */
export const serverPackage = () => importAtRunTime<typeof import('@orderzone/server')>('@orderzone/server');

/** `@orderzone/embedded-backend` (the demo's risk rules). */
export const embeddedBackendPackage = () => importAtRunTime<typeof import('@orderzone/embedded-backend')>('@orderzone/embedded-backend');
