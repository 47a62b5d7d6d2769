/**
 * Registers `<seat-picker>` alone: `import '@orderzone/elements/src/components/seat-picker/seat-picker.define.ts'`
 * (everything at once: `@orderzone/elements/define`).
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { SeatPicker } from './seat-picker.ts';

defineElement('seat-picker', SeatPicker);

declare global {
  interface HTMLElementTagNameMap {
    'seat-picker': SeatPicker;
  }
}
