/**
 * `@orderzone/core/orders`: what happens after an order is placed, for a storefront's order
 * views and for backends: the order lifecycle (statuses, the actions each allows, booking
 * windows), order numbers (making them, checking what a shopper typed), watching an order and its payment, the shopper's order actions (cancel, change the
 * address, refund, return with photos, edit an unpaid order, reschedule a booking), the refund
 * rule of requests by line (which units may be refunded or returned, what they give back) and the
 * limits on return photos. The main entry `@orderzone/core` exports their types only, so a page that only
 * sells carries none of this code.
 *
 * ```ts
 * import { createOrderActions, watchOrder } from '@orderzone/core/orders';
 * ```
 *
 * @packageDocumentation
 */
export { createOrderNumber, isOrderNumber, ORDER_NUMBER_ALPHABET, ORDER_NUMBER_PREFIX, ORDER_NUMBER_RANDOM_LENGTH, parseOrderNumber } from './order-number.ts';
export { checkOrderLookup } from './order-lookup.ts';
export { RETURN_PHOTO_MAX_BYTES, RETURN_PHOTO_MAX_COUNT, RETURN_PHOTO_TYPES, returnPhotosFull } from './return-photo-limits.ts';
export { allowedMerchantActions, allowedShopperActions, awaitsPayment, historyChange, historyEvent, isShopperAction, isTerminalStatus, MERCHANT_ACTIONS, type MerchantAction, nextStatus, ORDER_LIFECYCLE, type OrderAction, orderAddressPurpose, orderFlow, type OrderFlow, resolveTarget, SHOPPER_ACTIONS, type ShopperAction, STATUS_KEEPING_ACTIONS, type StatusTransitions, type TransitionTarget } from './order-lifecycle.ts';
export { assertBookingWindowOpen, closedBookingWindow, type ClosedWindow } from './order-booking-windows.ts';
export { type AfterSaleOrder, afterSaleRefund, type AfterSaleRefund, checkAfterSaleLines, checkDecisionLines, refundAction, refundShares } from './after-sales.ts';
export { type AfterSaleKind, type AfterSaleQuantities, afterSaleQuantitiesOf, type AfterSaleUnitsOrder, chosenLinesOf, lineAfterSales, type LineAfterSales, openAfterSale, requestableUnits, unitsGoingOn } from './after-sale-units.ts';
export { documentVisibility, type OrderWatchOptions, type PageVisibility, type PollingOptions, type PollResult, pollWithBackoff, realClock, type Watch, type WatchClock, watchOrder } from './order-watch.ts';
export { isFinalPaymentStatus, type PaymentWatch, type PaymentWatchOptions, watchPayment } from './payment-watch.ts';
export { type AfterSaleInput, type BookingChanges, type BookingLineChanges, createOrderActions, ORDER_REASON_MAX, type OrderActions, type OrderActionsOptions, type OrderRef, type RescheduleInput, type UploadContext } from './order-actions.ts';
export { checkEditQuantities, editLineRequests, type EditQuantities, editQuantitiesOf, type EditQuote, editQuoteLine, editQuoteOf, editQuoteRequest, editRefusal, editRefusalQuote, editRequestPositions, selectionOfBooking } from './order-edit.ts';
export { refusalQuote } from './refusal-quote.ts';
export { AFTER_SALE_STATUS_TONES, afterSaleStatusTone, ORDER_STATUS_TONES, orderStatusTone, type StatusTone } from './status-tone.ts';
export { fetchOrder, type OrderReadingZone, watchOrderPayment } from './payment-step.ts';
export { paymentCard, type PaymentCard } from './payment-card.ts';
export { createOrderEditDraft, type OrderEditDraft, type OrderEditDraftOptions, type OrderEditDraftState, type OrderEditSave } from './order-edit-draft.ts';
export { afterSaleLineAmount, afterSaleSum, declinedRequest, partlyAccepted, pendingReturnInstructions } from './after-sale-view.ts';
export { REVIEW_BODY_MAX_LENGTH, REVIEW_HIDE_REASON_MAX_LENGTH, REVIEW_PHOTO_MAX_COUNT, REVIEW_REPLY_MAX_LENGTH } from '../review/review-limits.ts';
export { canReviewOrder, REVIEWABLE_STATUSES } from '../review/review-status.ts';
export { checkReviewDraft, reviewDraftProblems } from '../review/review-draft.ts';
export { moderateReview, publishedReviews, reviewAuthorName, reviewIdOf, type ReviewWriting, toPublicReview, writeReview } from '../review/review-rules.ts';
export { createReviewActions, type ReviewActions } from '../review/review-actions.ts';
export { ORDER_TEXT_MAX_LENGTH } from './order-text.ts';
export { measureText, textLength, type TextMeasure } from './text-length.ts';
export { afterSaleQuantity, offeredShopperForms, orderStatusChanged, SHOPPER_FORM_ACTIONS, type ShopperActionWording, type ShopperFormAction, shopperActionWording, successStillTrue, successWhileStatus } from './shopper-forms.ts';
