/**
 * Placing the order and answering a verification challenge: sends the submissions, applies what
 * their answers mean (the pure steps of `checkout-submission.ts`) to the checkout's state and stored
 * submission, and checks again by itself when an answer was lost. One submission is in flight at a
 * time; `submit()` and `verify()` called meanwhile get the same promise.
 *
 * @module
 */
import type { WritableAtom } from 'nanostores';
import type { BackendAdapter, SubmitContext } from '../backend/backend-adapter.ts';
import type { Cart } from '../cart/cart.ts';
import { OrderZoneError, toOrderZoneError, type FieldError } from '../errors.ts';
import { stableJson } from '../json/stable-json.ts';
import type { Order, OrderRequest, OrderWithAccess, Quote } from '../order/order-schema.ts';
import type { CheckoutQuote } from './checkout-quote.ts';
import { checkoutRequirements, type CheckoutRequirements } from './checkout-requirements.ts';
import type { CheckoutState } from './checkout-state.ts';
import {
  completedState, recheckDue, resendFailure, reusableKey, reviewAfterRefusal, submitFailure, submitStart, typedCode, verifyFailure, type Submission,
} from './checkout-submission.ts';
import type { OrderKeyring } from './order-keyring.ts';
import { computeQuoteChanges } from './quote-changes.ts';
import type { PendingSubmission, StoredLastOrder } from './stored-checkout.ts';
import { placedOrderProblem, type KeyReuse } from './submission-outcome.ts';

/** What the submitter works with: the checkout's state, quote, draft checks and storage, and the backend. */
export interface CheckoutSubmitterConfig {
  adapter: BackendAdapter;
  cart: Cart;
  keyring: OrderKeyring;
  locale: () => string;
  now: () => number;
  newKey: () => string;
  recheckDelays: readonly number[];
  $state: WritableAtom<CheckoutState>;
  patchState(patch: Partial<CheckoutState>): void;
  quote: CheckoutQuote;
  /** The submission stored for this shop (kept in step with other tabs by the checkout). */
  pending(): PendingSubmission | undefined;
  savePending(next: PendingSubmission | undefined): void;
  saveLastOrder(record: StoredLastOrder): void;
  /** Checks the draft against what the order needs now (sets `fieldErrors`). */
  validate(): FieldError[];
  /** Checks the draft against `requirements` (sets `fieldErrors`). */
  validateFor(requirements: CheckoutRequirements): FieldError[];
  /** The order request of the cart and draft, priced by `quote`. */
  orderRequest(quote: Quote): OrderRequest;
}

/** The checkout's calls that place an order (see {@link Checkout}), plus what the checkout needs to stop them. */
export interface CheckoutSubmitter {
  submit(): Promise<Order | undefined>;
  verify(code: string): Promise<Order | undefined>;
  resendCode(): Promise<void>;
  cancelVerification(): void;
  placeAsNewOrder(): Promise<Order | undefined>;
  /** The shopper is changing the order: a lost submission is no longer checked by itself (`submit()` still checks). */
  pauseRecheck(): void;
  /** Sign-out: an answer still on its way stores nothing; the challenge and the checks are dropped. */
  forget(): void;
  dispose(): void;
}

/** Creates the submitter of a checkout. */
export function createCheckoutSubmitter(config: CheckoutSubmitterConfig): CheckoutSubmitter {
  const { adapter, cart, keyring, locale, now, newKey, recheckDelays, $state, patchState, quote } = config;
  const { savePending } = config;

  /** The submission a verification challenge answers: sent again as it was, with the same key. */
  let challenged: Submission | undefined;
  /** Counts `forget()` calls: an answer that arrives after one (a sign-out) stores nothing. */
  let forgotten = 0;
  let inFlight: Promise<Order | undefined> | undefined;

  /** Runs `attempt` as the one submission in flight, or returns the one already in flight. */
  function once(attempt: () => Promise<Order | undefined>): Promise<Order | undefined> {
    if (!inFlight) {
      inFlight = attempt().finally(() => {
        inFlight = undefined;
      });
    }
    return inFlight;
  }

  async function attemptSubmit(): Promise<Order | undefined> {
    const start = submitStart($state.get());
    if (!start.go) return start.answer;
    stopRecheck();
    patchState({ error: undefined });
    if (config.validate().length > 0) {
      patchState({ phase: 'editing' });
      return undefined;
    }
    if (cart.$lines.get().length === 0) {
      patchState({ phase: 'editing', error: new OrderZoneError('validation', 'The cart is empty: add a product before placing an order.') });
      return undefined;
    }
    patchState({ phase: 'submitting' });
    const current = await quote.current();
    if (!current) return undefined;
    // The backend's quote has the last word on what the order needs (e.g. an address for an on-site service).
    if (config.validateFor(checkoutRequirements(cart.$lines.get(), current)).length > 0) {
      patchState({ phase: 'editing' });
      return undefined;
    }
    const changes = computeQuoteChanges(cart.$lines.get(), current);
    if (changes.length > 0) {
      patchState({ phase: 'review_changes', changes });
      return undefined;
    }
    const request = config.orderRequest(current);
    const fingerprint = stableJson(request);
    const idempotencyKey = reusableKey(config.pending(), fingerprint) ?? newKey();
    return send({ request, idempotencyKey, fingerprint });
  }

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
      if (!(verification && keepOnCodeStep(failure, submission))) showFailure(failure, submission);
      return undefined;
    }
    const { order, accessToken } = placed;
    // Signed out meanwhile: the caller gets the order, but nothing personal goes back into the page or storage.
    if (forgotten !== before) return order;
    challenged = undefined;
    stopRecheck();
    keyring.remember(order.orderNumber, accessToken);
    config.saveLastOrder({ order, confirmedTotal: request.expectedTotal });
    cart.clear();
    savePending(undefined);
    $state.set(completedState(order));
    return order;
  }

  /** A failure of a submission that carried a code: true when it keeps the shopper on the code step. */
  function keepOnCodeStep(error: OrderZoneError, submission: Submission): boolean {
    // A draft changed while the code was checked left the step (update() cancels it): that order is submitted afresh.
    const kept = verifyFailure(error, submission, challenged === submission ? $state.get().verification : undefined);
    if (!kept) return false;
    savePending(kept.pending);
    $state.set(kept.state);
    return true;
  }

  function showFailure(error: OrderZoneError, submission: Submission): void {
    const failure = submitFailure(error, submission);
    switch (failure.kind) {
      case 'verification':
        savePending(failure.pending);
        challenged = submission;
        $state.set(failure.state);
        return;
      case 'placed_earlier':
        showPlacedEarlier(failure.reused, failure.state);
        return;
      case 'review':
        savePending(failure.pending);
        quote.show(failure.quote);
        $state.set(reviewAfterRefusal(cart.$lines.get(), failure.quote, submission.request, error, failure.resumable));
        return;
      case 'settled':
        if (failure.refreshQuote) void quote.refresh();
        savePending(failure.pending);
        if (failure.recheck) scheduleRecheck(submission, attemptsSoFar(submission));
        $state.set(failure.state);
    }
  }

  /**
   * The key placed an order before, for another request (the shopper changed the cart after a lost
   * answer): that order exists. Its token is kept and it becomes the last order (fetched in the
   * background), and the key is spent: only {@link Checkout.placeAsNewOrder} places the cart now.
   */
  function showPlacedEarlier(reused: KeyReuse, state: CheckoutState): void {
    savePending(undefined);
    stopRecheck();
    if (reused.accessToken) {
      keyring.remember(reused.orderNumber, reused.accessToken);
      const before = forgotten;
      adapter.getOrder(reused.orderNumber, keyring.accessFor(reused.orderNumber), { locale: locale() }).then(
        (order) => {
          if (forgotten !== before || order.orderNumber !== reused.orderNumber) return;
          config.saveLastOrder({ order });
          if ($state.get().placedEarlier?.orderNumber === order.orderNumber) patchState({ placedEarlier: { orderNumber: order.orderNumber, order } });
        },
        () => {
          // Best effort: the number is on screen, and the order page can still look it up.
        },
      );
    }
    $state.set(state);
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
      if (!recheckDue({ state: $state.get(), pending: config.pending(), submission, lines: cart.toLineRequests(), busy: inFlight !== undefined })) return;
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

  // ---- verification ----------------------------------------------------------------------------

  async function attemptVerify(code: string): Promise<Order | undefined> {
    const state = $state.get();
    const challenge = state.verification;
    if (state.phase !== 'verification' || !challenge || !challenged) return undefined;
    if (stableJson(cart.toLineRequests()) !== stableJson(challenged.request.lines)) {
      // The cart changed since the code was asked for: that order is not the one to place any more.
      cancelVerification();
      return attemptSubmit();
    }
    const typed = typedCode(code);
    if ('problem' in typed) {
      patchState({ fieldErrors: [typed.problem], error: undefined });
      return undefined;
    }
    patchState({ phase: 'submitting', fieldErrors: [], error: undefined });
    return send(challenged, { id: challenge.id, code: typed.digits });
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
      const current = $state.get().verification;
      if (current?.id !== challenge.id) return;
      const next = resendFailure(toOrderZoneError(raw), current, now());
      if (next === 'submit_again') return submitAgain();
      patchState(next);
    }
  }

  function cancelVerification(): void {
    challenged = undefined;
    if ($state.get().phase === 'verification') patchState({ phase: 'editing', verification: undefined, fieldErrors: [], error: undefined });
  }

  function submit(): Promise<Order | undefined> {
    return once(attemptSubmit);
  }

  return {
    submit,
    verify: (code) => once(() => attemptVerify(code)),
    resendCode,
    cancelVerification,
    placeAsNewOrder() {
      if ($state.get().placedEarlier) {
        savePending(undefined);
        patchState({ placedEarlier: undefined, error: undefined, maybePlaced: undefined, resumable: undefined });
      }
      return submit();
    },
    pauseRecheck() {
      clearTimeout(recheckTimer);
    },
    forget() {
      forgotten += 1;
      challenged = undefined;
      stopRecheck();
    },
    dispose: stopRecheck,
  };
}
