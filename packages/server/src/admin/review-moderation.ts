/**
 * The merchant's reviews in the admin API: the list to moderate (by status and product, newest
 * change first, each with its earlier versions) and the moderation itself (publish, hide with a
 * reason, reply), through the order service, so the rules are the core's (`review-rules.ts`). Every
 * moderation is audit-logged with the status and reply before and after (never the review's text:
 * the review record keeps it, and it is the shopper's).
 *
 * @module
 */
import { OrderZoneError, type ReviewRecord, type ReviewStatus } from '@orderzone/core';
import type { OrderService } from '@orderzone/embedded-backend';
import type { Db } from '../db/database.ts';
import { writeAudit } from './audit-log.ts';

/** The service calls the admin API's reviews make (any `OrderService` has them). */
export type ReviewCalls = Pick<OrderService, 'listReviews' | 'moderateReview'>;

const STATUSES: readonly ReviewStatus[] = ['pending', 'published', 'hidden'];

/** `GET /reviews?status=&productId=`: `validation` for an unknown status. */
export async function listReviewsForMerchant(service: ReviewCalls, query: Record<string, string>): Promise<{ reviews: ReviewRecord[] }> {
  const status = query.status || undefined;
  if (status !== undefined && !STATUSES.includes(status as ReviewStatus)) {
    throw new OrderZoneError('validation', `status must be one of ${STATUSES.join(', ')}.`, { fieldErrors: [{ field: 'status', code: 'invalid_choice' }] });
  }
  const productId = query.productId || undefined;
  return { reviews: await service.listReviews({ ...(status ? { status: status as ReviewStatus } : {}), ...(productId ? { productId } : {}) }) };
}

/** `POST /reviews/:reviewId/moderation` with a `ReviewModeration` body; audit-logged as `review.<action>`. */
export async function moderateReviewAsMerchant(db: Db, service: ReviewCalls, actor: string, reviewId: string, body: Record<string, unknown>): Promise<ReviewRecord> {
  const before = (await service.listReviews()).find((review) => review.id === reviewId);
  const after = await service.moderateReview(reviewId, body);
  await writeAudit(db, {
    actor,
    action: `review.${String(body.action)}`,
    ...(after.orderNumber ? { orderNumber: after.orderNumber } : {}),
    details: {
      reviewId,
      before: { status: before?.status ?? null, hiddenReason: before?.hiddenReason ?? null, reply: before?.reply?.body ?? null },
      after: { status: after.status, hiddenReason: after.hiddenReason ?? null, reply: after.reply?.body ?? null },
    },
  });
  return after;
}
