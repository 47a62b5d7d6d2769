/**
 * Registers every element at once, for tests that render any of them straight away (the npm entry
 * `@orderzone/elements/define` registers most of them on demand; its own test covers that).
 *
 * @module
 */
// With the demo backend as the fallback of a zone with no backend, as a page that imports it has.
import '../demo.ts';
import '../components/order-zone/order-zone.define.ts';
import '../components/product-picker/product-picker.define.ts';
import '../components/product-detail/product-detail.define.ts';
import '../components/cart-panel/cart-panel.define.ts';
import '../components/checkout-form/checkout-form.define.ts';
import '../components/order-confirmation/order-confirmation.define.ts';
import '../components/booking-picker/booking-picker.define.ts';
import '../components/stay-picker/stay-picker.define.ts';
import '../components/seat-picker/seat-picker.define.ts';
import '../components/order-detail/order-detail.define.ts';
import '../components/order-lookup/order-lookup.define.ts';
import '../components/order-help/order-help.define.ts';
import '../components/sign-in/sign-in.define.ts';
import '../components/order-list/order-list.define.ts';
import '../components/product-recommendations/product-recommendations.define.ts';
import '../components/quick-order/quick-order.define.ts';
import '../components/quote-requests/quote-requests.define.ts';
import '../components/product-price/product-price.define.ts';
import '../components/product-availability/product-availability.define.ts';
import '../components/add-to-cart-button/add-to-cart-button.define.ts';
import '../components/book-button/book-button.define.ts';
import '../components/cart-button/cart-button.define.ts';
import '../components/cart-count/cart-count.define.ts';
import '../components/checkout-button/checkout-button.define.ts';
