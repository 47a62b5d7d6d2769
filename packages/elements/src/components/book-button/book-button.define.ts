/**
 * Registers `<book-button>` alone: `import '@orderzone/elements/src/components/book-button/book-button.define.ts'`
 * (everything at once: `@orderzone/elements/define`).
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
