/**
 * Registers every OrderZone element: `import '@orderzone/elements/define'`.
 *
 * @module
 */
import { defineElement } from './components/define-element.ts';
import { BookingPicker } from './components/booking-picker/booking-picker.ts';
import { CartPanel } from './components/cart-panel/cart-panel.ts';
import { CheckoutForm } from './components/checkout-form/checkout-form.ts';
import { OrderConfirmation } from './components/order-confirmation/order-confirmation.ts';
import { OrderDetail } from './components/order-detail/order-detail.ts';
import { OrderLookup } from './components/order-lookup/order-lookup.ts';
import { OrderHelp } from './components/order-help/order-help.ts';
import { OrderList } from './components/order-list/order-list.ts';
import { SignIn } from './components/sign-in/sign-in.ts';
import { OrderZoneElement } from './components/order-zone/order-zone.ts';
import { ProductDetail } from './components/product-detail/product-detail.ts';
import { ProductPicker } from './components/product-picker/product-picker.ts';
import { SeatPicker } from './components/seat-picker/seat-picker.ts';
import { StayPicker } from './components/stay-picker/stay-picker.ts';
import { ProductPrice } from './components/product-price/product-price.ts';
import { ProductAvailability } from './components/product-availability/product-availability.ts';
import { AddToCartButton } from './components/add-to-cart-button/add-to-cart-button.ts';
import { BookButton } from './components/book-button/book-button.ts';
import { CartButton } from './components/cart-button/cart-button.ts';
import { CartCount } from './components/cart-count/cart-count.ts';
import { CheckoutButton } from './components/checkout-button/checkout-button.ts';

defineElement('order-zone', OrderZoneElement);
defineElement('product-picker', ProductPicker);
defineElement('product-detail', ProductDetail);
defineElement('cart-panel', CartPanel);
defineElement('checkout-form', CheckoutForm);
defineElement('order-confirmation', OrderConfirmation);
defineElement('booking-picker', BookingPicker);
defineElement('stay-picker', StayPicker);
defineElement('seat-picker', SeatPicker);
defineElement('order-detail', OrderDetail);
defineElement('order-lookup', OrderLookup);
defineElement('order-help', OrderHelp);
defineElement('sign-in', SignIn);
defineElement('order-list', OrderList);
defineElement('product-price', ProductPrice);
defineElement('product-availability', ProductAvailability);
defineElement('add-to-cart-button', AddToCartButton);
defineElement('book-button', BookButton);
defineElement('cart-button', CartButton);
defineElement('cart-count', CartCount);
defineElement('checkout-button', CheckoutButton);

declare global {
  interface HTMLElementTagNameMap {
    'order-zone': OrderZoneElement;
    'product-picker': ProductPicker;
    'product-detail': ProductDetail;
    'cart-panel': CartPanel;
    'checkout-form': CheckoutForm;
    'order-confirmation': OrderConfirmation;
    'booking-picker': BookingPicker;
    'stay-picker': StayPicker;
    'seat-picker': SeatPicker;
    'order-detail': OrderDetail;
    'order-lookup': OrderLookup;
    'order-help': OrderHelp;
    'sign-in': SignIn;
    'order-list': OrderList;
    'product-price': ProductPrice;
    'product-availability': ProductAvailability;
    'add-to-cart-button': AddToCartButton;
    'book-button': BookButton;
    'cart-button': CartButton;
    'cart-count': CartCount;
    'checkout-button': CheckoutButton;
  }
}
