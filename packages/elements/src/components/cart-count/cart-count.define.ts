/**
 * Registers `<cart-count>` at once, alone: `import '@orderzone/elements/define/cart-count'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { CartCount } from './cart-count.ts';

defineElement('cart-count', CartCount);

export { CartCount };

declare global {
  interface HTMLElementTagNameMap {
    'cart-count': CartCount;
  }
}
