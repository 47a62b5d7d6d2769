/**
 * The shape of a catalog file: a `ShopSeed` of `@orderzone/embedded-backend` (categories, products,
 * pricing rules, payment methods and countries), checked with the contract's schemas from
 * `@orderzone/core/schemas`. The core has no schema for the pricing rules (they never cross the
 * wire), so this module describes them, from the core's `PricingRules` type.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CategorySchema, CurrencyCodeSchema, LocalizedTextSchema, MoneySchema, PaymentMethodSchema, ProductSchema, ReviewRecordSchema } from '@orderzone/core/schemas';
import type { PricingRules } from '@orderzone/core/pricing';
import type { ShopSeed } from '@orderzone/embedded-backend';

const CountrySchema = z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "CN"'));
const BasisPointsSchema = z.int().check(z.minimum(0), z.maximum(10_000));
const DateTimeSchema = z.iso.datetime({ offset: true });

/** A coupon (`Coupon` of `@orderzone/core/pricing`). */
export const CouponSchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(64)),
  label: LocalizedTextSchema,
  type: z.enum(['percentage', 'fixed']),
  basisPoints: z.optional(BasisPointsSchema),
  amount: z.optional(MoneySchema),
  minSpend: z.optional(MoneySchema),
  expiresAt: z.optional(DateTimeSchema),
});

/** A shipping rate (`ShippingRate` of `@orderzone/core/pricing`). */
export const ShippingRateSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(128)),
  label: LocalizedTextSchema,
  price: MoneySchema,
  estimate: z.optional(LocalizedTextSchema),
  freeFrom: z.optional(MoneySchema),
  countries: z.optional(z.array(CountrySchema)),
});

/** How tax applies (`TaxRule` of `@orderzone/core/pricing`). */
export const TaxRuleSchema = z.object({
  label: LocalizedTextSchema,
  basisPoints: BasisPointsSchema,
  inclusive: z.boolean(),
  countries: z.optional(z.array(CountrySchema)),
});

/** A merchant's pricing configuration (`PricingRules` of `@orderzone/core/pricing`). */
export const PricingRulesSchema = z.object({
  currency: CurrencyCodeSchema,
  coupons: z.array(CouponSchema),
  shippingRates: z.array(ShippingRateSchema),
  tax: z.optional(TaxRuleSchema),
});

/** A whole catalog: what `orderzone-server import` reads from a JSON file and `export` writes. */
export const ShopSeedSchema = z.object({
  categories: z.array(CategorySchema),
  products: z.array(ProductSchema),
  pricing: PricingRulesSchema,
  paymentMethods: z.array(PaymentMethodSchema).check(z.minLength(1)),
  countries: z.array(CountrySchema).check(z.minLength(1)),
  /** Reviews the shop starts with (imported as they are, e.g. `published`). */
  reviews: z.optional(z.array(ReviewRecordSchema)),
});

// The schemas above must describe exactly the engine's types: a change of either fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const pricingMatches: Same<z.infer<typeof PricingRulesSchema>, PricingRules> = true;
const seedMatches: Same<z.infer<typeof ShopSeedSchema>, ShopSeed> = true;
void pricingMatches;
void seedMatches;
