/**
 * Registers `<add-to-cart-button>` alone: `import '@orderzone/elements/src/components/add-to-cart-button/add-to-cart-button.define.ts'`
 * (everything at once: `@orderzone/elements/define`).
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
