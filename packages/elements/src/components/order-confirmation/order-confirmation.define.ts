/**
 * Registers `<order-confirmation>` at once, alone: `import '@orderzone/elements/define/order-confirmation'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { OrderConfirmation } from './order-confirmation.ts';

defineElement('order-confirmation', OrderConfirmation);

export { OrderConfirmation };

declare global {
  interface HTMLElementTagNameMap {
    'order-confirmation': OrderConfirmation;
  }
}
