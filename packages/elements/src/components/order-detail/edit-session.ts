/**
 * The edit of an unpaid order in `<order-detail>`: the core's edit draft (quantities, quote,
 * problems, `createOrderEditDraft`) while the edit form is open, and what each stepper, Remove and
 * Put back does to it.
 *
 * @module
 */
import type { Order, OrderActions, OrderEditDraft, OrderEditDraftState, OrderEditSave, OrderZoneError } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { createOrderEditDraft } from '@orderzone/core/orders';
import type { ReactiveControllerHost } from 'lit';
import { StoreController } from '../../controllers/store-controller.ts';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { EDIT_PROBLEM_ID, editErrorTarget } from '../../parts/order-edit/order-edit.ts';

/** What the edit needs of the element it is part of. */
export interface EditSessionOptions {
  i18n: LocaleController;
  actions(): OrderActions;
  /** The zone's locale, for the backend's messages. */
  locale(): string;
  reportError(error: OrderZoneError): void;
  announce(message: string): void;
  /** Focus this selector after the next render. */
  focus(selector: string): void;
}

/** The edit draft of the open edit form, if any (see the module). */
export class EditSession {
  private draft?: OrderEditDraft;
  private readonly store: StoreController<OrderEditDraftState | undefined>;
  private readonly options: EditSessionOptions;

  constructor(host: ReactiveControllerHost, options: EditSessionOptions) {
    this.store = new StoreController<OrderEditDraftState | undefined>(host);
    this.options = options;
  }

  /** The draft's state while an edit is open. */
  get state(): OrderEditDraftState | undefined {
    return this.store.value;
  }

  /** Whether an edit is open. */
  get open(): boolean {
    return this.draft !== undefined;
  }

  /** Starts an edit of `order` (a fresh draft). */
  start(order: Order): void {
    this.close();
    this.draft = createOrderEditDraft(order, {
      quote: (quantities, signal) => this.options.actions().quoteEdit(order, quantities, { signal, locale: this.options.locale() }),
      onQuoteError: (error) => void this.options.reportError(error),
    });
    this.store.setStore(this.draft.$state);
  }

  /** Ends the edit; a quote still on its way is dropped. */
  close(): void {
    this.draft?.dispose();
    this.draft = undefined;
    this.store.setStore(undefined);
  }

  /** The quote problem of the draft in words. */
  quoteProblem(state: OrderEditDraftState): string | undefined {
    const problem = state.quoteProblem;
    if (problem === undefined) return undefined;
    return problem === 'not_orderable' ? this.options.i18n.t('edit.not_orderable') : describeError(problem, this.options.i18n.t);
  }

  /** The stepper of line `index` asked for `requested`; answers the quantity in use. */
  quantity(order: Order, index: number, requested: number): number {
    const draft = this.draft;
    if (!draft) return requested;
    if (requested < 1) {
      this.remove(order, index);
      return draft.$state.get().quantities[index] ?? requested;
    }
    draft.setQuantity(index, requested);
    return requested;
  }

  /** Removes a line from the draft; removing the last one is refused with a word about cancelling. */
  remove(order: Order, index: number): void {
    const { i18n, focus, announce } = this.options;
    const draft = this.draft;
    if (!draft) return;
    if (!draft.remove(index)) {
      focus(`#${EDIT_PROBLEM_ID}`);
      return;
    }
    announce(i18n.t('edit.removed_line', { title: i18n.text(order.lines[index]!.title) }));
    focus(`[data-edit-line="${index}"] [data-edit-restore]`);
  }

  restore(index: number): void {
    this.draft?.restore(index);
    this.options.focus(`[data-edit-line="${index}"] [data-edit-remove]`);
  }

  /**
   * What "Save changes" sends: the quantities with the total of the quote the shopper sees, once it
   * is there and orderable; otherwise `undefined`, with focus sent to the problem.
   */
  async prepareSave(): Promise<OrderEditSave | undefined> {
    const draft = this.draft;
    if (!draft) return undefined;
    const save = await draft.prepareSave();
    if (!save) {
      const first = draft.$state.get().errors[0];
      this.options.focus(first ? editErrorTarget(first.field) : '[data-edit-quote-error]');
    }
    return save;
  }

  /**
   * The backend refused the edit: `true` when the draft shows why (a changed price to confirm, a
   * quote problem), with focus sent there; `false` for a refusal the element shows itself.
   */
  async refused(error: OrderZoneError): Promise<boolean> {
    if (!this.draft) return false;
    const outcome = await this.draft.refused(error);
    if (outcome === 'price_changed') {
      this.options.focus('[data-price-changed]');
      return true;
    }
    if (outcome === 'quote_problem') {
      this.options.focus('[data-edit-quote-error]');
      return true;
    }
    return false;
  }
}
