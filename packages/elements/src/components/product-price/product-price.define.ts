/**
 * Registers `<product-price>` at once, alone: `import '@orderzone/elements/define/product-price'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
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
