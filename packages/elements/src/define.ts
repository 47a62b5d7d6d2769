/**
 * Registers the OrderZone elements: `import '@orderzone/elements/define'`, once per page.
 * `<order-zone>` and `<product-picker>` (its first screen) are registered at once; every other
 * element is fetched and registered on demand, as in the script-tag bundle: when `<order-zone>`
 * shows it, as soon as your page contains it, or when you call {@link loadAllElements}. Your
 * bundler puts each of those elements in a chunk of its own.
 *
 * An element you render yourself and give properties to before it is on the page (React sets
 * `zone={zone}` as a property only on a registered element) should be registered at once:
 * `import '@orderzone/elements/define/cart-panel'` (any tag).
 *
 * Another library already defines one of these tags on your page? Register the elements under a
 * prefix instead of importing this module: `defineOrderZoneElements({ prefix: 'acme' })` from
 * `@orderzone/elements` gives `<acme-order-zone>`, `<acme-sign-in>`...
 *
 * @module
 */
import { defineOrderZoneElements } from './define-order-zone-elements.ts';
import type { BookingPicker } from './components/booking-picker/booking-picker.ts';
import type { CartPanel } from './components/cart-panel/cart-panel.ts';
import type { CheckoutForm } from './components/checkout-form/checkout-form.ts';
import type { OrderConfirmation } from './components/order-confirmation/order-confirmation.ts';
import type { OrderDetail } from './components/order-detail/order-detail.ts';
import type { OrderLookup } from './components/order-lookup/order-lookup.ts';
import type { OrderHelp } from './components/order-help/order-help.ts';
import type { OrderList } from './components/order-list/order-list.ts';
import type { QuickOrder } from './components/quick-order/quick-order.ts';
import type { QuoteRequests } from './components/quote-requests/quote-requests.ts';
import type { SignIn } from './components/sign-in/sign-in.ts';
import type { OrderZoneElement } from './components/order-zone/order-zone.ts';
import type { ProductDetail } from './components/product-detail/product-detail.ts';
import type { ProductPicker } from './components/product-picker/product-picker.ts';
import type { SeatPicker } from './components/seat-picker/seat-picker.ts';
import type { StayPicker } from './components/stay-picker/stay-picker.ts';
import type { ProductPrice } from './components/product-price/product-price.ts';
import type { ProductAvailability } from './components/product-availability/product-availability.ts';
import type { AddToCartButton } from './components/add-to-cart-button/add-to-cart-button.ts';
import type { BookButton } from './components/book-button/book-button.ts';
import type { CartButton } from './components/cart-button/cart-button.ts';
import type { CartCount } from './components/cart-count/cart-count.ts';
import type { CheckoutButton } from './components/checkout-button/checkout-button.ts';
import type { ProductRecommendations } from './components/product-recommendations/product-recommendations.ts';

const defined = defineOrderZoneElements();

/** Fetches and registers every element not registered yet; resolves once they all are. */
export function loadAllElements(): Promise<void> {
  return defined.loadAll();
}

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
    'quick-order': QuickOrder;
    'quote-requests': QuoteRequests;
    'product-price': ProductPrice;
    'product-availability': ProductAvailability;
    'add-to-cart-button': AddToCartButton;
    'book-button': BookButton;
    'cart-button': CartButton;
    'cart-count': CartCount;
    'checkout-button': CheckoutButton;
    'product-recommendations': ProductRecommendations;
  }
}
