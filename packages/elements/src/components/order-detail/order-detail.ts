/**
 * `<order-detail>`: one order after it was placed, kept live, with what the shopper can do now.
 *
 * @module
 */
import {
  type BookableProduct,
  isBookingConflict,
  safeImageUrl,
  toOrderZoneError,
  type Address,
  type FieldError,
  type Order,
  type OrderHistoryEntry,
  type OrderAccess,
  type TotalChange,
  type OrderActions,
  type LoadedZone,
  type OrderZoneError,
  type ShopperAction,
  type UploadedPhoto,
  type Watch,
  type OrderEditDraft,
  type OrderEditDraftState,
} from '@orderzone/core';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import {
  afterSaleQuantitiesOf,
  chosenLinesOf,
  createOrderActions,
  lineAfterSales,
  declinedRequest,
  pendingReturnInstructions,
  historyEvent,
  STATUS_KEEPING_ACTIONS,
  canReviewOrder,
  orderAddressPurpose,
  orderFlow,
  ORDER_TEXT_MAX_LENGTH,
  textLength,
  orderStatusTone,
  RETURN_PHOTO_MAX_COUNT,
  RETURN_PHOTO_TYPES,
  returnPhotosFull,
  watchOrder,
} from '@orderzone/core/orders';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { staticTag, tagName } from '../tag-names.ts';
import { property, state } from 'lit/decorators.js';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { statusBadgeStyles } from '../../styles/status-badge.ts';
import { renderPostalAddress } from '../../parts/address-fields/postal-address.ts';
import { renderOrderDetails } from '../../parts/order-details/order-details.ts';
import { orderDetailsStyles } from '../../parts/order-details/order-details.styles.ts';
import { PaymentStepController, realPaymentClock, renderPaymentStep, type PaymentClock } from '../../parts/payment-step/payment-step.ts';
import { paymentStepStyles } from '../../parts/payment-step/payment-step.styles.ts';
import { renderPriceSummary } from '../../parts/price-summary/price-summary.ts';
import { priceSummaryStyles } from '../../parts/price-summary/price-summary.styles.ts';
import { renderQuoteLines } from '../../parts/price-summary/quote-lines.ts';
import { RESCHEDULE_ERROR_ID, renderBookingChanges, type RescheduleState } from '../../parts/order-edit/booking-changes.ts';
import { loadElement } from '../lazy-elements.ts';
import { ZoneElement } from '../zone-element.ts';
import { orderDetailMessages } from './order-detail.messages.ts';
import { orderDetailStyles } from './order-detail.styles.ts';
import { renderAfterSales } from '../../parts/after-sales/after-sales-card.ts';
import { afterSalesStyles } from '../../parts/after-sales/after-sales.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { onHelpConfigure, pageHelpConfig } from '../order-help/help-defaults.ts';
import type { ReviewSection } from '../../parts/order-reviews/order-reviews.ts';

/** The actions that open a form in the element (`pay` is the payment card itself), in the order they are offered. */
const ACTION_ORDER = ['edit', 'cancel', 'change_address', 'request_refund', 'request_return'] as const satisfies readonly ShopperAction[];
type FormAction = (typeof ACTION_ORDER)[number];
/** A form open in the element: one of the actions, or rescheduling a booking line. */
type OpenForm = FormAction | 'reschedule';

/** A return photo chosen by the shopper: uploading, uploaded or failed. */
interface PhotoItem {
  key: number;
  name: string;
  /** A `blob:` URL of the file, for the thumbnail; revoked when the photo is removed. */
  preview: string;
  /** Uploaded fraction, 0–1. */
  progress: number;
  status: 'uploading' | 'done' | 'failed';
  uploaded?: UploadedPhoto;
  error?: string;
}

/** A message above the actions: a success, a failure, or "the order changed meanwhile". */
interface Notice {
  kind: 'success' | 'error';
  text: string;
  /**
   * A success names what the order became ("Your refund request was sent"): it shows only while
   * the order is still in that status, and goes once the merchant decides ("Refund declined").
   */
  whileStatus?: Order['status'];
}

/**
 * One order after it was placed: its status and a timeline of every status it went through, the
 * payment step while it awaits payment (the same live QR/link step as `<order-confirmation>`), the
 * items and amounts, delivery address (or booking details on the lines), tracking number and carrier,
 * return instructions, and the actions allowed now: edit an unpaid order (quantity steppers and
 * Remove on its lines, the backend's quote of the new lines shown before "Save changes", a changed
 * price shown as old → new total to confirm again, removing the last line refused with "cancel the
 * order instead"), cancel (with a confirm step; "Cancel booking" for an order of bookings only, with
 * the refund named), change the shipping address, ask for a refund (with a reason) or a return (a
 * reason and up to four photos, each checked for type and size before it uploads, with a thumbnail,
 * upload progress and a Remove button). A refund or return request names its lines: each line has a
 * quantity stepper from 0 to what may still be asked for (or says why it cannot be: refunded,
 * declined before, a booking that is not sent back), and the amount the chosen units give back, as
 * the core computes it, is shown before sending. A "Refunds and returns" card lists every request
 * with each line's status and amount and what has been refunded so far.
 *
 * Booking lines get a "Your bookings" card: when each starts and its windows in the merchant's time
 * zone ("Free cancellation until …", "Can be rescheduled until …"), a "Reschedule" button while the
 * rescheduling window is open (it opens the picker of the booking's kind, `<booking-picker>`,
 * `<stay-picker>` or `<seat-picker>`, for the line's product; "Confirm new time" moves the booking
 * at the same price), and the reason instead of the button once a window has closed.
 *
 * An action is offered only when the order's status allows it (core `allowedShopperActions`) AND the
 * backend adapter implements it; the backend has the last word: when it answers `conflict` (shipped
 * meanwhile...), the element says so and shows the fresh order. While connected it watches the order
 * (polling with back-off, paused while the page is hidden, stopped at a final status) and announces
 * status changes politely.
 *
 * Shows the `order` property, else the zone's last order. Every call proves access with the order's
 * token kept on this device (for orders placed or looked up here) or the signed-in shopper's session
 * (`checkout.orderAccess()`); never with a phone number or e-mail address.
 *
 * Once the shop gives help (`configureHelp()`), the heading is followed by "Questions about this
 * order? Help and contact", which opens the shop's questions, answers and contact channels
 * (`<order-help topic="general">`) in place. The timeline names every event on its own ("Order
 * placed", "Shipping address changed", "Refund declined"), and a success message goes once the order
 * leaves the status it announced ("Your refund request was sent" before "Refund declined").
 *
 * Once the order is completed (or a booking took place) and the backend takes reviews, a "Rate your
 * items" card lists each line with the shopper's review of it (stars, text, photos, whether the shop
 * published or hid it and why, the shop's reply) and "Write a review" / "Edit your review": 1–5
 * stars, a text and up to four photos checked and uploaded like return photos. An edit keeps the
 * earlier version for the shop, and the review waits for the shop to publish it again. The card's
 * code is fetched when it is first shown.
 *
 * @summary An order's status timeline, items, delivery, tracking, payment and self-service actions, kept live.
 *
 * @fires oz-order-updated - The order on show changed: `{ order, reason }` (`watch`, `payment`, `action`, `conflict`).
 * @fires oz-order-action - A shopper action succeeded: `{ action, order }` (`edit`, `cancel`, `change_address`, `request_refund`, `request_return`, `reschedule`).
 * @fires oz-error - An action or a live check failed: `{ error, message }`.
 * @fires oz-navigate - "Continue shopping" (`{ view: 'browse' }`) from the empty state.
 *
 * @csspart reorder - The "Order again" panel: what changed since the order, and "Add to cart".
 * @slot after-heading - Content under the heading (a merchant's note, a help link...).
 *
 * @csspart base - The whole detail.
 * @csspart header - The heading block with the order number and status.
 * @csspart status - The status badge.
 * @csspart notice - The message after an action (success, failure, changed meanwhile); a success goes once the order leaves the status it announced.
 * @csspart help - The shop's help, opened from "Help and contact" under the heading.
 * @csspart payment - The payment step card.
 * @csspart pay-link - The "Pay now" link.
 * @csspart qr - The QR code block.
 * @csspart qr-code - The drawn QR code.
 * @csspart timeline - The list of statuses the order went through.
 * @csspart tracking - Carrier and tracking number.
 * @csspart return-instructions - Where to send a return.
 * @csspart items - The list of items.
 * @csspart summary - The price summary list.
 * @csspart summary-row - One row of the price summary.
 * @csspart summary-total - The total row.
 * @csspart details - Contact, address, delivery and payment method.
 * @csspart actions - The action buttons.
 * @csspart action-form - The open form of an action (confirm cancel, edit, new address, reason, photos, reschedule).
 * @csspart edit-lines - The order's lines while editing.
 * @csspart edit-line - One line while editing: its stepper, Remove or Put back, its new price.
 * @csspart edit-totals - The current total and the new one, while editing.
 * @csspart quantity - A line's quantity stepper while editing.
 * @csspart quantity-input - The stepper's number input.
 * @csspart quantity-button - The stepper's − and + buttons.
 * @csspart bookings - The "Your bookings" card.
 * @csspart booking-line - One booking in it.
 * @csspart booking-window - A cancellation or rescheduling window (open or closed).
 * @csspart reschedule - The open reschedule form (also `action-form`).
 * @csspart picker - The booking picker in the reschedule form.
 * @csspart photos - The list of return photos.
 * @csspart reviews - The "Rate your items" card of a completed order.
 * @csspart review-line - One line of the order in that card, with its review and its button.
 * @csspart own-review - The shopper's review of a line (stars, status, text, photos, the shop's reply).
 * @csspart review-form - The form to write or edit a review.
 * @csspart after-sale-lines - The lines to choose from in a refund or return request form.
 * @csspart after-sale-line - One line in it: its stepper, or why it cannot be chosen, and its amount.
 * @csspart after-sale-total - What the chosen units give back, shipping included when it is.
 * @csspart after-sales - The "Refunds and returns" card.
 * @csspart after-sale - One refund or return request in it.
 * @csspart after-sale-status - The status badge of a request.
 * @csspart empty - The empty state.
 * @csspart error - Shown instead of the content when the zone's checkout could not load, with Try again.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-order-detail-max-width=760px] - Maximum width of the detail.
 * @cssprop [--oz-control-height=44px] - Height of buttons and inputs.
 */
export class OrderDetail extends ZoneElement<'checkout'> {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, statusBadgeStyles, priceSummaryStyles, paymentStepStyles, afterSalesStyles, orderDetailsStyles, orderDetailStyles];

  /** The order to show; defaults to the zone's last order. */
  @property({ attribute: false }) order?: Order;

  /** Timers and the current time of the live checks and the payment countdown; for tests. Default: the real ones. */
  @property({ attribute: false }) clock: PaymentClock = realPaymentClock;

  /** A newer state of the shown order, from the backend. */
  @state() private fresh?: Order;
  @state() private form?: OpenForm;
  /** The open reschedule form: which booking line, its product, the new pick. */
  @state() private reschedule?: RescheduleState;
  @state() private busy = false;
  @state() private notice?: Notice;
  @state() private fieldErrors: FieldError[] = [];
  @state() private addressDraft?: Address;
  @state() private reason = '';
  @state() private photos: PhotoItem[] = [];
  @state() private photoProblems: string[] = [];
  @state() private statusAnnouncement = '';
  /** The refund or return request draft: one quantity per order line, 0 leaves a line out. */
  @state() private afterSaleQuantities: number[] = [];
  /** "Order again": its module once loaded, and the plan once the catalog answered. */
  @state() private reorder: { module: typeof import('../../parts/reorder-panel/reorder-panel.ts'); plan?: import('@orderzone/core').ReorderLine[] } | undefined;
  /** The company summary's module, once an order with company details asked for it. */
  private companySummary: typeof import('../../parts/company-details/company-summary.ts') | undefined;
  /** "Help and contact" under the heading is open. */
  @state() private helpOpen = false;
  /** The edit of an unpaid order in progress: the core's draft store (quantities, quote, problems). */
  private editDraft?: OrderEditDraft;
  private readonly editState = new StoreController<OrderEditDraftState | undefined>(this);

  /** The reviews part, loaded on demand for an order that can be reviewed (`order-reviews.ts`). */
  @state() private reviewSection?: ReviewSection;
  private reviewSectionLoading?: Promise<void>;
  /** The action forms' module (`order-detail-forms.ts`), asked for once an order with an action shows; a form opens once it is here. */
  private forms?: typeof import('./order-detail-forms.ts');
  private formsLoading?: Promise<typeof import('./order-detail-forms.ts')>;
  /** A form asked for before the forms' code was here: opened once it is. */
  private formOpening?: Promise<void>;

  private readonly lastOrder = new StoreController<Order | undefined>(this);
  private readonly totalChange = new StoreController<TotalChange | undefined>(this);
  private actionsClient?: OrderActions;
  private watch?: Watch;
  private watchedNumber?: string;
  private photoKey = 0;
  /** After a render: what to focus (a selector in the shadow root). */
  private focusAfterRender?: string;

  private readonly payment = new PaymentStepController(this, {
    zone: () => this.loadedZone,
    order: () => this.shown(),
    clock: () => this.clock,
    onOrder: (order) => this.receive(order, 'payment'),
    announce: (message) => this.announce(message),
    t: (key, params) => this.t(key, params),
    locale: () => this.i18n.locale,
  });

  constructor() {
    super([...flowMessages, orderDetailMessages], ['checkout']);
  }

  protected override zoneChanged(zone: LoadedZone<'checkout'>): void {
    this.lastOrder.setStore(zone.checkout.$lastOrder);
    this.totalChange.setStore(zone.checkout.$totalChange);
    this.actionsClient = createOrderActions(zone.adapter, { now: () => this.now() });
    this.restartWatch();
  }

  private stopHelpConfigure: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopHelpConfigure = onHelpConfigure(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopHelpConfigure?.();
    this.stopWatch();
    // A quote still on its way is of no use any more: it must not set state or report errors here.
    if (this.form === 'edit') this.form = undefined;
    this.closeEdit();
    for (const photo of this.photos) URL.revokeObjectURL(photo.preview);
  }

  /**
   * The message key of an action: cancelling an order of bookings only reads "Cancel booking", and
   * its address is the service address ("Change service address"), as the checkout called it.
   */
  private actionKey(action: OpenForm, order: Order): string {
    if (action === 'cancel' && orderFlow(order) === 'bookings') return 'cancel_booking';
    if (action === 'change_address' && orderAddressPurpose(order) === 'service') return 'change_service_address';
    return action;
  }

  /**
   * A timeline entry named by what happened (the core's `historyEvent`): "Order placed", "Shipping
   * address changed", "Refund declined"...; the status entered when the entry names no event this
   * version knows.
   */
  private historyLabel(entry: OrderHistoryEntry, index: number, order: Order): string {
    const event = historyEvent(entry, index);
    if (event === 'change_address' || event === 'cancel') return this.t(`detail.history.${this.actionKey(event, order)}`);
    return event ? this.t(`detail.history.${event}`) : this.t(`confirmation.status.${entry.status}`);
  }

  /** Now, on the element's clock (booking windows, countdowns). */
  private now(): Date {
    return new Date(this.clock.now());
  }

  private get actions(): OrderActions {
    this.actionsClient ??= createOrderActions(this.activeZone.adapter, { now: () => this.now() });
    return this.actionsClient;
  }

  /** The order on show: the newest known state of `order` or of the zone's last order. */
  private shown(): Order | undefined {
    const order = this.order ?? this.lastOrder.value;
    if (order && this.fresh?.orderNumber === order.orderNumber) return this.fresh;
    return order;
  }

  /** "Order OZ-7KD4M-9QXT2" with the number kept on one line (its dashes are no place to break it). */
  private headingWithNumber(orderNumber: string): TemplateResult {
    const [before = '', after = ''] = this.t('detail.heading', { orderNumber: '\u0000' }).split('\u0000');
    return html`${before}<span class="order-number">${orderNumber}</span>${after}`;
  }

  private ref(order: Order): { orderNumber: string; access: OrderAccess } {
    return { orderNumber: order.orderNumber, access: this.readyZone.checkout.orderAccess(order.orderNumber) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('order')) {
      const order = this.order ?? this.lastOrder.value;
      if (this.fresh && this.fresh.orderNumber !== order?.orderNumber) this.fresh = undefined;
      if (changed.has('order') && (changed.get('order') as Order | undefined)?.orderNumber !== this.order?.orderNumber) this.closeForm(false);
    }
  }

  protected override updated(): void {
    if (this.shown()?.orderNumber !== this.watchedNumber) this.restartWatch();
    // The help this element shows, where a build registers <order-help> on demand.
    if (this.renderRoot.querySelector(tagName('order-help'))) void loadElement('order-help').catch(() => undefined);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      // A control disabled while an action runs is focused once it is enabled again (the next render).
      if (target?.matches(':disabled')) return;
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  private stopWatch(): void {
    this.watch?.stop();
    this.watch = undefined;
    this.watchedNumber = undefined;
  }

  private restartWatch(): void {
    this.stopWatch();
    const order = this.shown();
    if (!order || !this.isConnected) return;
    const zone = this.readyZone;
    this.watchedNumber = order.orderNumber;
    this.watch = watchOrder(zone.adapter, order.orderNumber, zone.checkout.orderAccess(order.orderNumber), {
      initial: order,
      clock: this.clock,
      locale: zone.$locale.get(),
      onChange: (fresh) => this.receive(fresh, 'watch'),
      onError: (error) => {
        if (error.code !== 'network' && error.code !== 'timeout') this.reportError(error);
      },
    });
  }

  /** Shows a newer state of the order and announces a status change. */
  private receive(order: Order, reason: 'watch' | 'payment' | 'action' | 'conflict'): void {
    const before = this.shown();
    if (before && before.orderNumber !== order.orderNumber) return;
    this.fresh = order;
    if (before && before.status !== order.status && reason !== 'action') {
      this.announce(this.t('detail.status_changed', { status: this.t(`confirmation.status.${order.status}`) }));
    }
    // An open form the new status no longer allows closes, with a word why.
    if (this.form && !this.actions.available(order).includes(this.form) && reason !== 'action') {
      this.closeForm(false);
      this.notice = { kind: 'error', text: this.t('detail.no_longer_allowed', { status: this.t(`confirmation.status.${order.status}`) }) };
    }
    emit(this, 'oz-order-updated', { order, reason });
  }

  private announce(message: string): void {
    this.statusAnnouncement = '';
    void this.updateComplete.then(() => {
      this.statusAnnouncement = message;
    });
  }

  private formatDate(iso: string | undefined): string | undefined {
    if (!iso) return undefined;
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return undefined;
    return new Intl.DateTimeFormat(this.i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }

  // ——— actions ———

  /** The action forms' module: loaded once (a failed load is asked again next time), its styles added to the shadow root. */
  private loadForms(): Promise<typeof import('./order-detail-forms.ts')> {
    return (this.formsLoading ??= import('./order-detail-forms.ts').then(
      (forms) => {
        forms.adoptFormStyles(this.renderRoot as ShadowRoot, OrderDetail.elementStyles, OrderDetail.elementStyles.indexOf(afterSalesStyles));
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
   * Resolves once the element has rendered and the action forms' code it asked for is here (a form
   * opened meanwhile is then open): what a caller awaiting `updateComplete` after a click sees.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.formOpening ?? (this.forms ? undefined : this.formsLoading);
    if (!pending) return done;
    await pending.catch(() => undefined);
    return this.getUpdateComplete();
  }

  private openForm(action: FormAction, order: Order): void {
    if (!this.forms) {
      const opening = this.loadForms()
        .then(
          () => this.openForm(action, order),
          (error: unknown) => {
            this.notice = { kind: 'error', text: this.reportError(toOrderZoneError(error)) };
          },
        )
        .finally(() => {
          if (this.formOpening === opening) this.formOpening = undefined;
        });
      this.formOpening = opening;
      return;
    }
    this.form = action;
    this.notice = undefined;
    this.fieldErrors = [];
    this.photoProblems = [];
    if (action === 'change_address' && order.shippingAddress) this.addressDraft = { ...order.shippingAddress };
    if (action === 'edit') this.openEdit(order);
    if (action === 'request_refund' || action === 'request_return') this.afterSaleQuantities = afterSaleQuantitiesOf(order, action === 'request_refund' ? 'refund' : 'return');
    this.focusAfterRender = '[part="action-form"] [data-autofocus]';
  }

  private closeForm(returnFocus: boolean): void {
    const was = this.form;
    const rescheduled = this.reschedule?.lineIndex;
    this.form = undefined;
    this.reschedule = undefined;
    this.fieldErrors = [];
    this.reason = '';
    this.afterSaleQuantities = [];
    this.addressDraft = undefined;
    this.photoProblems = [];
    for (const photo of this.photos) URL.revokeObjectURL(photo.preview);
    this.photos = [];
    this.closeEdit();
    if (returnFocus && was) this.focusAfterRender = was === 'reschedule' ? `[data-reschedule="${rescheduled}"]` : `[data-action="${was}"]`;
  }

  // ——— rescheduling a booking ———

  /** Opens the reschedule form of a booking line: fetches its product and loads the picker of its kind. */
  private openReschedule(order: Order, lineIndex: number): void {
    this.closeForm(false);
    this.notice = undefined;
    this.form = 'reschedule';
    this.reschedule = { lineIndex };
    this.focusAfterRender = '[part~="reschedule"] [data-autofocus]';
    void this.loadRescheduleProduct(order, lineIndex);
  }

  private async loadRescheduleProduct(order: Order, lineIndex: number): Promise<void> {
    const line = order.lines[lineIndex];
    if (!line) return;
    const patch = (change: Partial<RescheduleState>): void => {
      if (this.reschedule?.lineIndex === lineIndex) this.reschedule = { ...this.reschedule, ...change };
    };
    patch({ loadError: undefined, product: undefined });
    try {
      const product = await this.activeZone.catalog.getProduct(line.productId);
      if (product.kind === 'goods') throw new Error(`Product ${product.id} is not bookable.`);
      const { PICKER_TAGS } = await import('../product-detail/booking-purchase.ts');
      await loadElement(PICKER_TAGS[product.kind]);
      patch({ product: product as BookableProduct });
    } catch (raw) {
      patch({ loadError: this.reportError(toOrderZoneError(raw)) });
    }
  }

  // ——— editing an unpaid order ———

  private openEdit(order: Order): void {
    this.closeEdit();
    this.editDraft = this.forms!.createOrderEditDraft(order, {
      quote: (quantities, signal) => this.actions.quoteEdit(order, quantities, { signal, locale: this.activeZone.$locale.get() }),
      onQuoteError: (error) => void this.reportError(error),
    });
    this.editState.setStore(this.editDraft.$state);
  }

  private closeEdit(): void {
    this.editDraft?.dispose();
    this.editDraft = undefined;
    this.editState.setStore(undefined);
  }

  /** The quote problem of the draft in words. */
  private editQuoteProblem(state: OrderEditDraftState): string | undefined {
    const problem = state.quoteProblem;
    if (problem === undefined) return undefined;
    return problem === 'not_orderable' ? this.t('edit.not_orderable') : describeError(problem, this.i18n.t);
  }

  private editQuantity(index: number, requested: number): number {
    const draft = this.editDraft;
    if (!draft) return requested;
    if (requested < 1) {
      this.editRemove(index);
      return draft.$state.get().quantities[index] ?? requested;
    }
    draft.setQuantity(index, requested);
    return requested;
  }

  /** Removes a line from the draft; removing the last one is refused with a word about cancelling. */
  private editRemove(index: number): void {
    const draft = this.editDraft;
    const order = this.shown();
    if (!draft || !order) return;
    if (!draft.remove(index)) {
      this.focusAfterRender = `#${this.forms!.EDIT_PROBLEM_ID}`;
      return;
    }
    this.announce(this.t('edit.removed_line', { title: this.i18n.text(order.lines[index]!.title) }));
    this.focusAfterRender = `[data-edit-line="${index}"] [data-edit-restore]`;
  }

  private editRestore(index: number): void {
    this.editDraft?.restore(index);
    this.focusAfterRender = `[data-edit-line="${index}"] [data-edit-remove]`;
  }

  /** "Save changes": with the total of the quote the shopper sees, once it is there and orderable. */
  private async saveEdit(): Promise<void> {
    const draft = this.editDraft;
    if (this.busy || !draft) return;
    this.busy = true;
    let save;
    try {
      save = await draft.prepareSave();
    } finally {
      this.busy = false;
    }
    if (!save) {
      const first = draft.$state.get().errors[0];
      this.focusAfterRender = first ? this.forms!.editErrorTarget(first.field) : '[data-edit-quote-error]';
      return;
    }
    const { quantities, total } = save;
    const locale = { locale: this.activeZone.$locale.get() };
    await this.run('edit', (o) => this.actions.edit(this.ref(o), o, quantities, total, locale));
  }

  /** Runs one action; the result, a refusal or a conflict is shown in the element. */
  private async run(action: OpenForm, call: (order: Order) => Promise<Order>): Promise<void> {
    const order = this.shown();
    if (!order || this.busy) return;
    this.busy = true;
    this.notice = undefined;
    this.fieldErrors = [];
    try {
      const result = await call(order);
      this.closeForm(false);
      this.receive(result, 'action');
      const done = this.t(`detail.done.${this.actionKey(action, order)}`, { total: this.i18n.money(result.total) });
      // "Request sent" holds while the request waits; "Address changed" stays true whatever comes next.
      const keepsStatus = (STATUS_KEEPING_ACTIONS as readonly string[]).includes(action);
      this.notice = { kind: 'success', text: done, ...(keepsStatus ? {} : { whileStatus: result.status }) };
      this.announce(done);
      this.focusAfterRender = '[part="notice"]';
      emit(this, 'oz-order-action', { action, order: result });
    } catch (raw) {
      await this.failed(toOrderZoneError(raw), order);
    } finally {
      this.busy = false;
    }
  }

  private async failed(error: OrderZoneError, order: Order): Promise<void> {
    if (this.form === 'edit' && this.editDraft) {
      const outcome = await this.editDraft.refused(error);
      if (outcome === 'price_changed') {
        this.focusAfterRender = '[data-price-changed]';
        return;
      }
      if (outcome === 'quote_problem') {
        this.focusAfterRender = '[data-edit-quote-error]';
        return;
      }
    }
    // The edit form shows its lines' problems; any other refusal of an edit gets the notice below.
    const onLines = (e: FieldError): boolean => e.field === 'lines' || e.field.startsWith('lines.');
    const first = this.form === 'edit' ? error.fieldErrors.find(onLines) : error.fieldErrors[0];
    if (error.code === 'validation' && first) {
      this.fieldErrors = error.fieldErrors;
      // The core names order lines in an edit's errors (`lines.<i>` is order line i).
      const forms = this.forms;
      this.focusAfterRender = this.form === 'edit' && forms ? forms.editErrorTarget(first.field) : this.form === 'reschedule' ? `#${RESCHEDULE_ERROR_ID}` : first.field.startsWith('shippingAddress.') && forms
        ? `#${forms.addressFieldId('new-address', first.field)}`
        : first.field === 'photos'
          ? '#return-photos'
          : (first.field === 'lines' || first.field.startsWith('lines.')) && forms
            ? forms.afterSaleErrorTarget(first.field)
            : '#action-reason';
      return;
    }
    if (error.code === 'conflict' && this.form === 'reschedule' && isBookingConflict(error.details)) {
      // The new pick was taken meanwhile: the form stays, the picker shows what is free now.
      this.fieldErrors = [{ field: 'booking', code: 'booking_taken' }];
      this.focusAfterRender = `#${RESCHEDULE_ERROR_ID}`;
      const picker = this.renderRoot.querySelector('[part~="reschedule"] [part="picker"]') as (HTMLElement & { refresh?: (o: { clearPick?: boolean }) => Promise<void> }) | null;
      void picker?.refresh?.({ clearPick: true });
      return;
    }
    if (error.code === 'conflict') {
      // The order moved on (paid, shipped...): show it as it is now, and say why nothing happened.
      let fresh: Order | undefined;
      try {
        fresh = await this.actions.reload(this.ref(order), { locale: this.activeZone.$locale.get() });
      } catch {
        fresh = undefined;
      }
      this.closeForm(false);
      if (fresh) this.receive(fresh, 'conflict');
      const status = this.t(`confirmation.status.${(fresh ?? order).status}`);
      this.notice = { kind: 'error', text: this.t('detail.conflict', { status }) };
      this.focusAfterRender = '[part="notice"]';
      return;
    }
    this.notice = { kind: 'error', text: this.reportError(error) };
    this.focusAfterRender = '[part="notice"]';
  }

  private submitForm(event: Event, order: Order): void {
    event.preventDefault();
    const locale = { locale: this.activeZone.$locale.get() };
    switch (this.form) {
      case 'reschedule': {
        const state = this.reschedule;
        const booking = state?.pick?.selection;
        if (!state || !booking) {
          this.fieldErrors = [{ field: 'booking', code: 'pick_required' }];
          this.focusAfterRender = `#${RESCHEDULE_ERROR_ID}`;
          return;
        }
        const input = { lineIndex: state.lineIndex, booking, ...(state.product ? { product: state.product } : {}) };
        void this.run('reschedule', (o) => this.actions.reschedule(this.ref(o), o, input, locale));
        break;
      }
      case 'edit':
        void this.saveEdit();
        break;
      case 'cancel':
        void this.run('cancel', (o) => this.actions.cancel(this.ref(o), locale));
        break;
      case 'change_address':
        if (this.addressDraft) {
          const address = this.addressDraft;
          void this.run('change_address', (o) => this.actions.changeAddress(this.ref(o), address, o.shippingAddress, locale));
        }
        break;
      case 'request_refund': {
        const request = { reason: this.reason, lines: chosenLinesOf(this.afterSaleQuantities) };
        void this.run('request_refund', (o) => this.actions.requestRefund(this.ref(o), { ...request, order: o }, locale));
        break;
      }
      case 'request_return': {
        if (this.photos.some((p) => p.status === 'uploading')) {
          this.fieldErrors = [{ field: 'photos', code: 'photos_uploading' }];
          return;
        }
        const request = { reason: this.reason, lines: chosenLinesOf(this.afterSaleQuantities) };
        const photoIds = this.photos.flatMap((p) => (p.uploaded ? [p.uploaded.id] : []));
        void this.run('request_return', (o) => this.actions.requestReturn(this.ref(o), { ...request, photoIds, order: o }, locale));
        break;
      }
      default:
        void order;
    }
  }

  private addPhotos(input: HTMLInputElement, order: Order): void {
    const files = [...(input.files ?? [])];
    input.value = '';
    const problems: string[] = [];
    this.fieldErrors = this.fieldErrors.filter((e) => e.field !== 'photos');
    for (const file of files) {
      const counted = this.photos.filter((p) => p.status !== 'failed').length;
      const problem = this.actions.checkReturnPhoto(file, counted);
      if (problem) {
        problems.push(this.t('detail.photo_problem', { name: file.name, problem: describeFieldError(problem, this.i18n.t) }));
        continue;
      }
      this.upload(file, order);
    }
    this.photoProblems = problems;
    if (problems.length > 0) this.announce(problems.join(' '));
  }

  private upload(file: File, order: Order): void {
    const item: PhotoItem = { key: ++this.photoKey, name: file.name, preview: URL.createObjectURL(file), progress: 0, status: 'uploading' };
    this.photos = [...this.photos, item];
    const patch = (change: Partial<PhotoItem>): void => {
      // The photo may have been removed meanwhile.
      if (!this.photos.some((p) => p.key === item.key)) return;
      this.photos = this.photos.map((p) => (p.key === item.key ? { ...p, ...change } : p));
    };
    const uploaded = this.photos.filter((p) => p.status !== 'failed').length - 1;
    this.actions
      .uploadReturnPhoto(this.ref(order), file, {
        uploaded,
        onProgress: (fraction) => patch({ progress: Math.max(0, Math.min(1, fraction)) }),
        locale: this.activeZone.$locale.get(),
      })
      .then(
        (photo) => {
          patch({ status: 'done', progress: 1, uploaded: photo });
          this.announce(this.t('detail.photo_uploaded', { name: file.name }));
        },
        (raw: unknown) => {
          const error = toOrderZoneError(raw);
          const text = error.code === 'validation' && error.fieldErrors[0] ? describeFieldError(error.fieldErrors[0], this.i18n.t) : describeError(error, this.i18n.t);
          patch({ status: 'failed', error: text });
          this.announce(this.t('detail.photo_problem', { name: file.name, problem: text }));
        },
      );
  }

  private removePhoto(key: number): void {
    const photo = this.photos.find((p) => p.key === key);
    if (!photo) return;
    URL.revokeObjectURL(photo.preview);
    this.photos = this.photos.filter((p) => p.key !== key);
    this.announce(this.t('detail.photo_removed', { name: photo.name }));
    this.focusAfterRender = '#return-photos';
  }

  /**
   * The reviews part for an order that can be reviewed with this backend: its module (the form and
   * its texts) is fetched the first time one is shown, never for the page's first paint.
   */
  private renderReviews(order: Order): TemplateResult | typeof nothing {
    if (!canReviewOrder(order) || typeof this.readyZone.adapter.writeReview !== 'function') return nothing;
    if (this.reviewSection) return this.reviewSection.render(order);
    this.reviewSectionLoading ??= import('../../parts/order-reviews/order-reviews.ts').then(
      ({ ReviewSection }) => {
        this.reviewSection = new ReviewSection(this, {
          adapter: this.readyZone.adapter,
          access: (orderNumber) => this.readyZone.checkout.orderAccess(orderNumber),
          locale: () => this.i18n.locale,
          announce: (message) => this.announce(message),
        });
      },
      (error: unknown) => {
        this.reviewSectionLoading = undefined;
        this.reportError(toOrderZoneError(error));
      },
    );
    return nothing;
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const order = this.shown();
    if (!order) return this.renderEmpty();
    const placed = this.formatDate(order.createdAt);
    const status = this.t(`confirmation.status.${order.status}`);
    const declined = declinedRequest(order);
    return html`<article class="detail" part="base" aria-labelledby="detail-heading">
      <header class="header" part="header">
        <h2 id="detail-heading" tabindex="-1">${this.headingWithNumber(order.orderNumber)}</h2>
        <p class="status">
          <span>${this.t('confirmation.status')}</span>
          <span class="badge ${order.status}" part="status" data-status data-tone=${orderStatusTone(order.status)}>${status}</span>
        </p>
        ${placed ? html`<p class="muted">${this.t('confirmation.placed_at', { date: placed })}</p>` : nothing}
        ${pageHelpConfig() !== undefined
          ? html`<p class="help-entry">
              <span class="muted">${this.t('detail.help_intro')}</span>
              <button class="button link" type="button" data-order-help aria-expanded=${this.helpOpen ? 'true' : 'false'} aria-controls="order-help" @click=${() => (this.helpOpen = !this.helpOpen)}>
                ${this.t('detail.help')}
              </button>
            </p>`
          : nothing}
        <slot name="after-heading"></slot>
      </header>
      ${this.helpOpen && pageHelpConfig() !== undefined ? html`<${staticTag('order-help')} id="order-help" part="help" topic="general"></${staticTag('order-help')}>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" data-status-announcement>${this.statusAnnouncement}</div>
      ${this.notice && (this.notice.whileStatus === undefined || this.notice.whileStatus === order.status)
        ? html`<div class="notice ${this.notice.kind}" part="notice" tabindex="-1" role=${this.notice.kind === 'error' ? 'alert' : 'status'} data-notice=${this.notice.kind}>
            ${this.notice.text}
          </div>`
        : nothing}
      ${renderPaymentStep(order, this.payment, { t: this.i18n.t, money: this.i18n.money, formatDate: (iso) => this.formatDate(iso) }, {
        whenStuck: html`<${staticTag('order-help')} topic="payment_failed"></${staticTag('order-help')}>`,
        totalChange: this.totalChange.value,
        acceptTotal: () => this.readyZone.checkout.acceptTotalChange(),
      })}
      ${this.renderActions(order)} ${this.renderBookings(order)} ${this.renderTimeline(order)} ${this.renderTracking(order)} ${this.renderReturn(order)}
      ${renderAfterSales(order, { t: this.i18n.t, text: this.i18n.text, money: this.i18n.money, locale: this.i18n.locale, date: (iso) => this.formatDate(iso) })}
      ${declined ? html`<${staticTag('order-help')} topic=${`${declined}_rejected`}></${staticTag('order-help')}>` : nothing}
      <section class="card" aria-labelledby="detail-items-heading">
        <h3 id="detail-items-heading">${this.t('confirmation.items')}</h3>
        ${renderQuoteLines(order.lines, this.i18n, 'items')} ${renderPriceSummary(order, this.i18n)}
      </section>
      ${this.renderReviews(order)}
      ${renderOrderDetails(order, this.i18n, order.company ? this.renderCompany(order.company) : nothing)} ${this.renderReorder(order)}
    </article>`;
  }

  private renderActions(order: Order): TemplateResult | typeof nothing {
    const available = this.actions.available(order).filter((a): a is FormAction => (ACTION_ORDER as readonly string[]).includes(a));
    const offered = ACTION_ORDER.filter((a) => available.includes(a) && (a !== 'change_address' || order.shippingAddress));
    if (offered.length === 0) return nothing;
    // The forms' code is asked for now, so it is here when the shopper opens one (a failed load is asked again then).
    if (!this.forms) this.loadForms().catch(() => undefined);
    return html`<section class="card actions-card" aria-labelledby="actions-heading">
      <h3 id="actions-heading">${this.t('detail.actions')}</h3>
      <div class="actions" part="actions">
        ${offered.map(
          (action) => html`<button
            class="button ${action === 'cancel' ? 'danger' : ''}"
            type="button"
            data-action=${action}
            aria-expanded=${this.form === action ? 'true' : 'false'}
            aria-controls=${this.form === action ? 'action-form' : nothing}
            ?disabled=${this.busy}
            @click=${() => (this.form === action ? this.closeForm(true) : this.openForm(action, order))}
          >
            ${this.t(`detail.action.${this.actionKey(action, order)}`)}
          </button>`,
        )}
      </div>
      ${this.form && this.form !== 'reschedule' && offered.includes(this.form) ? this.renderForm(this.form, order) : nothing}
    </section>`;
  }

  private renderBookings(order: Order): TemplateResult | typeof nothing {
    const open = this.form === 'reschedule' ? this.reschedule : undefined;
    const preview = open?.pick?.selection ? open.pick.preview : undefined;
    const pickProblem = open && preview ? this.actions.rescheduleProblem(order, open.lineIndex, preview.unitPrice) : undefined;
    return renderBookingChanges(
      {
        order,
        changes: this.actions.bookingChanges(order),
        ...(open ? { reschedule: open } : {}),
        ...(pickProblem ? { pickProblem } : {}),
        errors: this.form === 'reschedule' ? this.fieldErrors : [],
        busy: this.busy,
        onReschedule: (index) => (this.reschedule?.lineIndex === index ? this.closeForm(true) : this.openReschedule(order, index)),
        onPick: (detail) => {
          if (this.reschedule) this.reschedule = { ...this.reschedule, pick: detail };
          this.fieldErrors = [];
        },
        onRetryLoad: () => this.reschedule && void this.loadRescheduleProduct(order, this.reschedule.lineIndex),
        onBack: () => this.closeForm(true),
        onSubmit: (event) => this.submitForm(event, order),
      },
      this.i18n,
    );
  }

  private renderForm(action: FormAction, order: Order): TemplateResult {
    const key = this.actionKey(action, order);
    const submitLabel = this.t(`detail.submit.${key}`);
    const editState = this.editState.value;
    const { renderOrderEdit, renderAddressFields, renderAfterSaleLines } = this.forms!;
    const buttons = html`<div class="form-buttons">
      <button class="button ${action === 'cancel' ? 'danger-solid' : 'primary'}" type="submit" data-submit ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>
        ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${submitLabel}
      </button>
      <button class="button" type="button" data-back ?disabled=${this.busy} @click=${() => this.closeForm(true)}>${this.t(action !== 'cancel' ? 'detail.back' : key === 'cancel_booking' ? 'detail.keep_booking' : 'detail.keep_order')}</button>
    </div>`;
    return html`<form id="action-form" class="action-form" part="action-form" aria-labelledby="action-form-heading" novalidate data-form=${action} @submit=${(e: Event) => this.submitForm(e, order)}>
      <h4 id="action-form-heading" tabindex="-1" ?data-autofocus=${action === 'cancel' || action === 'change_address' || action === 'edit'}>${this.t(`detail.form.${key}`)}</h4>
      ${action === 'edit'
        ? renderOrderEdit(
            {
              order,
              quantities: editState?.quantities ?? [],
              quote: editState?.quote,
              quoting: editState?.quoting ?? false,
              quoteError: editState ? this.editQuoteProblem(editState) : undefined,
              errors: editState?.errors ?? [],
              priceChanged: editState?.priceChanged,
              busy: this.busy,
              onQuantity: (index, requested) => this.editQuantity(index, requested),
              onRemove: (index) => this.editRemove(index),
              onRestore: (index) => this.editRestore(index),
              onCancelOrder: this.actions.available(order).includes('cancel')
                ? () => {
                    this.closeForm(false);
                    this.openForm('cancel', order);
                  }
                : undefined,
            },
            this.i18n,
          )
        : nothing}
      ${action === 'cancel'
        ? html`<p>${this.t(key === 'cancel_booking' && this.actions.bookingChanges(order).cancelRefunds ? 'detail.cancel_booking_confirm' : 'detail.cancel_confirm', { orderNumber: order.orderNumber, total: this.i18n.money(order.total) })}</p>`
        : nothing}
      ${action === 'change_address' && this.addressDraft
        ? html`${renderAddressFields(this.addressDraft, {
              t: this.i18n.t,
              locale: this.i18n.locale,
              errors: this.fieldErrors,
              idPrefix: 'new-address',
              onInput: (field, value) => {
                this.addressDraft = { ...this.addressDraft!, [field]: value };
                this.fieldErrors = this.fieldErrors.filter((e) => e.field !== `shippingAddress.${field}`);
              },
            })}`
        : nothing}
      ${action === 'request_refund' || action === 'request_return'
        ? html`${renderAfterSaleLines(
            {
              order,
              kind: action === 'request_refund' ? 'refund' : 'return',
              quantities: this.afterSaleQuantities,
              errors: this.fieldErrors,
              busy: this.busy,
              onQuantity: (index, requested) => this.afterSaleQuantity(order, action, index, requested),
            },
            this.i18n,
          )}
          ${this.renderReason(action)}`
        : nothing}
      ${action === 'request_return' ? this.renderPhotos() : nothing} ${buttons}
    </form>`;
  }

  /** Sets line `index` of the request draft, within 0 and what the core says may be asked for; answers the quantity in use. */
  private afterSaleQuantity(order: Order, action: 'request_refund' | 'request_return', index: number, requested: number): number {
    const max = lineAfterSales(order)[index]?.requestable[action === 'request_refund' ? 'refund' : 'return'] ?? 0;
    const quantity = Number.isFinite(requested) ? Math.max(0, Math.min(max, Math.trunc(requested))) : 0;
    const next = [...this.afterSaleQuantities];
    next[index] = quantity;
    this.afterSaleQuantities = next;
    this.fieldErrors = this.fieldErrors.filter((e) => e.field !== 'lines' && !e.field.startsWith('lines.'));
    return quantity;
  }

  private renderReason(action: 'request_refund' | 'request_return'): TemplateResult {
    const error = this.fieldErrors.find((e) => e.field === 'reason');
    const count = textLength(this.reason.trim());
    return html`<div class="field">
      <label class="label" for="action-reason">${this.t(action === 'request_refund' ? 'detail.refund_reason' : 'detail.return_reason')}<span class="required" aria-hidden="true"> *</span></label>
      <textarea
        class="input"
        id="action-reason"
        name="reason"
        required
        maxlength=${ORDER_TEXT_MAX_LENGTH}
        data-autofocus
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'action-reason-error action-reason-count' : 'action-reason-count'}
        .value=${this.reason}
        @input=${(e: Event) => {
          this.reason = (e.target as HTMLTextAreaElement).value;
          this.fieldErrors = this.fieldErrors.filter((f) => f.field !== 'reason');
        }}
      ></textarea>
      <span class="hint" id="action-reason-count">${this.t('detail.reason_count', { count, max: ORDER_TEXT_MAX_LENGTH })}</span>
      ${error ? html`<p class="field-error" id="action-reason-error">${describeFieldError(error, this.i18n.t)}</p>` : nothing}
    </div>`;
  }

  private renderPhotos(): TemplateResult {
    const error = this.fieldErrors.find((e) => e.field === 'photos');
    const full = returnPhotosFull(this.photos.filter((p) => p.status !== 'failed').length);
    const describedBy = ['return-photos-hint', error ? 'return-photos-error' : '', this.photoProblems.length > 0 ? 'return-photos-problems' : ''].filter(Boolean).join(' ');
    const order = this.shown()!;
    return html`<div class="field photos-field">
      <label class="label" for="return-photos">${this.t('detail.photos')} <span class="optional">${this.t('address.optional')}</span></label>
      <span class="hint" id="return-photos-hint">${this.t('detail.photos_hint', { max: RETURN_PHOTO_MAX_COUNT, size: 5 })}</span>
      <input
        class="input file"
        id="return-photos"
        type="file"
        accept=${RETURN_PHOTO_TYPES.join(',')}
        multiple
        ?disabled=${full}
        aria-describedby=${describedBy}
        aria-invalid=${error || this.photoProblems.length > 0 ? 'true' : 'false'}
        @change=${(e: Event) => this.addPhotos(e.target as HTMLInputElement, order)}
      />
      ${this.photoProblems.length > 0
        ? html`<ul class="field-error photo-problems" id="return-photos-problems" data-photo-problems>
            ${this.photoProblems.map((p) => html`<li>${p}</li>`)}
          </ul>`
        : nothing}
      ${error ? html`<p class="field-error" id="return-photos-error">${describeFieldError(error, this.i18n.t)}</p>` : nothing}
      ${this.photos.length > 0
        ? html`<ul class="photos" part="photos" aria-label=${this.t('detail.photos_chosen')}>
            ${this.photos.map(
              (photo) => html`<li class="photo ${photo.status}" data-photo=${photo.status}>
                <img src=${photo.preview} alt=${this.t('detail.photo_alt', { name: photo.name })} />
                <div class="photo-text">
                  <span class="photo-name">${photo.name}</span>
                  ${photo.status === 'uploading'
                    ? html`<progress max="100" .value=${Math.round(photo.progress * 100)} aria-label=${this.t('detail.uploading', { name: photo.name })}></progress>
                        <span class="muted" data-progress>${this.t('detail.progress', { percent: Math.round(photo.progress * 100) })}</span>`
                    : photo.status === 'done'
                      ? html`<span class="ok">${this.t('detail.uploaded')}</span>`
                      : html`<span class="field-error">${photo.error}</span>`}
                </div>
                <button class="button link" type="button" data-remove-photo aria-label=${this.t('detail.remove_photo', { name: photo.name })} @click=${() => this.removePhoto(photo.key)}>
                  ${this.t('detail.remove')}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderTimeline(order: Order): TemplateResult | typeof nothing {
    const history = order.history ?? [];
    if (history.length === 0) return nothing;
    return html`<section class="card" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">${this.t('detail.timeline')}</h3>
      <ol class="timeline" part="timeline">
        ${history.map(
          (entry, index) => html`<li class=${index === history.length - 1 ? 'current' : ''} aria-current=${index === history.length - 1 ? 'step' : nothing}>
            <span class="timeline-status" data-history=${historyEvent(entry, index) ?? entry.status}>${this.historyLabel(entry, index, order)}</span>
            ${this.formatDate(entry.at) ? html`<time class="muted" datetime=${entry.at}>${this.formatDate(entry.at)}</time>` : nothing}
            ${entry.note ? html`<span class="timeline-note">${entry.note}</span>` : nothing}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderTracking(order: Order): TemplateResult | typeof nothing {
    if (!order.tracking) return nothing;
    return html`<section class="card" part="tracking" aria-labelledby="tracking-heading" data-tracking>
      <h3 id="tracking-heading">${this.t('detail.tracking')}</h3>
      <dl class="pairs">
        <div><dt>${this.t('detail.carrier')}</dt><dd>${order.tracking.carrier}</dd></div>
        <div><dt>${this.t('detail.tracking_number')}</dt><dd class="mono" data-tracking-number>${order.tracking.number}</dd></div>
      </dl>
    </section>`;
  }

  private renderReturn(order: Order): TemplateResult | typeof nothing {
    // A backend of contract 2.1 records requests by line: the "Refunds and returns" card shows the
    // request, and where to send the goods only while the latest return awaits them.
    const byLine = (order.afterSales?.length ?? 0) > 0;
    const request = byLine ? undefined : order.returnRequest;
    const instructions = pendingReturnInstructions(order);
    if (!request && !instructions) return nothing;
    return html`${instructions
      ? html`<section class="card" part="return-instructions" aria-labelledby="return-instructions-heading" data-return-instructions>
          <h3 id="return-instructions-heading">${this.t('detail.return_instructions')}</h3>
          <p>${this.t('detail.return_send_to')}</p>
          <p>${instructions.recipient}${instructions.phone ? html` · ${instructions.phone}` : nothing}</p>
          ${renderPostalAddress(instructions.address, this.i18n.locale)}
          ${instructions.note ? html`<p class="muted">${instructions.note}</p>` : nothing}
        </section>`
      : nothing}
    ${request
      ? html`<section class="card" aria-labelledby="return-request-heading" data-return-request>
          <h3 id="return-request-heading">${this.t('detail.return_request')}</h3>
          <p>${request.reason}</p>
          ${request.photos.length > 0
            ? html`<ul class="photos sent">
                ${request.photos.map((photo, index) => {
                  const url = safeImageUrl(photo.url);
                  return url ? html`<li class="photo"><img src=${url} alt=${this.t('detail.sent_photo_alt', { n: index + 1 })} /></li>` : nothing;
                })}
              </ul>`
            : nothing}
        </section>`
      : nothing}`;
  }

  /** The company a business order was bought for, once its module is loaded (only orders with one load it). */
  private renderCompany(company: NonNullable<Order['company']>): TemplateResult | typeof nothing {
    if (this.companySummary) return this.companySummary.renderCompanySummary(company, this.i18n.locale);
    void import('../../parts/company-details/company-summary.ts').then((module) => {
      this.companySummary = module;
      this.requestUpdate();
    });
    return nothing;
  }

  /** "Order again": the button, then (its module loaded on demand) what changed and "Add to cart". */
  private renderReorder(order: Order): TemplateResult | typeof nothing {
    if (!order.lines.some((line) => !line.booking)) return nothing;
    if (this.reorder?.plan) {
      return this.reorder.module.renderReorderPanel({
        locale: this.i18n.locale,
        plan: this.reorder.plan,
        text: this.i18n.text,
        money: this.i18n.money,
        cart: this.readyZone.cart,
        done: (added) => {
          this.reorder = undefined;
          if (added !== undefined && added > 0) emit(this, 'oz-navigate', { view: 'cart' });
        },
      });
    }
    return html`<div class="reorder-action">
      <button class="button" type="button" data-reorder ?disabled=${this.reorder !== undefined} @click=${() => void this.startReorder(order)}>${this.t('detail.reorder')}</button>
    </div>`;
  }

  private async startReorder(order: Order): Promise<void> {
    try {
      const module = await import('../../parts/reorder-panel/reorder-panel.ts');
      this.reorder = { module };
      const plan = await module.prepareReorder(this.readyZone.adapter, order);
      this.reorder = { module, plan };
    } catch (error) {
      this.reorder = undefined;
      this.reportError(toOrderZoneError(error));
    }
  }

  private renderEmpty(): TemplateResult {
    return html`<div class="empty" part="empty">
      <h2>${this.t('detail.empty_title')}</h2>
      <p class="muted">${this.t('detail.empty_body')}</p>
      <button class="button primary" type="button" data-continue @click=${() => emit(this, 'oz-navigate', { view: 'browse' })}>${this.t('confirmation.continue_shopping')}</button>
    </div>`;
  }
}
