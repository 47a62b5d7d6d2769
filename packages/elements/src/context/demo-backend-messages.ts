/**
 * What a page is told about the demo backend: the error of a zone with no backend, and the warning
 * of a page that runs on the demo backend. Loaded with a zone's first call on the demo backend (see
 * `lazy-embedded-backend.ts`), never by a page with a backend of its own.
 *
 * @module
 */

/** The error of a zone with no backend on a page that did not ask for the demo backend. */
export const NO_BACKEND_MESSAGE =
  'OrderZone: no backend is configured. Set the api attribute of <order-zone> to your backend (<order-zone api="https://shop.example.com/orderzone">), ' +
  "give standalone elements an adapter with configure({ adapter }), or, for the in-page demo backend, install @orderzone/embedded-backend and import '@orderzone/elements/demo'.";

/** The one console warning of a page that runs on the demo backend. */
export const DEMO_WARNING =
  'OrderZone: no backend is configured, so this page runs the in-page demo backend: orders and payments are simulated and stay in this browser. ' +
  'Set the api attribute of <order-zone> to your backend (<order-zone api="https://shop.example.com/orderzone">), ' +
  'or give standalone elements an adapter with OrderZone.configure({ adapter }).';
