/**
 * Registers `<product-availability>` at once, alone: `import '@orderzone/elements/define/product-availability'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { ProductAvailability } from './product-availability.ts';

defineElement('product-availability', ProductAvailability);

export { ProductAvailability };

declare global {
  interface HTMLElementTagNameMap {
    'product-availability': ProductAvailability;
  }
}
