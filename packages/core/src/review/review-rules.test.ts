import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OrderZoneError } from '../errors.ts';
import { sampleOrder } from '../testing/sample-order.ts';
import { summarizeReviews } from '../catalog/review-summary.ts';
import { canReviewOrder } from './review-status.ts';
import { moderateReview, publishedReviews, reviewAuthorName, writeReview } from './review-rules.ts';
import { reviewDraftProblems } from './review-draft.ts';
import { ReviewDraftSchema, ReviewModerationSchema, ReviewRecordSchema } from './review-schema.ts';

const NOW = new Date('2026-01-02T03:04:05Z');
const thrown = (fn: () => unknown): OrderZoneError => {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof OrderZoneError);
    return error;
  }
  assert.fail('expected an OrderZoneError');
};

describe('review rules', () => {
  const order = sampleOrder({ status: 'completed' });

  it('allows reviews of completed and fulfilled orders only', () => {
    assert.equal(canReviewOrder({ status: 'completed' }), true);
    assert.equal(canReviewOrder({ status: 'fulfilled' }), true);
    assert.equal(canReviewOrder({ status: 'shipped' }), false);
    const error = thrown(() => writeReview({ rating: 5, body: '' }, { order: sampleOrder({ status: 'paid' }), lineIndex: 0, existing: undefined, photos: [], now: NOW }));
    assert.equal(error.code, 'conflict');
    assert.equal(error.details.reason, 'not_reviewable');
  });

  it('says what is wrong with a draft, field by field', () => {
    assert.deepEqual(reviewDraftProblems({ body: 'x' }), [{ field: 'rating', code: 'required' }]);
    assert.deepEqual(reviewDraftProblems({ rating: 0, body: 'x'.repeat(2001), photos: ['a', 'b', 'c', 'd', 'e'] }), [
      { field: 'rating', code: 'invalid' },
      { field: 'body', code: 'too_long', params: { max: 2000 } },
      { field: 'photos', code: 'too_many_photos', params: { max: 4 } },
    ]);
    assert.deepEqual(reviewDraftProblems({ rating: 3, body: '' }), []);
  });

  it('counts a review, a reply and a reason in characters (code points), as every text limit is, in the checks and the contract', () => {
    // 2,000 emoji and rare CJK characters are 4,000 UTF-16 units: within the limit all the same.
    const full = '😀𠀀'.repeat(1000);
    assert.deepEqual(reviewDraftProblems({ rating: 5, body: full }), []);
    assert.deepEqual(reviewDraftProblems({ rating: 5, body: `${full}a` }), [{ field: 'body', code: 'too_long', params: { max: 2000 } }]);
    assert.equal(writeReview({ rating: 5, body: full }, { order, lineIndex: 0, existing: undefined, photos: [], now: NOW }).body, full);
    assert.equal(ReviewDraftSchema.safeParse({ rating: 5, body: full }).success, true);
    assert.equal(ReviewDraftSchema.safeParse({ rating: 5, body: `${full}a` }).success, false);
    const written = writeReview({ rating: 5, body: 'ok' }, { order, lineIndex: 0, existing: undefined, photos: [], now: NOW });
    const reply = '𠀀'.repeat(1000);
    assert.equal(moderateReview(written, { action: 'reply', body: reply }, NOW).reply?.body, reply);
    assert.equal(ReviewModerationSchema.safeParse({ action: 'reply', body: reply }).success, true);
    assert.deepEqual(thrown(() => moderateReview(written, { action: 'reply', body: `${reply}a` }, NOW)).fieldErrors, [{ field: 'body', code: 'too_long', params: { max: 1000 } }]);
    assert.equal(moderateReview(written, { action: 'hide', reason: '😀'.repeat(500) }, NOW).hiddenReason, '😀'.repeat(500));
  });

  it('writes a pending review, then keeps the previous version on an edit (the reply stays)', () => {
    const first = writeReview({ rating: 4, body: ' <script>x</script> ' }, { order, lineIndex: 0, existing: undefined, photos: [], now: NOW });
    assert.equal(first.status, 'pending');
    assert.equal(first.body, '<script>x</script>', 'text is kept as text, trimmed');
    assert.equal(first.author, reviewAuthorName(order.contact.name));
    assert.equal(ReviewRecordSchema.safeParse(first).success, true);
    const published = moderateReview(moderateReview(first, { action: 'publish' }, NOW), { action: 'reply', body: 'Thanks!' }, NOW);
    const later = new Date(NOW.getTime() + 60_000);
    const edited = writeReview({ rating: 2, body: 'Worse after a week' }, { order, lineIndex: 0, existing: published, photos: [], now: later });
    assert.equal(edited.status, 'pending');
    assert.equal(edited.reply?.body, 'Thanks!');
    assert.deepEqual(edited.versions, [{ rating: 4, body: '<script>x</script>', photos: [], writtenAt: NOW.toISOString() }]);
    assert.equal(edited.createdAt, NOW.toISOString());
    assert.equal(edited.updatedAt, later.toISOString());
  });

  it('counts only published reviews in the rating a product page shows', () => {
    const base = writeReview({ rating: 5, body: 'a' }, { order, lineIndex: 0, existing: undefined, photos: [], now: NOW });
    const a = moderateReview(base, { action: 'publish' }, NOW);
    const b = { ...a, id: 'b', rating: 1, status: 'hidden' as const, hiddenReason: 'spam' };
    const c = { ...a, id: 'c', rating: 3, status: 'pending' as const };
    const shown = publishedReviews([a, b, c], a.productId);
    assert.deepEqual(shown.map((r) => r.id), [a.id]);
    assert.deepEqual(summarizeReviews(shown), { averageTenths: 50, count: 1 });
    assert.equal(thrown(() => moderateReview(a, { action: 'delete' }, NOW)).fieldErrors[0]?.field, 'action');
    assert.deepEqual(thrown(() => moderateReview(a, { action: 'reply', body: '' }, NOW)).fieldErrors, [{ field: 'body', code: 'required' }]);
  });
});
