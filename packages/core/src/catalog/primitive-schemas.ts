/**
 * The wire primitives every schema builds on: ids, currency codes, money and localized text.
 * Kept apart from the catalog so that booking and order schemas can use them without import cycles.
 *
 * @module
 */
import * as z from 'zod/mini';

/** ISO 4217 currency code. */
export const CurrencyCodeSchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "CNY"'));

/** `Money` on the wire: integer minor units and a currency. */
export const MoneySchema = z.object({
  amount: z.int(),
  currency: CurrencyCodeSchema,
});

/**
 * Text that is either one string for every locale, or a map from locale to text
 * (`{ "zh-CN": "纯棉T恤", "en-US": "Cotton T-shirt" }`); resolved with `localize()`.
 */
export const LocalizedTextSchema = z.union([z.string(), z.record(z.string(), z.string())]);
/** Text that is either one string for every locale, or a map from locale to text (`{ "zh-CN": "纯棉T恤", "en-US": "Cotton T-shirt" }`); resolved with `localize()`. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** An id: 1–128 characters. */
export const IdSchema = z.string().check(z.minLength(1), z.maxLength(128));

/** A product image. `url` is used as an `<img src>` only, never as HTML. */
export const ImageSchema = z.object({
  url: z.string().check(z.minLength(1)),
  alt: LocalizedTextSchema,
  width: z.optional(z.int()),
  height: z.optional(z.int()),
});
/** A product image: its URL (used as an `<img src>` only, never as HTML), localized alt text and, when known, its size in pixels. */
export type Image = z.infer<typeof ImageSchema>;

