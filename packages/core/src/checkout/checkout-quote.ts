/**
 * The checkout's quote: the backend's price for the current cart and draft, asked for now
 * (`refresh()`) or after a change while someone listens, and what a new quote changes in the draft
 * (the delivery option it picked), the cart (booking lines it found lapsed or taken) and the
 * checkout's `changes`.
 *
 * @module
 */
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { BackendAdapter } from '../backend/backend-adapter.ts';
import type { Cart } from '../cart/cart.ts';
import { quoteLineFinder } from '../cart/cart-line-key.ts';
import { quoteBookingProblem } from '../cart/booking-problem.ts';
import type { AsyncState } from '../catalog/catalog-client.ts';
import { toOrderZoneError } from '../errors.ts';
import { stableJson } from '../json/stable-json.ts';
import { whileListened } from '../stores/while-listened.ts';
import type { Quote, QuoteRequest } from '../order/order-schema.ts';
import type { CheckoutDraft } from './checkout-draft.ts';
import { quoteRequestOf } from './checkout-requests.ts';
import type { CheckoutState } from './checkout-state.ts';
import { computeQuoteChanges } from './quote-changes.ts';

/** What the quote store works with: the checkout's draft, state and cart, and the backend. */
export interface CheckoutQuoteConfig {
  currency: string;
  adapter: BackendAdapter;
  cart: Cart;
  locale: () => string;
  $draft: ReadableAtom<CheckoutDraft>;
  /** Stores a draft (the quote picked a delivery option the draft lacked). */
  saveDraft(draft: CheckoutDraft): void;
  $state: ReadableAtom<CheckoutState>;
  patchState(patch: Partial<CheckoutState>): void;
  /** Wait after a cart or draft change before asking for a new quote, in ms. */
  debounceMs: number;
}

/** The checkout's quote store (see the module). */
export interface CheckoutQuote {
  readonly $quote: WritableAtom<AsyncState<Quote>>;
  /** The quote request of the current cart and draft. */
  request(): QuoteRequest;
  /** Asks the backend for a new quote now (a newer request aborts an older one). */
  refresh(): Promise<void>;
  /** Shows `quote` as the answer to the request `fingerprint` (stable JSON; default: the current request's). */
  show(quote: Quote, fingerprint?: string): void;
  /** True when a ready quote answers the current cart and draft. */
  answersCurrent(): boolean;
  /** A quote that answers the current cart and draft, asking for one if needed; a failure goes back to `editing` with the error. */
  current(): Promise<Quote | undefined>;
  dispose(): void;
}

/** Creates the quote store of a checkout. */
export function createCheckoutQuote(config: CheckoutQuoteConfig): CheckoutQuote {
  const { currency, adapter, cart, locale, $draft, saveDraft, $state, patchState, debounceMs } = config;
  const $quote = atom<AsyncState<Quote>>({ status: 'idle' });
  let controller: AbortController | undefined;
  let generation = 0;
  /** Fingerprint of the request the current (or loading) quote answers. */
  let quotedFingerprint: string | undefined;
  /** Fingerprint of the request the ready quote answers. */
  let readyFingerprint: string | undefined;

  function request(): QuoteRequest {
    return quoteRequestOf($draft.get(), currency, cart.toLineRequests());
  }

  function show(quote: Quote, fingerprint = stableJson(request())): void {
    readyFingerprint = fingerprint;
    quotedFingerprint = fingerprint;
    $quote.set({ status: 'ready', data: quote });
    const draft = $draft.get();
    const offered = quote.shippingOptions.some((o) => o.id === draft.shippingOptionId);
    if (quote.selectedShippingOptionId && quote.selectedShippingOptionId !== draft.shippingOptionId && !offered) {
      saveDraft({ ...draft, shippingOptionId: quote.selectedShippingOptionId });
      // The backend already priced this option: the quote answers the updated draft too.
      readyFingerprint = quotedFingerprint = stableJson(request());
    }
    markBookings(quote);
    if ($state.get().phase === 'editing') patchState({ changes: computeQuoteChanges(cart.$lines.get(), quote) });
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

  async function refresh(): Promise<void> {
    controller?.abort();
    controller = undefined;
    const mine = ++generation;
    const asked = request();
    const fingerprint = stableJson(asked);
    quotedFingerprint = fingerprint;
    if (asked.lines.length === 0) {
      readyFingerprint = undefined;
      $quote.set({ status: 'idle' });
      if ($state.get().phase === 'editing') patchState({ changes: [] });
      return;
    }
    const current = $quote.get();
    const previous = current.status === 'idle' ? undefined : current.data;
    $quote.set(previous ? { status: 'loading', data: previous } : { status: 'loading' });
    const mineController = new AbortController();
    controller = mineController;
    try {
      const quote = await adapter.quote(asked, { signal: mineController.signal, locale: locale() });
      if (mine !== generation) return;
      show(quote, fingerprint);
    } catch (error) {
      if (mine !== generation) return;
      const failure = toOrderZoneError(error);
      if (failure.code === 'aborted') return;
      quotedFingerprint = undefined;
      readyFingerprint = undefined;
      $quote.set(previous ? { status: 'error', error: failure, data: previous } : { status: 'error', error: failure });
    } finally {
      if (controller === mineController) controller = undefined;
    }
  }

  function answersCurrent(): boolean {
    return $quote.get().status === 'ready' && readyFingerprint === stableJson(request());
  }

  async function current(): Promise<Quote | undefined> {
    const state = $quote.get();
    if (state.status === 'ready' && answersCurrent()) return state.data;
    await refresh();
    const after = $quote.get();
    if (after.status === 'ready') return after.data;
    if (after.status === 'error') patchState({ phase: 'editing', error: after.error });
    return undefined;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      // `$quote.get()` without listeners mounts the store for a moment; only real listeners count.
      if ($quote.lc > 0 && stableJson(request()) !== quotedFingerprint) void refresh();
    }, debounceMs);
  }
  const stopAutoQuote = whileListened($quote, () => {
    const stopLines = cart.$lines.listen(schedule);
    const stopDraft = $draft.listen(schedule);
    schedule();
    return () => {
      stopLines();
      stopDraft();
      clearTimeout(timer);
    };
  });

  return {
    $quote,
    request,
    refresh,
    show,
    answersCurrent,
    current,
    dispose() {
      stopAutoQuote();
      clearTimeout(timer);
      controller?.abort();
      generation += 1;
    },
  };
}
