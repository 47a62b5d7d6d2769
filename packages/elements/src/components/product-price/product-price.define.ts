/**
 * Registers `<product-price>` alone: `import '@orderzone/elements/src/components/product-price/product-price.define.ts'`
 * (everything at once: `@orderzone/elements/define`).
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { ProductPrice } from './product-price.ts';

defineElement('product-price', ProductPrice);

export { ProductPrice };

declare global {
  interface HTMLElementTagNameMap {
    'product-price': ProductPrice;
  }
}
