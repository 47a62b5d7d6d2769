/**
 * What the order engine offers ({@link OrderEngine}: the shopper's, the merchant's and the demo's
 * calls, each documented) and how it is set up ({@link OrderEngineOptions}). `createOrderEngine`
 * (`order-engine.ts`) implements them by wiring each call to the module that does its job.
 *
 * @module
 */
import type {
  Address, Category, CatalogQuery, CheckoutOptions, Order, OrderAccess, OrderRequest,
  PaymentAction, RefundRequest, PaymentMethod, PaymentStatus, Product, ProductPage, Quote, QuoteRequest, Tracking,
  ReturnInstructions, ReturnRequest, UploadedPhoto, Availability, AvailabilityRequest, Hold, PlaceHoldRequest,
  EditOrderRequest, RescheduleBookingRequest, CodeChannel, SentCode, Session, OrderLookupRequest, OrderWithAccess, RecommendationList, RecommendationRequest, ReviewRecord, ViewedProducts,
} from '@orderzone/core';
import type { SkuLookup, SkuLookupRequest } from '@orderzone/core/schemas';
import type { MerchantDecision, RefundPreview } from './after-sale-calls.ts';
import type { EngineState, ShopSeed } from './engine-state.ts';
import type { OutboxMessage } from './one-time-codes.ts';
import type { Caller } from './order-access.ts';
import type { RecommendationSignals } from './recommendations.ts';
import type { ReturnPhotoFile } from './return-photos.ts';
import type { ReviewFilter } from './reviews.ts';
import type { RiskRules } from './risk-rules.ts';
import type { EngineRfqs } from './rfqs.ts';

/** The embedded backend's rules, as synchronous calls on an in-memory state: catalog search, quotes, orders and their lifecycle, bookings and holds, sign-in codes, after-sales and reviews, plus the merchant's calls. Failures throw `OrderZoneError` with the contract's codes. */
export interface OrderEngine {
  listCategories(): Category[];
  searchProducts(query: CatalogQuery): ProductPage;
  /** Throws `OrderZoneError('not_found')`. */
  getProduct(productId: string): Product;
  /** Quick order: the products with a variant of one of the SKUs (any case), each once; `validation` for a bad request. */
  findSkus(request: SkuLookupRequest): SkuLookup;
  getCheckoutOptions(): CheckoutOptions;
  quote(request: QuoteRequest): Quote;
  /**
   * Validates, re-prices, checks stock and `expectedTotal`, checks the risk rules, reserves stock,
   * creates the order; idempotent per key. A submission a risk rule stops throws
   * `verification_required` (see `risk-rules.ts`) until it comes again with the same key and
   * `verification` holding the code sent. Resolves the order with a new access token (a retry with
   * the same key and request answers the same order with another token); the same key with another
   * request is a `conflict` naming the order it placed, with a token for it (only the key's holder
   * can have sent it).
   */
  submitOrder(request: OrderRequest, idempotencyKey: string, verification?: { id: string; code: string }): OrderWithAccess;
  /**
   * A guest's way back to an order: its number and the contact (phone or e-mail) given at
   * checkout. Answers the order and a new access token. `validation` for a malformed request;
   * `not_found` for an unknown number or a contact that does not match (the same answer);
   * `rate_limited` after too many wrong tries for the number or from the client (see `order-access.ts`).
   */
  lookupOrder(request: OrderLookupRequest, caller?: Caller): OrderWithAccess;
  /**
   * Throws `not_found` for an unknown number and for an access that does not prove the caller may
   * see it: one of the order's access tokens or the session of the shopper who placed it (the same
   * answer for both); `unauthorized` for a session token that is no longer valid; `rate_limited`
   * after too many wrong guesses (see `order-access.ts`). Every shopper call on an order checks the
   * same way.
   */
  getOrder(orderNumber: string, access: OrderAccess, caller?: Caller): Order;
  /** Whether the order has been paid; access as for {@link OrderEngine.getOrder}. */
  getPaymentStatus(orderNumber: string, access: OrderAccess, caller?: Caller): PaymentStatus;
  /**
   * Shopper call: cancels an unpaid order (`pending_payment`, or `pending_shipment` for cash on
   * delivery) and puts its reserved stock back. Throws `not_found` (unknown number or contact) and
   * `conflict` (not allowed in the order's status).
   */
  cancelOrder(orderNumber: string, access: OrderAccess, caller?: Caller): Order;
  /**
   * Shopper call: sends the order to another address in the same country, checked with the checkout
   * address rules (`validation` with `shippingAddress.*` field errors). The price is not recomputed.
   * Throws `not_found` and `conflict` like {@link OrderEngine.cancelOrder}.
   */
  changeShippingAddress(orderNumber: string, access: OrderAccess, address: Address, caller?: Caller): Order;
  /**
   * Shopper call: asks for a refund of units of a paid order that has not been shipped (`lines`;
   * absent: every unit that may still be refunded). `reason` is required, at most 500 characters
   * (`validation` on the field `reason`); the lines are checked by the core's rule (`validation` on
   * `lines.*`, naming order lines). Throws `not_found` and `conflict` (status, or nothing left).
   */
  requestRefund(orderNumber: string, access: OrderAccess, request: RefundRequest, caller?: Caller): Order;
  /**
   * Merchant or payment-provider call: marks an `pending_payment` order paid. Repeating it on a paid
   * order changes nothing; any other status is a `conflict`.
   */
  markPaid(orderNumber: string): Order;
  /** Merchant call: ships a paid (or cash-on-delivery) order with its tracking number. `validation` for bad tracking data. */
  markShipped(orderNumber: string, tracking: Tracking): Order;
  /** Merchant call: marks a shipped order completed (delivered). */
  markCompleted(orderNumber: string): Order;
  /**
   * Merchant call: refunds the open request (a refund request, or a returned order's received
   * goods) for the units `decision.lines` accepts (absent: all of them); its other units are
   * declined. What is refunded is the core's rule (`afterSaleRefund`): `approve_refund` when nothing
   * is then left unrefunded (→ `refunded`), else `partial_refund` (→ `paid` before shipment,
   * `completed` after a return). `note` is at most 500 characters.
   */
  approveRefund(orderNumber: string, decision?: MerchantDecision): Order;
  /**
   * Merchant call, read only: what {@link OrderEngine.approveRefund} with `decision` would refund
   * now, checked the same way (`conflict`, `validation`); a payment provider refunds this first.
   */
  previewRefund(orderNumber: string, decision?: MerchantDecision): RefundPreview;
  /** Merchant call: turns a refund request down; the order then awaits shipment again. */
  rejectRefund(orderNumber: string, decision?: MerchantDecision): Order;
  /**
   * Shopper call: stores one photo for a return request of a shipped or completed order. Throws
   * `validation` (field `photos`, `photo_type` or `photo_too_large`), `not_found` and `conflict`
   * like {@link OrderEngine.cancelOrder}. Keeps the `MAX_PENDING_RETURN_PHOTOS` newest
   * photos not yet used by a request.
   */
  uploadReturnPhoto(orderNumber: string, access: OrderAccess, photo: ReturnPhotoFile, caller?: Caller): UploadedPhoto;
  /**
   * Shopper call: asks to send units of a shipped or completed order back (`return_requested`;
   * `lines` as for a refund), with a reason (1–500 characters, trimmed; field `reason`) and up to
   * four photos uploaded for this order (field `photos`: `too_many_photos`, `unknown_photo`). Throws
   * `not_found` and `conflict`.
   */
  requestReturn(orderNumber: string, access: OrderAccess, request: ReturnRequest, caller?: Caller): Order;
  /**
   * Merchant call: accepts the units of the return request `decision.lines` names (absent: all),
   * declining the rest, and tells the shopper where to send them (`validation` on
   * `returnInstructions.*` and `lines.*`).
   */
  approveReturn(orderNumber: string, instructions: ReturnInstructions, decision?: Pick<MerchantDecision, 'lines'>): Order;
  /** Merchant call: turns a return request down (final). */
  rejectReturn(orderNumber: string, decision?: MerchantDecision): Order;
  /** Merchant call: the returned goods arrived (`returned`); {@link OrderEngine.approveRefund} then refunds. */
  receiveReturn(orderNumber: string, decision?: MerchantDecision): Order;
  /**
   * What a bookable product has free now (see `booking-availability.ts`). Throws `validation` (malformed
   * request, missing range or session, range over 62 days, goods) and `not_found`.
   */
  getAvailability(request: AvailabilityRequest): Availability;
  /**
   * Holds a pick for `holdMinutes` (10 by default), checked and stored in one step. Throws
   * `conflict` when taken meanwhile, `validation` for a rule break, `not_found`.
   */
  placeHold(request: PlaceHoldRequest): Hold;
  /** Gives a hold back; true when there was one. Unknown or lapsed ids are ignored (false). */
  releaseHold(holdId: string): boolean;
  /**
   * Shopper call: replaces the lines of an unpaid order and prices it again (see `order-edits.ts`).
   * Throws `not_found`, `conflict`, `validation`, `out_of_stock` and `price_changed` (with `details.quote`).
   */
  editOrder(orderNumber: string, access: OrderAccess, request: EditOrderRequest, caller?: Caller): Order;
  /**
   * Shopper call: moves one booking line to another pick inside its window, at the same price (see
   * `booking-lifecycle.ts`). Throws `not_found`, `conflict` (`window_closed`, `booking_taken`) and `validation`.
   */
  rescheduleBooking(orderNumber: string, access: OrderAccess, request: RescheduleBookingRequest, caller?: Caller): Order;
  /** Merchant call: a confirmed booking order took place (`fulfilled`). */
  markFulfilled(orderNumber: string): Order;
  /**
   * Shopper call: sends a one-time sign-in code by SMS or e-mail (to the outbox). Throws
   * `validation` on `channel` or `destination`, `rate_limited` (see `accounts.ts`).
   */
  requestSignInCode(request: { channel: CodeChannel; destination: string }): SentCode;
  /** Shopper call: exchanges a sign-in code for a session. Throws `validation` on `code` (`code_wrong`, `code_expired`) and `rate_limited`. */
  verifySignInCode(request: { channel: CodeChannel; destination: string; code: string }): Session;
  /** Shopper call: ends a session; true when there was one (unknown or expired tokens are ignored). */
  signOut(sessionToken: string): boolean;
  /** Shopper call: the orders of the session's phone number or e-mail address, newest first. Throws `unauthorized`. */
  listOrders(sessionToken: string): Order[];
  /** Shopper call: sends a verification challenge's code again. Throws `not_found` and `rate_limited` (see `risk-rules.ts`). */
  resendVerificationCode(challengeId: string): SentCode;
  /**
   * Products to recommend (see `recommendations.ts`), from `signals` when the store counted them
   * (the server, in SQL), else from the orders in the state. `sessionToken`: the signed-in shopper,
   * whose orders count for `for_you`; one that is no longer valid throws `unauthorized`.
   */
  recommend(request: RecommendationRequest, sessionToken?: string, signals?: RecommendationSignals): RecommendationList;
  /** Shopper call: the signed-in shopper's viewed products, newest first (see `viewed-products.ts`). Throws `unauthorized`. */
  listViewedProducts(sessionToken: string): ViewedProducts;
  /** Shopper call: puts `productId` first in the signed-in shopper's viewed products. Throws `unauthorized`, `not_found`. */
  recordProductView(sessionToken: string, productId: string): ViewedProducts;
  /** Shopper call: forgets the signed-in shopper's viewed products. Throws `unauthorized`. */
  clearViewedProducts(sessionToken: string): ViewedProducts;
  /**
   * Backend call: cancels the order (action `expire`) when it is still awaiting payment past its
   * `payBy`, giving its stock and bookings back; answers the order as it is now either way. Throws
   * `not_found` for an unknown number.
   */
  expireOrder(orderNumber: string): Order;
  /**
   * Backend call: gives an order awaiting payment the payment step a payment provider created for
   * it (a QR code or a redirect). Throws `not_found`, and `conflict` when the order no longer awaits
   * payment or is past its `payBy` (then the order itself is cancelled when next opened or swept).
   */
  setPaymentAction(orderNumber: string, action: PaymentAction): Order;
  /** Shopper call: the reviews of an order's lines; access as for {@link OrderEngine.getOrder}. */
  listOrderReviews(orderNumber: string, access: OrderAccess, caller?: Caller): ReviewRecord[];
  /**
   * Shopper call: writes or edits the review of line `lineIndex` of a completed order (the core's
   * `writeReview` rules), with photos uploaded by {@link OrderEngine.uploadReturnPhoto}.
   */
  writeReview(orderNumber: string, access: OrderAccess, lineIndex: number, draft: unknown, caller?: Caller): ReviewRecord;
  /** Merchant call: reviews by status and product, newest change first. */
  listReviews(filter?: ReviewFilter): ReviewRecord[];
  /** Merchant call: publish, hide with a reason, or reply (the core's `moderateReview`). `not_found` for an unknown id. */
  moderateReview(reviewId: string, moderation: unknown): ReviewRecord;
  /** Merchant (demo) call: the codes the engine "sent" by SMS and e-mail, newest first. */
  outbox(): OutboxMessage[];
  /** Requests for quote: the buyer's and the merchant's calls (see `rfqs.ts`). */
  rfqs: EngineRfqs;
  /** A snapshot of the mutable state (for persistence). */
  snapshot(): EngineState;
}

/** Options of `createOrderEngine`: the shop seed, the state to resume from and a callback on every change, the clock, hold and payment timings, how tokens and codes are stored, and the risk rules. */
export interface OrderEngineOptions {
  seed: ShopSeed;
  /** State to resume from; a fresh state is derived from the seed when absent or invalid. */
  state?: EngineState;
  /** Called after every change with the new state. */
  onChange?: (state: EngineState) => void;
  now?: () => Date;
  /** How long a booking hold lasts, in minutes. Default 10 (`DEFAULT_HOLD_MINUTES`). */
  holdMinutes?: number;
  /**
   * How an access token or a one-time code is stored: the default keeps it as it is (in the page,
   * the state and the secrets share one storage); a server passes a SHA-256 digest so that its
   * database holds no token and no code (only the message to deliver carries a code, see `outbox`).
   */
  tokenDigest?: (token: string) => string;
  /**
   * The payment step a new (or edited) order awaiting payment gets. Default: the simulated one (a
   * fake QR code for the wallets, a `#/pay/<orderNumber>` redirect for the rest, `none` for cash on
   * delivery and bank transfer). A server whose payment provider creates the step after the order
   * exists answers `{ type: 'unavailable' }` here and sets the provider's with `setPaymentAction()`.
   */
  paymentAction?: (method: PaymentMethod, orderNumber: string, now: Date) => PaymentAction;
  /**
   * Minutes an order may await payment: past its `payBy` (its creation plus these minutes) it is
   * cancelled by the backend (action `expire`), giving its stock and bookings back. Applied when the
   * order is next opened or acted on, and by {@link OrderEngine.expireOrder} (a server's sweep).
   * A function gives the minutes per payment method (`undefined`: orders paid that way never expire),
   * e.g. a bank transfer's days beside a QR code's half hour. Default: unpaid orders never expire.
   */
  unpaidOrderMinutes?: number | ((method: PaymentMethod) => number | undefined);
  /**
   * `true`: a `state` that is not valid is refused (`OrderZoneError('server')`) instead of replaced by
   * a fresh one. A store that saves only what changed must never start from scratch. Default `false`
   * (the page's own storage: an unreadable value starts the demo afresh).
   */
  strictState?: boolean;
  /**
   * When an order needs a one-time code first (see `risk-rules.ts`). Default: none, every order is
   * placed without one (`createEmbeddedBackend` applies `DEMO_RISK_RULES` unless told otherwise).
   */
  risk?: RiskRules;
}
