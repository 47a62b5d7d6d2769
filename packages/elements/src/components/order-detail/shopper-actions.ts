/**
 * The self-service actions of `<order-detail>`: the action buttons and the "Your bookings" card, the
 * open form and what the shopper typed in it, sending it through the core's order actions, and
 * showing what the backend answered (done, refused field by field, or a conflict with the fresh
 * order). Which actions are offered and how they are worded are the core's rules.
 *
 * @module
 */
import { type BookableProduct, codeLoading, isBookingConflict, type Order, type OrderActions, type OrderRef, type LoadedZone, type OrderZoneError, toOrderZoneError } from '@orderzone/core';
import { afterSaleQuantitiesOf, createOrderActions, chosenLinesOf, offeredShopperForms, shopperActionWording, type ShopperFormAction, successStillTrue, successWhileStatus } from '@orderzone/core/orders';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { emit } from '../../events/events.ts';
import { RESCHEDULE_ERROR_ID, renderBookingChanges, type RescheduleState } from '../../parts/order-edit/booking-changes.ts';
import { loadElement } from '../lazy-elements.ts';
import type { EditSession } from './edit-session.ts';
import { formMessages } from './order-detail-forms.messages-by-language.ts';
import { fieldErrorTarget, onOrderLines, renderShopperForm, RETURN_PHOTOS_ID, type FormState, type OpenForm, type OrderDetailForms } from './shopper-form.ts';
import type { PhotoUploads } from '../../parts/photo-upload/photo-upload.ts';

/** What the actions need of the element they are part of. */
export interface ShopperActionsHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the actions need of the element's zone and order. */
export interface ShopperActionsOptions {
  i18n: LocaleController;
  /** The element's zone, loaded. */
  zone(): LoadedZone<'checkout'>;
  /** Now, on the element's clock (booking windows). */
  now(): Date;
  /** The order on show. */
  shown(): Order | undefined;
  /** Shows a newer state of the order (after an action, or the one found on a conflict). */
  receive(order: Order, reason: 'action' | 'conflict'): void;
  reportError(error: OrderZoneError): string;
  announce(message: string): void;
  /** Focus this selector after the next render. */
  focus(selector: string): void;
  /** The action forms' code arrived: add their styles to the element's. */
  formsLoaded(forms: OrderDetailForms): void;
}

/** The zone's order actions, and what each call needs: the proof of access to an order, the locale. */
export interface OrderCalls {
  actions(): OrderActions;
  ref(order: Order): OrderRef;
  /** The zone's locale, for the backend's messages. */
  locale(): string;
}

/** The actions of the order on show (see the module). */
export class ShopperActions implements ReactiveController {
  private readonly host: ShopperActionsHost;
  private readonly options: ShopperActionsOptions & OrderCalls;
  private client?: { zone: LoadedZone<'checkout'>; actions: OrderActions };
  private s: FormState = { busy: false, fieldErrors: [], reason: '', afterSaleQuantities: [] };

  /** The action forms' module, asked for once an order with an action shows; a form opens once it is here. */
  private forms?: OrderDetailForms;
  private formsLoading?: Promise<OrderDetailForms>;
  /** A form asked for before the forms' code was here: opened once it is. */
  private formOpening?: Promise<void>;
  /** The photos of a return request (with the forms' code). */
  private photos?: PhotoUploads;
  /** The edit of an unpaid order in progress (with the forms' code). */
  private edit?: EditSession;

  constructor(host: ShopperActionsHost, options: ShopperActionsOptions) {
    this.host = host;
    this.options = {
      ...options,
      actions: () => {
        const zone = options.zone();
        if (this.client?.zone !== zone) this.client = { zone, actions: createOrderActions(zone.adapter, { now: options.now }) };
        return this.client.actions;
      },
      ref: (order) => ({ orderNumber: order.orderNumber, access: options.zone().checkout.orderAccess(order.orderNumber) }),
      locale: () => options.zone().$locale.get(),
    };
    host.addController(this);
  }

  hostDisconnected(): void {
    // A quote still on its way is of no use any more: it must not set state or report errors here.
    if (this.s.form === 'edit') this.set({ form: undefined });
    this.edit?.close();
  }

  /**
   * The action forms' module: loaded once (a failed load is asked again next time), with the edit session, the return
   * photos and the forms' messages in the language shown, asked for at the same time as the code (a switch then loads
   * the other's too): never a key in a form.
   */
  private loadForms(): Promise<OrderDetailForms> {
    // The forms' messages in the language shown are asked for now, with their code, not once it arrives: one round trip.
    // Said first (codeLoading): the script-tag bundle asks for every file the forms import at once, not a level at a time.
    if (!this.formsLoading) codeLoading('order-detail-forms');
    return (this.formsLoading ??= Promise.all([import('./order-detail-forms.ts'), this.options.i18n.include([formMessages])]).then(
      ([forms]) => {
        this.options.formsLoaded(forms);
        this.photos = new forms.PhotoUploads(this.host, RETURN_PHOTOS_ID, this.options, () => this.set({ fieldErrors: this.s.fieldErrors.filter((e) => e.field !== 'photos') }));
        this.edit = new forms.EditSession(this.host, this.options);
        this.forms = forms;
        return forms;
      },
      (error: unknown) => {
        this.formsLoading = undefined;
        throw error;
      },
    ));
  }

  /**
   * What the element's `updateComplete` still waits for: the action forms' code it asked for (a form
   * opened meanwhile then open), or nothing.
   */
  get pending(): Promise<unknown> | undefined {
    return this.formOpening ?? (this.forms ? undefined : this.formsLoading);
  }

  private set(patch: Partial<FormState>): void {
    this.s = { ...this.s, ...patch };
    this.host.requestUpdate();
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return this.options.i18n.t(key, params);
  }

  /**
   * A newer state of the order arrived (not by an action here): an open form its status no longer
   * allows closes, with a word why.
   */
  orderChanged(order: Order): void {
    if (this.s.form && !this.options.actions().available(order).includes(this.s.form)) {
      this.close(false);
      this.set({ notice: { kind: 'error', text: this.t('detail.no_longer_allowed', { status: this.t(`confirmation.status.${order.status}`) }) } });
    }
  }

  private open(action: ShopperFormAction, order: Order): void {
    const { forms, photos, edit } = this;
    if (!forms || !photos || !edit) {
      const opening = this.loadForms()
        .then(
          () => this.open(action, order),
          (error: unknown) => this.set({ notice: { kind: 'error', text: this.options.reportError(toOrderZoneError(error)) } }),
        )
        .finally(() => {
          if (this.formOpening === opening) this.formOpening = undefined;
        });
      this.formOpening = opening;
      return;
    }
    this.set({
      form: action,
      notice: undefined,
      fieldErrors: [],
      ...(action === 'change_address' && order.shippingAddress ? { addressDraft: { ...order.shippingAddress } } : {}),
      ...(action === 'request_refund' || action === 'request_return' ? { afterSaleQuantities: afterSaleQuantitiesOf(order, action === 'request_refund' ? 'refund' : 'return') } : {}),
    });
    photos.clearProblems();
    if (action === 'edit') edit.start(order);
    this.options.focus('[part="action-form"] [data-autofocus]');
  }

  /** Closes the open form, forgetting what was typed; `returnFocus` sends focus to the button that opened it. */
  close(returnFocus: boolean): void {
    const was = this.s.form;
    const rescheduled = this.s.reschedule?.lineIndex;
    this.set({ form: undefined, reschedule: undefined, fieldErrors: [], reason: '', afterSaleQuantities: [], addressDraft: undefined });
    this.photos?.clear();
    this.edit?.close();
    if (returnFocus && was) this.options.focus(was === 'reschedule' ? `[data-reschedule="${rescheduled}"]` : `[data-action="${was}"]`);
  }

  /** Opens the reschedule form of a booking line: fetches its product and loads the picker of its kind. */
  private openReschedule(order: Order, lineIndex: number): void {
    this.close(false);
    this.set({ notice: undefined, form: 'reschedule', reschedule: { lineIndex } });
    this.options.focus('[part~="reschedule"] [data-autofocus]');
    void this.loadRescheduleProduct(order, lineIndex);
  }

  private async loadRescheduleProduct(order: Order, lineIndex: number): Promise<void> {
    const line = order.lines[lineIndex];
    if (!line) return;
    const patch = (change: Partial<RescheduleState>): void => {
      if (this.s.reschedule?.lineIndex === lineIndex) this.set({ reschedule: { ...this.s.reschedule, ...change } });
    };
    patch({ loadError: undefined, product: undefined });
    try {
      const product = await this.options.zone().catalog.getProduct(line.productId);
      if (product.kind === 'goods') throw new Error(`Product ${product.id} is not bookable.`);
      // The pickers' tag map comes with the first reschedule.
      const { PICKER_TAGS } = await import('../product-detail/booking-purchase.ts');
      await loadElement(PICKER_TAGS[product.kind]);
      patch({ product: product as BookableProduct });
    } catch (raw) {
      patch({ loadError: this.options.reportError(toOrderZoneError(raw)) });
    }
  }

  /** "Save changes": with the total of the quote the shopper sees, once it is there and orderable. */
  private async saveEdit(): Promise<void> {
    const edit = this.edit;
    if (this.s.busy || !edit?.open) return;
    this.set({ busy: true });
    let save;
    try {
      save = await edit.prepareSave();
    } finally {
      this.set({ busy: false });
    }
    if (!save) return;
    const { quantities, total } = save;
    const locale = { locale: this.options.locale() };
    await this.run('edit', (o) => this.options.actions().edit(this.options.ref(o), o, quantities, total, locale));
  }

  /** Runs one action; the result, a refusal or a conflict is shown in the element. */
  private async run(action: OpenForm, call: (order: Order) => Promise<Order>): Promise<void> {
    const { i18n, focus, announce, receive } = this.options;
    const order = this.options.shown();
    if (!order || this.s.busy) return;
    this.set({ busy: true, notice: undefined, fieldErrors: [] });
    try {
      const result = await call(order);
      this.close(false);
      receive(result, 'action');
      const done = this.t(`detail.done.${shopperActionWording(action, order)}`, { total: i18n.money(result.total) });
      // "Request sent" holds while the request waits; "Address changed" stays true whatever comes next.
      const whileStatus = successWhileStatus(action, result);
      this.set({ notice: { kind: 'success', text: done, ...(whileStatus === undefined ? {} : { whileStatus }) } });
      announce(done);
      focus('[part="notice"]');
      emit(this.host, 'oz-order-action', { action, order: result });
    } catch (raw) {
      await this.failed(toOrderZoneError(raw), order);
    } finally {
      this.set({ busy: false });
    }
  }

  private async failed(error: OrderZoneError, order: Order): Promise<void> {
    const { actions, focus, ref, locale, receive, reportError } = this.options;
    const { form } = this.s;
    if (form === 'edit' && this.edit && (await this.edit.refused(error))) return;
    // An open form other than a reschedule has the forms' code.
    const forms = this.forms;
    // The edit form shows its lines' problems; any other refusal of an edit gets the notice below.
    const first = form === 'edit' ? error.fieldErrors.find((e) => onOrderLines(e.field)) : error.fieldErrors[0];
    if (error.code === 'validation' && first) {
      this.set({ fieldErrors: error.fieldErrors });
      // The core names order lines in an edit's errors (`lines.<i>` is order line i).
      focus(fieldErrorTarget(form, first.field, forms));
      return;
    }
    if (error.code === 'conflict' && form === 'reschedule' && isBookingConflict(error.details)) {
      // The new pick was taken meanwhile: the form stays, the picker shows what is free now.
      this.set({ fieldErrors: [{ field: 'booking', code: 'booking_taken' }] });
      focus(`#${RESCHEDULE_ERROR_ID}`);
      const picker = this.host.renderRoot.querySelector('[part~="reschedule"] [part="picker"]') as (HTMLElement & { refresh?: (o: { clearPick?: boolean }) => Promise<void> }) | null;
      void picker?.refresh?.({ clearPick: true });
      return;
    }
    if (error.code === 'conflict') {
      // The order moved on (paid, shipped...): show it as it is now, and say why nothing happened.
      let fresh: Order | undefined;
      try {
        fresh = await actions().reload(ref(order), { locale: locale() });
      } catch {
        fresh = undefined;
      }
      this.close(false);
      if (fresh) receive(fresh, 'conflict');
      const status = this.t(`confirmation.status.${(fresh ?? order).status}`);
      this.set({ notice: { kind: 'error', text: this.t('detail.conflict', { status }) } });
      focus('[part="notice"]');
      return;
    }
    this.set({ notice: { kind: 'error', text: reportError(error) } });
    focus('[part="notice"]');
  }

  private submit(event: Event): void {
    event.preventDefault();
    const { focus, ref } = this.options;
    const actions = this.options.actions();
    const locale = { locale: this.options.locale() };
    const { reason, afterSaleQuantities } = this.s;
    switch (this.s.form) {
      case 'reschedule': {
        const state = this.s.reschedule;
        const booking = state?.pick?.selection;
        if (!state || !booking) {
          this.set({ fieldErrors: [{ field: 'booking', code: 'pick_required' }] });
          focus(`#${RESCHEDULE_ERROR_ID}`);
          return;
        }
        const input = { lineIndex: state.lineIndex, booking, ...(state.product ? { product: state.product } : {}) };
        void this.run('reschedule', (o) => actions.reschedule(ref(o), o, input, locale));
        break;
      }
      case 'edit':
        void this.saveEdit();
        break;
      case 'cancel':
        void this.run('cancel', (o) => actions.cancel(ref(o), locale));
        break;
      case 'change_address':
        if (this.s.addressDraft) {
          const address = this.s.addressDraft;
          void this.run('change_address', (o) => actions.changeAddress(ref(o), address, o.shippingAddress, locale));
        }
        break;
      case 'request_refund':
        void this.run('request_refund', (o) => actions.requestRefund(ref(o), { reason, lines: chosenLinesOf(afterSaleQuantities), order: o }, locale));
        break;
      case 'request_return': {
        if (this.photos?.uploading) {
          this.set({ fieldErrors: [{ field: 'photos', code: 'photos_uploading' }] });
          return;
        }
        const photoIds = this.photos?.uploadedIds() ?? [];
        void this.run('request_return', (o) => actions.requestReturn(ref(o), { reason, lines: chosenLinesOf(afterSaleQuantities), photoIds, order: o }, locale));
        break;
      }
      default:
        break;
    }
  }

  /** The message after an action, while it is still true of the order. */
  renderNotice(order: Order): TemplateResult | typeof nothing {
    const notice = this.s.notice;
    if (!notice || !successStillTrue(notice.whileStatus, order.status)) return nothing;
    return html`<div class="notice ${notice.kind}" part="notice" tabindex="-1" role=${notice.kind === 'error' ? 'alert' : 'status'} data-notice=${notice.kind}>
      ${notice.text}
    </div>`;
  }

  /** The action buttons the order's status and the backend allow, and the open form. */
  renderActions(order: Order): TemplateResult | typeof nothing {
    const offered = offeredShopperForms(order, this.options.actions().available(order));
    if (offered.length === 0) return nothing;
    // The forms' code is asked for now, so it is here when the shopper opens one (a failed load is asked again then).
    if (!this.forms) this.loadForms().catch(() => undefined);
    const { form, busy } = this.s;
    return html`<section class="card actions-card" aria-labelledby="actions-heading">
      <h3 id="actions-heading">${this.t('detail.actions')}</h3>
      <div class="actions" part="actions">
        ${offered.map(
          (action) => html`<button
            class="button ${action === 'cancel' ? 'danger' : ''}"
            type="button"
            data-action=${action}
            aria-expanded=${form === action ? 'true' : 'false'}
            aria-controls=${form === action ? 'action-form' : nothing}
            ?disabled=${busy}
            @click=${() => (this.s.form === action ? this.close(true) : this.open(action, order))}
          >
            ${this.t(`detail.action.${shopperActionWording(action, order)}`)}
          </button>`,
        )}
      </div>
      ${form && form !== 'reschedule' && offered.includes(form) && this.forms ? renderShopperForm(form, order, this.forms, {
            i18n: this.options.i18n,
            actions: this.options.actions(),
            state: () => this.s,
            edit: this.edit!,
            photos: this.photos,
            ref: (o) => this.options.ref(o),
            set: (patch) => this.set(patch),
            close: (returnFocus) => this.close(returnFocus),
            open: (next) => this.open(next, order),
            submit: (event) => this.submit(event),
          }) : nothing}
    </section>`;
  }

  /** The "Your bookings" card, with the open reschedule form. */
  renderBookings(order: Order): TemplateResult | typeof nothing {
    const actions = this.options.actions();
    const { form, reschedule } = this.s;
    const open = form === 'reschedule' ? reschedule : undefined;
    const preview = open?.pick?.selection ? open.pick.preview : undefined;
    const pickProblem = open && preview ? actions.rescheduleProblem(order, open.lineIndex, preview.unitPrice) : undefined;
    return renderBookingChanges(
      {
        order,
        changes: actions.bookingChanges(order),
        ...(open ? { reschedule: open } : {}),
        ...(pickProblem ? { pickProblem } : {}),
        errors: form === 'reschedule' ? this.s.fieldErrors : [],
        busy: this.s.busy,
        onReschedule: (index) => (this.s.reschedule?.lineIndex === index ? this.close(true) : this.openReschedule(order, index)),
        onPick: (detail) => this.set({ ...(this.s.reschedule ? { reschedule: { ...this.s.reschedule, pick: detail } } : {}), fieldErrors: [] }),
        onRetryLoad: () => this.s.reschedule && void this.loadRescheduleProduct(order, this.s.reschedule.lineIndex),
        onBack: () => this.close(true),
        onSubmit: (event) => this.submit(event),
      },
      this.options.i18n,
    );
  }
}
