/**
 * The engine's review calls (issue 18): a shopper lists and writes the reviews of an order they may
 * open, with photos uploaded like return photos; the merchant lists and moderates. The rules are the
 * core's (`writeReview`, `moderateReview`), applied to the records by `reviews.ts`.
 *
 * @module
 */
import type { OrderAccess, ReviewRecord } from '@orderzone/core';
import { pendingPhotos, withPendingPhotos } from './after-sale-calls.ts';
import type { EngineCore } from './engine-core.ts';
import type { Caller } from './order-access.ts';
import { filterReviews, moderateStoredReview, reviewsOfOrder, writeOrderReview, type ReviewFilter } from './reviews.ts';

/** Shopper call: the reviews of an order's lines; access as for the order itself. */
export function listOrderReviews(core: EngineCore, orderNumber: string, access: OrderAccess, caller?: Caller): ReviewRecord[] {
  const order = core.requireOwnOrder(orderNumber, access, caller);
  return structuredClone(reviewsOfOrder(core.state().reviews ?? [], order.orderNumber));
}

/** Shopper call: writes or edits the review of line `lineIndex` of a completed order, using the order's uploaded photos. */
export function writeReview(core: EngineCore, orderNumber: string, access: OrderAccess, lineIndex: number, draft: unknown, caller?: Caller): ReviewRecord {
  const order = core.requireOwnOrder(orderNumber, access, caller);
  const state = core.state();
  const written = writeOrderReview(state.reviews ?? [], pendingPhotos(state, order.orderNumber), order, lineIndex, draft, core.now());
  core.store({ ...withPendingPhotos(state, order.orderNumber, written.pendingPhotos), reviews: written.reviews });
  return structuredClone(written.review);
}

/** Merchant call: reviews by status and product, newest change first. */
export function listReviews(core: EngineCore, filter?: ReviewFilter): ReviewRecord[] {
  return structuredClone(filterReviews(core.state().reviews ?? [], filter));
}

/** Merchant call: publish, hide with a reason, or reply. `not_found` for an unknown id. */
export function moderateReview(core: EngineCore, reviewId: string, moderation: unknown): ReviewRecord {
  const moderated = moderateStoredReview(core.state().reviews ?? [], reviewId, moderation, core.now());
  core.store({ ...core.state(), reviews: moderated.reviews });
  return structuredClone(moderated.review);
}
