/**
 * Limits of reviews, kept apart from the zod schemas so that a form can check them without loading
 * the schemas. A review's photos follow the rules of return photos (`return-photo-limits.ts`).
 *
 * @module
 */
import { RETURN_PHOTO_MAX_COUNT } from '../order/return-photo-limits.ts';

/** Longest review text, in characters: code points after trimming, counted by `textLength` as every text limit is. */
export const REVIEW_BODY_MAX_LENGTH = 2000;
/** Longest merchant reply, in characters (code points). */
export const REVIEW_REPLY_MAX_LENGTH = 1000;
/** Longest reason for hiding a review, in characters (code points). */
export const REVIEW_HIDE_REASON_MAX_LENGTH = 500;
/** At most this many photos per review: the same as a return request. */
export const REVIEW_PHOTO_MAX_COUNT = RETURN_PHOTO_MAX_COUNT;
