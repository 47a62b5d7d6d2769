/**
 * Registers `<cart-button>` at once, alone: `import '@orderzone/elements/define/cart-button'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { CartButton } from './cart-button.ts';

defineElement('cart-button', CartButton);

export { CartButton };

declare global {
  interface HTMLElementTagNameMap {
    'cart-button': CartButton;
  }
}
