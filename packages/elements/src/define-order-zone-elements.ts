/**
 * Registers the OrderZone elements from your own code, optionally under a prefix of your choice.
 *
 * @module
 */
import { defineElements } from './components/elements-on-demand.ts';

/** How {@link defineOrderZoneElements} registers the elements. */
export interface OrderZoneElementsOptions {
  /**
   * Registers every element as `<prefix-tag>`: `'acme'` gives `<acme-order-zone>`,
   * `<acme-product-picker>`, `<acme-sign-in>`, `<acme-cart-button>`... Elements that show other
   * elements show them under the same prefix. Lower-case letters and digits, starting with a letter.
   * Use one when another library on the page already defines a tag OrderZone uses (`<sign-in>` is a
   * common name). Without it the elements get the product's own names.
   */
  prefix?: string;
}

/** What {@link defineOrderZoneElements} gives back. */
export interface OrderZoneElements {
  /** Fetches and registers every element not registered yet; resolves once they all are. */
  loadAll(): Promise<void>;
}

/**
 * Registers the OrderZone elements, once per page, as `@orderzone/elements/define` does:
 * `<order-zone>` and `<product-picker>` at once, every other element on demand (when `<order-zone>`
 * shows it, when your page contains it, or on {@link OrderZoneElements.loadAll}).
 *
 * ```ts
 * import { defineOrderZoneElements } from '@orderzone/elements';
 * defineOrderZoneElements({ prefix: 'acme' }); // <acme-order-zone>, <acme-cart-button>...
 * ```
 *
 * A tag another script already defined is left to it: the console says which and how to use a
 * prefix instead, and every other element still registers. Call it once (a second call with another
 * prefix throws an `OrderZoneError` with code `config`); do not also import `@orderzone/elements/define`.
 */
export function defineOrderZoneElements(options: OrderZoneElementsOptions = {}): OrderZoneElements {
  return defineElements({ prefix: options.prefix ?? '' });
}
