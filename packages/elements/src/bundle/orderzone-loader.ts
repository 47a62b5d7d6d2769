/**
 * `orderzone.js`: the classic script merchants paste (`<script src=".../orderzone.js" defer>`). It
 * creates `window.OrderZone` at once, so `OrderZone.configure()` can be called right after it, and
 * imports `orderzone.mjs` (the elements) from the folder it was loaded from. Browsers cannot split
 * a classic script into chunks; a module can, so the elements live in the module and its chunks.
 *
 * @module
 */
import { VERSION, type OrderZoneGlobal, type OrderZoneGlobalConfig } from './orderzone-global.ts';

const existing = window.OrderZone;
if (existing?.version) {
  if (existing.version !== VERSION) console.warn(`OrderZone ${VERSION}: OrderZone ${existing.version} is already on this page; keeping it.`);
} else {
  const script = document.currentScript as HTMLScriptElement | null;
  const config: OrderZoneGlobalConfig = { ...existing?.config };
  let settle!: (module: Promise<OrderZoneGlobal>) => void;
  const ready = new Promise<OrderZoneGlobal>((resolve) => (settle = resolve as typeof settle));
  const global: OrderZoneGlobal = {
    version: VERSION,
    config,
    configure: (more) => void Object.assign(config, more),
    ready,
    load: () => ready.then((oz) => oz.load()),
    elements: {},
  };
  window.OrderZone = global;
  const moduleUrl = new URL('orderzone.mjs', script?.src ?? document.baseURI).href;
  // The module adopts `window.OrderZone` (and the configuration gathered so far) and settles `ready`.
  settle(import(/* @vite-ignore */ moduleUrl).then(() => window.OrderZone!.ready!));
}
