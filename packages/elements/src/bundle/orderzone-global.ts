/**
 * The one global the script-tag bundle adds, `window.OrderZone`, shared by the classic loader
 * (`orderzone.js`) and the module it loads (`orderzone.mjs`).
 *
 * @module
 */
import type { OrderZoneConfig } from '@orderzone/core';

/** The version of this build, from `packages/elements/package.json` (set by `vite.bundle.config.ts`). */
declare const __ORDERZONE_VERSION__: string;
export const VERSION: string = __ORDERZONE_VERSION__;

/** Page-wide settings: what `configure()` takes, also accepted as `window.OrderZone = { config }` before the script loads. */
export type OrderZoneGlobalConfig = Partial<OrderZoneConfig>;

/** `window.OrderZone`. */
export interface OrderZoneGlobal {
  /** The version of OrderZone that registered the elements. */
  version: string;
  /** Configuration given before the elements were registered (and merged into by `configure()` until then). */
  config: OrderZoneGlobalConfig;
  /** Sets the page-wide configuration; works before and after the elements are registered. */
  configure(config: OrderZoneGlobalConfig): void;
  /** Resolves once every element of the first paint is registered. */
  ready: Promise<OrderZoneGlobal>;
  /** Registers the elements loaded on demand now; resolves once they all are. */
  load(): Promise<OrderZoneGlobal>;
  /** The element classes registered so far, by tag; the on-demand ones appear once loaded. */
  elements: Record<string, CustomElementConstructor>;
  /**
   * Set by the loader (`orderzone.js`): preloads what a load of code on demand needs, by its name (an
   * element's product name, `cart-panel`; a zone's part, `checkout`; a part an element loads itself,
   * `order-detail-forms`): every code file it imports at any depth, and an element's messages in the
   * page's language. `orderzone.mjs` calls it with each name the core's `codeLoading()` is told.
   * @internal
   */
  preload?(name: string): void;
}

declare global {
  interface Window {
    OrderZone?: Partial<OrderZoneGlobal>;
  }
}
