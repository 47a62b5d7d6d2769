/**
 * Registers `<seat-picker>` at once, alone: `import '@orderzone/elements/define/seat-picker'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { SeatPicker } from './seat-picker.ts';

defineElement('seat-picker', SeatPicker);

export { SeatPicker };

declare global {
  interface HTMLElementTagNameMap {
    'seat-picker': SeatPicker;
  }
}
