// Generated from custom-elements.json by `npm run manifest -w @orderzone/elements`: do not edit.
/**
 * Vue 3 template types of every OrderZone element (`GlobalComponents`, checked by `vue-tsc` and
 * Vue's editor tooling) and `isOrderZoneElement`, the compiler option `isCustomElement` that knows
 * every OrderZone tag:
 *
 * ```ts
 * // vite.config.ts
 * import vue from '@vitejs/plugin-vue';
 * import { isOrderZoneElement } from '@orderzone/elements/vue';
 * export default { plugins: [vue({ template: { compilerOptions: { isCustomElement: isOrderZoneElement } } })] };
 * ```
 *
 * The types apply once the app imports this module's types (`import type {} from '@orderzone/elements/vue';`).
 * Bind objects as DOM properties (`:zone.prop="zone"`) and listen with `@oz-cart-change`: every
 * `oz-*` event, with its `detail` type, on every element (they bubble out of shadow roots).
 *
 * @module
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { AddToCartButton, BookButton, BookingPicker, CartButton, CartCount, CartPanel, CheckoutButton, CheckoutForm, OrderConfirmation, OrderDetail, OrderHelp, OrderList, OrderLookup, OrderZoneElement, OzEventDetails, ProductAvailability, ProductDetail, ProductPicker, ProductPrice, ProductRecommendations, QuickOrder, QuoteRequests, SeatPicker, SignIn, StayPicker } from '../index.ts';
import { ORDERZONE_TAGS } from './tags.ts';

/** An `oz-*` event with its `detail`. */
type OzEvent<K extends keyof OzEventDetails> = CustomEvent<OzEventDetails[K]>;

/** Every `oz-*` event, as Vue's `$emit` types events. */
type OzEmits = { [K in keyof OzEventDetails]: (event: OzEvent<K>) => void };

/**
 * Element `E` as Vue's template type checking sees a component: `$props` (its properties `P`, the
 * attributes in `A`, the HTML attributes) and `$emit` (every `oz-*` event).
 */
type VueElement<E extends HTMLElement, P extends keyof E, A> = new () => E & {
  /** @deprecated For template type checking only: not a member of the element. */
  $props: Partial<Pick<E, P>> & A & Omit<HTMLAttributes, P | keyof A> & PublicProps;
  /** @deprecated For template type checking only: not a member of the element. */
  $emit: EmitFn<OzEmits>;
};

declare module 'vue' {
  interface GlobalComponents {
    /** "Add to cart" for your own product page: attributes or your form, progress and outcome. */
    'add-to-cart-button': VueElement<
      AddToCartButton,
      'quantity' | 'personalization' | 'label' | 'wide' | 'productId' | 'variantId' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `productId`. The product, by its id in the shop's catalog. */
        'product-id'?: AddToCartButton['productId'];
        /** Attribute of `variantId`. The variant, by id. Without it, the variant chosen by the form around the element (a `variant-id` field, or one `option.<group id>` field per option group); a product without options has only one. */
        'variant-id'?: AddToCartButton['variantId'];
      }
    >;
    /** "Book" for your own page: the product's picker in a dialog, added to the shared cart. */
    'book-button': VueElement<
      BookButton,
      'label' | 'productId' | 'variantId' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `productId`. The product, by its id in the shop's catalog. */
        'product-id'?: BookButton['productId'];
        /** Attribute of `variantId`. The variant, by id. Without it, the variant chosen by the form around the element (a `variant-id` field, or one `option.<group id>` field per option group); a product without options has only one. */
        'variant-id'?: BookButton['variantId'];
      }
    >;
    /** Calendar and slot list to book a service, with staff choice. */
    'booking-picker': VueElement<
      BookingPicker,
      'product' | 'variantId' | 'shopperTimeZone' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `variantId`. The service option (variant) the pick is priced with; default: the product's first variant. */
        'variant-id'?: BookingPicker['variantId'];
        /** Attribute of `shopperTimeZone`. The shopper's IANA time zone, for the "your time" reading; default: the browser's. */
        'shopper-time-zone'?: BookingPicker['shopperTimeZone'];
      }
    >;
    /** Your page's cart button: live item count, opens the cart drawer. */
    'cart-button': VueElement<
      CartButton,
      'label' | 'zone' | 'locale' | 'theme',
      {}
    >;
    /** The cart's live item count, as text for your own markup. */
    'cart-count': VueElement<
      CartCount,
      'count' | 'zone' | 'locale' | 'theme',
      {}
    >;
    /** The shopper's cart with quantities, undo, coupon and price summary, inline or as a drawer. */
    'cart-panel': VueElement<
      CartPanel,
      'mode' | 'open' | 'clock' | 'zone' | 'locale' | 'theme',
      {}
    >;
    /** "Checkout" for your own page: a link to your checkout page, or the checkout in a dialog. */
    'checkout-button': VueElement<
      CheckoutButton,
      'href' | 'label' | 'wide' | 'count' | 'zone' | 'locale' | 'theme',
      {}
    >;
    /** Checkout form: contact, address, delivery, payment, company, note, order summary and Place order. */
    'checkout-form': VueElement<
      CheckoutForm,
      'zone' | 'locale' | 'theme',
      {}
    >;
    /** Thank-you page with order number, status, payment step and order details. */
    'order-confirmation': VueElement<
      OrderConfirmation,
      'order' | 'clock' | 'zone' | 'locale' | 'theme',
      {}
    >;
    /** An order's status timeline, items, delivery, tracking, payment and self-service actions, kept live. */
    'order-detail': VueElement<
      OrderDetail,
      'order' | 'clock' | 'zone' | 'locale' | 'theme',
      {}
    >;
    /** FAQ disclosures and contact channels, ordered for the shopper's situation. */
    'order-help': VueElement<
      OrderHelp,
      'config' | 'topic' | 'headingLevel' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `headingLevel`. The level of the element's heading (1–5; sections and questions use the levels below it). Default 2. */
        'heading-level'?: OrderHelp['headingLevel'];
      }
    >;
    /** The signed-in shopper's orders; opens one in an order detail. */
    'order-list': VueElement<
      OrderList,
      'zone' | 'locale' | 'theme',
      {}
    >;
    /** Find an order by order number and phone or e-mail, then show it. */
    'order-lookup': VueElement<
      OrderLookup,
      'orderNumber' | 'contact' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `orderNumber`. Prefills the order number field. */
        'order-number'?: OrderLookup['orderNumber'];
      }
    >;
    /** Drop-in self-service ordering: browse, product, cart, checkout, confirmation. */
    'order-zone': VueElement<
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
      }
    >;
    /** A product's live stock line for your own page. */
    'product-availability': VueElement<
      ProductAvailability,
      'level' | 'productId' | 'variantId' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `productId`. The product, by its id in the shop's catalog. */
        'product-id'?: ProductAvailability['productId'];
        /** Attribute of `variantId`. The variant, by id. Without it, the variant chosen by the form around the element (a `variant-id` field, or one `option.<group id>` field per option group); a product without options has only one. */
        'variant-id'?: ProductAvailability['variantId'];
      }
    >;
    /** Product page with variants, personalization and add to cart. */
    'product-detail': VueElement<
      ProductDetail,
      'productId' | 'hideBack' | 'compact' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `productId`. The product to show. */
        'product-id'?: ProductDetail['productId'];
        /** Attribute of `hideBack`. Hides the "Back" button (for a page that has its own navigation). */
        'hide-back'?: ProductDetail['hideBack'];
      }
    >;
    /** Searchable, filterable product grid. */
    'product-picker': VueElement<
      ProductPicker,
      'category' | 'pageSize' | 'view' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `pageSize`. Products per page. */
        'page-size'?: ProductPicker['pageSize'];
      }
    >;
    /** A product's live price: sale, "from" and bulk-tier notes, for your own page. */
    'product-price': VueElement<
      ProductPrice,
      'productId' | 'variantId' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `productId`. The product, by its id in the shop's catalog. */
        'product-id'?: ProductPrice['productId'];
        /** Attribute of `variantId`. The variant, by id. Without it, the variant chosen by the form around the element (a `variant-id` field, or one `option.<group id>` field per option group); a product without options has only one. */
        'variant-id'?: ProductPrice['variantId'];
      }
    >;
    /** Products to recommend (related, bought together, recently viewed, for you), each with why. */
    'product-recommendations': VueElement<
      ProductRecommendations,
      'kind' | 'productId' | 'limit' | 'heading' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `productId`. The product the shopper is looking at (for `related` and `bought_together`). */
        'product-id'?: ProductRecommendations['productId'];
      }
    >;
    /** Paste SKUs and quantities (or upload a CSV) and add them to the cart in one step. */
    'quick-order': VueElement<
      QuickOrder,
      'zone' | 'locale' | 'theme',
      {}
    >;
    /** Ask for a quote for the cart's goods, and accept or decline the merchant's prices. */
    'quote-requests': VueElement<
      QuoteRequests,
      'clock' | 'zone' | 'locale' | 'theme',
      {}
    >;
    /** Accessible seat map to pick seats for a session. */
    'seat-picker': VueElement<
      SeatPicker,
      'product' | 'sessionId' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `sessionId`. The session; default: the product's first. The shopper can choose another when there are several. */
        'session-id'?: SeatPicker['sessionId'];
      }
    >;
    /** Sign in with a one-time code sent by SMS or e-mail. */
    'sign-in': VueElement<
      SignIn,
      'clock' | 'zone' | 'locale' | 'theme',
      {}
    >;
    /** Date-range calendar with nightly prices to book a stay. */
    'stay-picker': VueElement<
      StayPicker,
      'product' | 'variantId' | 'zone' | 'locale' | 'theme',
      {
        /** Attribute of `variantId`. The room type: the variant id of one of the product's `booking.roomTypes`; default: the first. */
        'variant-id'?: StayPicker['variantId'];
      }
    >;
  }
}

const tags: ReadonlySet<string> = new Set(ORDERZONE_TAGS);

/** True for every OrderZone tag: Vue's compiler option `isCustomElement`. */
export function isOrderZoneElement(tag: string): boolean {
  return tags.has(tag);
}
