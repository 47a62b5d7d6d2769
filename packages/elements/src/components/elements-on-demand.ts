/**
 * How a page registers the OrderZone elements, shared by `@orderzone/elements/define` (apps that
 * bundle the package) and the script-tag bundle: the elements of the first screen (`<order-zone>`,
 * `<product-picker>`) at once, every other element on demand: when `<order-zone>` (or another
 * element) is about to show it, as soon as the page itself contains it, or on {@link DefinedElements.loadAll}.
 * A bundler turns each `import()` below into a chunk of its own.
 *
 * @module
 */
import { defineElement, reportTagTaken } from './define-element.ts';
import type { OrderZoneTag } from '../frameworks/tags.ts';
import { lazyElement, lazyTags, loadElement } from './lazy-elements.ts';
import { tagName, useTagPrefix } from './tag-names.ts';
import { OrderZoneElement } from './order-zone/order-zone.ts';
import { ProductPicker } from './product-picker/product-picker.ts';

/** The elements registered at once: the first screen of `<order-zone>`. */
export const FIRST_SCREEN_ELEMENTS: Readonly<Partial<Record<OrderZoneTag, CustomElementConstructor>>> = {
  'order-zone': OrderZoneElement,
  'product-picker': ProductPicker,
};

/** Every other element, by tag: how to load its class. */
export const ON_DEMAND_ELEMENTS: Readonly<Partial<Record<OrderZoneTag, () => Promise<CustomElementConstructor>>>> = {
  'product-detail': () => import('./product-detail/product-detail.ts').then((m) => m.ProductDetail),
  'cart-panel': () => import('./cart-panel/cart-panel.ts').then((m) => m.CartPanel),
  'checkout-form': () => import('./checkout-form/checkout-form.ts').then((m) => m.CheckoutForm),
  'order-confirmation': () => import('./order-confirmation/order-confirmation.ts').then((m) => m.OrderConfirmation),
  'order-help': () => import('./order-help/order-help.ts').then((m) => m.OrderHelp),
  'order-detail': () => import('./order-detail/order-detail.ts').then((m) => m.OrderDetail),
  'order-lookup': () => import('./order-lookup/order-lookup.ts').then((m) => m.OrderLookup),
  'sign-in': () => import('./sign-in/sign-in.ts').then((m) => m.SignIn),
  'order-list': () => import('./order-list/order-list.ts').then((m) => m.OrderList),
  'quick-order': () => import('./quick-order/quick-order.ts').then((m) => m.QuickOrder),
  'quote-requests': () => import('./quote-requests/quote-requests.ts').then((m) => m.QuoteRequests),
  'booking-picker': () => import('./booking-picker/booking-picker.ts').then((m) => m.BookingPicker),
  'stay-picker': () => import('./stay-picker/stay-picker.ts').then((m) => m.StayPicker),
  'seat-picker': () => import('./seat-picker/seat-picker.ts').then((m) => m.SeatPicker),
  'product-price': () => import('./product-price/product-price.ts').then((m) => m.ProductPrice),
  'product-availability': () => import('./product-availability/product-availability.ts').then((m) => m.ProductAvailability),
  'add-to-cart-button': () => import('./add-to-cart-button/add-to-cart-button.ts').then((m) => m.AddToCartButton),
  'book-button': () => import('./book-button/book-button.ts').then((m) => m.BookButton),
  'cart-button': () => import('./cart-button/cart-button.ts').then((m) => m.CartButton),
  'cart-count': () => import('./cart-count/cart-count.ts').then((m) => m.CartCount),
  'checkout-button': () => import('./checkout-button/checkout-button.ts').then((m) => m.CheckoutButton),
  'product-recommendations': () => import('./product-recommendations/product-recommendations.ts').then((m) => m.ProductRecommendations),
};

/** What {@link defineElements} gives back. */
export interface DefinedElements {
  /** Loads and registers every element not registered yet; resolves once they all are. */
  loadAll(): Promise<void>;
}

/** How {@link defineElements} registers the elements. */
export interface DefineElementsOptions {
  /** Registers every element as `<prefix-tag>` (`'acme'`: `<acme-order-zone>`, `<acme-sign-in>`...); none by default. */
  prefix?: string;
  /** Called with each element's name and class once it is registered (at once for the first screen's). */
  onDefined?: (tag: string, ctor: CustomElementConstructor) => void;
  /**
   * Called with an element's product name (`cart-panel`, without the prefix) as its module starts
   * loading, e.g. to preload what it will load next (the script-tag bundle preloads its messages
   * in the page's language).
   */
  onLoad?: (tag: OrderZoneTag) => void;
}

/**
 * Registers the first screen's elements now and declares the others on demand; elements the page
 * contains (outside an `<order-zone>`'s shadow root) load as soon as they appear in the document.
 * A tag another script already took is left to it, with a console error naming it (see
 * `define-element.ts`); every other element still registers.
 */
export function defineElements({ prefix = '', onDefined, onLoad }: DefineElementsOptions = {}): DefinedElements {
  useTagPrefix(prefix);
  const tagsOnDemand = Object.keys(ON_DEMAND_ELEMENTS) as OrderZoneTag[];
  for (const tag of tagsOnDemand) {
    const load = ON_DEMAND_ELEMENTS[tag]!;
    lazyElement(tag, () => {
      onLoad?.(tag);
      return load().then((ctor) => {
        onDefined?.(tagName(tag), ctor);
        return ctor;
      });
    });
    reportTagTaken(tagName(tag));
  }
  for (const [tag, ctor] of Object.entries(FIRST_SCREEN_ELEMENTS) as [OrderZoneTag, CustomElementConstructor][]) {
    defineElement(tagName(tag), ctor);
    onDefined?.(tagName(tag), ctor);
  }
  if (typeof document !== 'undefined') {
    const scan = (): void => {
      const tags = lazyTags();
      if (tags.length === 0) observer.disconnect();
      for (const tag of tags) if (document.querySelector(tagName(tag))) void loadElement(tag).catch((error: unknown) => console.error('OrderZone: could not load', tagName(tag), error));
    };
    const observer = new MutationObserver(scan);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    scan();
  }
  return { loadAll: () => Promise.all(tagsOnDemand.map(loadElement)).then(() => undefined) };
}
