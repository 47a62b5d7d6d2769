/**
 * Registers `<booking-picker>` at once, alone: `import '@orderzone/elements/define/booking-picker'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { BookingPicker } from './booking-picker.ts';

defineElement('booking-picker', BookingPicker);

export { BookingPicker };

declare global {
  interface HTMLElementTagNameMap {
    'booking-picker': BookingPicker;
  }
}
