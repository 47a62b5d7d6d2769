/**
 * `orderzone.mjs`: the script-tag bundle's module (also usable directly, `<script type="module">`).
 * Registers `<order-zone>` and `<product-picker>` at once and every other element on demand (when
 * `<order-zone>` shows it, when the page contains it, or on `OrderZone.load()`), and installs the one
 * global `window.OrderZone`.
 *
 * @module
 */
import { defineElement } from '../components/define-element.ts';
import { lazyElement, lazyTags, loadElement } from '../components/lazy-elements.ts';
import { OrderZoneElement } from '../components/order-zone/order-zone.ts';
import { ProductPicker } from '../components/product-picker/product-picker.ts';
import { configure } from '../context/default-zone.ts';
import { VERSION, type OrderZoneGlobal } from './orderzone-global.ts';

/**
 * The base every product building block shares (`<product-price>`, `<product-availability>`,
 * `<add-to-cart-button>`, `<book-button>`: the product kept live, the merchant's form read) loads
 * with the page start, so each block fetched on demand brings only its own code; exported for
 * your own blocks.
 */
export { ProductBlock, type ProductChoice } from '../components/product-block.ts';

const existing = window.OrderZone;
if (existing?.version && existing.version !== VERSION) {
  console.warn(`OrderZone ${VERSION}: OrderZone ${existing.version} is already on this page; keeping it.`);
} else if (!customElements.get('order-zone')) {
  install(existing ?? {});
}

function install(global: Partial<OrderZoneGlobal>): void {
  const elements: Record<string, CustomElementConstructor> = { 'order-zone': OrderZoneElement, 'product-picker': ProductPicker };
  const onDemand: Record<string, () => Promise<CustomElementConstructor>> = {
    'product-detail': () => import('../components/product-detail/product-detail.ts').then((m) => m.ProductDetail),
    'cart-panel': () => import('../components/cart-panel/cart-panel.ts').then((m) => m.CartPanel),
    'checkout-form': () => import('../components/checkout-form/checkout-form.ts').then((m) => m.CheckoutForm),
    'order-confirmation': () => import('../components/order-confirmation/order-confirmation.ts').then((m) => m.OrderConfirmation),
    'order-help': () => import('../components/order-help/order-help.ts').then((m) => m.OrderHelp),
    'order-detail': () => import('../components/order-detail/order-detail.ts').then((m) => m.OrderDetail),
    'order-lookup': () => import('../components/order-lookup/order-lookup.ts').then((m) => m.OrderLookup),
    'sign-in': () => import('../components/sign-in/sign-in.ts').then((m) => m.SignIn),
    'order-list': () => import('../components/order-list/order-list.ts').then((m) => m.OrderList),
    'booking-picker': () => import('../components/booking-picker/booking-picker.ts').then((m) => m.BookingPicker),
    'stay-picker': () => import('../components/stay-picker/stay-picker.ts').then((m) => m.StayPicker),
    'seat-picker': () => import('../components/seat-picker/seat-picker.ts').then((m) => m.SeatPicker),
    'product-price': () => import('../components/product-price/product-price.ts').then((m) => m.ProductPrice),
    'product-availability': () => import('../components/product-availability/product-availability.ts').then((m) => m.ProductAvailability),
    'add-to-cart-button': () => import('../components/add-to-cart-button/add-to-cart-button.ts').then((m) => m.AddToCartButton),
    'book-button': () => import('../components/book-button/book-button.ts').then((m) => m.BookButton),
    'cart-button': () => import('../components/cart-button/cart-button.ts').then((m) => m.CartButton),
    'cart-count': () => import('../components/cart-count/cart-count.ts').then((m) => m.CartCount),
    'checkout-button': () => import('../components/checkout-button/checkout-button.ts').then((m) => m.CheckoutButton),
  };
  for (const [tag, load] of Object.entries(onDemand)) lazyElement(tag, () => load().then((ctor) => (elements[tag] = ctor)));

  const oz = global as OrderZoneGlobal;
  const config = global.config ?? {};
  oz.version = VERSION;
  oz.config = config;
  oz.configure = (more) => {
    Object.assign(config, more);
    configure(more);
  };
  oz.elements = elements;
  oz.load = () => Promise.all(Object.keys(onDemand).map(loadElement)).then(() => oz);
  oz.ready = Promise.resolve(oz);
  window.OrderZone = oz;

  configure(config);
  defineElement('order-zone', OrderZoneElement);
  defineElement('product-picker', ProductPicker);
  // Elements the page itself contains (outside an <order-zone>) load as soon as they appear.
  const scan = (): void => {
    const tags = lazyTags();
    if (tags.length === 0) observer.disconnect();
    for (const tag of tags) if (document.querySelector(tag)) void loadElement(tag);
  };
  const observer = new MutationObserver(scan);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan();
}
