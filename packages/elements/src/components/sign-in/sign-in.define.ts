/**
 * Registers `<sign-in>` at once, alone: `import '@orderzone/elements/define/sign-in'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { SignIn } from './sign-in.ts';

defineElement('sign-in', SignIn);

export { SignIn };

declare global {
  interface HTMLElementTagNameMap {
    'sign-in': SignIn;
  }
}
