/**
 * The embedded demo backend behind a dynamic `import()`, when the page asks for it
 * (`import '@orderzone/elements/demo'`; the script-tag bundle always does): the order engine and the
 * demo catalog are fetched on the first backend call, so a page that never needs them (or has not needed them yet)
 * does not download them with its first paint.
 *
 * This is what an `<order-zone>` without `api` or `adapter`, and the page's default zone without a
 * configured adapter, fall back to. Orders and payments are then simulated, so the fallback is never
 * silent: every zone over it is known ({@link runsDemoBackend}, for the "Demo" marker the elements
 * show) and its first call logs one console warning per page naming the `api` attribute to set.
 *
 * @module
 */
import { OrderZoneError, type BackendAdapter, type OrderZone } from '@orderzone/core';
import { createLazyAdapter } from './lazy-adapter.ts';

/** What the demo fallback needs of `@orderzone/embedded-backend` (typed here, so this module never names the package). */
export interface DemoBackendModule {
  /** `createEmbeddedBackend` of `@orderzone/embedded-backend`. */
  createEmbeddedBackend(options: { shopId: string }): BackendAdapter;
}

let loadDemoBackend: (() => Promise<DemoBackendModule>) | undefined;

/**
 * Makes the demo backend available as the fallback (`@orderzone/elements/demo` and the script-tag
 * bundle call it): without it, a zone with no backend configured fails with a `config` error saying
 * what to set, and the app never bundles `@orderzone/embedded-backend`.
 */
export function provideDemoBackend(load: () => Promise<DemoBackendModule>): void {
  loadDemoBackend = load;
}

const demoAdapters = new WeakSet<BackendAdapter>();
let warned = false;

function warnOnce(warning: string): void {
  if (warned) return;
  warned = true;
  console.warn(warning);
}

/**
 * A backend adapter that loads `@orderzone/embedded-backend` (when the page asked for the demo, see
 * {@link provideDemoBackend}) when first called and then forwards every
 * call (bookings and after-order actions included) to an embedded backend for `shopId`. Its first
 * call warns once per page that the demo backend is in use.
 */
export function createLazyEmbeddedBackend(shopId: string): BackendAdapter {
  const adapter = createLazyAdapter(() => {
    // The messages load with the first call, in parallel with the demo backend: a page with a backend never needs them.
    const messages = import('./demo-backend-messages.ts');
    if (!loadDemoBackend) return messages.then(({ NO_BACKEND_MESSAGE }) => Promise.reject(new OrderZoneError('config', NO_BACKEND_MESSAGE)));
    return Promise.all([messages, loadDemoBackend()]).then(([{ DEMO_WARNING }, { createEmbeddedBackend }]) => {
      warnOnce(DEMO_WARNING);
      return createEmbeddedBackend({ shopId });
    });
  });
  demoAdapters.add(adapter);
  return adapter;
}

/**
 * True when `zone` runs on the demo backend OrderZone fell back to because none was configured (not
 * on an embedded backend a developer passed on purpose as `adapter`).
 */
export function runsDemoBackend(zone: OrderZone | undefined): boolean {
  return zone !== undefined && demoAdapters.has(zone.adapter);
}
