/**
 * Registers `<product-availability>` alone: `import '@orderzone/elements/src/components/product-availability/product-availability.define.ts'`
 * (everything at once: `@orderzone/elements/define`).
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
