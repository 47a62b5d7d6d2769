/**
 * The draft of an edit of an unpaid order, as a store: the quantities the shopper is choosing, the
 * backend's quote of them (asked again at each change, the previous question dropped), the
 * problems with the draft, and what a refusal of the save means for it. What the checkout's store
 * is to a new order, this is to an order being edited; a view renders `$state` and calls its
 * methods.
 *
 * @module
 */
import { atom, type ReadableAtom } from 'nanostores';
import { toOrderZoneError, type FieldError, type OrderZoneError } from '../errors.ts';
import type { Money } from '../money/money.ts';
import { checkEditQuantities, editQuantitiesOf, editRefusalQuote, type EditQuantities, type EditQuote } from './order-edit.ts';
import type { Order } from './order-schema.ts';

/** Where an order edit stands. */
export interface OrderEditDraftState {
  /** One quantity per order line, 0 for a removed line. */
  quantities: readonly number[];
  /** The backend's quote of `quantities`, once it answered. */
  quote?: EditQuote | undefined;
  /** A quote is being asked for. */
  quoting: boolean;
  /**
   * Why the draft cannot be saved as it is quoted: the quote failed (its error), or the backend
   * cannot fill it (`not_orderable`).
   */
  quoteProblem?: OrderZoneError | 'not_orderable' | undefined;
  /**
   * Problems with the draft on its lines (`lines`, `lines.<i>.quantity`: `edit_empty`,
   * `booking_quantity`...), or the backend's when it refused the save. "Nothing changed"
   * (`edit_unchanged`) is where a draft starts, not a problem: it shows only when saving.
   */
  errors: readonly FieldError[];
  /** Saving answered `price_changed`: the total the shopper saw, and the new one. */
  priceChanged?: { from: Money; to: Money } | undefined;
}

/** What saving needs: the quantities and the total the shopper saw quoted. */
export interface OrderEditSave {
  quantities: number[];
  total: Money;
}

/** An order edit in progress (see the module doc). */
export interface OrderEditDraft {
  readonly $state: ReadableAtom<OrderEditDraftState>;
  /** Sets a line's quantity; below 1 removes the line ({@link OrderEditDraft.remove}). */
  setQuantity(index: number, requested: number): void;
  /** Removes a line; refused (false, with the problem `edit_empty`) when it is the last one left. */
  remove(index: number): boolean;
  /** Puts a removed line back with its ordered quantity. */
  restore(index: number): void;
  /** Asks the backend to quote the draft again (nothing is asked for a draft with problems). */
  requote(): Promise<void>;
  /**
   * What to save, once the running quote answered: the quantities and the quoted total; `undefined`
   * when the draft cannot be saved now, with the reason in `$state` (`errors`, or `quoteProblem`).
   */
  prepareSave(): Promise<OrderEditSave | undefined>;
  /**
   * The backend refused the save: takes the quote it sent (`price_changed`, `out_of_stock`) or asks
   * for a new one, and shows its field errors. Answers `price_changed` when the shopper must look
   * at the new total (`priceChanged` set), `quote_problem` when the draft has a `quoteProblem` to
   * show, `errors` for field errors on the lines, else `undefined` (the refusal is not about the draft).
   */
  refused(error: OrderZoneError): Promise<'price_changed' | 'quote_problem' | 'errors' | undefined>;
  /** Stops a running quote; the draft is done with. */
  dispose(): void;
}

/** How the draft asks for its quote, and hears of a quote that failed. */
export interface OrderEditDraftOptions {
  /** Quotes the quantities (`OrderActions.quoteEdit`), dropped when `signal` aborts. */
  quote(quantities: EditQuantities, signal: AbortSignal): Promise<EditQuote>;
  /** A quote failed (not aborted): e.g. to report the error. */
  onQuoteError?(error: OrderZoneError): void;
}

/** Starts an edit of `order` from its quantities as they are. */
export function createOrderEditDraft(order: Pick<Order, 'lines'>, options: OrderEditDraftOptions): OrderEditDraft {
  const $state = atom<OrderEditDraftState>({ quantities: editQuantitiesOf(order), quoting: false, errors: [] });
  let abort: AbortController | undefined;
  let pending: Promise<void> | undefined;

  function patch(change: Partial<OrderEditDraftState>): void {
    $state.set({ ...$state.get(), ...change });
  }

  function failQuote(error: OrderZoneError): void {
    patch({ quoteProblem: error });
    options.onQuoteError?.(error);
  }

  function requote(): Promise<void> {
    abort?.abort();
    const { quantities } = $state.get();
    const errors = checkEditQuantities(order, quantities);
    patch({ errors: errors.filter((e) => e.code !== 'edit_unchanged'), quoteProblem: undefined });
    if (errors.length > 0) {
      abort = undefined;
      pending = undefined;
      patch({ quote: undefined, quoting: false });
      return Promise.resolve();
    }
    const mine = new AbortController();
    abort = mine;
    patch({ quoting: true });
    pending = options.quote(quantities, mine.signal).then(
      (quote) => {
        if (mine.signal.aborted) return;
        patch({ quote, quoting: false });
      },
      (raw: unknown) => {
        const error = toOrderZoneError(raw);
        if (mine.signal.aborted || error.code === 'aborted') return;
        patch({ quote: undefined, quoting: false });
        failQuote(error);
      },
    );
    return pending;
  }

  function setQuantities(quantities: number[]): void {
    patch({ quantities, priceChanged: undefined });
    void requote();
  }

  function remove(index: number): boolean {
    const next = [...$state.get().quantities];
    next[index] = 0;
    if (checkEditQuantities(order, next).some((e) => e.code === 'edit_empty')) {
      patch({ errors: [{ field: 'lines', code: 'edit_empty' }] });
      return false;
    }
    setQuantities(next);
    return true;
  }

  return {
    $state,
    setQuantity(index, requested) {
      if (requested < 1) {
        remove(index);
        return;
      }
      const next = [...$state.get().quantities];
      next[index] = requested;
      setQuantities(next);
    },
    remove,
    restore(index) {
      const line = order.lines[index];
      if (!line) return;
      const next = [...$state.get().quantities];
      next[index] = line.quantity;
      setQuantities(next);
    },
    requote,
    async prepareSave() {
      const errors = checkEditQuantities(order, $state.get().quantities);
      if (errors.length > 0) {
        patch({ errors });
        return undefined;
      }
      if (pending) await pending;
      const { quote, quoteProblem, quantities } = $state.get();
      if (!quote || !quote.orderable) {
        if (quote) patch({ quoteProblem: 'not_orderable' });
        else if (!quoteProblem) void requote();
        return undefined;
      }
      return { quantities: [...quantities], total: quote.total };
    },
    async refused(error) {
      if (error.code === 'price_changed') {
        const seen = $state.get().quote?.total;
        const fresh = editRefusalQuote(error.details);
        if (fresh) patch({ quote: fresh });
        else {
          patch({ quote: undefined });
          await requote();
        }
        const now = $state.get().quote?.total;
        if (seen && now) {
          patch({ priceChanged: { from: seen, to: now } });
          return 'price_changed';
        }
        if (!$state.get().quoteProblem) failQuote(error);
        return 'quote_problem';
      }
      if (error.code === 'out_of_stock') {
        const fresh = editRefusalQuote(error.details);
        if (fresh) patch({ quote: fresh });
      }
      const onLines = error.fieldErrors.filter((e) => e.field === 'lines' || e.field.startsWith('lines.'));
      if (error.code === 'validation' && onLines.length > 0) {
        patch({ errors: error.fieldErrors });
        return 'errors';
      }
      return undefined;
    },
    dispose() {
      abort?.abort();
      abort = undefined;
      pending = undefined;
    },
  };
}
