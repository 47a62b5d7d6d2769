/**
 * The order rules, written once: catalog search, authoritative quotes, stock reservation,
 * idempotent order creation and statuses. The embedded backend calls it in the page; the msw
 * handlers in `http-handlers.ts` expose it over the REST contract for tests and demos.
 *
 * @module
 */
import type {
  Category, CatalogQuery, CheckoutOptions, Order, OrderAccess, OrderRequest, PaymentMethod, PaymentStatus,
  PricingRules, Product, ProductPage, Quote, QuoteRequest,
} from '@orderzone/core';

/** Everything a shop starts with. */
export interface ShopSeed {
  categories: Category[];
  products: Product[];
  pricing: PricingRules;
  paymentMethods: PaymentMethod[];
  /** Countries shipped to, first one the default. */
  countries: string[];
}

/** The engine's mutable state, serialisable as JSON so it can be persisted. */
export interface EngineState {
  version: 1;
  /** Variant id → units in stock (tracked variants only). */
  stock: Record<string, number>;
  orders: Order[];
  /** Idempotency key → order number and a fingerprint of the request it created. */
  idempotency: Record<string, { orderNumber: string; fingerprint: string }>;
  /** Sequence for order numbers. */
  sequence: number;
}

export interface OrderEngine {
  listCategories(): Category[];
  searchProducts(query: CatalogQuery): ProductPage;
  /** Throws `OrderZoneError('not_found')`. */
  getProduct(productId: string): Product;
  getCheckoutOptions(): CheckoutOptions;
  quote(request: QuoteRequest): Quote;
  /** Validates, re-prices, checks stock and `expectedTotal`, reserves stock, creates the order; idempotent per key. */
  submitOrder(request: OrderRequest, idempotencyKey: string): Order;
  /** Throws `not_found` for an unknown number or a contact (phone or e-mail) that does not match. */
  getOrder(orderNumber: string, access?: OrderAccess): Order;
  getPaymentStatus(orderNumber: string): PaymentStatus;
  /** Merchant call: marks an order paid. */
  markPaid(orderNumber: string): Order;
  /** A snapshot of the mutable state (for persistence). */
  snapshot(): EngineState;
}

export interface OrderEngineOptions {
  seed: ShopSeed;
  /** State to resume from; a fresh state is derived from the seed when absent or invalid. */
  state?: EngineState;
  /** Called after every change with the new state. */
  onChange?: (state: EngineState) => void;
  now?: () => Date;
}

export function createOrderEngine(_options: OrderEngineOptions): OrderEngine {
  throw new Error('not implemented');
}
