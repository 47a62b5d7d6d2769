/**
 * The order engine as an asynchronous service over an {@link EngineStore}: every call of the
 * contract and of the merchant, each one transaction on the part of the state it needs. The
 * embedded backend runs it over the browser store; `@orderzone/server` over PostgreSQL. The rules
 * are the engine's, written once; this module only says, for each call, which part of the state
 * that is (its {@link ScopePlan}), so that a store keeping rows can load and lock exactly those.
 *
 * A plan names what the rules read: a call on an order names the order (with its tokens and
 * photos), then the stock and booking ledgers of its lines; a submission names its idempotency key,
 * its lines' stock and ledgers, the one-time codes of its contact phone and the contact's orders of
 * the last hour (the risk rules); a call with a session names the session.
 *
 * @module
 */
import type {
  Address, Availability, AvailabilityRequest, Category, CatalogQuery, CheckoutOptions, CodeChannel, EditOrderRequest, Hold, Order, OrderAccess,
  OrderLookupRequest, OrderRequest, OrderWithAccess, PaymentAction, PaymentStatus, PlaceHoldRequest, Product, ProductPage, Quote, QuoteRequest, RefundRequest,
  RescheduleBookingRequest, ReturnInstructions, ReturnRequest, SentCode, Session, Tracking, UploadedPhoto, RecommendationList, RecommendationRequest, ReviewRecord, ViewedProducts,
} from '@orderzone/core';
import type { ReviewFilter } from './reviews.ts';
import { parseOrderNumber, reviewIdOf } from '@orderzone/core/orders';
import type { SkuLookup, SkuLookupRequest } from '@orderzone/core/schemas';
import { normalizeContact } from './contact-match.ts';
import type { EngineState, MerchantDecision, OrderEngine, RefundPreview } from './order-engine.ts';
import type { EngineStore, ScopePlan, StateScope } from './engine-store.ts';
import type { Caller } from './order-access.ts';
import type { ReturnPhotoFile } from './return-photos.ts';
import { parseRecommendationRequest, type RecommendationSignals } from './recommendations.ts';
import { createRfqService, type RfqService } from './rfq-service.ts';

/** Every call of the engine, asynchronous, each a transaction of its store. */
export interface OrderService {
  listCategories(): Promise<Category[]>;
  searchProducts(query: CatalogQuery): Promise<ProductPage>;
  getProduct(productId: string): Promise<Product>;
  findSkus(request: SkuLookupRequest): Promise<SkuLookup>;
  getCheckoutOptions(): Promise<CheckoutOptions>;
  quote(request: QuoteRequest): Promise<Quote>;
  submitOrder(request: OrderRequest, idempotencyKey: string, verification?: { id: string; code: string }, caller?: Caller): Promise<OrderWithAccess>;
  lookupOrder(request: OrderLookupRequest, caller?: Caller): Promise<OrderWithAccess>;
  getOrder(orderNumber: string, access: OrderAccess, caller?: Caller): Promise<Order>;
  /** `refresh`: ask the payment provider now rather than answer what is known ("I have paid: check now"); a store without a provider ignores it. */
  getPaymentStatus(orderNumber: string, access: OrderAccess, caller?: Caller, options?: { refresh?: boolean }): Promise<PaymentStatus>;
  cancelOrder(orderNumber: string, access: OrderAccess, caller?: Caller): Promise<Order>;
  changeShippingAddress(orderNumber: string, access: OrderAccess, address: Address, caller?: Caller): Promise<Order>;
  requestRefund(orderNumber: string, access: OrderAccess, request: RefundRequest, caller?: Caller): Promise<Order>;
  uploadReturnPhoto(orderNumber: string, access: OrderAccess, photo: ReturnPhotoFile, caller?: Caller): Promise<UploadedPhoto>;
  requestReturn(orderNumber: string, access: OrderAccess, request: ReturnRequest, caller?: Caller): Promise<Order>;
  editOrder(orderNumber: string, access: OrderAccess, request: EditOrderRequest, caller?: Caller): Promise<Order>;
  rescheduleBooking(orderNumber: string, access: OrderAccess, request: RescheduleBookingRequest, caller?: Caller): Promise<Order>;
  getAvailability(request: AvailabilityRequest): Promise<Availability>;
  placeHold(request: PlaceHoldRequest): Promise<Hold>;
  releaseHold(holdId: string): Promise<boolean>;
  requestSignInCode(request: { channel: CodeChannel; destination: string }): Promise<SentCode>;
  verifySignInCode(request: { channel: CodeChannel; destination: string; code: string }): Promise<Session>;
  signOut(sessionToken: string): Promise<boolean>;
  listOrders(sessionToken: string): Promise<Order[]>;
  resendVerificationCode(challengeId: string): Promise<SentCode>;
  /** Products to recommend; `sessionToken`: the signed-in shopper (`unauthorized` when no longer valid). See `recommendations.ts`. */
  recommend(request: RecommendationRequest, sessionToken?: string): Promise<RecommendationList>;
  /** The signed-in shopper's viewed products, newest first (see `viewed-products.ts`). */
  listViewedProducts(sessionToken: string): Promise<ViewedProducts>;
  /** Puts `productId` first in the signed-in shopper's viewed products. */
  recordProductView(sessionToken: string, productId: string): Promise<ViewedProducts>;
  /** Forgets the signed-in shopper's viewed products. */
  clearViewedProducts(sessionToken: string): Promise<ViewedProducts>;
  listOrderReviews(orderNumber: string, access: OrderAccess, caller?: Caller): Promise<ReviewRecord[]>;
  writeReview(orderNumber: string, access: OrderAccess, lineIndex: number, draft: unknown, caller?: Caller): Promise<ReviewRecord>;
  // The merchant's side.
  /** Reviews by status and product, newest change first. */
  listReviews(filter?: ReviewFilter): Promise<ReviewRecord[]>;
  /** Publish, hide with a reason, or reply to a review. */
  moderateReview(reviewId: string, moderation: unknown): Promise<ReviewRecord>;
  /** Requests for quote: the buyer's and the merchant's calls (see `rfq-service.ts`). */
  rfqs: RfqService;
  markPaid(orderNumber: string): Promise<Order>;
  markShipped(orderNumber: string, tracking: Tracking): Promise<Order>;
  markCompleted(orderNumber: string): Promise<Order>;
  markFulfilled(orderNumber: string): Promise<Order>;
  /** Refunds the open request for the units `decision.lines` accepts (absent: all); see `OrderEngine.approveRefund`. */
  approveRefund(orderNumber: string, decision?: MerchantDecision): Promise<Order>;
  /** What `approveRefund` with `decision` would refund now (read only): a payment provider refunds this amount first. */
  previewRefund(orderNumber: string, decision?: MerchantDecision): Promise<RefundPreview>;
  rejectRefund(orderNumber: string, decision?: MerchantDecision): Promise<Order>;
  approveReturn(orderNumber: string, instructions: ReturnInstructions, decision?: Pick<MerchantDecision, 'lines'>): Promise<Order>;
  rejectReturn(orderNumber: string, decision?: MerchantDecision): Promise<Order>;
  receiveReturn(orderNumber: string, decision?: MerchantDecision): Promise<Order>;
  // The backend's own.
  expireOrder(orderNumber: string): Promise<Order>;
  setPaymentAction(orderNumber: string, action: PaymentAction): Promise<Order>;
}

/** How long the risk rules look back for a contact's orders (`risk-rules.ts`). */
const RISK_WINDOW_MS = 60 * 60 * 1000;

/** A call on a signed-in shopper's viewed products: the session, then that shopper's history. */
function viewedPlan(sessionToken: string, extra: StateScope = {}): ScopePlan {
  return { scope: { ...extra, sessions: [text(sessionToken)] }, then: (loaded) => ({ viewedBy: (loaded.sessions ?? []).map((s) => s.destination) }) };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The order number as the engine stores it (the canonical form when it is one). */
function orderKey(orderNumber: unknown): string {
  return parseOrderNumber(text(orderNumber)) ?? text(orderNumber);
}

/** Product and variant ids of request lines, ignoring malformed ones (the engine refuses those). */
function linesScope(lines: unknown): StateScope {
  const rows = Array.isArray(lines) ? (lines as { productId?: unknown; variantId?: unknown; booking?: unknown; rfqId?: unknown }[]) : [];
  const products = rows.map((line) => text(line?.productId)).filter(Boolean);
  const rfqs = rows.map((line) => text(line?.rfqId)).filter(Boolean);
  return { stockOfProducts: products, ledgers: rows.filter((line) => line?.booking !== undefined).map((line) => text(line.productId)).filter(Boolean), ...(rfqs.length > 0 ? { rfqs: { ids: rfqs } } : {}) };
}

/** The stock and ledgers of every line of the orders loaded: what a transition may give back or claim; and the requests for quote their lines were bought under (an edit keeps the quoted price). */
function ordersLines(loaded: EngineState, extra: StateScope = {}): StateScope {
  const products = loaded.orders.flatMap((order) => order.lines.map((line) => line.productId));
  const rfqs = [...loaded.orders.flatMap((order) => order.lines.flatMap((line) => (line.rfqId === undefined ? [] : [line.rfqId]))), ...(extra.rfqs?.ids ?? [])];
  return { stockOfProducts: [...products, ...(extra.stockOfProducts ?? [])], ledgers: [...products, ...(extra.ledgers ?? [])], ...(rfqs.length > 0 ? { rfqs: { ids: rfqs } } : {}) };
}

/** A call on one order: the order with its tokens, the session if any, the caller's wrong guesses; then its lines' stock and ledgers. */
function orderPlan(orderNumber: unknown, access: OrderAccess | undefined, caller: Caller | undefined, extra: StateScope = {}): ScopePlan {
  const number = orderKey(orderNumber);
  return {
    scope: {
      orders: [number],
      ...(typeof access?.sessionToken === 'string' ? { sessions: [access.sessionToken] } : {}),
      guesses: { orderNumbers: [number, text(orderNumber)], clients: [caller?.clientId ?? 'local'] },
    },
    then: (loaded) => ordersLines(loaded, extra),
  };
}

/** A shopper's call on the reviews of one order: the order as for {@link orderPlan}, with its reviews (and photos). */
function reviewPlan(orderNumber: unknown, access: OrderAccess | undefined, caller: Caller | undefined, ids: readonly string[] = []): ScopePlan {
  const plan = orderPlan(orderNumber, access, caller);
  // The review's id is locked too, as a merchant's moderation of it is.
  return { scope: { ...plan.scope, reviews: { orders: [orderKey(orderNumber)], ids } } };
}

/** A merchant's call on one order: the order, then its lines' stock and ledgers. */
function merchantPlan(orderNumber: unknown): ScopePlan {
  return { scope: { orders: [orderKey(orderNumber)] }, then: (loaded) => ordersLines(loaded) };
}

/** Options of {@link createOrderService}. */
export interface OrderServiceOptions {
  /**
   * Counts what recommendations read of the orders (co-purchases, units sold) where the store
   * does not load every order (the server: in SQL). Default: the engine counts the orders of its state.
   */
  recommendationSignals?: (request: RecommendationRequest) => Promise<RecommendationSignals>;
}

/** The service of the engine over `store`. */
export function createOrderService(store: EngineStore, options: OrderServiceOptions = {}): OrderService {
  const write = <T>(plan: ScopePlan, work: (engine: OrderEngine) => T): Promise<T> => store.transact(plan, work);
  const read = <T>(plan: ScopePlan, work: (engine: OrderEngine) => T): Promise<T> => store.read(plan, work);
  const none: ScopePlan = { scope: {} };

  return {
    listCategories: () => read(none, (e) => e.listCategories()),
    searchProducts: (query) => read({ scope: { allStock: true, reviews: { published: true } } }, (e) => e.searchProducts(query)),
    getProduct: (productId) => read({ scope: { stockOfProducts: [text(productId)], reviews: { products: [text(productId)] } } }, (e) => e.getProduct(productId)),
    findSkus: (request) => read({ scope: { allStock: true } }, (e) => e.findSkus(request)),
    getCheckoutOptions: () => read(none, (e) => e.getCheckoutOptions()),
    quote: (request) => read({ scope: linesScope(request?.lines) }, (e) => e.quote(request)),
    submitOrder(request, idempotencyKey, verification) {
      const phone = normalizeContact(text(request?.contact?.phone));
      const email = normalizeContact(text(request?.contact?.email));
      const contacts = [phone, email].filter(Boolean);
      const key = text(idempotencyKey).trim();
      return write(
        {
          scope: {
            ...linesScope(request?.lines),
            idempotencyKeys: [key],
            codeDestinations: contacts,
            ...(verification?.id ? { codes: [text(verification.id)] } : {}),
            ordersOfContacts: { contacts, withinMs: RISK_WINDOW_MS },
          },
          // A retry answers the order its key placed: that order too.
          then: (loaded) => {
            const placed = loaded.idempotency[key]?.orderNumber;
            return placed ? { orders: [placed] } : {};
          },
        },
        (e) => e.submitOrder(request, idempotencyKey, verification),
      );
    },
    lookupOrder(request, caller) {
      const number = orderKey(request?.orderNumber);
      return write(
        { scope: { orders: [number], guesses: { orderNumbers: [number], clients: [caller?.clientId ?? 'local'] } } },
        (e) => e.lookupOrder(request, caller),
      );
    },
    getOrder: (orderNumber, access, caller) => write(orderPlan(orderNumber, access, caller), (e) => e.getOrder(orderNumber, access, caller)),
    getPaymentStatus: (orderNumber, access, caller) => write(orderPlan(orderNumber, access, caller), (e) => e.getPaymentStatus(orderNumber, access, caller)),
    cancelOrder: (orderNumber, access, caller) => write(orderPlan(orderNumber, access, caller), (e) => e.cancelOrder(orderNumber, access, caller)),
    changeShippingAddress: (orderNumber, access, address, caller) =>
      write(orderPlan(orderNumber, access, caller), (e) => e.changeShippingAddress(orderNumber, access, address, caller)),
    requestRefund: (orderNumber, access, request, caller) => write(orderPlan(orderNumber, access, caller), (e) => e.requestRefund(orderNumber, access, request, caller)),
    uploadReturnPhoto: (orderNumber, access, photo, caller) => write(orderPlan(orderNumber, access, caller), (e) => e.uploadReturnPhoto(orderNumber, access, photo, caller)),
    requestReturn: (orderNumber, access, request, caller) => write(orderPlan(orderNumber, access, caller), (e) => e.requestReturn(orderNumber, access, request, caller)),
    editOrder: (orderNumber, access, request, caller) =>
      write(orderPlan(orderNumber, access, caller, linesScope(request?.lines)), (e) => e.editOrder(orderNumber, access, request, caller)),
    rescheduleBooking: (orderNumber, access, request, caller) => write(orderPlan(orderNumber, access, caller), (e) => e.rescheduleBooking(orderNumber, access, request, caller)),
    getAvailability: (request) => read({ scope: { ledgers: [text(request?.productId)] } }, (e) => e.getAvailability(request)),
    placeHold: (request) => write({ scope: { ledgers: [text(request?.productId)], stockOfProducts: [text(request?.productId)] } }, (e) => e.placeHold(request)),
    releaseHold: (holdId) =>
      write({ scope: { holds: [text(holdId)] }, then: (loaded) => ({ ledgers: (loaded.holds ?? []).map((hold) => hold.productId) }) }, (e) => e.releaseHold(holdId)),
    requestSignInCode: (request) => write({ scope: { codeDestinations: [normalizeContact(text(request?.destination))] } }, (e) => e.requestSignInCode(request)),
    verifySignInCode: (request) => write({ scope: { codeDestinations: [normalizeContact(text(request?.destination))] } }, (e) => e.verifySignInCode(request)),
    signOut: (sessionToken) => write({ scope: { sessions: [text(sessionToken)] } }, (e) => e.signOut(sessionToken)),
    listOrders: (sessionToken) =>
      read(
        { scope: { sessions: [text(sessionToken)] }, then: (loaded) => ({ ordersOfContacts: { contacts: (loaded.sessions ?? []).map((s) => s.destination) } }) },
        (e) => e.listOrders(sessionToken),
      ),
    resendVerificationCode: (challengeId) =>
      write(
        { scope: { codes: [text(challengeId)] }, then: (loaded) => ({ codeDestinations: (loaded.codes ?? []).map((code) => code.destination) }) },
        (e) => e.resendVerificationCode(challengeId),
      ),
    async recommend(rawRequest, sessionToken) {
      const request = parseRecommendationRequest(rawRequest);
      const signals = options.recommendationSignals ? await options.recommendationSignals(request) : undefined;
      const token = sessionToken === undefined ? undefined : text(sessionToken);
      return read(
        {
          // Without `signals` the engine counts the orders of its state: all of them in the browser store, which
          // loads everything; a store that loads rows by scope (the server) gives `recommendationSignals`.
          scope: { allStock: true, ...(token !== undefined ? { sessions: [token] } : {}) },
          then: (loaded) => {
            const shoppers = (loaded.sessions ?? []).map((s) => s.destination);
            return { ordersOfContacts: { contacts: shoppers }, viewedBy: shoppers };
          },
        },
        (e) => e.recommend(request, token, signals),
      );
    },
    listViewedProducts: (sessionToken) => read(viewedPlan(sessionToken), (e) => e.listViewedProducts(sessionToken)),
    recordProductView: (sessionToken, productId) =>
      write(viewedPlan(sessionToken, { stockOfProducts: [text(productId)] }), (e) => e.recordProductView(sessionToken, productId)),
    clearViewedProducts: (sessionToken) => write(viewedPlan(sessionToken), (e) => e.clearViewedProducts(sessionToken)),
    listOrderReviews: (orderNumber, access, caller) => write(reviewPlan(orderNumber, access, caller), (e) => e.listOrderReviews(orderNumber, access, caller)),
    writeReview: (orderNumber, access, lineIndex, draft, caller) =>
      write(reviewPlan(orderNumber, access, caller, Number.isInteger(lineIndex) ? [reviewIdOf(orderKey(orderNumber), lineIndex)] : []), (e) => e.writeReview(orderNumber, access, lineIndex, draft, caller)),
    listReviews: (filter) => read({ scope: { reviews: { all: true } } }, (e) => e.listReviews(filter)),
    moderateReview: (reviewId, moderation) => write({ scope: { reviews: { ids: [text(reviewId)] } } }, (e) => e.moderateReview(reviewId, moderation)),
    rfqs: createRfqService(store),
    markPaid: (orderNumber) => write(merchantPlan(orderNumber), (e) => e.markPaid(orderNumber)),
    markShipped: (orderNumber, tracking) => write(merchantPlan(orderNumber), (e) => e.markShipped(orderNumber, tracking)),
    markCompleted: (orderNumber) => write(merchantPlan(orderNumber), (e) => e.markCompleted(orderNumber)),
    markFulfilled: (orderNumber) => write(merchantPlan(orderNumber), (e) => e.markFulfilled(orderNumber)),
    approveRefund: (orderNumber, decision) => write(merchantPlan(orderNumber), (e) => e.approveRefund(orderNumber, decision)),
    previewRefund: (orderNumber, decision) => read(merchantPlan(orderNumber), (e) => e.previewRefund(orderNumber, decision)),
    rejectRefund: (orderNumber, decision) => write(merchantPlan(orderNumber), (e) => e.rejectRefund(orderNumber, decision)),
    approveReturn: (orderNumber, instructions, decision) => write(merchantPlan(orderNumber), (e) => e.approveReturn(orderNumber, instructions, decision)),
    rejectReturn: (orderNumber, decision) => write(merchantPlan(orderNumber), (e) => e.rejectReturn(orderNumber, decision)),
    receiveReturn: (orderNumber, decision) => write(merchantPlan(orderNumber), (e) => e.receiveReturn(orderNumber, decision)),
    expireOrder: (orderNumber) => write(merchantPlan(orderNumber), (e) => e.expireOrder(orderNumber)),
    // The order alone: setting its payment step never touches stock or bookings.
    setPaymentAction: (orderNumber, action) => write({ scope: { orders: [orderKey(orderNumber)] } }, (e) => e.setPaymentAction(orderNumber, action)),
  };
}
