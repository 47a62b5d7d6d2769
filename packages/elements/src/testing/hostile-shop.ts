/**
 * Test fixtures for what a careless or hostile backend may send: the demo shop with every text the
 * shopper sees replaced by one long word without a space, or with every image URL replaced by a
 * script or document URL. Test-only.
 *
 * @module
 */
import type { ShopSeed } from '@orderzone/embedded-backend';
import { createDemoShop } from '@orderzone/embedded-backend/demo-catalog';

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
 * The demo shop with every shopper-facing text of the catalog, shipping rates, coupons and payment
 * methods (product titles and subtitles, descriptions, option names and labels, category names,
 * personalization labels, specs, reviews, booking resources, rooms, seats and sessions, shipping and
 * payment labels) replaced by one unbroken word of `length` letters; text fields the shopper fills
 * take values that long.
 */
export function hostileTextShop(length = 1000): ShopSeed {
  const seed = replaceTexts(createDemoShop() as unknown as Json, (key) => unbroken(`${key}:`, length)) as unknown as ShopSeed;
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

/** The demo shop with every product, variant and category image pointing at one of {@link HOSTILE_IMAGE_URLS}. */
export function hostileImageShop(): ShopSeed {
  const seed = createDemoShop();
  let next = 0;
  const url = (): string => HOSTILE_IMAGE_URLS[next++ % HOSTILE_IMAGE_URLS.length]!;
  for (const category of seed.categories) if (category.image) category.image = { ...category.image, url: url() };
  for (const product of seed.products) {
    product.images = product.images.map((image) => ({ ...image, url: url() }));
    for (const variant of product.variants) if (variant.image) variant.image = { ...variant.image, url: url() };
  }
  return seed;
}
