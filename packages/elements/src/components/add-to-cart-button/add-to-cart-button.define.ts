/**
 * Registers `<add-to-cart-button>` at once, alone: `import '@orderzone/elements/define/add-to-cart-button'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { AddToCartButton } from './add-to-cart-button.ts';

defineElement('add-to-cart-button', AddToCartButton);

export { AddToCartButton };

declare global {
  interface HTMLElementTagNameMap {
    'add-to-cart-button': AddToCartButton;
  }
}
