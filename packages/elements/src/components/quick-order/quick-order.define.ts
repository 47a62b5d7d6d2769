/**
 * Registers `<quick-order>` at once, alone: `import '@orderzone/elements/define/quick-order'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { QuickOrder } from './quick-order.ts';

defineElement('quick-order', QuickOrder);

export { QuickOrder };

declare global {
  interface HTMLElementTagNameMap {
    'quick-order': QuickOrder;
  }
}
