/**
 * The review endpoints of the HTTP contract with their documentation: an order's reviews, writing
 * or editing the review of an order line. Assembled in `rest-contract.ts`.
 *
 * @module
 */
import { REVIEW_BODY_MAX_LENGTH, REVIEW_PHOTO_MAX_COUNT } from '../review/review-limits.ts';
import { ReviewDraftSchema } from '../review/review-schema.ts';
import { ORDER_ROUTES } from './order-routes.ts';
import { endpoint, orderNumberParameter } from './rest-endpoint.ts';

/** The review endpoints, keyed by the `BackendAdapter` method they serve. */
export const REVIEW_ENDPOINTS = {
  listOrderReviews: endpoint({
    ...ORDER_ROUTES.listOrderReviews,
    operationId: 'listOrderReviews',
    summary: 'List the reviews of an order’s items',
    description:
      'The reviews the shopper wrote for the lines of this order (at most one per line), with their status (`pending` until the merchant publishes it, `published`, or `hidden` with `hiddenReason`), ' +
      'the merchant’s `reply` and the earlier `versions` of each edited review. Lines without a review are absent.',
    pathParameters: orderNumberParameter,
    auth: 'order',
    errors: ['not_found', 'unauthorized'],
  }),
  writeReview: endpoint({
    ...ORDER_ROUTES.writeReview,
    operationId: 'writeReview',
    summary: 'Write or edit the review of an order line',
    description:
      `Rates one line of a \`completed\` (or \`fulfilled\`) order 1–5 with a text (plain text, at most ${REVIEW_BODY_MAX_LENGTH} characters, may be empty) and up to ${REVIEW_PHOTO_MAX_COUNT} photo ids ` +
      'uploaded with `POST /orders/{orderNumber}/return-photos` (the same upload and its rules), or ids of the review’s current photos to keep. One review per line and order: writing again edits it, ' +
      'the previous version is kept in `versions`, and the review is `pending` again until the merchant publishes it. ' +
      '`400 validation` on `rating` (`required`, `invalid`), `body` (`too_long`), `photos` (`too_many_photos`, `unknown_photo`), `lineIndex` (`unknown_line`); `409 conflict` (`details.reason` `not_reviewable`) before the order is completed.',
    pathParameters: [...orderNumberParameter, { name: 'lineIndex', description: 'The order line reviewed (0 for the first).' }],
    auth: 'order',
    body: ReviewDraftSchema,
    errors: ['validation', 'not_found', 'conflict', 'unauthorized'],
  }),
} as const;
