/**
 * The catalog model: categories, products, option groups, variants, personalization fields,
 * quantity rules, bulk price tiers and reviews. Defined once as `zod/mini` schemas; the TypeScript
 * types are inferred from them, and the REST adapter validates responses with the same schemas.
 *
 * @module
 */
import * as z from 'zod/mini';

export { CurrencyCodeSchema, ImageSchema, LocalizedTextSchema, MoneySchema, type Image, type LocalizedText } from './primitive-schemas.ts';
import { IdSchema as Id, ImageSchema, LocalizedTextSchema, MoneySchema } from './primitive-schemas.ts';
import { ProductKindSchema, SeatsBookingSchema, StayBookingSchema, TimeSlotBookingSchema } from '../booking/booking-config-schema.ts';
import { CATALOG_SEARCH_TEXT_MAX_LENGTH } from '../field-limits.ts';

/** A catalog category: its id, localized name, optional parent category id (categories nest) and image. */
export const CategorySchema = z.object({
  id: Id,
  name: LocalizedTextSchema,
  parentId: z.optional(Id),
  image: z.optional(ImageSchema),
});
/** A catalog category: its id, localized name, optional parent category id (categories nest) and image. */
export type Category = z.infer<typeof CategorySchema>;

export const OptionValueSchema = z.object({
  id: Id,
  label: LocalizedTextSchema,
  /** A CSS colour for swatches (`#1f3a5f`); shown beside the label, never alone. */
  swatch: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{3,8}$/))),
});
export type OptionValue = z.infer<typeof OptionValueSchema>;

/** A choice the shopper makes among variants: size, colour, capacity... */
export const OptionGroupSchema = z.object({
  id: Id,
  name: LocalizedTextSchema,
  display: z.enum(['buttons', 'swatches']),
  values: z.array(OptionValueSchema).check(z.minLength(1)),
});
/** A choice the shopper makes among variants (size, colour, capacity...), shown as buttons or swatches, with at least one value. */
export type OptionGroup = z.infer<typeof OptionGroupSchema>;

/** One bulk price: from `minQuantity` units on, each costs `unitPrice`. */
export const PriceTierSchema = z.object({
  minQuantity: z.int().check(z.minimum(1)),
  unitPrice: MoneySchema,
});
/** One bulk price: from `minQuantity` units on, each costs `unitPrice`. */
export type PriceTier = z.infer<typeof PriceTierSchema>;

/** A purchasable combination of option values with its own SKU, price and stock. */
export const VariantSchema = z.object({
  id: Id,
  sku: z.string(),
  /** Option group id → option value id; every group of the product appears once. */
  options: z.record(z.string(), z.string()),
  price: MoneySchema,
  /** The "was" price shown struck through; only meaningful when higher than `price`. */
  compareAtPrice: z.optional(MoneySchema),
  /** Units available; `null` means the merchant does not track stock for this variant. */
  stock: z.nullable(z.int().check(z.minimum(0))),
  /** Bulk prices for business buyers, ascending by `minQuantity`. */
  priceTiers: z.optional(z.array(PriceTierSchema)),
  image: z.optional(ImageSchema),
});
/** A purchasable combination of option values with its own SKU, price, stock (`null`: untracked) and optional bulk price tiers. */
export type Variant = z.infer<typeof VariantSchema>;

export const PersonalizationChoiceSchema = z.object({
  id: Id,
  label: LocalizedTextSchema,
  priceDelta: z.optional(MoneySchema),
});
export type PersonalizationChoice = z.infer<typeof PersonalizationChoiceSchema>;

/**
 * Something the shopper adds to an item: engraved text, gift wrap... `text` fields have a length
 * limit; `choice` fields list their choices. A non-empty value may add `priceDelta` (text) or the
 * chosen choice's `priceDelta` to the unit price.
 */
export const PersonalizationFieldSchema = z.object({
  id: Id,
  label: LocalizedTextSchema,
  kind: z.enum(['text', 'choice']),
  required: z.boolean(),
  maxLength: z.optional(z.int().check(z.minimum(1))),
  placeholder: z.optional(LocalizedTextSchema),
  choices: z.optional(z.array(PersonalizationChoiceSchema)),
  priceDelta: z.optional(MoneySchema),
});
/** Something the shopper adds to an item (engraved text, gift wrap...): a `text` field with a length limit or a `choice` field, possibly adding to the unit price. */
export type PersonalizationField = z.infer<typeof PersonalizationFieldSchema>;

/** How many units may be ordered at once: at least `min`, at most `max`, in steps of `step`. */
export const QuantityRuleSchema = z.object({
  min: z.int().check(z.minimum(1)),
  max: z.optional(z.int().check(z.minimum(1))),
  step: z.int().check(z.minimum(1)),
});
/** How many units may be ordered at once: at least `min`, at most `max` (absent: no limit), in steps of `step`. */
export type QuantityRule = z.infer<typeof QuantityRuleSchema>;

/** One line of a product's specification table: a localized name and value (e.g. "Material": "Cotton"). */
export const SpecSchema = z.object({
  name: LocalizedTextSchema,
  value: LocalizedTextSchema,
});
/** One line of a product's specification table: a localized name and value (e.g. "Material": "Cotton"). */
export type Spec = z.infer<typeof SpecSchema>;

/** A product's stars and how many reviews they come from: the average in tenths of a star (0–50, `46` is 4.6 stars) and the count. */
export const RatingSummarySchema = z.object({
  /** Average rating in tenths of a star, 0–50 (`46` is 4.6 stars). */
  averageTenths: z.int().check(z.minimum(0), z.maximum(50)),
  count: z.int().check(z.minimum(0)),
});
/** A product's stars and how many reviews they come from: the average in tenths of a star (0–50, `46` is 4.6 stars) and the count. */
export type RatingSummary = z.infer<typeof RatingSummarySchema>;

/** A published review shown on a product page: author, rating of 1–5, localized text, dates (ISO 8601), photos and the merchant's reply. */
export const ReviewSchema = z.object({
  id: Id,
  author: z.string(),
  rating: z.int().check(z.minimum(1), z.maximum(5)),
  title: z.optional(LocalizedTextSchema),
  body: LocalizedTextSchema,
  /** ISO 8601 date-time. */
  createdAt: z.string(),
  /** ISO 8601 date-time of the last edit, when it was edited. */
  updatedAt: z.optional(z.string()),
  verifiedPurchase: z.optional(z.boolean()),
  /** The shopper's photos (shown as `<img src>` only). */
  photos: z.optional(z.array(z.object({ url: z.string().check(z.minLength(1)) }))),
  /** The merchant's reply, shown under the review (plain text). */
  reply: z.optional(z.object({ body: z.string(), repliedAt: z.string() })),
});
/** A published review shown on a product page: author, rating of 1–5, localized text, dates (ISO 8601), photos and the merchant's reply. */
export type Review = z.infer<typeof ReviewSchema>;

/** What every kind of product has: the fields of its detail page. */
const ProductBaseShape = {
  id: Id,
  title: LocalizedTextSchema,
  subtitle: z.optional(LocalizedTextSchema),
  /** Plain text (paragraphs separated by blank lines); never interpreted as HTML. */
  description: LocalizedTextSchema,
  categoryIds: z.array(Id),
  images: z.array(ImageSchema),
  specs: z.array(SpecSchema),
  /**
   * The product's published reviews (a backend fills them from its review records: `publishedReviews()`
   * of `@orderzone/core/orders`); its rating (stars and count) is computed from them by
   * `summarizeReviews()`, so the stars and the reviews under them always agree. A product has no
   * stored rating.
   */
  reviews: z.array(ReviewSchema),
  optionGroups: z.array(OptionGroupSchema),
  variants: z.array(VariantSchema).check(z.minLength(1)),
  personalization: z.array(PersonalizationFieldSchema),
  quantity: QuantityRuleSchema,
  tags: z.optional(z.array(z.string())),
  /** ISO 8601 date-time, used by the "newest" sort. */
  createdAt: z.string(),
};

/** Goods: shipped, with stock per variant. */
export const GoodsProductSchema = z.object({ ...ProductBaseShape, kind: z.literal('goods') });
export type GoodsProduct = z.infer<typeof GoodsProductSchema>;

/** A service booked by time slot; its variants are service options (e.g. "2 hours", "4 hours"). */
export const TimeSlotProductSchema = z.object({ ...ProductBaseShape, kind: z.literal('time_slot'), booking: TimeSlotBookingSchema });
/** A service booked by time slot; its variants are service options (e.g. "2 hours", "4 hours") and `booking` holds its schedule. */
export type TimeSlotProduct = z.infer<typeof TimeSlotProductSchema>;

/** A stay; each variant is a room type, priced per night by `booking.roomTypes`. */
export const StayProductSchema = z.object({ ...ProductBaseShape, kind: z.literal('stay'), booking: StayBookingSchema });
/** A stay; each variant is a room type, priced per night by `booking.roomTypes`. */
export type StayProduct = z.infer<typeof StayProductSchema>;

/** Seats for a session of a show; one variant ("ticket"), priced by the seat map's zones. */
export const SeatsProductSchema = z.object({ ...ProductBaseShape, kind: z.literal('seats'), booking: SeatsBookingSchema });
/** Seats for a session of a show; one variant ("ticket"), priced by the seat map's zones. */
export type SeatsProduct = z.infer<typeof SeatsProductSchema>;

/** A product as shown on its detail page: goods or one of the bookable kinds, told apart by `kind`. */
export const ProductSchema = z.discriminatedUnion('kind', [GoodsProductSchema, TimeSlotProductSchema, StayProductSchema, SeatsProductSchema]);
/** A product as shown on its detail page: goods or one of the bookable kinds, told apart by `kind`. */
export type Product = z.infer<typeof ProductSchema>;
/** A product that is booked rather than shipped. */
export type BookableProduct = TimeSlotProduct | StayProduct | SeatsProduct;

/** Stock as a shopper sees it on a card: plenty, few left, or sold out. */
export const StockLevelSchema = z.enum(['in_stock', 'low_stock', 'out_of_stock']);
/** Stock as a shopper sees it on a card: `in_stock`, `low_stock` or `out_of_stock`. */
export type StockLevel = z.infer<typeof StockLevelSchema>;

/** A product as shown in a grid or list: enough for a card, not the whole product. */
export const ProductSummarySchema = z.object({
  id: Id,
  /** Absent means `goods` (backends written before bookings). */
  kind: z.optional(ProductKindSchema),
  title: LocalizedTextSchema,
  subtitle: z.optional(LocalizedTextSchema),
  image: z.optional(ImageSchema),
  categoryIds: z.array(Id),
  /** The lowest variant price ("from ¥99"); for stays the lowest nightly price, for seats the cheapest seat. */
  price: MoneySchema,
  /** True when variants have different prices, so `price` is a "from" price. */
  priceVaries: z.boolean(),
  compareAtPrice: z.optional(MoneySchema),
  stockLevel: StockLevelSchema,
  /** `summarizeReviews(product.reviews)`: the same stars and count the product page shows. */
  rating: z.optional(RatingSummarySchema),
  /** True when the product has bulk price tiers. */
  hasBulkPricing: z.boolean(),
});
/** A product as shown in a grid or list: enough for a card (title, image, "from" price, stock level, rating), not the whole product. */
export type ProductSummary = z.infer<typeof ProductSummarySchema>;

/** The orders a catalog search can be sorted in: `relevance`, `price_asc`, `price_desc`, `rating` or `newest`. */
export const CatalogSortSchema = z.enum(['relevance', 'price_asc', 'price_desc', 'rating', 'newest']);
/** The orders a catalog search can be sorted in: `relevance`, `price_asc`, `price_desc`, `rating` or `newest`. */
export type CatalogSort = z.infer<typeof CatalogSortSchema>;

/** What the shopper is looking for: a category, words, filters, an order and a page. */
export const CatalogQuerySchema = z.object({
  categoryId: z.optional(Id),
  text: z.optional(z.string().check(z.maxLength(CATALOG_SEARCH_TEXT_MAX_LENGTH))),
  /** Inclusive price range in minor units of the catalog currency. */
  minPrice: z.optional(z.int().check(z.minimum(0))),
  maxPrice: z.optional(z.int().check(z.minimum(0))),
  /** Option group id → accepted option value ids (a product matches if a variant has any of them). */
  options: z.optional(z.record(z.string(), z.array(z.string()))),
  inStockOnly: z.optional(z.boolean()),
  sort: z.optional(CatalogSortSchema),
  /** 1-based page number. */
  page: z.optional(z.int().check(z.minimum(1))),
  pageSize: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
/** What the shopper is looking for: a category, words, a price range in minor units, option filters, an order and a 1-based page (at most 100 items a page). */
export type CatalogQuery = z.infer<typeof CatalogQuerySchema>;

/**
 * A filter the result set offers: an option group and how many products have each value. Groups of
 * one id whose values carry different units ("350 ml" and "10000 mAh") are separate facets with the
 * same `groupId`, each named with its unit. `products`: how many products of the result set have
 * the group (with the other groups' filters applied), so a group that only tells one product's
 * variants apart can be left out (see `offeredFacets`).
 */
export const OptionFacetSchema = z.object({
  groupId: z.string(),
  name: LocalizedTextSchema,
  products: z.optional(z.int().check(z.minimum(0))),
  values: z.array(z.object({ id: z.string(), label: LocalizedTextSchema, count: z.int().check(z.minimum(0)) })),
});
/** A filter the result set offers: an option group, how many products have it, and how many products have each of its values. */
export type OptionFacet = z.infer<typeof OptionFacetSchema>;

/** One page of search results with the filters the whole result set offers. */
export const ProductPageSchema = z.object({
  items: z.array(ProductSummarySchema),
  total: z.int().check(z.minimum(0)),
  page: z.int().check(z.minimum(1)),
  pageSize: z.int().check(z.minimum(1)),
  facets: z.object({
    options: z.array(OptionFacetSchema),
    /** Lowest and highest price in the result set, for a price-range filter; absent when empty. */
    priceRange: z.optional(z.object({ min: MoneySchema, max: MoneySchema })),
  }),
});
/** One page of search results: the product summaries, the total count, and the option facets and price range of the whole result set. */
export type ProductPage = z.infer<typeof ProductPageSchema>;
