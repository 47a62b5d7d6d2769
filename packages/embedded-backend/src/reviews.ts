/**
 * Shoppers' reviews in the engine: written from an order the shopper may open, moderated by the
 * merchant, and the published ones filling each product's `reviews` (its rating is computed from
 * them). The rules are the core's (`review-rules.ts` of `@orderzone/core/orders`); this module keeps
 * the records in the engine state (`EngineState.reviews`) and uses the order's uploaded photos (the
 * return-photo upload and its checks).
 *
 * @module
 */
import { OrderZoneError, summarizeReviews } from '@orderzone/core';
import { moderateReview as moderatedReview, reviewIdOf, writeReview as writtenReview } from '@orderzone/core/orders';
import type { Order, RatingSummary, Review, ReviewRecord, ReviewStatus, UploadedPhoto } from '@orderzone/core';

/** Which reviews the merchant lists. */
export interface ReviewFilter {
  status?: ReviewStatus;
  productId?: string;
}

/** Seed products as the engine keeps them (no reviews inside), and their reviews as published records. */
export function reviewRecordsOfCatalog<P extends { id: string; reviews: readonly Review[] }>(products: readonly P[]): { products: P[]; reviews: ReviewRecord[] } {
  const reviews: ReviewRecord[] = [];
  const stripped = products.map((product) => {
    for (const review of product.reviews) {
      reviews.push({
        id: review.id,
        productId: product.id,
        author: review.author,
        rating: review.rating,
        ...(review.title !== undefined ? { title: review.title } : {}),
        body: review.body,
        photos: [],
        status: 'published',
        versions: [],
        createdAt: review.createdAt,
        updatedAt: review.createdAt,
        verifiedPurchase: review.verifiedPurchase ?? false,
      });
    }
    return { ...product, reviews: [] };
  });
  return { products: stripped, reviews };
}

/** The reviews of one order, by line. */
export function reviewsOfOrder(reviews: readonly ReviewRecord[], orderNumber: string): ReviewRecord[] {
  return reviews.filter((review) => review.orderNumber === orderNumber).sort((a, b) => (a.lineIndex ?? 0) - (b.lineIndex ?? 0));
}

/** What writing a review changes: the reviews, and the order's photos still waiting for a return request. */
export interface WrittenReview {
  review: ReviewRecord;
  reviews: ReviewRecord[];
  pendingPhotos: UploadedPhoto[];
}

/**
 * The review of `order`'s line `lineIndex` written from `draft` (see the core's `writeReview`): its
 * photos are taken from the order's uploaded photos (which then leave the pending list) or kept from
 * the review.
 */
export function writeOrderReview(reviews: readonly ReviewRecord[], pending: readonly UploadedPhoto[], order: Order, lineIndex: unknown, draft: unknown, now: Date): WrittenReview {
  const index = typeof lineIndex === 'number' ? lineIndex : typeof lineIndex === 'string' && /^\d+$/.test(lineIndex) ? Number(lineIndex) : Number.NaN;
  const id = Number.isInteger(index) ? reviewIdOf(order.orderNumber, index) : '';
  const existing = reviews.find((review) => review.id === id);
  const review = writtenReview(draft, { order, lineIndex: index, existing, photos: [...pending, ...(existing?.photos ?? [])], now });
  const used = new Set(review.photos.map((photo) => photo.id));
  return {
    review,
    reviews: existing ? reviews.map((r) => (r.id === id ? review : r)) : [...reviews, review],
    pendingPhotos: pending.filter((photo) => !used.has(photo.id)),
  };
}

/** The reviews after the merchant's `moderation` of review `reviewId` (`not_found` for an unknown id). */
export function moderateStoredReview(reviews: readonly ReviewRecord[], reviewId: string, moderation: unknown, now: Date): { review: ReviewRecord; reviews: ReviewRecord[] } {
  const existing = reviews.find((review) => review.id === reviewId);
  if (!existing) throw new OrderZoneError('not_found', `There is no review "${String(reviewId)}".`);
  const review = moderatedReview(existing, moderation, now);
  return { review, reviews: reviews.map((r) => (r.id === reviewId ? review : r)) };
}

/** The reviews a merchant asked for, newest change first. */
export function filterReviews(reviews: readonly ReviewRecord[], filter: ReviewFilter = {}): ReviewRecord[] {
  return reviews
    .filter((review) => (filter.status === undefined || review.status === filter.status) && (filter.productId === undefined || review.productId === filter.productId))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** Each product's rating from its published reviews (products without any are absent). */
export function ratingsOf(reviews: readonly ReviewRecord[]): Map<string, RatingSummary> {
  const byProduct = new Map<string, ReviewRecord[]>();
  for (const review of reviews) if (review.status === 'published') byProduct.set(review.productId, [...(byProduct.get(review.productId) ?? []), review]);
  const ratings = new Map<string, RatingSummary>();
  for (const [productId, list] of byProduct) ratings.set(productId, summarizeReviews(list)!);
  return ratings;
}
