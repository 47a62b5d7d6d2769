/**
 * Reviews written by shoppers, as the contract carries them: what a shopper sends
 * ({@link ReviewDraftSchema}), a review as its writer and the merchant see it ({@link ReviewRecordSchema},
 * with its earlier versions, its status and the merchant's reply), and a merchant's moderation
 * ({@link ReviewModerationSchema}). What a product page shows of a published review is the catalog's
 * `Review` (`catalog-schema.ts`), made by `publishedReviews()` (`review-rules.ts`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema } from '../catalog/primitive-schemas.ts';
import { limitedText } from '../order/limited-text.ts';
import { UploadedPhotoSchema } from '../order/order-schema.ts';
import { REVIEW_BODY_MAX_LENGTH, REVIEW_HIDE_REASON_MAX_LENGTH, REVIEW_REPLY_MAX_LENGTH } from './review-limits.ts';

/**
 * Where a review stands: `pending` (written or edited, not yet seen by the merchant: shown to its
 * writer only), `published` (shown on the product page and counted in its rating), `hidden` (taken
 * down by the merchant, with a reason the writer sees).
 */
export const ReviewStatusSchema = z.enum(['pending', 'published', 'hidden']);
/** Where a review stands: `pending` until the merchant publishes it, `published`, or `hidden` with a reason. */
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

/** `PUT /orders/{orderNumber}/reviews/{lineIndex}`: a review of one order line, new or edited. */
export const ReviewDraftSchema = z.object({
  /** Stars, 1–5. */
  rating: z.int().check(z.minimum(1), z.maximum(5)),
  /** What the shopper wrote: plain text, never HTML; may be empty (stars only). */
  body: limitedText(REVIEW_BODY_MAX_LENGTH),
  /** Ids of photos uploaded for this order (`POST /orders/{orderNumber}/return-photos`), or of the review's current photos to keep. */
  photos: z.optional(z.array(z.string())),
});
/** What a shopper writes for one order line: a rating of 1–5, plain text and photo ids. */
export type ReviewDraft = z.infer<typeof ReviewDraftSchema>;

/** A photo of a review, as shown: the uploaded photo as stored. */
export const ReviewPhotoSchema = UploadedPhotoSchema;

/** One earlier version of a review, kept when it was edited. */
export const ReviewVersionSchema = z.object({
  rating: z.int().check(z.minimum(1), z.maximum(5)),
  body: LocalizedTextSchema,
  photos: z.array(ReviewPhotoSchema),
  /** When this version was written (ISO 8601). */
  writtenAt: z.string(),
});
/** An earlier version of an edited review, kept with the review. */
export type ReviewVersion = z.infer<typeof ReviewVersionSchema>;

/** The merchant's reply, shown under the review. */
export const ReviewReplySchema = z.object({
  body: limitedText(REVIEW_REPLY_MAX_LENGTH, true),
  /** ISO 8601 date-time. */
  repliedAt: z.string(),
});
/** The merchant's reply, shown under the review. */
export type ReviewReply = z.infer<typeof ReviewReplySchema>;

/** A review with everything its writer and the merchant see. */
export const ReviewRecordSchema = z.object({
  id: IdSchema,
  productId: IdSchema,
  /** The order and line it reviews; absent for a review imported with the catalog. */
  orderNumber: z.optional(z.string()),
  lineIndex: z.optional(z.int().check(z.minimum(0))),
  /** The name shown with it: the shopper's given name, or the imported author. */
  author: z.string(),
  rating: z.int().check(z.minimum(1), z.maximum(5)),
  title: z.optional(LocalizedTextSchema),
  /** Plain text, never HTML. */
  body: LocalizedTextSchema,
  photos: z.array(ReviewPhotoSchema),
  status: ReviewStatusSchema,
  /** Why the merchant hid it (status `hidden`). */
  hiddenReason: z.optional(z.string()),
  reply: z.optional(ReviewReplySchema),
  /** The earlier versions, oldest first (empty when never edited). */
  versions: z.array(ReviewVersionSchema),
  /** ISO 8601: first written, and last written (the current version). */
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Written by the buyer of an order (every shopper's review is). */
  verifiedPurchase: z.boolean(),
});
/** A review as the backend keeps it: the order line it rates, its status, versions and reply. */
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;

/** `GET /orders/{orderNumber}/reviews`: the reviews of an order's lines. */
export const OrderReviewListSchema = z.object({ reviews: z.array(ReviewRecordSchema) });
/** The reviews of one order (`GET /orders/{orderNumber}/reviews`), at most one per line. */
export type OrderReviewList = z.infer<typeof OrderReviewListSchema>;

/** What a merchant does with a review. */
export const ReviewModerationSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('publish') }),
  z.object({ action: z.literal('hide'), reason: limitedText(REVIEW_HIDE_REASON_MAX_LENGTH, true) }),
  z.object({ action: z.literal('reply'), body: limitedText(REVIEW_REPLY_MAX_LENGTH, true) }),
]);
/** A merchant's decision on a review: publish, hide with a reason, or reply. */
export type ReviewModeration = z.infer<typeof ReviewModerationSchema>;
