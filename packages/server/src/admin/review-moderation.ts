/**
 * The merchant's reviews in the admin API: the list to moderate (by status, product and source,
 * newest change first, each with its earlier versions, a page at a time like the orders and the
 * outbox: `limit` and the opaque `cursor` of `page-cursor.ts`) and the moderation itself (publish, hide with a
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
import { pageSize } from './order-search.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';

/** The service calls the admin API's reviews make (any `OrderService` has them). */
export type ReviewCalls = Pick<OrderService, 'listReviews' | 'moderateReview'>;

const STATUSES: readonly ReviewStatus[] = ['pending', 'published', 'hidden'];

/** Where a review comes from: `orders`, written by a shopper on an order (not imported with the catalog). */
const SOURCES = ['orders'] as const;

/** A page of reviews and, when more follow, the cursor of the next page. */
export interface ReviewPage {
  reviews: ReviewRecord[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

/** Newest change first; the same change time by id, so a page boundary is exact. */
function newestChangeFirst(a: ReviewRecord, b: ReviewRecord): number {
  const at = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  return at !== 0 ? at : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * `GET /reviews?status=&productId=&source=&limit=&cursor=`: newest change first, `limit` per page
 * (default 20, at most 100), from after `cursor` (the `nextCursor` of the page before; a review
 * changed meanwhile moves to the front and never shifts a page). `source=orders`: only reviews
 * shoppers wrote on their orders. `validation` for an unknown status or source, a bad limit or cursor.
 */
export async function listReviewsForMerchant(service: ReviewCalls, query: Record<string, string>): Promise<ReviewPage> {
  const status = query.status || undefined;
  if (status !== undefined && !STATUSES.includes(status as ReviewStatus)) {
    throw new OrderZoneError('validation', `status must be one of ${STATUSES.join(', ')}.`, { fieldErrors: [{ field: 'status', code: 'invalid_choice' }] });
  }
  const source = query.source || undefined;
  if (source !== undefined && !(SOURCES as readonly string[]).includes(source)) {
    throw new OrderZoneError('validation', `source must be ${SOURCES.join(', ')}.`, { fieldErrors: [{ field: 'source', code: 'invalid_choice' }] });
  }
  const limit = pageSize(query.limit);
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const productId = query.productId || undefined;
  const listed = await service.listReviews({ ...(status ? { status: status as ReviewStatus } : {}), ...(productId ? { productId } : {}) });
  const ordered = listed.filter((review) => source === undefined || review.orderNumber !== undefined).sort(newestChangeFirst);
  const rest = after ? ordered.filter((review) => newestChangeFirst({ updatedAt: after[0], id: after[1] } as ReviewRecord, review) < 0) : ordered;
  const reviews = rest.slice(0, limit);
  const last = reviews.at(-1);
  return { reviews, ...(rest.length > limit && last ? { nextCursor: encodeCursor(last.updatedAt, last.id) } : {}) };
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
