/**
 * What a checkout form asks and allows, decided here so that every form decides it the same way:
 * the fields required for a country, the booking lines that block the order, whether a submit is
 * taken, whether "Place order" is disabled, and whether a failed submission may be tried again.
 *
 * @module
 */
import type { CartBookingProblem, CartLine } from '../cart/cart-line.ts';
import { quoteLineFinder } from '../cart/cart-line-key.ts';
import { bookingLineStanding, bookingStandingBlocks } from '../cart/quoted-lines.ts';
import type { Quote } from '../order/order-schema.ts';
import { emptyCheckoutDraft } from './checkout-draft.ts';
import type { CheckoutPhase, CheckoutState } from './checkout-state.ts';
import { validateCheckoutDraft } from './checkout-validation.ts';

/** The fields the checkout requires for a country (field paths): those an empty draft for it reports as missing. */
export function requiredCheckoutFields(country: string): Set<string> {
  return new Set(validateCheckoutDraft(emptyCheckoutDraft(country)).filter((e) => e.code === 'required').map((e) => e.field));
}

/** A booking line that cannot be ordered as it is, and why. */
export interface BlockingBookingLine<L extends CartLine = CartLine> {
  line: L;
  problem: CartBookingProblem;
}

/**
 * The booking lines that block the order at `now`: a hold that lapsed (by the clock or as the last
 * quote says) or a pick taken meanwhile (`bookingLineStanding` of each line and its quote line).
 */
export function blockingBookingLines<L extends CartLine>(lines: readonly L[], quote: Pick<Quote, 'lines'> | undefined, now: Date): BlockingBookingLine<L>[] {
  const find = quote ? quoteLineFinder(quote.lines) : () => undefined;
  const blocking: BlockingBookingLine<L>[] = [];
  for (const line of lines) {
    const standing = bookingLineStanding(line, find(line), now);
    if (bookingStandingBlocks(standing)) blocking.push({ line, problem: standing });
  }
  return blocking;
}

/** Whether a submit of the form is taken in `phase`: not while one is on its way or changes await the shopper. */
export function checkoutTakesSubmit(phase: CheckoutPhase): boolean {
  return phase !== 'submitting' && phase !== 'review_changes';
}

/**
 * Whether "Place order" is disabled: while submitting, while changes await the shopper, while a
 * booking line blocks the order, or once this checkout placed an order earlier for another cart.
 */
export function placeOrderDisabled(state: Pick<CheckoutState, 'phase' | 'placedEarlier'>, blockingLines: number): boolean {
  return !checkoutTakesSubmit(state.phase) || blockingLines > 0 || state.placedEarlier !== undefined;
}

/** Whether a failed submission may be tried again: its error says so, or the submission can be resumed with its key. */
export function submissionRetryable(state: Pick<CheckoutState, 'error' | 'resumable'>): boolean {
  return state.error?.retryable === true || state.resumable === true;
}
