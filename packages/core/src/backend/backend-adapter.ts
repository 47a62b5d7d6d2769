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
import type { Address, CheckoutOptions, Order, OrderRequest, PaymentStatus, Quote, QuoteRequest, RefundRequest } from '../order/order-schema.ts';

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
}

/** Proves that the caller may read an order: the contact used when placing it. */
export interface OrderAccess {
  /** The phone number or e-mail address given at checkout. */
  contact?: string;
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
   * Places an order. Rejects `price_changed` (with `details.quote`) when the total differs from
   * `request.expectedTotal`, `out_of_stock` (with `details.quote`) when a line can no longer be
   * ordered, `validation` (with `fieldErrors`) for bad contact or address data.
   */
  submitOrder(request: OrderRequest, ctx: SubmitContext): Promise<Order>;
  /** An order by number. Rejects `not_found` for an unknown number or a contact that does not match. */
  getOrder(orderNumber: string, access?: OrderAccess, ctx?: RequestContext): Promise<Order>;
  /** Whether an order has been paid. */
  getPaymentStatus(orderNumber: string, ctx?: RequestContext): Promise<PaymentStatus>;

  // Shopper actions after the order (issue 4). Optional for now, so adapters written before them stay
  // valid; a widget offers an action only when the adapter has the method and the transition table
  // (`allowedShopperActions()` in `order-lifecycle.ts`) allows it in the order's status.

  /**
   * Cancels an unpaid order and releases its stock. Rejects `not_found` for an unknown number or a
   * contact that does not match, `conflict` when the order's status no longer allows it (paid, shipped...).
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
}
