/**
 * `@orderzone/core/schemas`: the `zod/mini` schemas of the wire model (catalog, orders, bookings),
 * for adapters and backends that validate what crosses the wire. The main entry `@orderzone/core`
 * exports the same model as types only, so a page that never validates carries no schema library.
 *
 * ```ts
 * import { ProductSchema } from '@orderzone/core/schemas';
 * const product = ProductSchema.parse(await response.json());
 * ```
 *
 * @packageDocumentation
 */
export { CurrencyCodeSchema, type Image, ImageSchema, LocalizedTextSchema, MoneySchema } from './catalog/primitive-schemas.ts';
export { type BookableProduct, CatalogQuerySchema, CatalogSortSchema, type Category, CategorySchema, OptionFacetSchema, OptionGroupSchema, PersonalizationFieldSchema, PriceTierSchema, type Product, type ProductPage, ProductPageSchema, ProductSchema, type ProductSummary, ProductSummarySchema, QuantityRuleSchema, RatingSummarySchema, ReviewSchema, type SeatsProduct, SeatsProductSchema, SpecSchema, type StayProduct, StayProductSchema, StockLevelSchema, type TimeSlotProduct, TimeSlotProductSchema, VariantSchema } from './catalog/catalog-schema.ts';
export { type Address, AddressSchema, AdjustmentSchema, type AfterSale, AfterSaleLineSchema, AfterSaleSchema, type CheckoutOptions, CheckoutOptionsSchema, ChosenLineSchema, CodeChannelSchema, ContactSchema, type EditOrderRequest, EditOrderRequestSchema, LineProblemSchema, LineRequestSchema, type Order, OrderHistoryEntrySchema, type OrderLookupRequest, OrderLookupRequestSchema, type OrderRequest, OrderRequestSchema, OrderSchema, OrderStatusSchema, type OrderWithAccess, OrderWithAccessSchema, type PaymentAction, PaymentActionSchema, PaymentMethodSchema, type PaymentStatus, PaymentStatusSchema, type Quote, QuoteLineSchema, type QuoteRequest, QuoteRequestSchema, QuoteSchema, type RefundRequest, RefundRequestSchema, RETURN_PHOTO_MAX_BYTES, RETURN_PHOTO_MAX_COUNT, RETURN_PHOTO_TYPES, ReturnInstructionsSchema, type ReturnRequest, ReturnRequestSchema, type SentCode, SentCodeSchema, type Session, SessionSchema, TrackingSchema, type UploadedPhoto, UploadedPhotoSchema, type VerificationChallenge, VerificationChallengeSchema } from './order/order-schema.ts';

export { type Availability, AvailabilityRequestSchema, AvailabilitySchema, type BookingDetails, BookingDetailsSchema, type BookingSelection, BookingSelectionSchema, type Hold, HoldSchema, NightOpeningSchema, type PlaceHoldRequest, PlaceHoldRequestSchema, ProductKindSchema, type RescheduleBookingRequest, RescheduleBookingRequestSchema, type SeatsBooking, SeatsBookingSchema, SeatSessionSchema, SlotOpeningSchema, type StayBooking, StayBookingSchema, type TimeSlotBooking, TimeSlotBookingSchema } from './booking/booking-schema.ts';
export { BookingClaimSchema, BookingHoldSchema, OpeningIntervalSchema, SeatMapSchema, SeatPriceZoneSchema, SeatRowSchema, SeatSchema, SeatSectionSchema, SlotScheduleSchema, StayRulesSchema, TimeSlotSchema } from './booking/booking-rules-schema.ts';
export { MerchantActionSchema, ShopperActionSchema } from './order/order-action-schema.ts';
export { type Recommendation, type RecommendationKind, RecommendationKindSchema, type RecommendationList, RecommendationListSchema, type RecommendationReason, type RecommendationReasonCode, RecommendationReasonCodeSchema, RecommendationReasonSchema, type RecommendationRequest, RecommendationRequestSchema, RecommendationSchema } from './recommendations/recommendation-schema.ts';
export { type OrderReviewList, OrderReviewListSchema, type ReviewDraft, ReviewDraftSchema, type ReviewModeration, ReviewModerationSchema, ReviewPhotoSchema, type ReviewRecord, ReviewRecordSchema, type ReviewReply, ReviewReplySchema, type ReviewStatus, ReviewStatusSchema, type ReviewVersion, ReviewVersionSchema } from './review/review-schema.ts';
export { type CompanyDetails, CompanyDetailsSchema, type InvoiceType, InvoiceTypeSchema } from './business/company-details-schema.ts';
export { type SkuLookup, type SkuLookupRequest, SkuLookupRequestSchema, SkuLookupSchema } from './catalog/sku-lookup-schema.ts';
