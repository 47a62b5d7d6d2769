/**
 * The steps of placing an order, as pure functions over plain state: whether a submission may
 * start, which idempotency key it carries, what a failure (or a code's refusal) means for the
 * checkout's state and its stored submission, and when a lost answer is checked again. The store
 * in `checkout-submitter.ts` sends the requests and applies what these return.
 *
 * @module
 */
import { isBookingConflict, type FieldError, type OrderZoneError } from '../errors.ts';
import { equalMoney } from '../money/money.ts';
import { stableJson } from '../json/stable-json.ts';
import type { LineRequest, Order, OrderRequest, Quote, VerificationChallenge } from '../order/order-schema.ts';
import { refusalQuote } from '../order/refusal-quote.ts';
import type { CartLine } from '../cart/cart-line.ts';
import type { CheckoutState } from './checkout-state.ts';
import { computeQuoteChanges } from './quote-changes.ts';
import type { PendingSubmission } from './stored-checkout.ts';
import { keyReuseIn, submissionMayHavePlaced, type KeyReuse } from './submission-outcome.ts';
import { challengeIn, codeProblemIn, isVerificationCode, VERIFICATION_CODE_FIELD } from './verification.ts';

/** One order submission: the request, its idempotency key and the request's stable JSON. */
export interface Submission {
  request: OrderRequest;
  idempotencyKey: string;
  fingerprint: string;
}

/**
 * Whether `submit()` may go on in `state`: `{ go: true }`, or what it answers at once (the completed
 * order; `undefined` while changes await review, a code is awaited, or an order placed earlier with
 * this checkout's key awaits the shopper's choice).
 */
export function submitStart(state: CheckoutState): { go: true } | { go: false; answer: Order | undefined } {
  if (state.phase === 'completed') return { go: false, answer: state.order };
  if (state.phase === 'review_changes' || state.phase === 'verification' || state.placedEarlier) return { go: false, answer: undefined };
  return { go: true };
}

/**
 * The stored submission's key when the next request must reuse it (its outcome is unknown, or it
 * was refused and this is the very same request), else `undefined`: the request gets a new key.
 */
export function reusableKey(pending: PendingSubmission | undefined, fingerprint: string): string | undefined {
  return pending && (pending.outcome !== 'rejected' || pending.fingerprint === fingerprint) ? pending.idempotencyKey : undefined;
}

/** The stored record of `submission` with the outcome its last answer gave. */
export function pendingOf(submission: Submission, outcome: PendingSubmission['outcome']): PendingSubmission {
  return { idempotencyKey: submission.idempotencyKey, fingerprint: submission.fingerprint, outcome };
}

/** The state once the order exists. */
export function completedState(order: Order): CheckoutState {
  return { phase: 'completed', fieldErrors: [], changes: [], order };
}

/**
 * What a failed submission means. `kind`:
 * - `verification`: the backend wants a code first; nothing was ordered, and the code's answer goes
 *   out with this very key and request.
 * - `placed_earlier`: the key had placed another order (the cart changed after a lost answer).
 * - `review`: prices or stock changed and the refusal carries a new quote: show it, then the state
 *   {@link reviewAfterRefusal} gives.
 * - `settled`: the state to show; `recheck` when the order may have been placed (check again later),
 *   `refreshQuote` when a booking was taken and no quote came with the refusal.
 */
export type SubmitFailure =
  | { kind: 'verification'; pending: PendingSubmission; state: CheckoutState }
  | { kind: 'placed_earlier'; reused: KeyReuse; state: CheckoutState }
  | { kind: 'review'; pending: PendingSubmission; quote: Quote; resumable: boolean }
  | { kind: 'settled'; pending: PendingSubmission; state: CheckoutState; recheck: boolean; refreshQuote: boolean };

/** What `error`, the failure of `submission`, means for the checkout (see {@link SubmitFailure}). */
export function submitFailure(error: OrderZoneError, submission: Submission): SubmitFailure {
  const challenge = error.code === 'verification_required' ? challengeIn(error.details) : undefined;
  if (challenge) {
    return { kind: 'verification', pending: pendingOf(submission, 'rejected'), state: { phase: 'verification', fieldErrors: [], changes: [], verification: challenge } };
  }
  const reused = keyReuseIn(error);
  if (reused) return { kind: 'placed_earlier', reused, state: { phase: 'editing', fieldErrors: [], changes: [], error, placedEarlier: { orderNumber: reused.orderNumber } } };
  const bookingTaken = error.code === 'conflict' && isBookingConflict(error.details);
  const refused = error.code === 'price_changed' || error.code === 'out_of_stock' || error.code === 'validation' || bookingTaken;
  const newQuote = refusalQuote(error.details);
  const pending = pendingOf(submission, refused ? 'rejected' : 'unknown');
  const resumable = !refused;
  if ((error.code === 'price_changed' || error.code === 'out_of_stock') && newQuote) return { kind: 'review', pending, quote: newQuote, resumable };
  const state: CheckoutState = { phase: 'editing', fieldErrors: error.code === 'validation' ? error.fieldErrors : [], changes: [], error, resumable };
  const recheck = submissionMayHavePlaced(error);
  if (recheck) state.maybePlaced = true;
  // A booking was taken between the quote and the order: a fresh quote marks the line and lists it in `changes`.
  return { kind: 'settled', pending, state, recheck, refreshQuote: bookingTaken && !newQuote };
}

/**
 * The `review_changes` state after a refusal that carried `quote`: the changes against the cart's
 * `lines` (as they are once the quote marked them), plus the total when it is not the one `request`
 * expected.
 */
export function reviewAfterRefusal(lines: readonly CartLine[], quote: Quote, request: OrderRequest, error: OrderZoneError, resumable: boolean): CheckoutState {
  const changes = computeQuoteChanges(lines, quote);
  if (!equalMoney(request.expectedTotal, quote.total)) changes.push({ kind: 'total', before: request.expectedTotal, after: quote.total });
  return { phase: 'review_changes', fieldErrors: [], changes, error, resumable };
}

/**
 * The failure of a submission that carried a code, while `challenge` is still the one it answers: a
 * wrong or expired code, too many tries or a lost answer keep the shopper on the code step (the
 * state and the stored submission to keep). `undefined` for anything else, and when there is no
 * challenge (the draft changed meanwhile): then it is a submission's failure like any other.
 */
export function verifyFailure(error: OrderZoneError, submission: Submission, challenge: VerificationChallenge | undefined): { state: CheckoutState; pending: PendingSubmission } | undefined {
  if (!challenge) return undefined;
  const problem = error.code === 'validation' ? codeProblemIn(error.fieldErrors) : undefined;
  const lost = submissionMayHavePlaced(error);
  if (!problem && !lost && error.code !== 'rate_limited') return undefined;
  const state: CheckoutState = { phase: 'verification', fieldErrors: problem ? [problem] : [], changes: [], verification: challenge };
  if (!problem) state.error = error;
  if (lost) {
    state.resumable = true;
    state.maybePlaced = true;
  }
  return { state, pending: pendingOf(submission, lost ? 'unknown' : 'rejected') };
}

/**
 * A code as the shopper typed it: its digits (spaces and dashes dropped) when they are a one-time
 * code, else the field error to show (`required` or `code_format` on {@link VERIFICATION_CODE_FIELD}).
 */
export function typedCode(code: string): { digits: string } | { problem: FieldError } {
  const digits = code.replace(/[\s-]/g, '');
  if (isVerificationCode(digits)) return { digits };
  return { problem: { field: VERIFICATION_CODE_FIELD, code: digits ? 'code_format' : 'required' } };
}

/**
 * What a refused request for another code means, while `challenge` is on screen: `submit_again` when
 * the backend no longer knows the challenge (a new submission sends a new code), else the state patch:
 * the error, and for `rate_limited` with a wait, the challenge's `resendAt` moved to when asking
 * again is allowed (`now` in ms).
 */
export function resendFailure(error: OrderZoneError, challenge: VerificationChallenge, now: number): 'submit_again' | Partial<CheckoutState> {
  if (error.code === 'not_found') return 'submit_again';
  const patch: Partial<CheckoutState> = { error };
  if (error.code === 'rate_limited' && error.retryAfterSeconds !== undefined) {
    patch.verification = { ...challenge, code: { ...challenge.code, resendAt: new Date(now + error.retryAfterSeconds * 1000).toISOString() } };
  }
  return patch;
}

/**
 * Whether an automatic check of `submission` (a lost answer) may go out now: nothing else is in
 * flight (`busy`), the checkout still says the order may have been placed, the stored submission is
 * still this one, and the cart's lines (`lines`, as line requests) are still the ones it ordered.
 */
export function recheckDue(check: { state: CheckoutState; pending: PendingSubmission | undefined; submission: Submission; lines: readonly LineRequest[]; busy: boolean }): boolean {
  const { state, pending, submission } = check;
  const unchanged = pending?.idempotencyKey === submission.idempotencyKey && stableJson(check.lines) === stableJson(submission.request.lines);
  return !check.busy && state.phase === 'editing' && state.maybePlaced === true && unchanged;
}
