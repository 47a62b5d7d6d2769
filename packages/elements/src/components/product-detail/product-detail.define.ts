/**
 * Registers `<product-detail>` at once, alone: `import '@orderzone/elements/define/product-detail'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { ProductDetail } from './product-detail.ts';

defineElement('product-detail', ProductDetail);

export { ProductDetail };

declare global {
  interface HTMLElementTagNameMap {
    'product-detail': ProductDetail;
  }
}
