/**
 * The endpoints of requests for quote (business buying) with their documentation: the signed-in
 * buyer's requests, accepting and declining a quote. Assembled in `rest-contract.ts`.
 *
 * @module
 */
import { RfqDraftSchema } from '../business/rfq-schema.ts';
import { endpoint } from './rest-endpoint.ts';
import { RFQ_ROUTES } from './rfq-routes.ts';

/** The endpoints of requests for quote, keyed by the `BackendAdapter` method they serve. */
export const RFQ_ENDPOINTS = {
  createRfq: endpoint({
    ...RFQ_ROUTES.createRfq,
    operationId: 'createRfq',
    summary: 'Request a quote (optional)',
    description:
      'Business buying: the signed-in buyer asks the merchant for prices of goods lines (product, variant, quantity), with a target date (`YYYY-MM-DD`, not in the past), a note, contact and company. ' +
      'The request is `requested` until the merchant answers with a unit price per line and an expiry (`quoted`). ' +
      'It is answered with its `id` (what paths name) and, from backends that give one, its `number` (`RFQ-7KD4M-9QXT2`, made like order numbers; since 2.5): what the buyer and the merchant read. ' +
      '`400 validation` on `lines.<i>.productId` (`invalid_choice`: unknown product or variant, a booking, or personalization required), `lines.<i>.quantity` (`invalid_quantity`), `targetDate` (`invalid_date`), `note` (`too_long`), `contact.*`, `company.*`. ' +
      'Optional: a backend without requests for quote answers `404`.',
    auth: 'session',
    body: RfqDraftSchema,
    status: 201,
    optional: true,
    errors: ['validation', 'unauthorized'],
  }),
  listRfqs: endpoint({
    ...RFQ_ROUTES.listRfqs,
    operationId: 'listRfqs',
    summary: 'List the signed-in buyer’s requests for quote (optional)',
    description:
      'Newest first, each with its status now: a `quoted` or `accepted` request not ordered is `expired` once `offer.expiresAt` has passed. ' +
      'An `expired` request without `acceptedAt` lapsed before the buyer accepted it: the merchant may still answer it again (→ `quoted`), so a storefront keeps following it; one with `acceptedAt` (since 2.5) cannot change any more.',
    auth: 'session',
    optional: true,
    errors: ['unauthorized'],
  }),
  getRfq: endpoint({
    ...RFQ_ROUTES.getRfq,
    operationId: 'getRfq',
    summary: 'Get a request for quote (optional)',
    description: 'One of the signed-in buyer’s requests for quote with its status now. `404` for an unknown id or another buyer’s.',
    pathParameters: [{ name: 'rfqId', description: 'The request’s id.' }],
    auth: 'session',
    optional: true,
    errors: ['not_found', 'unauthorized'],
  }),
  acceptRfq: endpoint({
    ...RFQ_ROUTES.acceptRfq,
    operationId: 'acceptRfq',
    summary: 'Accept a quote (optional)',
    description:
      'The buyer accepts the quoted prices (`quoted` → `accepted`, with `acceptedAt`). Until `offer.expiresAt`, order lines naming the request (`rfqId`, same product, variant and quantity) are priced at the quoted unit price, for one order; ' +
      'after it such lines have the problem `rfq_expired`. `409 conflict` with `details.reason` `rfq_expired` (and `expiresAt`) or `rfq_status` (and `status`); `404` like `getRfq`.',
    pathParameters: [{ name: 'rfqId', description: 'The request’s id.' }],
    auth: 'session',
    optional: true,
    errors: ['not_found', 'conflict', 'unauthorized'],
  }),
  declineRfq: endpoint({
    ...RFQ_ROUTES.declineRfq,
    operationId: 'declineRfq',
    summary: 'Decline a quote (optional)',
    description: 'The buyer declines the quoted prices, or withdraws a request not answered yet (→ `declined`). `409 conflict` and `404` like `acceptRfq`.',
    pathParameters: [{ name: 'rfqId', description: 'The request’s id.' }],
    auth: 'session',
    optional: true,
    errors: ['not_found', 'conflict', 'unauthorized'],
  }),
} as const;
