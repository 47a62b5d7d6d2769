/**
 * Registers `<stay-picker>` alone: `import '@orderzone/elements/src/components/stay-picker/stay-picker.define.ts'`
 * (everything at once: `@orderzone/elements/define`).
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { StayPicker } from './stay-picker.ts';

defineElement('stay-picker', StayPicker);

declare global {
  interface HTMLElementTagNameMap {
    'stay-picker': StayPicker;
  }
}
