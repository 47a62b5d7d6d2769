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
import type { CheckoutOptions, Order, OrderRequest, PaymentStatus, Quote, QuoteRequest } from '../order/order-schema.ts';

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
}
