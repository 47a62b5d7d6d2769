/**
 * Registers `<book-button>` at once, alone: `import '@orderzone/elements/define/book-button'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { BookButton } from './book-button.ts';

defineElement('book-button', BookButton);

export { BookButton };

declare global {
  interface HTMLElementTagNameMap {
    'book-button': BookButton;
  }
}
