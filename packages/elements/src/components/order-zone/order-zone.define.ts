/**
 * Registers `<order-zone>` at once, alone: `import '@orderzone/elements/define/order-zone'`. `@orderzone/elements/define`
 * registers it at once too, and every other element on demand.
 *
 * `<order-zone>` shows the other elements (product page, cart, checkout...): it needs them
 * registered too, which `@orderzone/elements/define` does on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { OrderZoneElement } from './order-zone.ts';

defineElement('order-zone', OrderZoneElement);

export { OrderZoneElement };

declare global {
  interface HTMLElementTagNameMap {
    'order-zone': OrderZoneElement;
  }
}
