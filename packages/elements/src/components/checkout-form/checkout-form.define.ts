/**
 * Registers `<checkout-form>` at once, alone: `import '@orderzone/elements/define/checkout-form'`. Use it for an
 * element you place on your page yourself and give properties before it is rendered (React sets a
 * property only on a registered element); `@orderzone/elements/define` registers every element,
 * this one on demand.
 *
 * @module
 */
import { defineElement } from '../define-element.ts';
import { CheckoutForm } from './checkout-form.ts';

defineElement('checkout-form', CheckoutForm);

export { CheckoutForm };

declare global {
  interface HTMLElementTagNameMap {
    'checkout-form': CheckoutForm;
  }
}
