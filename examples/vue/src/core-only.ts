/**
 * `@orderzone/core` with a UI of your own, no elements: the code of docs/core-without-elements.md,
 * compiled by `npm test`'s type check and run by examples/vue/test/core-only.test.ts. The Vue cart
 * badge formats the quote's subtotal with {@link formatSubtotal}.
 */
import {
  bookingLineStatus,
  createOrderZone,
  formatMoney,
  holdSecondsLeft,
  localize,
  toOrderZoneError,
  type CartLine,
  type CartNotice,
  type KeyValueStorage,
  type Order,
  type Quote,
  type OrderZone,
  type ProductSummary,
  type BackendAdapter,
  type Product,
} from '@orderzone/core';
import { createLightOrderZone } from '@orderzone/core/light-zone';
import { bookingLineStanding, matchQuoteLines } from '@orderzone/core/checkout';
import { coreMessages, createTranslator, describeError, formatHoldTime } from '@orderzone/core/messages';
import { createEmbeddedBackend } from '@orderzone/embedded-backend';

/**
 * 1. One zone per shop: catalog and cart over one backend adapter. The checkout, bookings and
 * account are loaded on first use with `zone.load(...)`, so a page that only browses never fetches them.
 */
export function createShopZone(shopId: string, storage?: KeyValueStorage): OrderZone {
  return createOrderZone({
    // Or createRestAdapter({ baseUrl: 'https://shop.example.com/api' }) from '@orderzone/core/rest'.
    adapter: createEmbeddedBackend({ shopId, ...(storage ? { storage } : {}) }),
    shopId,
    currency: 'CNY',
    locale: 'en-US',
    ...(storage ? { storage } : {}),
  });
}

/**
 * 1b. A zone whose cart's code loads on demand too (`createLightOrderZone`): the badge shows the
 * stored count at once, and a press loads the cart's code before it adds.
 */
export function lightZoneButton(
  adapter: BackendAdapter,
  badge: { textContent: string | null },
  addButton: { onclick: (() => Promise<void>) | null },
  product: Product,
  variantId: string,
  storage: KeyValueStorage,
): OrderZone {
  const zone = createLightOrderZone({ adapter, shopId: 'my-shop', storage });
  badge.textContent = String(zone.cart.$itemCount.get()); // the stored count, at once
  addButton.onclick = async () => {
    const { cart } = await zone.load('cart'); // presses before the code is here wait, in order
    cart.add({ product, variantId, quantity: 1 });
  };
  return zone;
}

/** 2. Search the catalog: each search box owns a `CatalogSearch` whose `$results` store you render. */
export async function searchProducts(zone: OrderZone, text: string): Promise<ProductSummary[]> {
  const search = zone.catalog.createSearch();
  try {
    await search.run({ text, pageSize: 12 });
    const results = search.$results.get();
    if (results.status === 'error') throw results.error;
    return results.status === 'ready' ? results.data.items : [];
  } finally {
    search.dispose();
  }
}

/** 3. Put a product in the cart: the cart caps the quantity to stock and the product's rules. */
export async function addToCart(zone: OrderZone, productId: string, quantity: number): Promise<CartNotice | undefined> {
  const product = await zone.catalog.getProduct(productId);
  const variant = product.variants.find((v) => v.stock === null || v.stock > 0) ?? product.variants[0]!;
  return zone.cart.add({ product, variantId: variant.id, quantity }).notice;
}

/** 4. Show the backend's amounts (its quote: bulk tiers, coupons, shipping, tax), formatted with `Intl`. */
/**
 * Whether a booking line of the cart cannot be ordered as it is (its hold lapsed or its pick was
 * taken), judged against the checkout's quote with the core's rules.
 */
export async function cartBlocked(zone: OrderZone, requote = true): Promise<boolean> {
  const { checkout } = await zone.load('checkout');
  if (requote) await checkout.refreshQuote();
  const lines = zone.cart.$lines.get();
  const quoteState = checkout.$quote.get();
  const matched = quoteState.status === 'ready' ? matchQuoteLines(lines, quoteState.data) : undefined;
  const blocked = lines.some((line, i) => (bookingLineStanding(line, matched?.[i], new Date()) ?? 'held') !== 'held');
  return blocked;
}

export function formatSubtotal(quote: Pick<Quote, 'subtotal'>, locale: string): string {
  return formatMoney(quote.subtotal, locale);
}

/** A line as text: `2 × Cotton crew-neck T-shirt (M / Navy)`, in the zone's locale. */
export function describeLine(line: CartLine, locale: string): string {
  const variant = localize(line.seen.variantTitle, locale);
  return `${line.quantity} × ${localize(line.seen.title, locale)}${variant ? ` (${variant})` : ''}`;
}

/** 5. Check out: fill the draft, pick a payment method, submit. At most one order per checkout. */
export async function placeOrder(zone: OrderZone): Promise<Order | undefined> {
  const { checkout } = await zone.load('checkout');
  checkout.update({
    contact: { name: 'Li Lei', phone: '13800138000', email: 'li.lei@example.com' },
    shippingAddress: { country: 'CN', region: 'Zhejiang', city: 'Hangzhou', district: 'Xihu', line1: '18 Wensan Road', postalCode: '310012' },
  });
  await checkout.loadOptions();
  const options = checkout.$options.get();
  if (options.status !== 'ready') throw options.status === 'error' ? options.error : new Error('no checkout options');
  checkout.update({ paymentMethodId: options.data.paymentMethods[0]!.id });
  await checkout.refreshQuote();
  const order = await checkout.submit();
  // undefined: see checkout.$state: `fieldErrors` to show, or `review_changes` to accept.
  return order;
}

/** 6. Translate any failure into the sentence to show the shopper (zh-CN and en-US built in). */
export function errorMessage(zone: OrderZone, error: unknown): string {
  const t = createTranslator(zone.$locale.get(), coreMessages);
  return describeError(toOrderZoneError(error), t);
}

/** 7. Bookings: hold two free seats of the first session, and say how long the hold lasts. */
export async function bookTwoSeats(zone: OrderZone, productId: string): Promise<CartLine | undefined> {
  const [product, { bookings }] = await Promise.all([zone.catalog.getProduct(productId), zone.load('bookings')]);
  if (product.kind !== 'seats' || !bookings.supported) return undefined;
  const session = product.booking.sessions[0]!;
  const availability = await bookings.getAvailability({ productId, sessionId: session.id });
  if (availability.type !== 'seats') return undefined;
  const seats = product.booking.seatMap.sections.flatMap((section) => section.rows.flatMap((row) => row.seats));
  const free = seats.filter((seat) => !seat.unavailable && !availability.takenSeatIds.includes(seat.id));
  const booking = { type: 'seats' as const, sessionId: session.id, seatIds: free.slice(0, 2).map((seat) => seat.id) };
  const { line } = await bookings.addToCart({ product, variantId: product.variants[0]!.id, booking });
  return line;
}

export function holdText(zone: OrderZone, line: CartLine, now: Date): string {
  const t = createTranslator(zone.$locale.get(), coreMessages);
  if (bookingLineStatus(line, now) !== 'held') return t('booking.hold_expired');
  return t('booking.held_for', { time: formatHoldTime(holdSecondsLeft(line, now) ?? 0) });
}
