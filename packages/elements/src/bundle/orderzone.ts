/**
 * `orderzone.mjs`: the script-tag bundle's module (also usable directly, `<script type="module">`).
 * Registers `<order-zone>` and `<product-picker>` at once and every other element on demand (when
 * `<order-zone>` shows it, when the page contains it, or on `OrderZone.load()`), and installs the one
 * global `window.OrderZone`.
 *
 * @module
 */
import { defineElements } from '../components/elements-on-demand.ts';
import { configure } from '../context/default-zone.ts';
import '../demo.ts';
import { VERSION, type OrderZoneGlobal } from './orderzone-global.ts';

/**
 * The base every product building block shares (`<product-price>`, `<product-availability>`,
 * `<add-to-cart-button>`, `<book-button>`: the product kept live, the merchant's form read) loads
 * with the page start, so each block fetched on demand brings only its own code; exported for
 * your own blocks.
 */
export { ProductBlock, type ProductChoice } from '../components/product-block.ts';

/**
 * The cart's small rules that the elements on demand share with the cart's own code (which loads
 * with `zone.load('cart')`): a product's quantity bounds and a line's key and booking status. They
 * load with the page start, so a building block or an order's page fetched on demand does not bring
 * them as files of their own; exported for your own blocks.
 */
export { bookingLineStatus, cartLineKey, quantityBounds } from '@orderzone/core';
import { onCodeLoad } from '@orderzone/core';

const existing = window.OrderZone;
if (existing?.version && existing.version !== VERSION) {
  console.warn(`OrderZone ${VERSION}: OrderZone ${existing.version} is already on this page; keeping it.`);
} else if (!customElements.get('order-zone')) {
  install(existing ?? {});
}

function install(global: Partial<OrderZoneGlobal>): void {
  const elements: Record<string, CustomElementConstructor> = {};
  const oz = global as OrderZoneGlobal;
  const config = global.config ?? {};
  oz.version = VERSION;
  oz.config = config;
  oz.configure = (more) => {
    Object.assign(config, more);
    configure(more);
  };
  oz.elements = elements;
  oz.ready = Promise.resolve(oz);
  window.OrderZone = oz;

  // Configured before the first element is registered: an <order-zone> already on the page upgrades at once.
  configure(config);
  // Each load of code on demand (an element, a zone's part, an element's own part) tells the loader, which preloads its whole
  // import tree (set before this module loads; without the loader, nobody listens).
  onCodeLoad(oz.preload);
  const defined = defineElements({ onDefined: (tag, ctor) => (elements[tag] = ctor) });
  oz.load = () => defined.loadAll().then(() => oz);
}
