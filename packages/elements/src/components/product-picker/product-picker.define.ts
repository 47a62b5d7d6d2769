/**
 * Registers `<product-picker>` at once, alone: `import '@orderzone/elements/define/product-picker'`. `@orderzone/elements/define`
 * registers it at once too, and every other element on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { ProductPicker } from './product-picker.ts';

defineElement('product-picker', ProductPicker);

export { ProductPicker };

declare global {
  interface HTMLElementTagNameMap {
    'product-picker': ProductPicker;
  }
}
