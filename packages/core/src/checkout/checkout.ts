/**
 * Checkout: the draft (contact, address, delivery, payment, note), validation, the authoritative
 * quote, what changed since the shopper last saw prices, and exactly-once submission.
 *
 * @module
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { BackendAdapter, OrderAccess, RequestContext } from '../backend/backend-adapter.ts';
import type { Cart } from '../cart/cart.ts';
import { OrderZoneError, toOrderZoneError, type FieldError } from '../errors.ts';
import type { CheckoutOptions, Order, OrderLookupRequest, Quote } from '../order/order-schema.ts';
import { checkOrderLookup } from '../order/order-lookup.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';
import type { AsyncState } from '../catalog/catalog-client.ts';
import { draftForNextOrder, draftForOptions, emptyCheckoutDraft, updatedDraft, withoutPersonalData, type CheckoutDraft, type CheckoutDraftPatch } from './checkout-draft.ts';
import { createCheckoutQuote } from './checkout-quote.ts';
import { orderRequestOf } from './checkout-requests.ts';
import { checkoutRequirements, type CheckoutRequirements } from './checkout-requirements.ts';
import { derived } from '../stores/derived.ts';
import { initialCheckoutState, patchedCheckoutState, totalChangeOf, type CheckoutState, type TotalChange } from './checkout-state.ts';
import { createCheckoutSubmitter } from './checkout-submitter.ts';
import { checkoutDraftProblems } from './draft-problems.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { createOrderKeyring } from './order-keyring.ts';
import { checkoutKeys, readDraft, readLastOrder, readPending, writeDraft, writeJson, type PendingSubmission, type StoredLastOrder } from './stored-checkout.ts';

export { VERIFICATION_CODE_FIELD, verificationReasonKey } from './verification.ts';

export { computeQuoteChanges, type QuoteChange } from './quote-changes.ts';
export { emptyCheckoutDraft, type CheckoutDraft } from './checkout-draft.ts';
export { checkoutRequirements, type CheckoutRequirements } from './checkout-requirements.ts';
export type { CheckoutPhase, CheckoutState, TotalChange } from './checkout-state.ts';

/** A zone's checkout (`zone.checkout`, after `zone.load('checkout')`): the draft, the quote, the order it places. */
export interface Checkout {
  readonly $draft: ReadableAtom<CheckoutDraft>;
  readonly $options: ReadableAtom<AsyncState<CheckoutOptions>>;
  /** The backend's quote for the current cart and draft; refreshed when either changes. */
  readonly $quote: ReadableAtom<AsyncState<Quote>>;
  readonly $state: ReadableAtom<CheckoutState>;
  /** The last order placed in this shop (survives reloads, for the confirmation page). */
  readonly $lastOrder: ReadableAtom<Order | undefined>;
  /**
   * Set when the last order's total differs from the one the shopper confirmed: until `accepted`,
   * no payment may start (the payment step waits). Survives reloads with the last order.
   */
  readonly $totalChange: ReadableAtom<TotalChange | undefined>;
  /**
   * Whether the order needs an address (and what for) and a delivery option, for the form to show
   * or hide those sections (see {@link checkoutRequirements}). Validation and the order request
   * follow it. Listening to it listens to `$quote` too, so the quote refreshes as for `$quote`.
   */
  readonly $requirements: ReadableAtom<CheckoutRequirements>;
  /** Merges changes into the draft (nested objects merge field by field) and clears those fields' errors. */
  update(patch: CheckoutDraftPatch): void;
  loadOptions(): Promise<void>;
  /** Asks the backend for a new quote now. */
  refreshQuote(): Promise<void>;
  /**
   * Checks the draft against what the order needs (`$requirements`); sets and returns per-field
   * errors (empty when valid). While the quote for the current draft is still on its way, a missing
   * delivery option is not an error yet: the backend's quote picks a default one, and `submit()`
   * judges the delivery option against the quote it waits for.
   */
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
  /**
   * Answers a `verification` challenge: sends the same order again with the same idempotency key
   * and `verification: { id, code }`. A code that is not 6 digits is refused before sending (field
   * `VERIFICATION_CODE_FIELD`, `code_format` or `required`); a wrong or expired one comes back
   * as `code_wrong` / `code_expired` on that field and the phase stays `verification`. Resolves like
   * `submit()`. When the cart changed since the code was asked for, the order is submitted afresh.
   */
  verify(code: string): Promise<Order | undefined>;
  /**
   * Asks the backend to send the challenge's code again (`resendVerificationCode`; without it, or
   * when the challenge is gone, by submitting again, which sends a new one). A `rate_limited` answer
   * moves `verification.code.resendAt` to when asking again is allowed.
   */
  resendCode(): Promise<void>;
  /** Leaves the `verification` phase without ordering (back to `editing`); the draft and cart are kept. */
  cancelVerification(): void;
  /**
   * Removes the shopper's personal data from the page and from storage (sign-out): the draft's
   * contact, address and note, the submission in flight and the last order. Chosen delivery and
   * payment options stay; the cart is the caller's decision. A submission still on its way resolves
   * with its order for the caller, but stores nothing: no last order, no cleared cart, no state.
   */
  forgetPersonalData(): void;
  /** Starts a new checkout after a completed one (clears the order state, keeps contact and address). */
  reset(): void;
  /**
   * After `placedEarlier`: forgets the earlier submission's key and places the cart as it is now as
   * a new order, with a new idempotency key. Resolves like `submit()`.
   */
  placeAsNewOrder(): Promise<Order | undefined>;
  /** The shopper accepts the last order's new total (see {@link TotalChange}): its payment may start. */
  acceptTotalChange(): void;
  /**
   * The proof of access for an order, as its calls need it: the order's access token kept on this
   * device (orders placed or looked up here) and the signed-in shopper's session, each when there is
   * one. Never a phone number or e-mail address.
   */
  orderAccess(orderNumber: string): OrderAccess;
  /**
   * Finds an order by its number and the phone or e-mail given at checkout (in the request body),
   * keeps the fresh access token it comes with, and resolves with the order. Rejects `validation`
   * before any request with the problems of `checkOrderLookup` (`@orderzone/core/orders`),
   * then as the backend answers: `not_found` (unknown number or contact that does not match) or
   * `rate_limited` (too many wrong tries, with `retryAfterSeconds`).
   */
  lookUpOrder(request: OrderLookupRequest, ctx?: RequestContext): Promise<Order>;
  dispose(): void;
}

/** What `createCheckout` needs: the shop id (it names the storage keys), the currency, the backend adapter, the zone's cart, the storage the draft is kept in and the active locale, plus timings. */
export interface CheckoutConfig {
  shopId: string;
  currency: string;
  adapter: BackendAdapter;
  cart: Cart;
  storage: KeyValueStorage;
  locale: () => string;
  /** Makes idempotency keys; defaults to `crypto.randomUUID()`. */
  newKey?: () => string;
  /** Wait after a cart or draft change before asking for a new quote, in ms. Default 250. */
  quoteDebounceMs?: number;
  /** Clock, for tests (backup key names). */
  now?: () => number;
  /**
   * When the answer to a submission was lost, how long to wait before each automatic check (the
   * same request sent again with the same key), in ms. Default `[2000, 5000, 10000]`; `[]` checks
   * only when asked (`submit()`).
   */
  recheckDelaysMs?: readonly number[];
}

/**
 * Creates the checkout of one shop.
 *
 * - **Draft**: stored at `orderzone:<shopId>:checkout` after every `update()`, and followed when
 *   another tab changes it (or removes it, signing out: the personal details go here too). The
 *   last order and the submission in flight are followed the same way, so two tabs submitting the
 *   same order send one idempotency key. The draft's country starts as
 *   `CN` and becomes the first of `options.countries` when the options load, unless the shopper
 *   has picked one. No payment method is preselected. When the quote names a selected shipping
 *   option and the draft has none (or one the quote does not offer), the draft takes it.
 * - **Quote**: `refreshQuote()` asks now. While `$quote` has listeners, changes to the cart lines
 *   or to the draft fields that affect price (coupon, shipping option, country, region, postal
 *   code) refresh it after `quoteDebounceMs`; a newer request aborts an older one. `$state.changes`
 *   is recomputed with every quote.
 * - **Submission**: `submit()` validates, makes sure the quote matches the cart and draft, stops in
 *   `review_changes` when prices or stock differ from what the shopper saw, then sends the order
 *   with an idempotency key that is stored at `orderzone:<shopId>:pending-submit` *before* the
 *   request leaves. The key is reused for the next attempt whenever the previous outcome is
 *   unknown (network error, timeout, server error, a reload mid-submit: `$state.resumable`), and
 *   for an identical request after a refusal; a different request after a refusal gets a new key.
 *   Failures resolve `undefined` and are described in `$state` (never thrown). The cart is cleared
 *   only when the order exists.
 * - **Bookings**: the address and the delivery option are required only when the order needs them
 *   (`$requirements`); the order request leaves out what is not needed. Every quote marks booking
 *   lines it finds lapsed or taken (`CartLine.bookingProblem`) and lists them in `changes` (kind
 *   `booking`), so `submit()` stops in `review_changes` until they are re-checked or removed. A
 *   `conflict` about a booking at submission is a refusal; a fresh quote then shows which line.
 */
export function createCheckout(options: CheckoutConfig): Checkout {
  const { shopId, currency, adapter, cart, storage, locale } = options;
  const now = options.now ?? Date.now;
  const keys = checkoutKeys(shopId);
  const keyring = createOrderKeyring(shopId, storage, now);

  const stored = readDraft(storage, keys.draft, now());
  let countryChosen = stored?.countryChosen ?? false;
  const $draft = atom<CheckoutDraft>(stored?.draft ?? emptyCheckoutDraft());
  const $options = atom<AsyncState<CheckoutOptions>>({ status: 'idle' });
  let pending = readPending(storage, keys.pending);
  const $state = atom<CheckoutState>(initialCheckoutState(pending));
  const $lastOrder = atom<Order | undefined>(undefined);
  const $totalChange = atom<TotalChange | undefined>(undefined);
  showLastOrder(readLastOrder(storage, keys.lastOrder));

  /** Shows a stored last order (and its total change, if any) in `$lastOrder` and `$totalChange`. */
  function showLastOrder(stored: StoredLastOrder | undefined): void {
    $lastOrder.set(stored?.order);
    $totalChange.set(totalChangeOf(stored));
  }

  function saveLastOrder(record: StoredLastOrder): void {
    showLastOrder(record);
    writeJson(storage, keys.lastOrder, { version: 2, ...record });
  }

  function patchState(patch: Partial<CheckoutState>): void {
    $state.set(patchedCheckoutState($state.get(), patch));
  }

  function saveDraft(draft: CheckoutDraft): void {
    $draft.set(draft);
    writeDraft(storage, keys.draft, { draft, countryChosen });
  }

  // Another tab of the shop changed the draft, the last order or the submission in flight: follow
  // it, so this tab never writes a stale draft over what the shopper typed there. A draft removed
  // there (signing out) is forgotten here too; an unreadable one is backed up by readDraft and this
  // tab's draft stays.
  const stopSync = [
    storage.subscribe(keys.draft, (value) => {
      if (value === null) {
        $draft.set(withoutPersonalData($draft.get()));
        return;
      }
      const next = readDraft(storage, keys.draft, now());
      if (!next) return;
      countryChosen = next.countryChosen;
      $draft.set(next.draft);
    }),
    storage.subscribe(keys.lastOrder, () => showLastOrder(readLastOrder(storage, keys.lastOrder))),
    // A submission another tab has sent: the same order submitted here reuses its key, so the backend
    // creates it once, even when both tabs press "Place order" at the same moment.
    storage.subscribe(keys.pending, () => {
      pending = readPending(storage, keys.pending);
    }),
  ];

  function savePending(next: PendingSubmission | undefined): void {
    pending = next;
    if (next) writeJson(storage, keys.pending, next);
    else storage.remove(keys.pending);
  }

  const quote = createCheckoutQuote({ currency, adapter, cart, locale, $draft, saveDraft, $state, patchState, debounceMs: options.quoteDebounceMs ?? 250 });
  const { $quote } = quote;
  const $requirements = derived([cart.$lines, $quote], (lines, current) =>
    checkoutRequirements(lines, current.status === 'idle' ? undefined : current.data),
  );

  // ---- draft -------------------------------------------------------------------------------

  function update(patch: CheckoutDraftPatch): void {
    submitter.pauseRecheck();
    const { draft: next, touched, countryPicked } = updatedDraft($draft.get(), patch);
    if (countryPicked) countryChosen = true;
    saveDraft(next);
    // The code answers the order as it was; a changed draft is submitted afresh.
    submitter.cancelVerification();
    const { fieldErrors } = $state.get();
    const remaining = fieldErrors.filter((e) => !touched.includes(e.field));
    if (remaining.length !== fieldErrors.length) patchState({ fieldErrors: remaining });
  }

  async function loadOptions(): Promise<void> {
    const current = $options.get();
    const previous = current.status === 'idle' ? undefined : current.data;
    $options.set(previous ? { status: 'loading', data: previous } : { status: 'loading' });
    try {
      const loaded = await adapter.getCheckoutOptions({ locale: locale() });
      $options.set({ status: 'ready', data: loaded });
      const draft = draftForOptions($draft.get(), loaded, countryChosen);
      if (draft) saveDraft(draft);
    } catch (error) {
      const failure = toOrderZoneError(error);
      $options.set(previous ? { status: 'error', error: failure, data: previous } : { status: 'error', error: failure });
    }
  }

  function validate(): FieldError[] {
    const fieldErrors = checkoutDraftProblems($draft.get(), $requirements.get());
    return patchFieldErrors(quote.answersCurrent() ? fieldErrors : fieldErrors.filter((error) => error.field !== 'shippingOptionId'));
  }

  function patchFieldErrors(fieldErrors: FieldError[]): FieldError[] {
    patchState({ fieldErrors });
    return fieldErrors;
  }

  // ---- submission --------------------------------------------------------------------------

  const submitter = createCheckoutSubmitter({
    adapter,
    cart,
    keyring,
    locale,
    now,
    newKey: options.newKey ?? newIdempotencyKey,
    recheckDelays: options.recheckDelaysMs ?? [2000, 5000, 10_000],
    $state,
    patchState,
    quote,
    pending: () => pending,
    savePending,
    saveLastOrder,
    validate,
    validateFor: (requirements) => patchFieldErrors(checkoutDraftProblems($draft.get(), requirements)),
    orderRequest(priced) {
      const needs = checkoutRequirements(cart.$lines.get(), priced);
      return orderRequestOf($draft.get(), { currency, lines: cart.toLineRequests(), quote: priced, needs, locale: locale() });
    },
  });

  function acceptChanges(): void {
    const current = $quote.get();
    if (current.status !== 'idle' && current.data) cart.applyQuote(current.data);
    patchState({ phase: 'editing', changes: [], error: undefined });
  }

  function forgetPersonalData(): void {
    submitter.forget();
    $draft.set(withoutPersonalData($draft.get()));
    storage.remove(keys.draft);
    savePending(undefined);
    showLastOrder(undefined);
    storage.remove(keys.lastOrder);
    keyring.forgetAll();
    $state.set(initialCheckoutState(undefined));
  }

  function acceptTotalChange(): void {
    const stored = readLastOrder(storage, keys.lastOrder);
    const change = $totalChange.get();
    if (!change || change.accepted) return;
    const order = stored?.order.orderNumber === change.orderNumber ? stored.order : $lastOrder.get();
    if (!order) return;
    saveLastOrder({ order, confirmedTotal: change.confirmed, totalAccepted: true });
  }

  async function lookUpOrder(input: OrderLookupRequest, ctx?: RequestContext): Promise<Order> {
    const { request, fieldErrors } = checkOrderLookup(input);
    if (!request) {
      const mistyped = fieldErrors.some((e) => e.code === 'invalid_order_number');
      throw new OrderZoneError('validation', mistyped ? `"${String(input?.orderNumber).trim()}" is not an order number (a character is mistyped or missing).` : 'An order number and the phone or e-mail given at checkout are needed.', { fieldErrors });
    }
    const found = await adapter.lookupOrder(request, { locale: locale(), ...ctx });
    keyring.remember(found.order.orderNumber, found.accessToken);
    return found.order;
  }

  function reset(): void {
    saveDraft(draftForNextOrder($draft.get()));
    $state.set(initialCheckoutState(pending));
  }

  return {
    $draft,
    $options,
    $quote,
    $state,
    $lastOrder,
    $totalChange,
    $requirements,
    update,
    loadOptions,
    refreshQuote: quote.refresh,
    validate,
    acceptChanges,
    submit: submitter.submit,
    verify: submitter.verify,
    resendCode: submitter.resendCode,
    cancelVerification: submitter.cancelVerification,
    forgetPersonalData,
    reset,
    placeAsNewOrder: submitter.placeAsNewOrder,
    acceptTotalChange,
    orderAccess: (orderNumber) => keyring.accessFor(orderNumber),
    lookUpOrder,
    dispose() {
      submitter.dispose();
      stopSync.forEach((stop) => stop());
      quote.dispose();
    },
  };
}
