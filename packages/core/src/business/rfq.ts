/**
 * `@orderzone/core/rfq`: requests for quote (business buying) for a storefront and for backends:
 * the contract schemas, the rules (what a request and an answer must hold, what each side may do in
 * each status, the expiry, the quoted price of a checkout line) and the storefront's helpers. Its own
 * entry, so that nothing of it is loaded before a page asks for quotes.
 *
 * ```ts
 * import { addRfqToCart, allowedRfqBuyerActions } from '@orderzone/core/rfq';
 * ```
 *
 * @packageDocumentation
 */
export {
  RFQ_MAX_LINES, RfqDraftSchema, RfqLineRequestSchema, RfqLineSchema, RfqListSchema, RfqOfferDraftSchema, RfqOfferSchema, RfqSchema, RfqStatusSchema,
  type Rfq, type RfqDraft, type RfqLine, type RfqLineRequest, type RfqList, type RfqOffer, type RfqOfferDraft, type RfqStatus,
} from './rfq-schema.ts';
export {
  allowedRfqBuyerActions, allowedRfqMerchantActions, answerRfq, applyRfqBuyerAction, createRfq, earliestRfqTargetDate, isRfqExpired, rfqCheckoutLines, rfqDraftProblems, rfqLinePrice,
  rfqOfferProblems, rfqClosedAt, rfqStatusAt, rfqStatusTone, rfqTotal, withdrawRfq, withStatusAt, type RfqBuyerAction, type RfqLinePrice, type RfqMerchantAction,
} from './rfq-rules.ts';
export { addRfqToCart, quotableCartLines, rfqDraftOfCart } from './rfq-client.ts';
export { createRfqNumber, RFQ_NUMBER_PREFIX } from './rfq-number.ts';
export { rfqReference } from './rfq-reference.ts';
export { isQuotedQuantityKept, quotedQuantityError, type QuotedQuantityLine } from './rfq-quantity.ts';
export { checkRfqDraft, createRfqRequests, type RfqAdapter, type RfqFollowOptions, type RfqRequests, type RfqRequestsConfig, type SendRfqResult } from './rfq-requests.ts';
