/**
 * A product's rating, computed from its reviews: the one computation a card, a product page and a
 * backend's "top rated" sort share, so "4.5 (1380)" never sits above "No reviews yet".
 *
 * @module
 */
import type { RatingSummary, Review } from './catalog-schema.ts';

/**
 * The average rating (in tenths of a star, rounded half up: 4.65 → 47) and the number of `reviews`;
 * `undefined` when there are none (a product with no reviews shows no stars).
 */
export function summarizeReviews(reviews: readonly Pick<Review, 'rating'>[]): RatingSummary | undefined {
  const count = reviews.length;
  if (count === 0) return undefined;
  const stars = reviews.reduce((sum, review) => sum + review.rating, 0);
  // Integer arithmetic: round(stars * 10 / count), half up.
  return { averageTenths: Math.floor((stars * 20 + count) / (2 * count)), count };
}
