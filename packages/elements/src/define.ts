/**
 * Registers every OrderZone element: `import '@orderzone/elements/define'`.
 *
 * @module
 */
import { defineElement } from './components/define-element.ts';
import { CartPanel } from './components/cart-panel/cart-panel.ts';
import { CheckoutForm } from './components/checkout-form/checkout-form.ts';
import { OrderConfirmation } from './components/order-confirmation/order-confirmation.ts';
import { OrderZoneElement } from './components/order-zone/order-zone.ts';
import { ProductDetail } from './components/product-detail/product-detail.ts';
import { ProductPicker } from './components/product-picker/product-picker.ts';

defineElement('order-zone', OrderZoneElement);
defineElement('product-picker', ProductPicker);
defineElement('product-detail', ProductDetail);
defineElement('cart-panel', CartPanel);
defineElement('checkout-form', CheckoutForm);
defineElement('order-confirmation', OrderConfirmation);

declare global {
  interface HTMLElementTagNameMap {
    'order-zone': OrderZoneElement;
    'product-picker': ProductPicker;
    'product-detail': ProductDetail;
    'cart-panel': CartPanel;
    'checkout-form': CheckoutForm;
    'order-confirmation': OrderConfirmation;
  }
}
