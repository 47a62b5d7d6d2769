/**
 * Registers `<order-help>` at once, alone: `import '@orderzone/elements/define/order-help'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { OrderHelp } from './order-help.ts';

defineElement('order-help', OrderHelp);

export { OrderHelp };

declare global {
  interface HTMLElementTagNameMap {
    'order-help': OrderHelp;
  }
}
