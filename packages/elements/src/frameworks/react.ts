// Generated from custom-elements.json by `npm run manifest -w @orderzone/elements`: do not edit.
/**
 * React 19 JSX types of every OrderZone element: `import type {} from '@orderzone/elements/react';`
 * once in your app (`@types/react` 19 installed). A prop that is a property of the element (`zone`,
 * `mode`...) is typed as the property; an attribute whose name differs from its property
 * (`product-id`) as that property; `on<event>` props (`onoz-cart-change`) take a listener of that
 * `oz-*` event with its `detail` type. Every `oz-*` event bubbles out of shadow roots, so any element
 * accepts a listener of any of them; the ones an element fires itself are documented on it.
 *
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AddToCartButton, BookButton, BookingPicker, CartButton, CartCount, CartPanel, CheckoutButton, CheckoutForm, OrderConfirmation, OrderDetail, OrderHelp, OrderList, OrderLookup, OrderZoneElement, OzEventDetails, ProductAvailability, ProductDetail, ProductPicker, ProductPrice, ProductRecommendations, QuickOrder, QuoteRequests, SeatPicker, SignIn, StayPicker } from '../index.ts';

/** An `oz-*` event with its `detail`. */
type OzEvent<K extends keyof OzEventDetails> = CustomEvent<OzEventDetails[K]>;

/** `onoz-cart-change` etc.: React 19 adds a listener for the event named after `on`. */
type OzEventProps = { [K in keyof OzEventDetails as `on${K}`]?: (event: OzEvent<K>) => void };

/** The JSX props of element `E`: its properties `P`, the attributes and events in `A`, every `oz-*` event, and the HTML attributes. */
type ElementProps<E extends HTMLElement, P extends keyof E, A> = Partial<Pick<E, P>> & A & OzEventProps & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, P | keyof A>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** "Add to cart" for your own product page: attributes or your form, progress and outcome. */
      'add-to-cart-button': ElementProps<
        AddToCartButton,
        'quantity' | 'personalization' | 'label' | 'wide' | 'productId' | 'variantId' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `productId`. The product, by its id in the shop's catalog. */
          'product-id'?: AddToCartButton['productId'];
          /** Attribute of `variantId`. The variant, by id. Without it, the variant chosen by the form around the element (a `variant-id` field, or one `option.<group id>` field per option group); a product without options has only one. */
          'variant-id'?: AddToCartButton['variantId'];
          /** Units were added: `{ line, notice }` (`notice` when the quantity was capped or adjusted). */
          'onoz-cart-add'?: (event: OzEvent<'oz-cart-add'>) => void;
          /** The cart changed because of this button: `{ lines, itemCount, reason: 'add' }`. */
          'onoz-cart-change'?: (event: OzEvent<'oz-cart-change'>) => void;
          /** "View cart": `{ view: 'cart' }` (cancelable; when nobody cancels it, the cart drawer opens). */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
          /** The product could not be loaded or added: `{ error, message }` (also said under the button). */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** "Book" for your own page: the product's picker in a dialog, added to the shared cart. */
      'book-button': ElementProps<
        BookButton,
        'label' | 'productId' | 'variantId' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `productId`. The product, by its id in the shop's catalog. */
          'product-id'?: BookButton['productId'];
          /** Attribute of `variantId`. The variant, by id. Without it, the variant chosen by the form around the element (a `variant-id` field, or one `option.<group id>` field per option group); a product without options has only one. */
          'variant-id'?: BookButton['variantId'];
          /** A booking was added (from the dialog): `{ line }`. */
          'onoz-cart-add'?: (event: OzEvent<'oz-cart-add'>) => void;
          /** The cart changed (from the dialog): `{ lines, itemCount, reason: 'add' }`. */
          'onoz-cart-change'?: (event: OzEvent<'oz-cart-change'>) => void;
          /** "View cart" in the dialog: `{ view: 'cart' }` (cancelable; when nobody cancels it, the cart drawer opens). */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
          /** The product could not be loaded, is not bookable, or the dialog could not be fetched: `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Calendar and slot list to book a service, with staff choice. */
      'booking-picker': ElementProps<
        BookingPicker,
        'product' | 'variantId' | 'shopperTimeZone' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `variantId`. The service option (variant) the pick is priced with; default: the product's first variant. */
          'variant-id'?: BookingPicker['variantId'];
          /** Attribute of `shopperTimeZone`. The shopper's IANA time zone, for the "your time" reading; default: the browser's. */
          'shopper-time-zone'?: BookingPicker['shopperTimeZone'];
          /** The pick changed: `{ selection, preview }` (`selection` undefined when nothing complete is picked). */
          'onoz-booking-change'?: (event: OzEvent<'oz-booking-change'>) => void;
          /** Availability could not be loaded: `{ error, message }` (also shown in the element, with a retry). */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Your page's cart button: live item count, opens the cart drawer. */
      'cart-button': ElementProps<
        CartButton,
        'label' | 'zone' | 'locale' | 'theme',
        {
          /** Pressed: `{ view: 'cart' }` (cancelable; when nobody cancels it, the drawer opens). */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
          /** Something failed: `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** The cart's live item count, as text for your own markup. */
      'cart-count': ElementProps<
        CartCount,
        'count' | 'zone' | 'locale' | 'theme',
        {
          /** Something failed: `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** The shopper's cart with quantities, undo, coupon and price summary, inline or as a drawer. */
      'cart-panel': ElementProps<
        CartPanel,
        'mode' | 'open' | 'clock' | 'zone' | 'locale' | 'theme',
        {
          /** The panel changed the cart: `{ lines, itemCount, reason }`. */
          'onoz-cart-change'?: (event: OzEvent<'oz-cart-change'>) => void;
          /** "Continue shopping" (`{ view: 'browse' }`) or "Checkout" (`{ view: 'checkout' }`). */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
          /** The drawer was closed (Escape, the Close button or `hide()`): `{}`. */
          'onoz-cart-close'?: (event: OzEvent<'oz-cart-close'>) => void;
          /** Prices could not be loaded: `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** "Checkout" for your own page: a link to your checkout page, or the checkout in a dialog. */
      'checkout-button': ElementProps<
        CheckoutButton,
        'href' | 'label' | 'wide' | 'count' | 'zone' | 'locale' | 'theme',
        {
          /** Pressed (without `href`): `{ view: 'checkout' }` (cancelable; when nobody cancels it, the checkout dialog opens). */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
          /** Something failed: `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Checkout form: contact, address, delivery, payment, company, note, order summary and Place order. */
      'checkout-form': ElementProps<
        CheckoutForm,
        'zone' | 'locale' | 'theme',
        {
          /** Cancelable, before the order is sent: `{ total, paymentMethodId }`. `preventDefault()` stops the submission. */
          'onoz-checkout-submit'?: (event: OzEvent<'oz-checkout-submit'>) => void;
          /** The order was placed: `{ order, totalChanged, confirmedTotal? }`. `totalChanged` is true when the backend placed it at another total than the one the shopper confirmed (`confirmedTotal`); its payment then waits for the shopper to accept (see `checkout.$totalChange`). */
          'onoz-order-created'?: (event: OzEvent<'oz-order-created'>) => void;
          /** "Back to cart" (`{ view: 'cart' }`), "Continue shopping" (`{ view: 'browse' }`) or "View order" (`{ view: 'confirmation' }`). */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
          /** Placing the order or loading options failed: `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Thank-you page with order number, status, payment step and order details. */
      'order-confirmation': ElementProps<
        OrderConfirmation,
        'order' | 'clock' | 'zone' | 'locale' | 'theme',
        {
          /** "Continue shopping" (`{ view: 'browse' }`; the checkout is reset first), "Track this order" (`{ view: 'order' }`). */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
          /** The backend has a newer state of the order (paid, a new code): `{ order, reason: 'payment' }`. */
          'onoz-order-updated'?: (event: OzEvent<'oz-order-updated'>) => void;
        }
      >;
      /** An order's status timeline, items, delivery, tracking, payment and self-service actions, kept live. */
      'order-detail': ElementProps<
        OrderDetail,
        'order' | 'clock' | 'zone' | 'locale' | 'theme',
        {
          /** The order on show changed: `{ order, reason }` (`watch`, `payment`, `action`, `conflict`). */
          'onoz-order-updated'?: (event: OzEvent<'oz-order-updated'>) => void;
          /** A review of one of its lines was saved (written or edited): `{ review }`, the record as the backend keeps it. */
          'onoz-review-save'?: (event: OzEvent<'oz-review-save'>) => void;
          /** A shopper action succeeded: `{ action, order }` (`edit`, `cancel`, `change_address`, `request_refund`, `request_return`, `reschedule`). */
          'onoz-order-action'?: (event: OzEvent<'oz-order-action'>) => void;
          /** An action or a live check failed: `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
          /** "Continue shopping" (`{ view: 'browse' }`) from the empty state. */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
        }
      >;
      /** FAQ disclosures and contact channels, ordered for the shopper's situation. */
      'order-help': ElementProps<
        OrderHelp,
        'config' | 'topic' | 'headingLevel' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `headingLevel`. The level of the element's heading (1–5; sections and questions use the levels below it). Default 2. */
          'heading-level'?: OrderHelp['headingLevel'];
          /** The help configuration has mistakes (code `config`; the message names each one): `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** The signed-in shopper's orders; opens one in an order detail. */
      'order-list': ElementProps<
        OrderList,
        'zone' | 'locale' | 'theme',
        {
          /** An order was opened: `{ order }`. */
          'onoz-order-select'?: (event: OzEvent<'oz-order-select'>) => void;
          /** "Sign in" (for a guest) or "Start shopping" (no orders yet) was chosen, or an order's lines went to the cart with "Order again" (`{ view: 'cart' }`). */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
          /** Loading failed: `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Find an order by order number and phone or e-mail, then show it. */
      'order-lookup': ElementProps<
        OrderLookup,
        'orderNumber' | 'contact' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `orderNumber`. Prefills the order number field. */
          'order-number'?: OrderLookup['orderNumber'];
          /** An order matched: `{ order }`. */
          'onoz-order-found'?: (event: OzEvent<'oz-order-found'>) => void;
          /** The lookup failed for another reason than "not found" (offline...): `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Drop-in self-service ordering: browse, product, cart, checkout, confirmation. */
      'order-zone': ElementProps<
        OrderZoneElement,
        'currency' | 'locale' | 'theme' | 'api' | 'shop' | 'adapter' | 'storage' | 'zone' | 'view' | 'productId' | 'routing' | 'routeParam' | 'helpUrl' | 'helpText',
        {
          /** Attribute of `productId`. The product shown by the `product` view. */
          'product-id'?: OrderZoneElement['productId'];
          /** Attribute of `routeParam`. The name of the query parameter (or fragment key) of the route; give each zone its own when a page has two. */
          'route-param'?: OrderZoneElement['routeParam'];
          /** Attribute of `helpUrl`. The shop's own help page (an http(s) URL, or relative): the footer's help entry links to it. Without it the entry opens the `help` view (the questions, answers and contact channels given to `configureHelp()`); with neither, the footer shows no help entry. */
          'help-url'?: OrderZoneElement['helpUrl'];
          /** Attribute of `helpText`. The text of the footer's help entry; default "Help and contact" in the zone's language. */
          'help-text'?: OrderZoneElement['helpText'];
          /** The configuration is wrong, or a child reported a failure: `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
          /** Bubbles from the children; `<order-zone>` switches views on it (and on `oz-product-select`, `oz-cart-add`, `oz-order-created`). */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
        }
      >;
      /** A product's live stock line for your own page. */
      'product-availability': ElementProps<
        ProductAvailability,
        'level' | 'productId' | 'variantId' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `productId`. The product, by its id in the shop's catalog. */
          'product-id'?: ProductAvailability['productId'];
          /** Attribute of `variantId`. The variant, by id. Without it, the variant chosen by the form around the element (a `variant-id` field, or one `option.<group id>` field per option group); a product without options has only one. */
          'variant-id'?: ProductAvailability['variantId'];
          /** The product could not be loaded: `{ error, message }` (your content stays). */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Product page with variants, personalization and add to cart. */
      'product-detail': ElementProps<
        ProductDetail,
        'productId' | 'hideBack' | 'compact' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `productId`. The product to show. */
          'product-id'?: ProductDetail['productId'];
          /** Attribute of `hideBack`. Hides the "Back" button (for a page that has its own navigation). */
          'hide-back'?: ProductDetail['hideBack'];
          /** Units were added to the cart: `{ line, notice }` (`notice` when the quantity was capped or adjusted). */
          'onoz-cart-add'?: (event: OzEvent<'oz-cart-add'>) => void;
          /** The cart changed because of this element: `{ lines, itemCount, reason: 'add' }`. */
          'onoz-cart-change'?: (event: OzEvent<'oz-cart-change'>) => void;
          /** The shopper pressed "Back": `{ view: 'browse' }`. */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
          /** Loading the product or adding it failed: `{ error, message }` (also shown in the element). */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Searchable, filterable product grid. */
      'product-picker': ElementProps<
        ProductPicker,
        'category' | 'pageSize' | 'view' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `pageSize`. Products per page. */
          'page-size'?: ProductPicker['pageSize'];
          /** The shopper opened a product: `{ productId }`. */
          'onoz-product-select'?: (event: OzEvent<'oz-product-select'>) => void;
          /** Loading products failed: `{ error, message }` (also shown in the element). */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** A product's live price: sale, "from" and bulk-tier notes, for your own page. */
      'product-price': ElementProps<
        ProductPrice,
        'productId' | 'variantId' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `productId`. The product, by its id in the shop's catalog. */
          'product-id'?: ProductPrice['productId'];
          /** Attribute of `variantId`. The variant, by id. Without it, the variant chosen by the form around the element (a `variant-id` field, or one `option.<group id>` field per option group); a product without options has only one. */
          'variant-id'?: ProductPrice['variantId'];
          /** The product could not be loaded: `{ error, message }` (your content stays). */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Products to recommend (related, bought together, recently viewed, for you), each with why. */
      'product-recommendations': ElementProps<
        ProductRecommendations,
        'kind' | 'productId' | 'limit' | 'heading' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `productId`. The product the shopper is looking at (for `related` and `bought_together`). */
          'product-id'?: ProductRecommendations['productId'];
          /** The shopper opened a recommended product: `{ productId }`. */
          'onoz-product-select'?: (event: OzEvent<'oz-product-select'>) => void;
          /** The recommendations could not be loaded, or the history could not be cleared: `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Paste SKUs and quantities (or upload a CSV) and add them to the cart in one step. */
      'quick-order': ElementProps<
        QuickOrder,
        'zone' | 'locale' | 'theme',
        {
          /** The backend could not be asked (offline...): `{ error, message }`. The box keeps its text. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Ask for a quote for the cart's goods, and accept or decline the merchant's prices. */
      'quote-requests': ElementProps<
        QuoteRequests,
        'clock' | 'zone' | 'locale' | 'theme',
        {
          /** "Sign in" (a guest: `{ view: 'sign-in' }`) or "View cart" after accepting (`{ view: 'cart' }`) was chosen. */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
          /** The backend could not be asked (offline, a refusal): `{ error, message }`. Nothing typed is lost. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Accessible seat map to pick seats for a session. */
      'seat-picker': ElementProps<
        SeatPicker,
        'product' | 'sessionId' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `sessionId`. The session; default: the product's first. The shopper can choose another when there are several. */
          'session-id'?: SeatPicker['sessionId'];
          /** The pick changed: `{ selection, preview }` (`selection` undefined when no seat is chosen). */
          'onoz-booking-change'?: (event: OzEvent<'oz-booking-change'>) => void;
          /** Availability could not be loaded: `{ error, message }` (also shown in the element, with a retry). */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Sign in with a one-time code sent by SMS or e-mail. */
      'sign-in': ElementProps<
        SignIn,
        'clock' | 'zone' | 'locale' | 'theme',
        {
          /** The shopper signed in: `{ session }`. */
          'onoz-signed-in'?: (event: OzEvent<'oz-signed-in'>) => void;
          /** "My orders" was chosen: `{ view: 'orders' }`. */
          'onoz-navigate'?: (event: OzEvent<'oz-navigate'>) => void;
          /** A request failed for another reason than what was typed (offline...): `{ error, message }`. */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
      /** Date-range calendar with nightly prices to book a stay. */
      'stay-picker': ElementProps<
        StayPicker,
        'product' | 'variantId' | 'zone' | 'locale' | 'theme',
        {
          /** Attribute of `variantId`. The room type: the variant id of one of the product's `booking.roomTypes`; default: the first. */
          'variant-id'?: StayPicker['variantId'];
          /** The pick changed: `{ selection, preview }` (`selection` undefined while incomplete or when the range cannot be booked). */
          'onoz-booking-change'?: (event: OzEvent<'oz-booking-change'>) => void;
          /** Availability could not be loaded: `{ error, message }` (also shown in the element, with a retry). */
          'onoz-error'?: (event: OzEvent<'oz-error'>) => void;
        }
      >;
    }
  }
}
