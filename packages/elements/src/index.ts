/**
 * `@orderzone/elements`: Lit web components that render the OrderZone flow. They hold no prices or
 * rules of their own: everything comes from an `@orderzone/core` zone. Import
 * `@orderzone/elements/define` to register them (the first screen's at once, the others on demand).
 *
 * @packageDocumentation
 */
export { OrderZoneElement } from './components/order-zone/order-zone.ts';
export type { ZoneRouting } from './components/order-zone/zone-route.ts';
export { ProductPicker, type PickerView } from './components/product-picker/product-picker.ts';
export { ProductDetail } from './components/product-detail/product-detail.ts';
export { CartPanel } from './components/cart-panel/cart-panel.ts';
export type { HoldClock } from './controllers/countdown.ts';
export { CheckoutForm } from './components/checkout-form/checkout-form.ts';
export { OrderConfirmation } from './components/order-confirmation/order-confirmation.ts';
export { BookingPicker } from './components/booking-picker/booking-picker.ts';
export { StayPicker } from './components/stay-picker/stay-picker.ts';
export { SeatPicker } from './components/seat-picker/seat-picker.ts';
export { OrderDetail } from './components/order-detail/order-detail.ts';
export { OrderLookup } from './components/order-lookup/order-lookup.ts';
export type { PaymentClock } from './parts/payment-step/payment-step.ts';
export { OrderHelp } from './components/order-help/order-help.ts';
export { SignIn } from './components/sign-in/sign-in.ts';
export { OrderList } from './components/order-list/order-list.ts';
export { ProductRecommendations } from './components/product-recommendations/product-recommendations.ts';
export { QuickOrder } from './components/quick-order/quick-order.ts';
export { QuoteRequests } from './components/quote-requests/quote-requests.ts';
export { ProductPrice } from './components/product-price/product-price.ts';
export { ProductAvailability } from './components/product-availability/product-availability.ts';
export { AddToCartButton } from './components/add-to-cart-button/add-to-cart-button.ts';
export { BookButton } from './components/book-button/book-button.ts';
export { CartButton } from './components/cart-button/cart-button.ts';
export { CartCount } from './components/cart-count/cart-count.ts';
export { CheckoutButton } from './components/checkout-button/checkout-button.ts';
export { ProductBlock, type ProductChoice } from './components/product-block.ts';
export { configureHelp } from './components/order-help/help-defaults.ts';
export { HELP_TOPICS, type HelpConfig, type HelpContact, type HelpFaqEntry, type HelpTopic } from './components/order-help/help-config.ts';
export { ZoneElement, type Theme } from './components/zone-element.ts';
export { defineElement } from './components/define-element.ts';
export { defineOrderZoneElements, type OrderZoneElements, type OrderZoneElementsOptions } from './define-order-zone-elements.ts';
export { zoneContext } from './context/zone-context.ts';
export { configure, getDefaultZone } from './context/default-zone.ts';
export { registerMessages } from './i18n/shared-messages.ts';
export { byLanguage, type ElementMessages, type LanguageMessages, type MessagesLanguage } from './i18n/language-messages.ts';
export type { OzEventDetails, ZoneView } from './events/events.ts';
export { ORDERZONE_TAGS, type OrderZoneTag } from './frameworks/tags.ts';
