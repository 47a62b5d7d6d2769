/**
 * Registers `<stay-picker>` at once, alone: `import '@orderzone/elements/define/stay-picker'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { StayPicker } from './stay-picker.ts';

defineElement('stay-picker', StayPicker);

export { StayPicker };

declare global {
  interface HTMLElementTagNameMap {
    'stay-picker': StayPicker;
  }
}
