/**
 * Registers `<cart-panel>` at once, alone: `import '@orderzone/elements/define/cart-panel'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { CartPanel } from './cart-panel.ts';

defineElement('cart-panel', CartPanel);

export { CartPanel };

declare global {
  interface HTMLElementTagNameMap {
    'cart-panel': CartPanel;
  }
}
