import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarizeReviews } from './review-summary.ts';

const stars = (...ratings: number[]) => ratings.map((rating) => ({ rating }));

describe('summarizeReviews', () => {
  test('averages the reviews given, in tenths of a star, and counts them', () => {
    assert.deepEqual(summarizeReviews(stars(5, 4, 4)), { averageTenths: 43, count: 3 });
    assert.deepEqual(summarizeReviews(stars(5)), { averageTenths: 50, count: 1 });
  });

  test('rounds half up, with no floating point drift', () => {
    // 4.65 → 4.7; 4.64… → 4.6
    assert.deepEqual(summarizeReviews([...stars(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5), ...stars(4, 4, 4, 4, 4, 4, 4)]), { averageTenths: 47, count: 20 });
    assert.equal(summarizeReviews(stars(5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4))!.averageTenths, 46);
    assert.equal(summarizeReviews(stars(1, 2))!.averageTenths, 15);
  });

  test('no reviews, no rating: nothing to show stars for', () => {
    assert.equal(summarizeReviews([]), undefined);
  });
});
