/**
 * Registers `<order-list>` at once, alone: `import '@orderzone/elements/define/order-list'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { OrderList } from './order-list.ts';

defineElement('order-list', OrderList);

export { OrderList };

declare global {
  interface HTMLElementTagNameMap {
    'order-list': OrderList;
  }
}
