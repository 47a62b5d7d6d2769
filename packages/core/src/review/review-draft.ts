/**
 * What a review must hold, checked the same way by a storefront's form (before sending) and by every
 * backend: its own module, so that a form carries none of the backends' review rules.
 *
 * @module
 */
import { OrderZoneError, type FieldError } from '../errors.ts';
import { textLength } from '../order/text-length.ts';
import { REVIEW_BODY_MAX_LENGTH, REVIEW_PHOTO_MAX_COUNT } from './review-limits.ts';
import type { ReviewDraft } from './review-schema.ts';

/**
 * The problems of a draft as field errors (empty when it is fine): `rating` (`required`,
 * `invalid`), `body` (`too_long` with `{ max }`, counted in code points after trimming: `textLength`), `photos` (`too_many_photos` with `{ max }`).
 */
export function reviewDraftProblems(draft: unknown): FieldError[] {
  const value = (draft ?? {}) as Partial<Record<keyof ReviewDraft, unknown>>;
  const problems: FieldError[] = [];
  if (value.rating === undefined || value.rating === null) problems.push({ field: 'rating', code: 'required' });
  else if (!Number.isInteger(value.rating) || (value.rating as number) < 1 || (value.rating as number) > 5) problems.push({ field: 'rating', code: 'invalid' });
  if (value.body !== undefined && typeof value.body !== 'string') problems.push({ field: 'body', code: 'invalid' });
  else if (typeof value.body === 'string' && textLength(value.body.trim()) > REVIEW_BODY_MAX_LENGTH) problems.push({ field: 'body', code: 'too_long', params: { max: REVIEW_BODY_MAX_LENGTH } });
  if (value.photos !== undefined && (!Array.isArray(value.photos) || value.photos.some((id) => typeof id !== 'string'))) problems.push({ field: 'photos', code: 'invalid' });
  else if (Array.isArray(value.photos) && new Set(value.photos).size > REVIEW_PHOTO_MAX_COUNT) {
    problems.push({ field: 'photos', code: 'too_many_photos', params: { max: REVIEW_PHOTO_MAX_COUNT } });
  }
  return problems;
}

/** The draft checked (see {@link reviewDraftProblems}), its text trimmed; throws `validation` with the field errors. */
export function checkReviewDraft(draft: unknown): ReviewDraft & { photos: string[] } {
  const problems = reviewDraftProblems(draft);
  if (problems.length > 0) throw new OrderZoneError('validation', `The review is not valid: ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}.`, { fieldErrors: problems });
  const value = draft as ReviewDraft;
  return { rating: value.rating, body: (value.body ?? '').trim(), photos: [...new Set(value.photos ?? [])] };
}

