/**
 * The in-page demo backend as the fallback of a zone with no backend:
 * `import '@orderzone/elements/demo'` (beside `@orderzone/elements/define`) and an `<order-zone>`
 * without `api` runs on `@orderzone/embedded-backend` (install it too), fetched on its first call,
 * with a "Demo" marker and one console warning. Apps with their own backend leave this out and
 * never bundle the demo backend; the script-tag bundle includes it, on demand.
 *
 * @module
 */
import { provideDemoBackend } from './context/lazy-embedded-backend.ts';

provideDemoBackend(() => import('@orderzone/embedded-backend'));
