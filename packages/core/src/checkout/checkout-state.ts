/**
 * Where a checkout stands (`CheckoutState`), and the pure steps between states that do not need the
 * backend: the state a page starts in, a patch, and a total the backend changed.
 *
 * @module
 */
import type { FieldError, OrderZoneError } from '../errors.ts';
import { equalMoney, type Money } from '../money/money.ts';
import type { Order, VerificationChallenge } from '../order/order-schema.ts';
import type { QuoteChange } from './quote-changes.ts';
import type { PendingSubmission, StoredLastOrder } from './stored-checkout.ts';

/** Where the checkout is. */
export type CheckoutPhase =
  /** Filling in the form. */
  | 'editing'
  /** The quote changed; the shopper must look at `changes` and accept them before submitting. */
  | 'review_changes'
  /** The order is being placed. */
  | 'submitting'
  /**
   * The backend wants a one-time code first (risk check): `verification` holds the challenge (why,
   * where the code went, when another may be sent). Answer with `verify(code)`; nothing was ordered yet.
   */
  | 'verification'
  /** The order exists: `order` is set. */
  | 'completed';

/** Everything the checkout shows at one moment (`checkout.$state`): its phase, the draft, the quote and its problems. */
export interface CheckoutState {
  phase: CheckoutPhase;
  /** Per-field problems from the last `validate()` or from the backend. */
  fieldErrors: FieldError[];
  /** Differences the shopper must accept (phase `review_changes`). */
  changes: QuoteChange[];
  /** The last submission failure, if any; the draft and cart are kept. */
  error?: OrderZoneError;
  order?: Order;
  /**
   * The backend's demand for a one-time code (phase `verification`, and `submitting` while the code
   * is being checked). A wrong or expired code is a field error on `VERIFICATION_CODE_FIELD`.
   */
  verification?: VerificationChallenge;
  /**
   * True when an earlier submission may have reached the backend without an answer (network
   * error, timeout, a reload mid-submit): `submit()` resends it with the same idempotency key,
   * so the shopper can safely try again and never gets two orders.
   */
  resumable?: boolean;
  /**
   * True when the last submission's answer was lost (network error, timeout, a server error, an
   * answer that broke the contract, a reload mid-submit): the order **may have been placed**. Say so,
   * never "not placed". The checkout checks by itself, sending the same request with the same
   * idempotency key a few times (`recheckDelaysMs`); `submit()` checks now. Either way the backend
   * answers the order if it exists and creates it at most once.
   */
  maybePlaced?: boolean;
  /** True while the checkout is checking, by itself, whether a submission whose answer was lost placed the order. */
  checking?: boolean;
  /**
   * The order this checkout's idempotency key had already placed, found when the shopper changed the
   * cart after a lost answer and the backend refused the changed request (`conflict`,
   * `idempotency_key_reused`). That order exists (its token is kept, and it becomes the last order);
   * `submit()` does nothing until the shopper chooses {@link Checkout.placeAsNewOrder}. `order` is
   * set once the order was fetched; it is then the last order too.
   */
  placedEarlier?: { orderNumber: string; order?: Order };
}

/**
 * The backend placed an order whose total is not the one the shopper confirmed. Show both amounts
 * prominently, and start no payment before the shopper accepts the new total
 * ({@link Checkout.acceptTotalChange}) or cancels the order.
 */
export interface TotalChange {
  orderNumber: string;
  /** The total the shopper confirmed (`expectedTotal`). */
  confirmed: Money;
  /** The order's total as the backend placed it. */
  charged: Money;
  /** True once the shopper accepted the new total: payment may go ahead. */
  accepted: boolean;
}

/**
 * The state a checkout starts in: editing, and when a submission stored by an earlier page may have
 * been sent without an answer, `resumable` and `maybePlaced`.
 */
export function initialCheckoutState(pending: PendingSubmission | undefined): CheckoutState {
  const state: CheckoutState = { phase: 'editing', fieldErrors: [], changes: [] };
  if (pending && pending.outcome !== 'rejected') {
    state.resumable = true;
    state.maybePlaced = true;
  }
  return state;
}

/** `state` with `patch` merged in; a property patched to `undefined` is removed. */
export function patchedCheckoutState(state: CheckoutState, patch: Partial<CheckoutState>): CheckoutState {
  const next: CheckoutState = { ...state, ...patch };
  for (const name of Object.keys(patch) as (keyof CheckoutState)[]) {
    if (patch[name] === undefined) delete next[name];
  }
  return next;
}

/** The total change of a stored last order: set when its total is not the one the shopper confirmed. */
export function totalChangeOf(stored: StoredLastOrder | undefined): TotalChange | undefined {
  const confirmed = stored?.confirmedTotal;
  return stored && confirmed && !equalMoney(confirmed, stored.order.total)
    ? { orderNumber: stored.order.orderNumber, confirmed, charged: stored.order.total, accepted: stored.totalAccepted === true }
    : undefined;
}
