/**
 * `@orderzone/core`: the framework-agnostic heart of OrderZone: money, catalog, cart, pricing,
 * checkout and the backend adapter interface. No rendering; runs in browsers and in Node.
 *
 * This entry carries no schema library at run time: the wire model's types are exported here, its
 * `zod/mini` schemas (for adapters that validate what crosses the wire) from `@orderzone/core/schemas`.
 * Keep it that way: export a `*-schema.ts` file here with `export type *` only.
 *
 * The parts a zone loads on demand (`zone.load('checkout')`) have entries of their own, their types
 * exported here: `@orderzone/core/checkout` (the checkout and its field rules),
 * `@orderzone/core/bookings` (the booking client, slot generation and change windows) and
 * `@orderzone/core/account` (sign-in with one-time codes). The booking rules (prices, dates, time
 * zones, seat maps) are in `@orderzone/core/bookings` too: the cart fetches the price rules when a
 * booking line is added, so a shop that sells only goods never downloads them. A zone whose cart's
 * code loads on demand too (`zone.load('cart')`), for a page that only browses at first, is made by
 * `createLightOrderZone()` from `@orderzone/core/light-zone`.
 *
 * Secondary parts have entries of their own, their types exported here too: what follows an order
 * (lifecycle, watching, order actions) from `@orderzone/core/orders`, the reference pricing engine
 * for backends from `@orderzone/core/pricing`, the message catalogs and translation from
 * `@orderzone/core/messages`.
 *
 * @packageDocumentation
 */
export { currencyDigits, formatMoney, money, type Money, type MoneyFormatOptions, parseMoney, toDecimalString } from './money/money.ts';
export { isFreeCharge } from './money/free-charge.ts';
export { type FieldError, isBookingConflict, isOrderZoneError, OrderZoneError, type OrderZoneErrorCode, type OrderZoneErrorOptions, toOrderZoneError } from './errors.ts';
export type { Image, LocalizedText } from './catalog/primitive-schemas.ts';
export type { BookableProduct, CatalogQuery, CatalogSort, Category, CategorySchema, OptionFacet, OptionGroup, PersonalizationField, PriceTier, Product, ProductPage, ProductPageSchema, ProductSchema, ProductSummary, QuantityRule, RatingSummary, Review, SeatsProduct, Spec, StayProduct, StockLevel, TimeSlotProduct, Variant } from './catalog/catalog-schema.ts';
export type { AsyncState, CatalogClient, CatalogSearch } from './catalog/catalog-client.ts';
export { findVariant, fromPrice, isBookable, LOW_STOCK_THRESHOLD, previewUnitPrice, productStockLevel, stockLevel, type UnitPricePreview, validatePersonalization } from './catalog/product-rules.ts';
export { unavailableOptionValues } from './catalog/option-availability.ts';
export { facetKey, nameWithUnit, offeredFacets, optionGroupUnit } from './catalog/option-facets.ts';
export { summarizeReviews } from './catalog/review-summary.ts';
export { CATALOG_SEARCH_TEXT_MAX_LENGTH, CONTACT_MAX_LENGTH, COUPON_CODE_MAX_LENGTH, EMAIL_MAX_LENGTH, ORDER_NUMBER_MAX_LENGTH } from './field-limits.ts';
export { fitQuantity, quantityBounds, type QuantityBounds, type QuantityFit, type QuantityNotice } from './catalog/quantity-rule.ts';
export type { Address, Adjustment, AfterSale, AfterSaleLine, CheckoutOptions, ChosenLine, CodeChannel, Contact, EditOrderRequest, LineProblem, LineRequest, Order, OrderHistoryEntry, OrderLookupRequest, OrderRequest, OrderSchema, OrderStatus, OrderWithAccess, PaymentAction, PaymentMethod, PaymentMethodSchema, PaymentStatus, Quote, QuoteLine, QuoteRequest, QuoteSchema, RefundRequest, ReturnInstructions, ReturnRequest, SentCode, Session, Tracking, UploadedPhoto, VerificationChallenge } from './order/order-schema.ts';
export type { RETURN_PHOTO_MAX_BYTES, RETURN_PHOTO_MAX_COUNT, RETURN_PHOTO_TYPES } from './order/return-photo-limits.ts';
export type { createOrderNumber, parseOrderNumber } from './order/order-number.ts';
export type { checkOrderLookup } from './order/order-lookup.ts';
export type { allowedMerchantActions, allowedShopperActions, historyChange, MERCHANT_ACTIONS, MerchantAction, nextStatus, ORDER_LIFECYCLE, OrderAction, orderAddressPurpose, OrderFlow, SHOPPER_ACTIONS, ShopperAction, STATUS_KEEPING_ACTIONS, StatusTransitions, TransitionTarget } from './order/order-lifecycle.ts';
export type { AfterSaleOrder, afterSaleRefund, AfterSaleRefund } from './order/after-sales.ts';
export type { AfterSaleKind, AfterSaleQuantities, afterSaleQuantitiesOf, AfterSaleUnitsOrder, lineAfterSales, LineAfterSales } from './order/after-sale-units.ts';
export type { OrderWatchOptions, PageVisibility, PollingOptions, Watch, WatchClock, watchOrder } from './order/order-watch.ts';
export type { PaymentWatch, PaymentWatchOptions, watchPayment } from './order/payment-watch.ts';
export type { AfterSaleInput, BookingChanges, BookingLineChanges, createOrderActions, OrderActions, OrderActionsOptions, OrderRef, RescheduleInput, UploadContext } from './order/order-actions.ts';
export type { checkEditQuantities, EditQuantities, editQuantitiesOf, EditQuote, selectionOfBooking } from './order/order-edit.ts';
export type { BackendAdapter, OrderAccess, RequestContext, SubmitContext } from './backend/backend-adapter.ts';
export { browserStorage, type KeyValueStorage, memoryStorage, memoryStorageGroup, type MemoryStorageGroup } from './storage/key-value-storage.ts';
// The cart's types and its small pure helpers come from their own modules, not through `cart.ts`, so
// a zone whose cart loads on demand (`createLightOrderZone`) does not bring the cart's code with them.
export type { Cart } from './cart/cart.ts';
export { type AddBookingInput, type AddToCartInput, bookingLineStatus, type BookingLineUpdate, type CartAddOutcome, type CartAddResult, type CartBookingProblem, type CartChangeResult, type CartLine, type CartLineHold, type CartNotice, type CartRecovery, holdSecondsLeft, type RemovedLine } from './cart/cart-line.ts';
export { cartLineKey, type QuotedLineIdentity, quoteLineFinder, sameBookingPick, selectionOfDetails } from './cart/cart-line-key.ts';
export type { Coupon, priceQuote, PricingRules, ProductLookup, ShippingRate, TaxRule, variantTitle } from './pricing/price-quote.ts';
export type { Checkout, CheckoutDraft, CheckoutPhase, CheckoutRequirements, CheckoutState, QuoteChange, TotalChange } from './checkout/checkout.ts';
export { localize, normalizeLocale, SUPPORTED_LOCALES, type SupportedLocale } from './i18n/locale.ts';
export { safeImageUrl, safeLinkUrl } from './url/safe-url.ts';
export type { createTranslator, describeError, describeFieldError, formatHoldTime, MessageCatalog, MessageCatalogs, pluralCategory, Translate } from './i18n/messages.ts';
export { codeLoading, onCodeLoad } from './zone/code-loads.ts';
export { createOrderZone } from './zone/create-order-zone.ts';
export type { LoadedZone, OrderZone, OrderZoneConfig, WithRequiredParts, ZonePart, ZoneParts } from './zone/order-zone.ts';
export type { Availability, AvailabilityRequest, AvailabilitySchema, BookingDetails, BookingSelection, Hold, HoldSchema, NightOpening, PlaceHoldRequest, ProductKind, RescheduleBookingRequest, SeatSession, SlotOpening } from './booking/booking-schema.ts';
export type { BookingClaim, BookingHold, Seat, SeatMap, SeatRow, SlotSchedule, StayRules, TimeSlot } from './booking/booking-rules-schema.ts';

export type { describeZones, utcToZoned, ZonedDateTime, zonedDateTimeToUtc, ZoneDescription } from './booking/time-zone.ts';
export type { generateSlots, slotAvailability, SlotAvailability } from './booking/time-slots.ts';
export type { HoldRequest, placeHold, secondsLeft } from './booking/holds.ts';
export type { priceStay, StayNight, StayPrice } from './booking/stay-pricing.ts';
export type { PricedSeat, SeatCartLine, SeatSelection, seatsInCart, seatStatus, SeatStatus, SeatStatusInput, validateSeatSelection } from './booking/seat-map.ts';
export type { BookingPrice, priceBooking } from './booking/booking-price.ts';
export type { BookingWindow, bookingWindows, BookingWindows } from './booking/booking-windows.ts';
export type { AddBookingToCartInput, BookingClient } from './booking/booking-client.ts';
export type { Account, AccountNotice, SignInState, SignOutCart } from './account/account.ts';
export type { AFTER_SALE_STATUS_TONES, afterSaleStatusTone, ORDER_STATUS_TONES, orderStatusTone, StatusTone } from './order/status-tone.ts';
export type { fetchOrder, OrderReadingZone, paymentCard, PaymentCard, watchOrderPayment } from './order/payment-step.ts';
export type { createOrderEditDraft, OrderEditDraft, OrderEditDraftOptions, OrderEditDraftState, OrderEditSave } from './order/order-edit-draft.ts';
export type { afterSaleLineAmount, afterSaleSum, declinedRequest, partlyAccepted, pendingReturnInstructions } from './order/after-sale-view.ts';
export type { bookingLineStanding, BookingLineStanding, lineProblemRemedy, lowStockCount, matchQuoteLines, quoteLineOfEach } from './cart/quoted-lines.ts';
export type { Recommendation, RecommendationKind, RecommendationKindSchema, RecommendationList, RecommendationListSchema, RecommendationReason, RecommendationReasonCode, RecommendationReasonCodeSchema, RecommendationReasonSchema, RecommendationRequest, RecommendationRequestSchema, RecommendationSchema } from './recommendations/recommendation-schema.ts';
export type { BrowsingHistory, browsingHistoryKey, createBrowsingHistory } from './recommendations/browsing-history.ts';
export type { ViewedProducts, ViewedProductsSchema } from './recommendations/viewed-products-schema.ts';
export type { createShopperHistory, HistoryPlace, ShopperHistory } from './recommendations/shopper-history.ts';
export type { offersRecommendations, RecommendationQuery, RecommendationsClient, recommendationsFor, withoutCartProducts } from './recommendations/recommendations-client.ts';
export type { addDays, calendarDateToUtcMs, daysBetween, isCalendarDate, isoWeekday, isWallTime, wallTimeToMinutes } from './booking/calendar-date.ts';
export type { recheckBookingLine, RecheckOutcome } from './booking/booking-recheck.ts';
export type { OrderReviewList, OrderReviewListSchema, ReviewDraft, ReviewDraftSchema, ReviewModeration, ReviewModerationSchema, ReviewPhotoSchema, ReviewRecord, ReviewRecordSchema, ReviewReply, ReviewReplySchema, ReviewStatus, ReviewStatusSchema, ReviewVersion, ReviewVersionSchema } from './review/review-schema.ts';
export type { REVIEW_BODY_MAX_LENGTH, REVIEW_HIDE_REASON_MAX_LENGTH, REVIEW_PHOTO_MAX_COUNT, REVIEW_REPLY_MAX_LENGTH } from './review/review-limits.ts';
export type { canReviewOrder, REVIEWABLE_STATUSES } from './review/review-status.ts';
export type { checkReviewDraft, reviewDraftProblems } from './review/review-draft.ts';
export type { moderateReview, publishedReviews, reviewAuthorName, reviewIdOf, ReviewWriting, toPublicReview, writeReview } from './review/review-rules.ts';
export type { createReviewActions, ReviewActions } from './review/review-actions.ts';
export type { CompanyDetails, CompanyDetailsSchema, InvoiceType, InvoiceTypeSchema } from './business/company-details-schema.ts';
export type { QuickOrderEntry, QuickOrderLine, QuickOrderProblem } from './business/quick-order.ts';
export type { QuickOrderResult } from './business/quick-order-client.ts';
export type { ReorderChange, ReorderLine } from './business/reorder.ts';
export type { Rfq, RfqDraft, RfqLine, RfqLineRequest, RfqList, RfqOffer, RfqOfferDraft, RfqStatus } from './business/rfq-schema.ts';
export type { RfqBuyerAction, RfqLinePrice, RfqMerchantAction } from './business/rfq-rules.ts';
export { summarizeProduct } from './catalog/product-summary.ts';
