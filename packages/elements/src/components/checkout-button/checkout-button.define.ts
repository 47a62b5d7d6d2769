/**
 * Registers `<checkout-button>` at once, alone: `import '@orderzone/elements/define/checkout-button'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { CheckoutButton } from './checkout-button.ts';

defineElement('checkout-button', CheckoutButton);

export { CheckoutButton };

declare global {
  interface HTMLElementTagNameMap {
    'checkout-button': CheckoutButton;
  }
}
