/**
 * Registers `<booking-picker>` alone: `import '@orderzone/elements/src/components/booking-picker/booking-picker.define.ts'`
 * (everything at once: `@orderzone/elements/define`).
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { BookingPicker } from './booking-picker.ts';

defineElement('booking-picker', BookingPicker);

declare global {
  interface HTMLElementTagNameMap {
    'booking-picker': BookingPicker;
  }
}
