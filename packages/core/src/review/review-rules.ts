/**
 * The rules of shoppers' reviews, written once for every backend (the embedded engine and
 * `@orderzone/server` run them): which lines of an order can be reviewed, what a review must hold,
 * how an edit keeps the earlier version, what a merchant may do, and which reviews a product page
 * shows (only the published ones: the rating on cards and product pages is computed from exactly
 * those, by `summarizeReviews()`).
 *
 * @module
 */
import type { Review } from '../catalog/catalog-schema.ts';
import { OrderZoneError } from '../errors.ts';
import { textLength } from '../order/text-length.ts';
import type { Order, UploadedPhoto } from '../order/order-schema.ts';
import { canReviewOrder } from './review-status.ts';
import { REVIEW_HIDE_REASON_MAX_LENGTH, REVIEW_REPLY_MAX_LENGTH } from './review-limits.ts';
import { checkReviewDraft } from './review-draft.ts';
import type { ReviewModeration, ReviewRecord } from './review-schema.ts';


/** The id of the review of one order line: one review per line and order. */
export function reviewIdOf(orderNumber: string, lineIndex: number): string {
  return `${orderNumber}-R${lineIndex + 1}`;
}

/** The name shown with a shopper's review: the first character of the name at checkout, then `**` (`韩梅梅` → `韩**`). */
export function reviewAuthorName(contactName: string): string {
  const first = [...contactName.trim()][0];
  return first ? `${first}**` : '**';
}

/** What {@link writeReview} needs besides the draft. */
export interface ReviewWriting {
  order: Order;
  lineIndex: number;
  /** The line's review so far, if any. */
  existing: ReviewRecord | undefined;
  /** The photos the draft's ids may name: the order's uploaded photos not used yet, and the review's own. */
  photos: readonly UploadedPhoto[];
  now: Date;
}

/**
 * The review of one order line after the shopper wrote or edited it: checked against the order
 * (`conflict` when its status does not allow reviews, `validation` `lineIndex` `unknown_line`,
 * `photos` `unknown_photo`), with the previous version kept in `versions` and the status back to
 * `pending` (the merchant sees every edit before it is shown). The merchant's reply stays.
 */
export function writeReview(draft: unknown, writing: ReviewWriting): ReviewRecord {
  const { order, lineIndex, existing, now } = writing;
  if (!canReviewOrder(order)) {
    throw new OrderZoneError('conflict', `Order ${order.orderNumber} is ${order.status}: its items can be reviewed once it is completed.`, { details: { reason: 'not_reviewable', status: order.status } });
  }
  const line = Number.isInteger(lineIndex) ? order.lines[lineIndex] : undefined;
  if (!line) throw new OrderZoneError('validation', `Order ${order.orderNumber} has no line ${lineIndex}.`, { fieldErrors: [{ field: 'lineIndex', code: 'unknown_line' }] });
  const checked = checkReviewDraft(draft);
  const byId = new Map(writing.photos.map((photo) => [photo.id, photo]));
  const unknown = checked.photos.find((id) => !byId.has(id));
  if (unknown !== undefined) throw new OrderZoneError('validation', `There is no uploaded photo ${unknown} for order ${order.orderNumber}.`, { fieldErrors: [{ field: 'photos', code: 'unknown_photo' }] });
  const at = now.toISOString();
  const current = { rating: checked.rating, body: checked.body, photos: checked.photos.map((id) => byId.get(id)!) };
  if (!existing) {
    return {
      id: reviewIdOf(order.orderNumber, lineIndex),
      productId: line.productId,
      orderNumber: order.orderNumber,
      lineIndex,
      author: reviewAuthorName(order.contact.name),
      ...current,
      status: 'pending',
      versions: [],
      createdAt: at,
      updatedAt: at,
      verifiedPurchase: true,
    };
  }
  const { hiddenReason: _hidden, ...kept } = existing;
  return {
    ...kept,
    ...current,
    status: 'pending',
    versions: [...existing.versions, { rating: existing.rating, body: existing.body, photos: existing.photos, writtenAt: existing.updatedAt }],
    updatedAt: at,
  };
}

/**
 * The review after a merchant's moderation: `publish` (shown and counted), `hide` with a reason
 * (1–500 characters; `validation` field `reason`), `reply` (1–1000 characters, field `body`; a new
 * reply replaces the old one). Throws `validation` for an unknown action.
 */
export function moderateReview(review: ReviewRecord, moderation: unknown, now: Date): ReviewRecord {
  const value = (moderation ?? {}) as Partial<Record<string, unknown>>;
  const textOf = (field: string, max: number): string => {
    const text = typeof value[field] === 'string' ? (value[field] as string).trim() : '';
    if (text === '') throw new OrderZoneError('validation', `A review's ${field} is required.`, { fieldErrors: [{ field, code: 'required' }] });
    if (textLength(text) > max) throw new OrderZoneError('validation', `A review's ${field} can be at most ${max} characters.`, { fieldErrors: [{ field, code: 'too_long', params: { max } }] });
    return text;
  };
  const action = value.action as ReviewModeration['action'] | undefined;
  switch (action) {
    case 'publish': {
      const { hiddenReason: _hidden, ...rest } = review;
      return { ...rest, status: 'published' };
    }
    case 'hide':
      return { ...review, status: 'hidden', hiddenReason: textOf('reason', REVIEW_HIDE_REASON_MAX_LENGTH) };
    case 'reply':
      return { ...review, reply: { body: textOf('body', REVIEW_REPLY_MAX_LENGTH), repliedAt: now.toISOString() } };
    default:
      throw new OrderZoneError('validation', `There is no review action "${String(action)}": publish, hide or reply.`, { fieldErrors: [{ field: 'action', code: 'invalid_choice' }] });
  }
}

/** A published review as a product page shows it (no order, no history, no moderation notes). */
export function toPublicReview(review: ReviewRecord): Review {
  return {
    id: review.id,
    author: review.author,
    rating: review.rating,
    ...(review.title !== undefined ? { title: review.title } : {}),
    body: review.body,
    createdAt: review.createdAt,
    ...(review.updatedAt !== review.createdAt ? { updatedAt: review.updatedAt } : {}),
    verifiedPurchase: review.verifiedPurchase,
    ...(review.photos.length > 0 ? { photos: review.photos.map((photo) => ({ url: photo.url })) } : {}),
    ...(review.reply ? { reply: review.reply } : {}),
  };
}

/** The published reviews of `productId` as its page shows them, newest first: the reviews its rating is computed from. */
export function publishedReviews(reviews: readonly ReviewRecord[], productId: string): Review[] {
  return reviews
    .filter((review) => review.productId === productId && review.status === 'published')
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? -1 : 1))
    .map(toPublicReview);
}
