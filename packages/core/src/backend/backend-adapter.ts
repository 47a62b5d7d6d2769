/**
 * The one interface between OrderZone and a merchant's backend. The core never talks HTTP or storage
 * itself: it calls a {@link BackendAdapter}. Two ship with OrderZone: the REST adapter
 * (`@orderzone/core/rest`, for the HTTP contract in `docs/backend-contract.md`) and the embedded
 * backend (`@orderzone/embedded-backend`, which runs in the page for demos and first tries).
 *
 * Every method either resolves with data that matches the contract schemas or rejects with an
 * `OrderZoneError` whose `code` says what went wrong (`network`, `validation`, `out_of_stock`,
 * `price_changed`, `rate_limited`, `unauthorized`, `not_found`, `server`, `bad_response`...).
 *
 * @module
 */
import type { Category, CatalogQuery, Product, ProductPage } from '../catalog/catalog-schema.ts';
import type { Availability, AvailabilityRequest, Hold, PlaceHoldRequest, RescheduleBookingRequest } from '../booking/booking-schema.ts';
import type {
  Address,
  CheckoutOptions,
  CodeChannel,
  EditOrderRequest,
  Order,
  OrderLookupRequest,
  OrderRequest,
  OrderWithAccess,
  PaymentStatus,
  Quote,
  QuoteRequest,
  RefundRequest,
  ReturnRequest,
  SentCode,
  Session,
  UploadedPhoto,
} from '../order/order-schema.ts';
import type { RecommendationList, RecommendationRequest } from '../recommendations/recommendation-schema.ts';
import type { ViewedProducts } from '../recommendations/viewed-products-schema.ts';
import type { ReviewDraft, ReviewRecord } from '../review/review-schema.ts';
import type { Rfq, RfqDraft } from '../business/rfq-schema.ts';

/** Per-call context. */
export interface RequestContext {
  /** Cancels the call; the adapter then rejects with an `aborted` error. */
  signal?: AbortSignal;
  /** The shopper's locale (`zh-CN`, `en-US`), for backends that localize. */
  locale?: string;
}

/** Context for order submission. */
export interface SubmitContext extends RequestContext {
  /**
   * Identifies one checkout attempt. Submitting the same key again (a double click, a retry after a
   * network error, a reload in the middle of submitting) returns the order created the first time
   * instead of creating another.
   */
  idempotencyKey: string;
  /**
   * The one-time code answering a `verification_required` refusal (risk check), sent with the same
   * `idempotencyKey` as the refused attempt.
   */
  verification?: { id: string; code: string };
}

/**
 * Proves that the caller may read or act on an order. Either one that the backend accepts is enough.
 * Nothing personal: a phone number or e-mail address never travels as proof of access outside a
 * request body (see {@link BackendAdapter.lookupOrder}).
 */
export interface OrderAccess {
  /**
   * The order's access token: given with the order when it was placed ({@link BackendAdapter.submitOrder})
   * or looked up ({@link BackendAdapter.lookupOrder}), kept on the device, shown to nobody.
   */
  accessToken?: string;
  /** A signed-in shopper's session token (from `verifySignInCode`): gives access to their own orders. */
  sessionToken?: string;
}

/** What a backend must offer. */
export interface BackendAdapter {
  /** All categories, parents before children. */
  listCategories(ctx?: RequestContext): Promise<Category[]>;
  /** One page of products matching `query`, with the facets of the whole result set. */
  searchProducts(query: CatalogQuery, ctx?: RequestContext): Promise<ProductPage>;
  /** One product with everything its detail page shows. Rejects `not_found` for an unknown id. */
  getProduct(productId: string, ctx?: RequestContext): Promise<Product>;
  /** Payment methods and countries offered at checkout. */
  getCheckoutOptions(ctx?: RequestContext): Promise<CheckoutOptions>;
  /** The authoritative price of a set of lines, with coupon, shipping and tax applied. */
  quote(request: QuoteRequest, ctx?: RequestContext): Promise<Quote>;
  /**
   * Places an order and resolves with it and its access token. Rejects `price_changed` (with
   * `details.quote`) when the total differs from `request.expectedTotal`, `out_of_stock` (with
   * `details.quote`) when a line can no longer be ordered, `validation` (with `fieldErrors`) for bad
   * contact or address data, `conflict` with `details.reason` `idempotency_key_reused` (and the
   * `orderNumber` and `accessToken` of the order the key placed) when the key already placed a
   * different order.
   */
  submitOrder(request: OrderRequest, ctx: SubmitContext): Promise<OrderWithAccess>;
  /**
   * Finds an order by its number and the contact given at checkout, and resolves with it and a fresh
   * access token. Rejects `not_found` for an unknown number or a contact that does not match (the
   * same answer for both), `rate_limited` (with `retryAfterSeconds`) after too many wrong guesses.
   */
  lookupOrder(request: OrderLookupRequest, ctx?: RequestContext): Promise<OrderWithAccess>;
  /**
   * An order by number. Rejects `not_found` for an unknown number and for a number without valid
   * proof of access (the same answer for both), `unauthorized` for a session that is no longer
   * valid, `rate_limited` after too many wrong guesses.
   */
  getOrder(orderNumber: string, access: OrderAccess, ctx?: RequestContext): Promise<Order>;
  /**
   * Whether an order has been paid. `ctx.refresh`: ask the payment provider now (the shopper pressed
   * "I have paid: check now") rather than answer what the backend knows. Rejects like
   * {@link BackendAdapter.getOrder}.
   */
  getPaymentStatus(orderNumber: string, access: OrderAccess, ctx?: RequestContext & { refresh?: boolean }): Promise<PaymentStatus>;

  // Shopper actions after the order (issue 4). Optional for now, so adapters written before them stay
  // valid; a widget offers an action only when the adapter has the method and the transition table
  // (`allowedShopperActions()` in `order-lifecycle.ts`) allows it in the order's status.

  /**
   * Follows an order as it changes (optional; without it, storefronts poll {@link BackendAdapter.getOrder}):
   * calls `onOrder` with the order at once and after every change, until the stream ends (resolves:
   * the order reached a terminal status, or the server closed it) or breaks (rejects, e.g. `network`;
   * `not_found` / `unauthorized` like `getOrder`). `ctx.signal` ends it (`aborted`).
   */
  watchOrder?(orderNumber: string, access: OrderAccess, onOrder: (order: Order) => void, ctx?: RequestContext): Promise<void>;

  /**
   * Cancels an unpaid order and releases its stock. Rejects `not_found` for an unknown number or no
   * valid proof of access, `conflict` when the order's status no longer allows it (paid, shipped...).
   */
  cancelOrder?(orderNumber: string, access: OrderAccess, ctx?: RequestContext): Promise<Order>;
  /**
   * Sends a not-yet-shipped order to another address (same country). Rejects `validation` with
   * `shippingAddress.*` field errors, `not_found` and `conflict` like {@link BackendAdapter.cancelOrder}.
   */
  changeShippingAddress?(orderNumber: string, access: OrderAccess, address: Address, ctx?: RequestContext): Promise<Order>;
  /**
   * Asks for a refund of a paid, not-yet-shipped order; the order becomes `refund_requested`. Rejects
   * `validation` (field `reason`), `not_found` and `conflict` like {@link BackendAdapter.cancelOrder}.
   */
  requestRefund?(orderNumber: string, access: OrderAccess, request: RefundRequest, ctx?: RequestContext): Promise<Order>;
  /**
   * Uploads one photo for a return request of a shipped or completed order, reporting progress
   * (0–1). Rejects `validation` (field `photos`, code `photo_type` or `photo_too_large`) for a type
   * outside `RETURN_PHOTO_TYPES` or a file over `RETURN_PHOTO_MAX_BYTES`, `not_found`, `conflict`.
   */
  uploadReturnPhoto?(
    orderNumber: string,
    access: OrderAccess,
    photo: Blob,
    ctx?: RequestContext & { onProgress?: (fraction: number) => void },
  ): Promise<UploadedPhoto>;
  /**
   * Asks to send a shipped or completed order back; the order becomes `return_requested`. Rejects
   * `validation` (fields `reason`, `photos`), `not_found` and `conflict` like {@link BackendAdapter.cancelOrder}.
   */
  requestReturn?(orderNumber: string, access: OrderAccess, request: ReturnRequest, ctx?: RequestContext): Promise<Order>;

  /**
   * The products (with current stock) that have a variant with one of `skus` (compared without
   * regard to case), each once: how a quick order finds what a buyer typed. Unknown SKUs are simply
   * absent. Optional (quick order needs it). Rejects `validation` for no SKU, more than 200, or one
   * longer than 64 characters.
   */
  findSkus?(skus: string[], ctx?: RequestContext): Promise<Product[]>;

  // Bookings (issue 3). Optional, so goods-only backends stay valid; a bookable product can only be
  // added to the cart when the adapter has all three.

  /**
   * What a bookable product has free: slots with remaining capacity, nights with prices and rooms
   * left, or the seats taken in a session. Rejects `not_found` for an unknown product or session,
   * `validation` for a range the backend refuses (too long, `to` before `from`).
   */
  getAvailability?(request: AvailabilityRequest, ctx?: RequestContext): Promise<Availability>;
  /**
   * Reserves a pick for a few minutes (checked and stored in one atomic step, so two shoppers never
   * hold the same slot, night or seat). Rejects `conflict` when it was taken meanwhile (`details`
   * may name the seats or nights), `validation` with `fieldErrors` when the pick breaks the product's
   * rules (minimum stay, closed night, too many seats, lead time), `not_found` for an unknown product.
   */
  placeHold?(request: PlaceHoldRequest, ctx?: RequestContext): Promise<Hold>;
  /** Gives a hold back early (the line was removed). Unknown or lapsed holds are ignored. */
  releaseHold?(holdId: string, ctx?: RequestContext): Promise<void>;

  // After the order, part 2 (issue 4): editing unpaid orders, accounts, risk checks. Optional too.

  /**
   * Replaces the lines of an unpaid order (quantities changed, lines removed) and prices it again.
   * Rejects `conflict` when the order is no longer `pending_payment`, `price_changed` (with
   * `details.quote`) when `request.expectedTotal` differs, `out_of_stock`, `validation`, `not_found`.
   */
  editOrder?(orderNumber: string, access: OrderAccess, request: EditOrderRequest, ctx?: RequestContext): Promise<Order>;
  /**
   * Moves one booking line of an order to another pick (same product and variant) inside the line's
   * rescheduling window; the old slot, nights or seats are given back and the new ones claimed in
   * one atomic step, and the status is kept. Rejects `conflict` when the status does not allow it or
   * the window has closed (`details.reason` `window_closed`, with `until`) or the new pick was taken
   * (`details.reason` `booking_taken`); `validation` with `fieldErrors` for a bad line
   * (`lineIndex`: `unknown_line`, `not_a_booking`), a pick that breaks the product's rules
   * (`booking.*`), the same pick (`booking_unchanged`) or a different price (`booking`:
   * `price_differs`, with `details.unitPrice`); `not_found`.
   */
  rescheduleBooking?(orderNumber: string, access: OrderAccess, request: RescheduleBookingRequest, ctx?: RequestContext): Promise<Order>;
  /**
   * Sends a one-time sign-in code by SMS or e-mail. Rejects `validation` (field `destination`) for a
   * malformed phone number or address, `rate_limited` (with `retryAfterSeconds`) when codes were
   * asked for too often.
   */
  requestSignInCode?(request: { channel: CodeChannel; destination: string }, ctx?: RequestContext): Promise<SentCode>;
  /**
   * Exchanges a code for a session. Rejects `validation` (field `code`: `code_wrong` or
   * `code_expired`), `rate_limited` after too many wrong tries.
   */
  verifySignInCode?(request: { channel: CodeChannel; destination: string; code: string }, ctx?: RequestContext): Promise<Session>;
  /** Ends a session on the backend. Unknown or expired tokens are ignored. */
  signOut?(sessionToken: string, ctx?: RequestContext): Promise<void>;
  /** The signed-in shopper's orders, newest first. Rejects `unauthorized` for a token that is no longer valid. */
  listOrders?(sessionToken: string, ctx?: RequestContext): Promise<Order[]>;
  /**
   * Sends the code of a `verification_required` challenge again. Rejects `rate_limited` (with
   * `retryAfterSeconds`), `not_found` for an unknown or finished challenge.
   */
  resendVerificationCode?(challengeId: string, ctx?: RequestContext): Promise<SentCode>;

  // Recommendations (issue 18). Optional: without it a storefront shows none.

  /**
   * Products to recommend in a context (the product looked at, the cart, the products viewed on
   * the device, the signed-in shopper of `ctx.sessionToken`), each with why; never one that is out
   * of stock or in the cart. Rejects `validation` for a malformed request, `unauthorized` for a
   * session that is no longer valid.
   */
  getRecommendations?(request: RecommendationRequest, ctx?: RequestContext & { sessionToken?: string }): Promise<RecommendationList>;
  /**
   * The signed-in shopper's browsing history as the backend keeps it: viewed product ids, newest
   * first. Optional, with `recordProductView` and
   * `clearViewedProducts`: without them a signed-in shopper's history stays on
   * the device. Rejects `unauthorized` for a session that is no longer valid.
   */
  listViewedProducts?(sessionToken: string, ctx?: RequestContext): Promise<ViewedProducts>;
  /** Records that the signed-in shopper viewed `productId` (moved to the front); answers the history after. Rejects `unauthorized`, `not_found` for an unknown product. */
  recordProductView?(sessionToken: string, productId: string, ctx?: RequestContext): Promise<ViewedProducts>;
  /** Forgets the signed-in shopper's browsing history on the backend; answers it (empty). Rejects `unauthorized`. */
  clearViewedProducts?(sessionToken: string, ctx?: RequestContext): Promise<ViewedProducts>;
  // Reviews (issue 18). Optional: a widget offers reviews only when the adapter has both.

  /** The reviews the shopper wrote for the lines of an order (one per line at most). Rejects like {@link BackendAdapter.getOrder}. */
  listOrderReviews?(orderNumber: string, access: OrderAccess, ctx?: RequestContext): Promise<ReviewRecord[]>;
  /**
   * Writes or edits the review of one line of a completed order; an edit keeps the previous version
   * and makes the review `pending` again. Photos are uploaded first with {@link BackendAdapter.uploadReturnPhoto}
   * (the same rules). Rejects `validation` (`rating`, `body`, `photos`, `lineIndex`), `conflict`
   * (`details.reason` `not_reviewable`) before the order is completed, `not_found`.
   */
  writeReview?(orderNumber: string, access: OrderAccess, lineIndex: number, draft: ReviewDraft, ctx?: RequestContext): Promise<ReviewRecord>;

  // Requests for quote (issue 18, business buying). Optional: a storefront offers them only when the
  // adapter has all five. Every call is the signed-in buyer's (`sessionToken`); `unauthorized` for a
  // session that is no longer valid. The rules are `rfq-rules.ts` of `@orderzone/core/rfq`.

  /**
   * Sends a request for quote (status `requested`). Rejects `validation` with `fieldErrors`
   * (`rfqDraftProblems`: `lines.<i>.productId` `invalid_choice` for an unknown product, `lines.<i>.quantity`,
   * `targetDate`, `note`, `contact.*`, `company.*`).
   */
  createRfq?(sessionToken: string, draft: RfqDraft, ctx?: RequestContext): Promise<Rfq>;
  /** The signed-in buyer's requests for quote, newest first, each with its status now (`expired` once the prices lapsed). */
  listRfqs?(sessionToken: string, ctx?: RequestContext): Promise<Rfq[]>;
  /** One of the buyer's requests for quote. Rejects `not_found` for an unknown id or another buyer's. */
  getRfq?(sessionToken: string, rfqId: string, ctx?: RequestContext): Promise<Rfq>;
  /**
   * Accepts the quoted prices (`quoted` → `accepted`): checkout lines naming the request
   * (`LineRequest.rfqId`) then get them until the expiry, for one order. Rejects `conflict` with
   * `details.reason` `rfq_expired` (with `expiresAt`) or `rfq_status` (with `status`), `not_found`.
   */
  acceptRfq?(sessionToken: string, rfqId: string, ctx?: RequestContext): Promise<Rfq>;
  /** Declines the quoted prices, or withdraws a request not answered yet (→ `declined`). Rejects like `acceptRfq`. */
  declineRfq?(sessionToken: string, rfqId: string, ctx?: RequestContext): Promise<Rfq>;
}
