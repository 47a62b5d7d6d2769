/**
 * Checkout: the draft (contact, address, delivery, payment, note), validation, the authoritative
 * quote, what changed since the shopper last saw prices, and exactly-once submission.
 *
 * @module
 */
import type { ReadableAtom } from 'nanostores';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import type { LocalizedText } from '../catalog/catalog-schema.ts';
import type { Cart } from '../cart/cart.ts';
import type { FieldError, OrderZoneError } from '../errors.ts';
import type { Money } from '../money/money.ts';
import type { Address, CheckoutOptions, Contact, Order, Quote } from '../order/order-schema.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';
import type { AsyncState } from '../catalog/catalog-client.ts';

/** What the shopper has typed and chosen so far. Survives reloads. */
export interface CheckoutDraft {
  contact: Contact;
  shippingAddress: Address;
  shippingOptionId?: string;
  paymentMethodId?: string;
  couponCode?: string;
  note?: string;
}

/** One difference between what the shopper saw and the backend's quote. */
export type QuoteChange =
  | { kind: 'price'; lineKey: string; title: LocalizedText; before: Money; after: Money }
  | { kind: 'stock'; lineKey: string; title: LocalizedText; requested: number; available: number }
  | { kind: 'unavailable'; lineKey: string; title: LocalizedText }
  | { kind: 'total'; before: Money; after: Money };

/** Where the checkout is. */
export type CheckoutPhase =
  /** Filling in the form. */
  | 'editing'
  /** The quote changed; the shopper must look at `changes` and accept them before submitting. */
  | 'review_changes'
  /** The order is being placed. */
  | 'submitting'
  /** The order exists: `order` is set. */
  | 'completed';

export interface CheckoutState {
  phase: CheckoutPhase;
  /** Per-field problems from the last `validate()` or from the backend. */
  fieldErrors: FieldError[];
  /** Differences the shopper must accept (phase `review_changes`). */
  changes: QuoteChange[];
  /** The last submission failure, if any; the draft and cart are kept. */
  error?: OrderZoneError;
  order?: Order;
}

export interface Checkout {
  readonly $draft: ReadableAtom<CheckoutDraft>;
  readonly $options: ReadableAtom<AsyncState<CheckoutOptions>>;
  /** The backend's quote for the current cart and draft; refreshed when either changes. */
  readonly $quote: ReadableAtom<AsyncState<Quote>>;
  readonly $state: ReadableAtom<CheckoutState>;
  /** The last order placed in this shop (survives reloads, for the confirmation page). */
  readonly $lastOrder: ReadableAtom<Order | undefined>;
  /** Merges changes into the draft (nested objects merge field by field) and clears those fields' errors. */
  update(patch: { contact?: Partial<Contact>; shippingAddress?: Partial<Address>; shippingOptionId?: string; paymentMethodId?: string; couponCode?: string; note?: string }): void;
  loadOptions(): Promise<void>;
  /** Asks the backend for a new quote now. */
  refreshQuote(): Promise<void>;
  /** Checks the draft; sets and returns per-field errors (empty when valid). */
  validate(): FieldError[];
  /** Accepts the changes shown in `review_changes`: the cart takes the new prices and available quantities. */
  acceptChanges(): void;
  /**
   * Validates, then places the order with the draft's idempotency key. Resolves with the order, or
   * with `undefined` when validation failed or changes need review (see `$state`). Calling it again
   * while a submission is in flight returns the same promise; a retry after a failure or a reload
   * reuses the same key, so at most one order is ever created.
   */
  submit(): Promise<Order | undefined>;
  /** Starts a new checkout after a completed one (clears the order state, keeps contact and address). */
  reset(): void;
  dispose(): void;
}

export interface CheckoutConfig {
  shopId: string;
  currency: string;
  adapter: BackendAdapter;
  cart: Cart;
  storage: KeyValueStorage;
  locale: () => string;
  /** Makes idempotency keys; defaults to `crypto.randomUUID()`. */
  newKey?: () => string;
}

export function createCheckout(_options: CheckoutConfig): Checkout {
  throw new Error('not implemented');
}
