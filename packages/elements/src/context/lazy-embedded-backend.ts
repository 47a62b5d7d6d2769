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

/** The error of a zone with no backend on a page that did not ask for the demo backend. */
export const NO_BACKEND_MESSAGE =
  'OrderZone: no backend is configured. Set the api attribute of <order-zone> to your backend (<order-zone api="https://shop.example.com/orderzone">), ' +
  "give standalone elements an adapter with configure({ adapter }), or, for the in-page demo backend, install @orderzone/embedded-backend and import '@orderzone/elements/demo'.";

const demoAdapters = new WeakSet<BackendAdapter>();
let warned = false;

/** The one console warning of a page that runs on the demo backend. */
export const DEMO_WARNING =
  'OrderZone: no backend is configured, so this page runs the in-page demo backend: orders and payments are simulated and stay in this browser. ' +
  'Set the api attribute of <order-zone> to your backend (<order-zone api="https://shop.example.com/orderzone">), ' +
  'or give standalone elements an adapter with OrderZone.configure({ adapter }).';

function warnOnce(): void {
  if (warned) return;
  warned = true;
  console.warn(DEMO_WARNING);
}

/**
 * A backend adapter that loads `@orderzone/embedded-backend` (when the page asked for the demo, see
 * {@link provideDemoBackend}) when first called and then forwards every
 * call (bookings and after-order actions included) to an embedded backend for `shopId`. Its first
 * call warns once per page that the demo backend is in use.
 */
export function createLazyEmbeddedBackend(shopId: string): BackendAdapter {
  const adapter = createLazyAdapter(() => {
    if (!loadDemoBackend) return Promise.reject(new OrderZoneError('config', NO_BACKEND_MESSAGE));
    warnOnce();
    return loadDemoBackend().then(({ createEmbeddedBackend }) => createEmbeddedBackend({ shopId }));
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
