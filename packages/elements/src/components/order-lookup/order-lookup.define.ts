/**
 * Registers `<order-lookup>` at once, alone: `import '@orderzone/elements/define/order-lookup'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { OrderLookup } from './order-lookup.ts';

defineElement('order-lookup', OrderLookup);

export { OrderLookup };

declare global {
  interface HTMLElementTagNameMap {
    'order-lookup': OrderLookup;
  }
}
