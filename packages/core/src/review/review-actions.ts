/**
 * A shopper's reviews of an order, as a storefront offers them: whether the order can be reviewed
 * with this backend, the reviews written so far, and writing one, checked by the core's rules before
 * it is sent (so a form shows the same field errors the backend would answer). Photos are uploaded
 * first with the order actions' `uploadReturnPhoto` (the same checks and limits as return photos).
 *
 * @module
 */
import type { BackendAdapter, RequestContext } from '../backend/backend-adapter.ts';
import { OrderZoneError } from '../errors.ts';
import type { Order } from '../order/order-schema.ts';
import type { OrderRef } from '../order/order-actions.ts';
import { reviewDraftProblems } from './review-draft.ts';
import { canReviewOrder } from './review-status.ts';
import type { ReviewDraft, ReviewRecord } from './review-schema.ts';

/** A shopper's review calls for one order (list, write or edit), through the zone's adapter. */
export interface ReviewActions {
  /** True when `order`'s lines can be reviewed now and the backend takes reviews. */
  available(order: Pick<Order, 'status'>): boolean;
  /** The reviews of the order's lines written so far. */
  list(ref: OrderRef, ctx?: RequestContext): Promise<ReviewRecord[]>;
  /** Writes or edits the review of line `lineIndex`; `validation` with field errors before sending when the draft breaks a rule. */
  write(ref: OrderRef, lineIndex: number, draft: ReviewDraft, ctx?: RequestContext): Promise<ReviewRecord>;
}

/** The review calls over `adapter`. */
export function createReviewActions(adapter: BackendAdapter): ReviewActions {
  const supported = (): boolean => typeof adapter.listOrderReviews === 'function' && typeof adapter.writeReview === 'function';
  const unsupported = (): OrderZoneError => new OrderZoneError('config', 'The backend adapter has no listOrderReviews()/writeReview(): this shop does not take reviews.');
  return {
    available: (order) => supported() && canReviewOrder(order),
    async list(ref, ctx) {
      if (!adapter.listOrderReviews) throw unsupported();
      return adapter.listOrderReviews(ref.orderNumber, ref.access, ctx);
    },
    async write(ref, lineIndex, draft, ctx) {
      if (!adapter.writeReview) throw unsupported();
      const problems = reviewDraftProblems(draft);
      if (problems.length > 0) throw new OrderZoneError('validation', 'The review is not complete.', { fieldErrors: problems });
      return adapter.writeReview(ref.orderNumber, ref.access, lineIndex, { rating: draft.rating, body: draft.body.trim(), photos: [...(draft.photos ?? [])] }, ctx);
    },
  };
}
