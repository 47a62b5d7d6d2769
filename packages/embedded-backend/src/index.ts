/**
 * `@orderzone/embedded-backend`: an OrderZone backend that runs in the page. It applies the same
 * order rules a real backend must (authoritative prices, stock, idempotency, statuses) to a catalog
 * kept in browser storage, so the demo, the docs and a merchant's first try need no server.
 *
 * @packageDocumentation
 */
export { createOrderEngine, type EngineState, type MerchantDecision, type OrderEngine, type OrderEngineOptions, PAYMENT_QR_TTL_MS, type RefundPreview, type ShopSeed } from './order-engine.ts';
export { createEmbeddedBackend, type EmbeddedBackend, type EmbeddedBackendOptions } from './embedded-backend.ts';
export { createDemoShop, demoShop } from './demo-catalog.ts';
export { checkReturnPhoto, type ReturnPhotoFile } from './return-photos.ts';
/** The contract's field error codes, now defined by the core (`@orderzone/core/rest`); re-exported for existing imports. */
export { FIELD_ERROR_CODES } from '@orderzone/core/rest';
export { DEMO_RISK_RULES, type RiskRules } from './risk-rules.ts';
export { SESSION_TTL_MS, type StoredSession } from './accounts.ts';
export {
  CODE_RESEND_WAIT_MS, CODE_TTL_MS, MAX_CODES_PER_HOUR, MAX_CODE_ATTEMPTS, OUTBOX_LIMIT, maskDestination, type CodePurpose, type OutboxMessage, type StoredCode,
} from './one-time-codes.ts';
export { MAX_AVAILABILITY_DAYS } from './booking-availability.ts';
export { type BookingLedger, type StoredBooking, type StoredHold } from './booking-ledger.ts';
export { LOCAL_CLIENT, MAX_TOKENS_PER_ORDER, ORDER_ACCESS_LIMITS, type AccessFailure, type Caller, type StoredAccessToken } from './order-access.ts';
export { normalizeContact, isOrderContact } from './contact-match.ts';
export { createBrowserEngineStore, engineStore, type BrowserEngineStore, type EngineFactory, type EngineStore, type ScopePlan, type StateScope } from './engine-store.ts';
export { createOrderService, type OrderService, type OrderServiceOptions } from './order-service.ts';
export { type CoPurchase, coPurchaseSources, countsAsPurchase, parseRecommendationRequest, recommend, type RecommendationCatalog, type RecommendationSignals, signalsOfOrders, UNCOUNTED_ORDER_STATUSES } from './recommendations.ts';
export { reviewRecordsOfCatalog, type ReviewFilter } from './reviews.ts';
export { type EngineRfqs, type RfqFilter, type StoredRfq } from './rfqs.ts';
export { type RfqService } from './rfq-service.ts';
