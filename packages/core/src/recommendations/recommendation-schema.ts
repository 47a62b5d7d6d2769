/**
 * The wire model of recommendations: what a storefront asks (`RecommendationRequest`: the kind, the
 * context of product, cart and browsing, a limit) and what a backend answers (`RecommendationList`:
 * product summaries, each with why it is recommended).
 *
 * @module
 */
import * as z from 'zod/mini';
import { ProductSummarySchema } from '../catalog/catalog-schema.ts';
import { IdSchema, LocalizedTextSchema } from '../catalog/primitive-schemas.ts';
import { RECOMMENDATION_LIMIT_MAX, VIEWED_PRODUCTS_MAX } from './recommendation-limits.ts';

/**
 * The kinds a shopper knows: `related` (like this product), `bought_together` (bought in the same
 * orders as this product or the cart), `recently_viewed` (what this shopper looked at), `for_you`
 * (from this shopper's browsing and purchases).
 */
export const RecommendationKindSchema = z.enum(['related', 'bought_together', 'recently_viewed', 'for_you']);
/** The kinds of recommendation a shopper knows: related, bought together, recently viewed, for you. */
export type RecommendationKind = z.infer<typeof RecommendationKindSchema>;

/**
 * `POST /recommendations`: the context. The shopper is the signed-in session (`Authorization:
 * Bearer`) when there is one; browsing history travels here, from the device, and is not kept.
 */
export const RecommendationRequestSchema = z.object({
  kind: RecommendationKindSchema,
  /** The product the shopper is looking at (for `related`, `bought_together`). */
  productId: z.optional(IdSchema),
  /** Products in the cart: never recommended; `bought_together` without `productId` starts from them. */
  cartProductIds: z.optional(z.array(IdSchema).check(z.maxLength(100))),
  /** Products the shopper viewed on this device, newest first. */
  viewedProductIds: z.optional(z.array(IdSchema).check(z.maxLength(VIEWED_PRODUCTS_MAX))),
  /** How many to answer at most, 1–24. Default 8. */
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(RECOMMENDATION_LIMIT_MAX))),
});
/** The context of a recommendation request (`POST /recommendations`): kind, product, cart, viewed products, limit. */
export type RecommendationRequest = z.infer<typeof RecommendationRequestSchema>;

/**
 * Why a product is recommended: `similar` (like `subject`), `bought_together` (bought with
 * `subject`), `viewed` (because you viewed `subject`), `purchased` (because you bought `subject`),
 * `recently_viewed`, `best_seller` (a best seller, in the category `subject` when given).
 */
export const RecommendationReasonCodeSchema = z.enum(['similar', 'bought_together', 'viewed', 'purchased', 'recently_viewed', 'best_seller']);
/** Why a product is recommended, as a code the storefront words in the shopper's language. */
export type RecommendationReasonCode = z.infer<typeof RecommendationReasonCodeSchema>;

/** Why a product is recommended: a reason code and the product or category it refers to. */
export const RecommendationReasonSchema = z.object({
  code: RecommendationReasonCodeSchema,
  /** The product or category the reason names. */
  subject: z.optional(z.object({ id: IdSchema, name: LocalizedTextSchema })),
});
/** Why a product is recommended: a reason code and the product or category it refers to. */
export type RecommendationReason = z.infer<typeof RecommendationReasonSchema>;

/** One recommended product: its card summary and why it is recommended. */
export const RecommendationSchema = z.object({
  product: ProductSummarySchema,
  reason: RecommendationReasonSchema,
});
/** One recommended product: its card summary and why it is recommended. */
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** The answer: in stock, none in the cart, best first. */
export const RecommendationListSchema = z.object({
  kind: RecommendationKindSchema,
  items: z.array(RecommendationSchema),
});
/** The products recommended in a context, best first. */
export type RecommendationList = z.infer<typeof RecommendationListSchema>;
