/**
 * Registers `<cart-button>` alone: `import '@orderzone/elements/src/components/cart-button/cart-button.define.ts'`
 * (everything at once: `@orderzone/elements/define`).
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
