/**
 * The order rules, written once: catalog search, authoritative quotes, stock reservation,
 * idempotent order creation and statuses, and bookings (availability, holds that an order turns
 * into bookings; see `booking-ledger.ts`). The embedded backend calls it in the page; the msw
 * handlers in `http-handlers.ts` expose it over the REST contract for tests and demos.
 *
 * Payment is simulated: an order paid with Alipay or WeChat Pay gets a QR-code action whose payload
 * is a fake URL that expires after `PAYMENT_QR_TTL_MS` (then `getPaymentStatus()` answers
 * `expired`), and card, UnionPay and PayPal orders get a redirect to `#/pay/<orderNumber>`.
 * Nothing is charged; a merchant (or a demo) calls `markPaid()`.
 *
 * Returns: the shopper uploads photos (`uploadReturnPhoto()`, checked by `return-photos.ts`) and
 * then asks (`requestReturn()`); the merchant approves with a return address (`approveReturn()`) or
 * rejects (`rejectReturn()`), marks the parcel received (`receiveReturn()`) and refunds (`approveRefund()`).
 * Refund and return requests name lines and units, and the merchant decides per line
 * (`after-sale-requests.ts`, with the core's refund rule).
 *
 * Accounts and risk checks: one-time sign-in codes, sessions and the signed-in shopper's orders
 * (`accounts.ts`), and orders that need a code before they are placed (`risk-rules.ts`). The codes
 * are not really sent: they land in the state's outbox (`outbox()`), which the demo shows.
 *
 * Every status change goes through `nextStatus()` of the core's transition table
 * (`order-lifecycle.ts`), so an action the table does not allow fails with `conflict`, and every
 * change appends an entry to the order's `history`.
 *
 * The engine's calls and options are declared, each documented, in `order-engine-api.ts`; this module
 * wires each call to the module that does its job.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { isClaimActive } from '@orderzone/core/bookings';
import { skuKey } from '@orderzone/core/business';
import { CatalogQuerySchema, QuoteRequestSchema, SkuLookupRequestSchema, type SkuLookup, type SkuLookupRequest } from '@orderzone/core/schemas';
import type { CatalogQuery, Order, Product, ProductPage, Quote, QuoteRequest } from '@orderzone/core';
import type { EngineCore } from './engine-core.ts';
import { currentProduct, orderIn, restoreEngineState, type EngineState } from './engine-state.ts';
import { listOrderReviews, listReviews, moderateReview, writeReview } from './review-calls.ts';
import { recommend } from './recommendation-calls.ts';
import { clearViewedProducts, listViewedProducts, recordProductView } from './viewed-products.ts';
import { engineRfqs, quotedPricesOf } from './rfqs.ts';
import { createCatalogSearch } from './catalog-search.ts';
import { priceWithBookings as priceWithLedger, type PricedWithBookings } from './engine-pricing.ts';
import { paymentActionFor } from './payment-actions.ts';
import { lookupOrder, requireOwnOrder } from './order-access-calls.ts';
import { submitOrder, type OrderShop } from './order-submission.ts';
import { cancelOrder, changeShippingAddress, expireIfOverdue, getPaymentStatus, markPaid, markShipped, setPaymentAction, transition } from './order-status-calls.ts';
import { listOrders as listSessionOrders, requestSignInCode, signOut as endSession, verifySignInCode } from './accounts.ts';
import { checkRiskRules, resendVerificationCode } from './risk-rules.ts';
import { editOrder as editOrderLines } from './order-edits.ts';
import { rescheduleBooking as rescheduleBookingLine } from './booking-lifecycle.ts';
import { fieldErrorsFromIssues, validationError } from './request-validation.ts';
import {
  approveRefund, approveReturn, decideReturn, previewRefund, rejectRefund, requestRefund, requestReturn, uploadReturnPhoto,
} from './after-sale-calls.ts';
import { availabilityOf } from './booking-availability.ts';
import { placeHold as placeBookingHold, releaseHold as releaseBookingHold } from './booking-holds.ts';
import type { BookingLedger } from './booking-ledger.ts';
import type { OrderEngine, OrderEngineOptions } from './order-engine-api.ts';

export { initialEngineState, type EngineState, type ShopSeed } from './engine-state.ts';
export { DEFAULT_PAGE_SIZE } from './catalog-search.ts';
export { PAYMENT_QR_TTL_MS } from './payment-actions.ts';
export { MAX_ORDER_NOTE_LENGTH } from './request-validation.ts';
export { MAX_IDEMPOTENCY_KEY_LENGTH } from './order-submission.ts';
export type { MerchantDecision, RefundPreview } from './after-sale-calls.ts';
export type { OrderEngine, OrderEngineOptions } from './order-engine-api.ts';

/** The order engine over a seed and a state. */
export function createOrderEngine(options: OrderEngineOptions): OrderEngine {
  const { seed } = options;
  const now = options.now ?? (() => new Date());
  const currency = seed.pricing.currency;
  const productIndex = new Map(seed.products.map((p, index) => [p.id, { product: p, index }]));
  const catalog = createCatalogSearch(seed);
  const risk = checkRiskRules(options.risk, currency);
  /** Phone numbers for sign-in are judged by the shop's first country. */
  const country = seed.countries[0] ?? 'CN';
  let state = restoreEngineState(seed, options.state, options.strictState === true);
  const tokenDigest = options.tokenDigest ?? ((token: string) => token);
  const paymentAction = options.paymentAction ?? paymentActionFor;
  const shop: OrderShop = { seed, risk, unpaidOrderMinutes: options.unpaidOrderMinutes };

  /** A seed product with the stock it has now and its published reviews. */
  function current(product: Product): Product {
    return currentProduct(product, state);
  }

  function lookup(productId: string): Product | undefined {
    const entry = productIndex.get(productId);
    return entry ? current(entry.product) : undefined;
  }

  function changed(): void {
    options.onChange?.(snapshot());
  }

  function snapshot(): EngineState {
    return structuredClone(state);
  }

  function searchProducts(rawQuery: CatalogQuery): ProductPage {
    const parsed = CatalogQuerySchema.safeParse(rawQuery ?? {});
    if (!parsed.success) throw validationError('The catalog query is not valid.', fieldErrorsFromIssues(parsed.error.issues, rawQuery));
    return catalog.search(parsed.data, state.stock, state.reviews);
  }

  function getProduct(productId: string): Product {
    const product = typeof productId === 'string' ? lookup(productId) : undefined;
    if (!product) throw new OrderZoneError('not_found', `There is no product "${String(productId)}".`, { details: { productId } });
    return product;
  }

  function findSkus(rawRequest: SkuLookupRequest): SkuLookup {
    const parsed = SkuLookupRequestSchema.safeParse(rawRequest);
    if (!parsed.success) throw validationError('A SKU lookup needs 1–200 SKUs of 1–64 characters.', fieldErrorsFromIssues(parsed.error.issues, rawRequest));
    const wanted = new Set(parsed.data.skus.map(skuKey));
    const products = [...productIndex.values()]
      .filter(({ product }) => product.variants.some((variant) => wanted.has(skuKey(variant.sku))))
      .map(({ product }) => current(product));
    return { products };
  }

  /** The holds and bookings in the state. */
  function ledger(): BookingLedger {
    return { holds: state.holds ?? [], bookings: state.bookings ?? [] };
  }

  function price(request: QuoteRequest, mode: 'quote' | 'submit' = 'quote'): Quote {
    return priceWithBookings(request, mode).quote;
  }

  /** The engine's quote with the current stock, holds and bookings (see `engine-pricing.ts`). */
  function priceWithBookings(request: QuoteRequest, mode: 'quote' | 'submit'): PricedWithBookings {
    return priceWithLedger(request, mode, { lookup, ledger: ledger(), pricing: seed.pricing, at: now(), quoted: quotedPricesOf(state.rfqs, now(), request.orderNumber) });
  }

  function quote(rawRequest: QuoteRequest): Quote {
    const parsed = QuoteRequestSchema.safeParse(rawRequest);
    if (!parsed.success) throw validationError('The quote request is not valid.', fieldErrorsFromIssues(parsed.error.issues, rawRequest));
    return price(parsed.data);
  }

  function requireOrder(orderNumber: string): Order {
    const order = typeof orderNumber === 'string' ? orderIn(state, orderNumber) : undefined;
    if (!order) throw new OrderZoneError('not_found', `There is no order "${String(orderNumber)}".`, { details: { orderNumber } });
    return order;
  }


  /** What `order-edits.ts` and `booking-lifecycle.ts` need of the engine. */
  const core: EngineCore = {
    now,
    digest: tokenDigest,
    state: () => state,
    commit(next) {
      state = next;
    },
    ledger,
    lookup,
    price: priceWithBookings,
    requireOwnOrder: (...args) => requireOwnOrder(core, ...args),
    requireOrder,
    transition: (...args) => transition(core, ...args),
    paymentAction,
    store(next) {
      state = next;
      changed();
    },
  };

  return {
    listCategories: () => structuredClone(seed.categories),
    searchProducts,
    getProduct,
    findSkus,
    getCheckoutOptions: () => structuredClone({ paymentMethods: seed.paymentMethods, countries: seed.countries }),
    quote,
    submitOrder: (...args) => submitOrder(core, shop, ...args),
    lookupOrder: (...args) => lookupOrder(core, ...args),
    getOrder: (...args) => structuredClone(requireOwnOrder(core, ...args)),
    getPaymentStatus: (...args) => getPaymentStatus(core, ...args),
    cancelOrder: (...args) => cancelOrder(core, ...args),
    changeShippingAddress: (...args) => changeShippingAddress(core, ...args),
    requestRefund: (...args) => requestRefund(core, ...args),
    markPaid: (orderNumber) => markPaid(core, orderNumber),
    markShipped: (...args) => markShipped(core, ...args),
    markCompleted: (orderNumber) => transition(core, requireOrder(orderNumber), 'complete'),
    approveRefund: (...args) => approveRefund(core, ...args),
    previewRefund: (...args) => previewRefund(core, ...args),
    rejectRefund: (...args) => rejectRefund(core, ...args),
    uploadReturnPhoto: (...args) => uploadReturnPhoto(core, ...args),
    requestReturn: (...args) => requestReturn(core, ...args),
    approveReturn: (...args) => approveReturn(core, ...args),
    rejectReturn: (orderNumber, decision) => decideReturn(core, orderNumber, 'reject_return', decision),
    receiveReturn: (orderNumber, decision) => decideReturn(core, orderNumber, 'receive_return', decision),
    getAvailability: (request) => availabilityOf(lookup, ledger(), request, now()),
    placeHold(request) {
      const placed = placeBookingHold(lookup, ledger(), request, now(), options.holdMinutes === undefined ? {} : { holdMinutes: options.holdMinutes });
      state = { ...state, holds: placed.ledger.holds, bookings: placed.ledger.bookings };
      changed();
      return placed.hold;
    },
    releaseHold(holdId) {
      const active = typeof holdId === 'string' && ledger().holds.some((hold) => hold.id === holdId && isClaimActive(hold, now()));
      if (typeof holdId === 'string' && ledger().holds.some((hold) => hold.id === holdId)) {
        state = { ...state, holds: releaseBookingHold(ledger(), holdId).holds };
        changed();
      }
      return active;
    },
    editOrder: (orderNumber, access, request, caller) => editOrderLines(core, orderNumber, access, request, caller),
    rescheduleBooking: (orderNumber, access, request, caller) => rescheduleBookingLine(core, orderNumber, access, request, caller),
    markFulfilled: (orderNumber) => transition(core, requireOrder(orderNumber), 'fulfill'),
    expireOrder: (orderNumber) => structuredClone(expireIfOverdue(core, requireOrder(orderNumber))),
    setPaymentAction: (...args) => setPaymentAction(core, ...args),
    requestSignInCode: (request) => requestSignInCode(core, request, country),
    verifySignInCode: (request) => verifySignInCode(core, request, country),
    signOut: (sessionToken) => endSession(core, sessionToken),
    listOrders: (sessionToken) => listSessionOrders(core, sessionToken),
    resendVerificationCode: (challengeId) => resendVerificationCode(core, challengeId),
    recommend: (request, sessionToken, signals) => recommend(core, seed, request, sessionToken, signals),
    listViewedProducts: (sessionToken) => listViewedProducts(core, sessionToken),
    recordProductView: (sessionToken, productId) => recordProductView(core, sessionToken, productId),
    clearViewedProducts: (sessionToken) => clearViewedProducts(core, sessionToken),
    outbox: () => [...(state.outbox ?? [])].reverse().map((message) => ({ ...message })),
    listOrderReviews: (...args) => listOrderReviews(core, ...args),
    writeReview: (...args) => writeReview(core, ...args),
    listReviews: (filter) => listReviews(core, filter),
    moderateReview: (reviewId, moderation) => moderateReview(core, reviewId, moderation),
    rfqs: engineRfqs(core, currency),
    snapshot,
  };
}
