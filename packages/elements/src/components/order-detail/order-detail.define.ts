/**
 * Registers `<order-detail>` at once, alone: `import '@orderzone/elements/define/order-detail'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { OrderDetail } from './order-detail.ts';

defineElement('order-detail', OrderDetail);

export { OrderDetail };

declare global {
  interface HTMLElementTagNameMap {
    'order-detail': OrderDetail;
  }
}
