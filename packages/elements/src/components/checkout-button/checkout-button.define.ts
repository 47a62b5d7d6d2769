/**
 * Registers `<checkout-button>` alone: `import '@orderzone/elements/src/components/checkout-button/checkout-button.define.ts'`
 * (everything at once: `@orderzone/elements/define`).
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
