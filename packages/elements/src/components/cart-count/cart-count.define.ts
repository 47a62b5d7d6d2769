/**
 * Registers `<cart-count>` alone: `import '@orderzone/elements/src/components/cart-count/cart-count.define.ts'`
 * (everything at once: `@orderzone/elements/define`).
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
