/**
 * Checkout: the draft (contact, address, delivery, payment, note), validation, the authoritative
 * quote, what changed since the shopper last saw prices, and exactly-once submission.
 *
 * @module
 */
import { atom, computed, onMount, type ReadableAtom } from 'nanostores';
import type { BackendAdapter, OrderAccess, RequestContext, SubmitContext } from '../backend/backend-adapter.ts';
import type { Cart } from '../cart/cart.ts';
import { quoteLineFinder } from '../cart/cart-line-key.ts';
import { quoteBookingProblem } from '../cart/booking-problem.ts';
import { isBookingConflict, OrderZoneError, toOrderZoneError, type FieldError } from '../errors.ts';
import { stableJson } from '../json/stable-json.ts';
import { equalMoney } from '../money/money.ts';
import type { CheckoutOptions, Order, OrderLookupRequest, OrderRequest, OrderWithAccess, Quote, QuoteRequest } from '../order/order-schema.ts';
import { checkOrderLookup } from '../order/order-lookup.ts';
import { refusalQuote } from '../order/refusal-quote.ts';
import type { KeyValueStorage } from '../storage/key-value-storage.ts';
import type { AsyncState } from '../catalog/catalog-client.ts';
import { draftForNextOrder, draftForOptions, emptyCheckoutDraft, updatedDraft, withoutPersonalData, type CheckoutDraft, type CheckoutDraftPatch } from './checkout-draft.ts';
import { orderRequestOf, quoteRequestOf } from './checkout-requests.ts';
import { checkoutRequirements, type CheckoutRequirements } from './checkout-requirements.ts';
import { initialCheckoutState, patchedCheckoutState, totalChangeOf, type CheckoutState, type TotalChange } from './checkout-state.ts';
import { checkoutDraftProblems } from './draft-problems.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { computeQuoteChanges } from './quote-changes.ts';
import { createOrderKeyring } from './order-keyring.ts';
import { keyReuseIn, placedOrderProblem, submissionMayHavePlaced, type KeyReuse } from './submission-outcome.ts';
import { checkoutKeys, readDraft, readLastOrder, readPending, writeDraft, writeJson, type PendingSubmission, type StoredLastOrder } from './stored-checkout.ts';
import { challengeIn, codeProblemIn, isVerificationCode, VERIFICATION_CODE_FIELD } from './verification.ts';

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
   * {@link VERIFICATION_CODE_FIELD}, `code_format` or `required`); a wrong or expired one comes back
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
  const newKey = options.newKey ?? newIdempotencyKey;
  const debounceMs = options.quoteDebounceMs ?? 250;
  const now = options.now ?? Date.now;
  const keys = checkoutKeys(shopId);
  const keyring = createOrderKeyring(shopId, storage, now);
  const recheckDelays = options.recheckDelaysMs ?? [2000, 5000, 10_000];

  const stored = readDraft(storage, keys.draft, now());
  let countryChosen = stored?.countryChosen ?? false;
  const $draft = atom<CheckoutDraft>(stored?.draft ?? emptyCheckoutDraft());
  const $options = atom<AsyncState<CheckoutOptions>>({ status: 'idle' });
  const $quote = atom<AsyncState<Quote>>({ status: 'idle' });
  let pending = readPending(storage, keys.pending);
  const $state = atom<CheckoutState>(initialCheckoutState(pending));
  const $lastOrder = atom<Order | undefined>(undefined);
  const $totalChange = atom<TotalChange | undefined>(undefined);
  showLastOrder(readLastOrder(storage, keys.lastOrder));
  const $requirements = computed([cart.$lines, $quote], (lines, quote) =>
    checkoutRequirements(lines, quote.status === 'idle' ? undefined : quote.data),
  );

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

  // ---- quote -------------------------------------------------------------------------------

  function quoteRequest(): QuoteRequest {
    return quoteRequestOf($draft.get(), currency, cart.toLineRequests());
  }

  let quoteController: AbortController | undefined;
  let quoteGeneration = 0;
  /** Fingerprint of the request the current (or loading) quote answers. */
  let quotedFingerprint: string | undefined;
  /** Fingerprint of the request the ready quote answers. */
  let readyFingerprint: string | undefined;

  function showQuote(quote: Quote, fingerprint: string): void {
    readyFingerprint = fingerprint;
    quotedFingerprint = fingerprint;
    $quote.set({ status: 'ready', data: quote });
    const draft = $draft.get();
    const offered = quote.shippingOptions.some((o) => o.id === draft.shippingOptionId);
    if (quote.selectedShippingOptionId && quote.selectedShippingOptionId !== draft.shippingOptionId && !offered) {
      saveDraft({ ...draft, shippingOptionId: quote.selectedShippingOptionId });
      // The backend already priced this option: the quote answers the updated draft too.
      readyFingerprint = quotedFingerprint = stableJson(quoteRequest());
    }
    markBookings(quote);
    const state = $state.get();
    if (state.phase === 'editing') patchState({ changes: computeQuoteChanges(cart.$lines.get(), quote) });
  }

  /** Marks booking lines the quote found lapsed or taken, and clears marks it found fine, so the cart shows them at once. */
  function markBookings(quote: Quote): void {
    const find = quoteLineFinder(quote.lines);
    for (const line of cart.$lines.get()) {
      if (!line.booking) continue;
      const q = find(line);
      if (!q) continue;
      const problem = quoteBookingProblem(q);
      if (problem !== line.bookingProblem) cart.updateBooking(line.key, { bookingProblem: problem ?? null });
    }
  }

  async function refreshQuote(): Promise<void> {
    quoteController?.abort();
    quoteController = undefined;
    const mine = ++quoteGeneration;
    const request = quoteRequest();
    const fingerprint = stableJson(request);
    quotedFingerprint = fingerprint;
    if (request.lines.length === 0) {
      readyFingerprint = undefined;
      $quote.set({ status: 'idle' });
      if ($state.get().phase === 'editing') patchState({ changes: [] });
      return;
    }
    const current = $quote.get();
    const previous = current.status === 'idle' ? undefined : current.data;
    $quote.set(previous ? { status: 'loading', data: previous } : { status: 'loading' });
    const controller = new AbortController();
    quoteController = controller;
    try {
      const quote = await adapter.quote(request, { signal: controller.signal, locale: locale() });
      if (mine !== quoteGeneration) return;
      showQuote(quote, fingerprint);
    } catch (error) {
      if (mine !== quoteGeneration) return;
      const failure = toOrderZoneError(error);
      if (failure.code === 'aborted') return;
      quotedFingerprint = undefined;
      readyFingerprint = undefined;
      $quote.set(previous ? { status: 'error', error: failure, data: previous } : { status: 'error', error: failure });
    } finally {
      if (quoteController === controller) quoteController = undefined;
    }
  }

  let quoteTimer: ReturnType<typeof setTimeout> | undefined;
  function scheduleQuote(): void {
    clearTimeout(quoteTimer);
    quoteTimer = setTimeout(() => {
      quoteTimer = undefined;
      // `$quote.get()` without listeners mounts the store for a moment; only real listeners count.
      if ($quote.lc > 0 && stableJson(quoteRequest()) !== quotedFingerprint) void refreshQuote();
    }, debounceMs);
  }
  const stopAutoQuote = onMount($quote, () => {
    const stopLines = cart.$lines.listen(scheduleQuote);
    const stopDraft = $draft.listen(scheduleQuote);
    scheduleQuote();
    return () => {
      stopLines();
      stopDraft();
      clearTimeout(quoteTimer);
    };
  });

  // ---- draft -------------------------------------------------------------------------------

  function update(patch: CheckoutDraftPatch): void {
    // The shopper is changing the order: a lost submission is no longer checked by itself (submit() still checks).
    clearTimeout(recheckTimer);
    const { draft: next, touched, countryPicked } = updatedDraft($draft.get(), patch);
    if (countryPicked) countryChosen = true;
    saveDraft(next);
    // The code answers the order as it was; a changed draft is submitted afresh.
    cancelVerification();
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
    const quoted = $quote.get().status === 'ready' && readyFingerprint === stableJson(quoteRequest());
    return patchFieldErrors(quoted ? fieldErrors : fieldErrors.filter((error) => error.field !== 'shippingOptionId'));
  }

  function validateFor(requirements: CheckoutRequirements): FieldError[] {
    return patchFieldErrors(checkoutDraftProblems($draft.get(), requirements));
  }

  function patchFieldErrors(fieldErrors: FieldError[]): FieldError[] {
    patchState({ fieldErrors });
    return fieldErrors;
  }


  // ---- submission --------------------------------------------------------------------------

  function acceptChanges(): void {
    const quote = $quote.get();
    if (quote.status !== 'idle' && quote.data) cart.applyQuote(quote.data);
    patchState({ phase: 'editing', changes: [], error: undefined });
  }

  function orderRequest(quote: Quote): OrderRequest {
    const needs = checkoutRequirements(cart.$lines.get(), quote);
    return orderRequestOf($draft.get(), { currency, lines: cart.toLineRequests(), quote, needs, locale: locale() });
  }

  /** A quote that answers the current cart and draft, asking for one if needed. */
  async function currentQuote(): Promise<Quote | undefined> {
    const state = $quote.get();
    if (state.status === 'ready' && readyFingerprint === stableJson(quoteRequest())) return state.data;
    await refreshQuote();
    const after = $quote.get();
    if (after.status === 'ready') return after.data;
    if (after.status === 'error') patchState({ phase: 'editing', error: after.error });
    return undefined;
  }

  async function attemptSubmit(): Promise<Order | undefined> {
    const state = $state.get();
    if (state.phase === 'completed') return state.order;
    // Changes on screen must be accepted (acceptChanges) before anything is sent; a code is answered with verify();
    // an order placed earlier with this checkout's key waits for the shopper's choice (placeAsNewOrder).
    if (state.phase === 'review_changes' || state.phase === 'verification' || state.placedEarlier) return undefined;
    stopRecheck();
    patchState({ error: undefined });
    if (validate().length > 0) {
      patchState({ phase: 'editing' });
      return undefined;
    }
    if (cart.$lines.get().length === 0) {
      patchState({ phase: 'editing', error: new OrderZoneError('validation', 'The cart is empty: add a product before placing an order.') });
      return undefined;
    }
    patchState({ phase: 'submitting' });
    const quote = await currentQuote();
    if (!quote) return undefined;
    // The backend's quote has the last word on what the order needs (e.g. an address for an on-site service).
    if (validateFor(checkoutRequirements(cart.$lines.get(), quote)).length > 0) {
      patchState({ phase: 'editing' });
      return undefined;
    }
    const changes = computeQuoteChanges(cart.$lines.get(), quote);
    if (changes.length > 0) {
      patchState({ phase: 'review_changes', changes });
      return undefined;
    }
    const request = orderRequest(quote);
    const fingerprint = stableJson(request);
    const reuse = pending && (pending.outcome !== 'rejected' || pending.fingerprint === fingerprint);
    const idempotencyKey = reuse && pending ? pending.idempotencyKey : newKey();
    return send({ request, idempotencyKey, fingerprint });
  }

  /** The submission a verification challenge answers: sent again as it was, with the same key. */
  let challenged: Submission | undefined;
  /** Counts `forgetPersonalData()` calls: an answer that arrives after one (a sign-out) stores nothing. */
  let forgotten = 0;

  async function send(submission: Submission, verification?: { id: string; code: string }): Promise<Order | undefined> {
    const { request, idempotencyKey, fingerprint } = submission;
    // Stored before the request leaves, so a reload in the middle resumes with the same key.
    savePending({ idempotencyKey, fingerprint, outcome: 'sending' });
    const before = forgotten;
    let placed: OrderWithAccess;
    try {
      const ctx: SubmitContext = { idempotencyKey, locale: locale() };
      if (verification) ctx.verification = verification;
      placed = await adapter.submitOrder(request, ctx);
      const problem = placedOrderProblem(placed, request);
      if (problem) throw problem;
    } catch (error) {
      if (forgotten !== before) return undefined;
      const failure = toOrderZoneError(error);
      if (!(verification && handleVerifyError(failure, submission))) handleSubmitError(failure, submission);
      return undefined;
    }
    const { order, accessToken } = placed;
    // Signed out meanwhile: the caller gets the order, but nothing personal goes back into the page or storage.
    if (forgotten !== before) return order;
    challenged = undefined;
    stopRecheck();
    keyring.remember(order.orderNumber, accessToken);
    saveLastOrder({ order, confirmedTotal: request.expectedTotal });
    cart.clear();
    savePending(undefined);
    $state.set({ phase: 'completed', fieldErrors: [], changes: [], order });
    return order;
  }

  /**
   * A failure of a submission that carried a code: a wrong or expired code, too many tries or a
   * lost answer keep the shopper on the code step. Returns false for anything else.
   */
  function handleVerifyError(error: OrderZoneError, submission: Submission): boolean {
    const challenge = $state.get().verification;
    // A draft changed while the code was checked left the step (update() cancels it): that order is submitted afresh.
    if (!challenge || challenged !== submission) return false;
    const problem = error.code === 'validation' ? codeProblemIn(error.fieldErrors) : undefined;
    const lost = submissionMayHavePlaced(error);
    if (!problem && !lost && error.code !== 'rate_limited') return false;
    savePending({ idempotencyKey: submission.idempotencyKey, fingerprint: submission.fingerprint, outcome: lost ? 'unknown' : 'rejected' });
    const state: CheckoutState = { phase: 'verification', fieldErrors: problem ? [problem] : [], changes: [], verification: challenge };
    if (!problem) state.error = error;
    if (lost) {
      state.resumable = true;
      state.maybePlaced = true;
    }
    $state.set(state);
    return true;
  }

  function handleSubmitError(error: OrderZoneError, submission: Submission): void {
    const { request, idempotencyKey, fingerprint } = submission;
    const challenge = error.code === 'verification_required' ? challengeIn(error.details) : undefined;
    if (challenge) {
      // Nothing was ordered; the code's answer goes out with this very key and request.
      savePending({ idempotencyKey, fingerprint, outcome: 'rejected' });
      challenged = submission;
      $state.set({ phase: 'verification', fieldErrors: [], changes: [], verification: challenge });
      return;
    }
    const reused = keyReuseIn(error);
    if (reused) {
      showPlacedEarlier(reused, error);
      return;
    }
    const bookingTaken = error.code === 'conflict' && isBookingConflict(error.details);
    const refused = error.code === 'price_changed' || error.code === 'out_of_stock' || error.code === 'validation' || bookingTaken;
    // A booking was taken between the quote and the order: a fresh quote marks the line and lists it in `changes`.
    const newQuote = refusalQuote(error.details);
    if (bookingTaken && !newQuote) void refreshQuote();
    savePending({ idempotencyKey, fingerprint, outcome: refused ? 'rejected' : 'unknown' });
    const resumable = !refused;
    if ((error.code === 'price_changed' || error.code === 'out_of_stock') && newQuote) {
      const quote = newQuote;
      showQuote(quote, stableJson(quoteRequest()));
      const changes = computeQuoteChanges(cart.$lines.get(), quote);
      if (!equalMoney(request.expectedTotal, quote.total)) changes.push({ kind: 'total', before: request.expectedTotal, after: quote.total });
      $state.set({ phase: 'review_changes', fieldErrors: [], changes, error, resumable });
      return;
    }
    const state: CheckoutState = { phase: 'editing', fieldErrors: error.code === 'validation' ? error.fieldErrors : [], changes: [], error, resumable };
    if (submissionMayHavePlaced(error)) {
      state.maybePlaced = true;
      scheduleRecheck(submission, attemptsSoFar(submission));
    }
    $state.set(state);
  }

  /**
   * The key placed an order before, for another request (the shopper changed the cart after a lost
   * answer): that order exists. Its token is kept and it becomes the last order (fetched in the
   * background), and the key is spent: only {@link Checkout.placeAsNewOrder} places the cart now.
   */
  function showPlacedEarlier(reused: KeyReuse, error: OrderZoneError): void {
    savePending(undefined);
    stopRecheck();
    if (reused.accessToken) {
      keyring.remember(reused.orderNumber, reused.accessToken);
      const before = forgotten;
      adapter.getOrder(reused.orderNumber, keyring.accessFor(reused.orderNumber), { locale: locale() }).then(
        (order) => {
          if (forgotten !== before || order.orderNumber !== reused.orderNumber) return;
          saveLastOrder({ order });
          if ($state.get().placedEarlier?.orderNumber === order.orderNumber) patchState({ placedEarlier: { orderNumber: order.orderNumber, order } });
        },
        () => {
          // Best effort: the number is on screen, and the order page can still look it up.
        },
      );
    }
    $state.set({ phase: 'editing', fieldErrors: [], changes: [], error, placedEarlier: { orderNumber: reused.orderNumber } });
  }

  // ---- checking a submission whose answer was lost ------------------------------------------------

  let recheckTimer: ReturnType<typeof setTimeout> | undefined;
  /** The submission being checked and how many automatic checks it had. */
  let rechecked: { submission: Submission; attempts: number } | undefined;

  function attemptsSoFar(submission: Submission): number {
    return rechecked?.submission.idempotencyKey === submission.idempotencyKey ? rechecked.attempts : 0;
  }

  function stopRecheck(): void {
    clearTimeout(recheckTimer);
    recheckTimer = undefined;
    rechecked = undefined;
  }

  /** Sends `submission` again after the next delay, while nothing changed and nothing else is in flight. */
  function scheduleRecheck(submission: Submission, attempts: number): void {
    clearTimeout(recheckTimer);
    const delay = recheckDelays[attempts];
    rechecked = { submission, attempts };
    if (delay === undefined) return;
    recheckTimer = setTimeout(() => {
      recheckTimer = undefined;
      const state = $state.get();
      const unchanged = pending?.idempotencyKey === submission.idempotencyKey && stableJson(cart.toLineRequests()) === stableJson(submission.request.lines);
      if (inFlight || state.phase !== 'editing' || !state.maybePlaced || !unchanged) return;
      rechecked = { submission, attempts: attempts + 1 };
      patchState({ phase: 'submitting', checking: true });
      inFlight = send(submission).finally(() => {
        inFlight = undefined;
        if ($state.get().checking) patchState({ checking: undefined });
      });
    }, delay);
    // Node: a pending check must not keep a process alive.
    (recheckTimer as { unref?: () => void }).unref?.();
  }

  let inFlight: Promise<Order | undefined> | undefined;
  function submit(): Promise<Order | undefined> {
    if (!inFlight) {
      inFlight = attemptSubmit().finally(() => {
        inFlight = undefined;
      });
    }
    return inFlight;
  }

  async function attemptVerify(code: string): Promise<Order | undefined> {
    const state = $state.get();
    const challenge = state.verification;
    if (state.phase !== 'verification' || !challenge || !challenged) return undefined;
    if (stableJson(cart.toLineRequests()) !== stableJson(challenged.request.lines)) {
      // The cart changed since the code was asked for: that order is not the one to place any more.
      cancelVerification();
      return attemptSubmit();
    }
    const digits = code.replace(/[\s-]/g, '');
    if (!isVerificationCode(digits)) {
      patchState({ fieldErrors: [{ field: VERIFICATION_CODE_FIELD, code: digits ? 'code_format' : 'required' }], error: undefined });
      return undefined;
    }
    patchState({ phase: 'submitting', fieldErrors: [], error: undefined });
    return send(challenged, { id: challenge.id, code: digits });
  }

  function verify(code: string): Promise<Order | undefined> {
    if (!inFlight) {
      inFlight = attemptVerify(code).finally(() => {
        inFlight = undefined;
      });
    }
    return inFlight;
  }

  async function resendCode(): Promise<void> {
    const state = $state.get();
    const challenge = state.verification;
    const submission = challenged;
    if (state.phase !== 'verification' || !challenge || !submission || inFlight) return;
    const submitAgain = async (): Promise<void> => {
      patchState({ phase: 'submitting', fieldErrors: [], error: undefined });
      inFlight = send(submission).finally(() => {
        inFlight = undefined;
      });
      await inFlight;
    };
    if (!adapter.resendVerificationCode) return submitAgain();
    try {
      const code = await adapter.resendVerificationCode(challenge.id, { locale: locale() });
      if ($state.get().verification?.id === challenge.id) patchState({ verification: { ...challenge, code }, fieldErrors: [], error: undefined });
    } catch (raw) {
      const error = toOrderZoneError(raw);
      const current = $state.get().verification;
      if (current?.id !== challenge.id) return;
      if (error.code === 'not_found') return submitAgain();
      const patch: Partial<CheckoutState> = { error };
      if (error.code === 'rate_limited' && error.retryAfterSeconds !== undefined) {
        patch.verification = { ...current, code: { ...current.code, resendAt: new Date(now() + error.retryAfterSeconds * 1000).toISOString() } };
      }
      patchState(patch);
    }
  }

  function cancelVerification(): void {
    challenged = undefined;
    if ($state.get().phase === 'verification') patchState({ phase: 'editing', verification: undefined, fieldErrors: [], error: undefined });
  }

  function forgetPersonalData(): void {
    forgotten += 1;
    challenged = undefined;
    stopRecheck();
    $draft.set(withoutPersonalData($draft.get()));
    storage.remove(keys.draft);
    savePending(undefined);
    showLastOrder(undefined);
    storage.remove(keys.lastOrder);
    keyring.forgetAll();
    $state.set(initialCheckoutState(undefined));
  }

  function placeAsNewOrder(): Promise<Order | undefined> {
    if ($state.get().placedEarlier) {
      savePending(undefined);
      patchState({ placedEarlier: undefined, error: undefined, maybePlaced: undefined, resumable: undefined });
    }
    return submit();
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
    refreshQuote,
    validate,
    acceptChanges,
    submit,
    verify,
    resendCode,
    cancelVerification,
    forgetPersonalData,
    reset,
    placeAsNewOrder,
    acceptTotalChange,
    orderAccess: (orderNumber) => keyring.accessFor(orderNumber),
    lookUpOrder,
    dispose() {
      stopRecheck();
      stopSync.forEach((stop) => stop());
      stopAutoQuote();
      clearTimeout(quoteTimer);
      quoteController?.abort();
      quoteGeneration += 1;
    },
  };
}

/** One order submission: the request, its idempotency key and the request's stable JSON. */
interface Submission {
  request: OrderRequest;
  idempotencyKey: string;
  fingerprint: string;
}
