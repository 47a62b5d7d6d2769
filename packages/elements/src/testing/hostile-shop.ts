/**
 * Test fixtures for what a careless or hostile backend may send: the tests' own shop with every text
 * the shopper sees replaced by one long word without a space, or with every image URL replaced by a
 * script or document URL. Test-only.
 *
 * @module
 */
import type { BookableProduct, BookingSelection, CheckoutDraft, Order, Product } from '@orderzone/core';
import { addDays, utcToZoned } from '@orderzone/core/bookings';
import { CHECKOUT_LIMITS } from '@orderzone/core/checkout';
import type { EmbeddedBackend, ShopSeed } from '@orderzone/embedded-backend';
import type { HelpConfig } from '../components/order-help/help-config.ts';
import type { TestZone } from './zone-fixture.ts';
import { describedTestShop, testShop } from '../../../core/src/testing/test-shop.ts';

/** One word of `length` letters, no space or hyphen to break it at; starts with `tag` so a failure names the field. */
export function unbroken(tag: string, length: number): string {
  return `${tag}${'W'.repeat(Math.max(0, length - tag.length))}`;
}

/** Keys whose values are text shown to the shopper (a string, or a map from locale to string). */
const TEXT_KEYS = new Set(['name', 'label', 'title', 'subtitle', 'description', 'body', 'author', 'alt', 'placeholder', 'resourceLabel', 'venue', 'estimate']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A copy of `value` in which every text under a key of {@link TEXT_KEYS} (and every spec value) is `text(key)`. */
function replaceTexts(value: Json, text: (key: string) => string, key = ''): Json {
  if (TEXT_KEYS.has(key) || key === 'spec-value') {
    if (typeof value === 'string') return text(key);
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')) {
      return Object.fromEntries(Object.keys(value).map((locale) => [locale, text(key)]));
    }
  }
  if (Array.isArray(value)) return value.map((item) => replaceTexts(item, text, key === 'specs' ? 'spec' : ''));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceTexts(v, text, key === 'spec' && k === 'value' ? 'spec-value' : k)]));
  }
  return value;
}

/**
 * The tests' shop, with its texts of every kind (`describedTestShop`), and its cinema's session
 * tomorrow evening (so its seats can be held today), with every shopper-facing text of the catalog,
 * shipping rates, coupons and payment methods (product titles and subtitles, descriptions, option
 * names and labels, category names, personalization labels and choices, specs, reviews and the
 * merchant's reply, booking resources, rooms, seats and sessions, shipping and payment labels)
 * replaced by one unbroken word of `length` letters; text fields the shopper fills take values that long.
 */
export function hostileTextShop(length = 1000): ShopSeed {
  const shop: ShopSeed = describedTestShop();
  const tomorrow = `${addDays(today(), 1)}T11:30:00.000Z`;
  shop.products = shop.products.map((p) => (p.kind === 'seats' ? { ...p, booking: { ...p.booking, sessions: p.booking.sessions.map((s) => ({ ...s, startsAt: tomorrow })) } } : p));
  const seed = replaceTexts(shop as unknown as Json, (key) => unbroken(`${key}:`, length)) as unknown as ShopSeed;
  for (const product of seed.products) {
    for (const field of product.personalization) if (field.maxLength !== undefined) field.maxLength = Math.max(field.maxLength, length);
  }
  return seed;
}

/** Image URLs that must never reach `src`: script and document URLs in the spellings browsers still accept. */
export const HOSTILE_IMAGE_URLS = [
  'javascript:alert(1)',
  ' JavaScript:alert(document.domain)',
  '\tjava\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:TEXT/HTML;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
] as const;

/**
 * The tests' shop (`core/src/testing/test-shop.ts`) with every kind of image a page renders — a
 * category image, the shirt's three product images and an image per variant, every other product's
 * own — pointing at one of {@link HOSTILE_IMAGE_URLS}.
 */
export function hostileImageShop(): ShopSeed {
  const seed: ShopSeed = testShop();
  const image = (alt: string) => ({ url: '', alt });
  seed.categories = seed.categories.map((category) => ({ ...category, image: image(category.id) }));
  seed.products = seed.products.map((product) =>
    product.id === 'shirt' && product.kind === 'goods'
      ? { ...product, images: [image('front'), image('back'), image('detail')], variants: product.variants.map((variant) => ({ ...variant, image: image(variant.id) })) }
      : product,
  );
  let next = 0;
  const url = (): string => HOSTILE_IMAGE_URLS[next++ % HOSTILE_IMAGE_URLS.length]!;
  for (const category of seed.categories) if (category.image) category.image = { ...category.image, url: url() };
  for (const product of seed.products) {
    product.images = product.images.map((image) => ({ ...image, url: url() }));
    for (const variant of product.variants) if (variant.image) variant.image = { ...variant.image, url: url() };
  }
  return seed;
}

/** Values for every personalization field of `product`: text fields as long as they allow, choices their first. */
function personalizationFor(product: Product): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of product.personalization) {
    if (field.kind === 'text') values[field.id] = unbroken(`${field.id}:`, field.maxLength ?? 100);
    else if (field.choices?.[0]) values[field.id] = field.choices[0].id;
  }
  return values;
}

const today = (): string => utcToZoned(new Date().toISOString(), 'Asia/Shanghai').date;

/**
 * Fills the cart of a zone over {@link hostileTextShop}: goods with personalization values as long as
 * their fields allow, and one booking of each kind (a housekeeping slot, two hotel nights, two seats).
 */
export async function fillHostileCart(zone: TestZone): Promise<void> {
  for (const [productId, variantId] of [['shirt', 'shirt-navy-m'], ['flask', undefined], ['printed-mug', 'printed-mug']] as const) {
    const product = await zone.catalog.getProduct(productId);
    zone.cart.add({ product, variantId: variantId ?? product.variants[0]!.id, quantity: 2, personalization: personalizationFor(product) });
  }
  const book = async (productId: string, variantId: string, booking: (product: BookableProduct) => BookingSelection): Promise<void> => {
    const product = (await zone.catalog.getProduct(productId)) as BookableProduct;
    await zone.bookings.addToCart({ product, variantId, booking: booking(product) });
  };
  await book('cleaning', 'cleaning-2h', () => ({ type: 'time_slot', start: new Date(`${addDays(today(), 2)}T03:00:00.000Z`).toISOString() }));
  await book('hotel', 'standard', () => ({ type: 'stay', checkIn: addDays(today(), 3), checkOut: addDays(today(), 5) }));
  await book('cinema', 'ticket', (product) => ({ type: 'seats', sessionId: product.kind === 'seats' ? product.booking.sessions[0]!.id : '', seatIds: ['A1', 'A2'] }));
}

/** Contact and address at the longest the checkout accepts, each one unbroken word. */
export function hostileCheckoutDetails(): Pick<CheckoutDraft, 'contact' | 'shippingAddress' | 'note'> {
  return {
    contact: { name: unbroken('name:', CHECKOUT_LIMITS.name), phone: '13900139000', email: `${unbroken('email:', CHECKOUT_LIMITS.email - 12)}@example.com` },
    shippingAddress: {
      country: 'CN',
      region: unbroken('region:', CHECKOUT_LIMITS.region),
      city: unbroken('city:', CHECKOUT_LIMITS.city),
      district: unbroken('district:', CHECKOUT_LIMITS.district),
      line1: unbroken('line1:', CHECKOUT_LIMITS.line1),
      line2: unbroken('line2:', CHECKOUT_LIMITS.line2),
      postalCode: '100022',
    },
    note: unbroken('note:', CHECKOUT_LIMITS.note),
  };
}

/**
 * A zone's checkout made ready to submit {@link fillHostileCart}'s cart with {@link hostileCheckoutDetails},
 * its options loaded and its quote fetched.
 */
export async function prepareHostileCheckout(zone: TestZone, paymentMethodId = 'alipay'): Promise<void> {
  await fillHostileCart(zone);
  zone.checkout.update({ ...hostileCheckoutDetails(), paymentMethodId, couponCode: 'TEST10' });
  await zone.checkout.loadOptions();
  await zone.checkout.refreshQuote();
}

/**
 * Places the hostile order (with a coupon). `shipped`: the merchant then marks it paid and shipped
 * with a carrier and tracking number as long as allowed; otherwise it awaits payment by a QR code
 * whose payload is one long word.
 */
export async function placeHostileOrder(zone: TestZone, backend: EmbeddedBackend, state: 'awaiting_payment' | 'shipped' = 'shipped'): Promise<Order> {
  await prepareHostileCheckout(zone);
  const order = await zone.checkout.submit();
  if (!order) throw new Error(`no order: ${JSON.stringify(zone.checkout.$state.get())}`);
  if (state === 'awaiting_payment') return { ...order, payment: { type: 'qr_code', payload: unbroken('payload:', 1000) } };
  backend.engine.markPaid(order.orderNumber);
  return backend.engine.markShipped(order.orderNumber, { carrier: unbroken('carrier:', 100), number: unbroken('tracking:', 100) });
}

/** Merchant help content with every text one long word (a WeChat ID as long as allowed). */
export function hostileHelpConfig(length = 1000): HelpConfig {
  return {
    faq: [
      { question: unbroken('question:', length), answer: unbroken('answer:', length), topics: ['general'] },
      { question: unbroken('question2:', length), answer: `${unbroken('answer2:', length)}\n\n${unbroken('paragraph:', length)}` },
    ],
    contact: { phone: '400 123 4567', email: `${unbroken('help', 240)}@example.com`, wechat: unbroken('wx', 64), hours: unbroken('hours:', length), link: { url: 'https://help.example.com/chat', label: unbroken('link:', length) } },
  };
}
