/**
 * `<order-detail>`: one order after it was placed, kept live, with what the shopper can do now.
 *
 * @module
 */
import {
  type BookableProduct,
  type EditQuote,
  isBookingConflict,
  safeImageUrl,
  toOrderZoneError,
  type Address,
  type FieldError,
  type Money,
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
} from '@orderzone/core';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import {
  afterSaleQuantitiesOf,
  checkEditQuantities,
  chosenLinesOf,
  createOrderActions,
  lineAfterSales,
  editQuantitiesOf,
  editRefusalQuote,
  historyEvent,
  STATUS_KEEPING_ACTIONS,
  orderAddressPurpose,
  orderFlow,
  RETURN_PHOTO_MAX_COUNT,
  RETURN_PHOTO_TYPES,
  watchOrder,
} from '@orderzone/core/orders';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { statusBadgeStyles } from '../../styles/status-badge.ts';
import { addressFieldId, renderAddressFields } from '../address-fields/address-fields.ts';
import { renderPostalAddress } from '../address-fields/postal-address.ts';
import { PaymentStepController, realPaymentClock, renderPaymentStep, type PaymentClock } from '../payment-step/payment-step.ts';
import { paymentStepStyles } from '../payment-step/payment-step.styles.ts';
import { renderPriceSummary } from '../price-summary/price-summary.ts';
import { priceSummaryStyles } from '../price-summary/price-summary.styles.ts';
import { renderQuoteLines } from '../price-summary/quote-lines.ts';
import { EDIT_PROBLEM_ID, editErrorTarget, renderOrderEdit } from '../order-edit/order-edit.ts';
import { orderEditStyles } from '../order-edit/order-edit.styles.ts';
import { RESCHEDULE_ERROR_ID, renderBookingChanges, type RescheduleState } from '../order-edit/booking-changes.ts';
import { loadElement } from '../lazy-elements.ts';
import { PICKER_TAGS } from '../product-detail/booking-purchase.ts';
import { quantityStepperStyles } from '../quantity-stepper/quantity-stepper.styles.ts';
import { ZoneElement } from '../zone-element.ts';
import { orderDetailMessages } from './order-detail.messages.ts';
import { orderDetailStyles } from './order-detail.styles.ts';
import { afterSaleErrorTarget, renderAfterSaleLines } from '../after-sales/after-sale-form.ts';
import { renderAfterSales } from '../after-sales/after-sales-card.ts';
import { afterSalesStyles } from '../after-sales/after-sales.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { onHelpConfigure, pageHelpConfig } from '../order-help/help-defaults.ts';

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
 * @cssprop [--oz-color-primary=#c2410c] - Accent: primary buttons, links, selection (dark scheme: #fb923c).
 * @cssprop [--oz-color-on-primary=derived] - Text on the accent colour; by default white or near-black, whichever reads at 4.5:1 or more on it.
 * @cssprop [--oz-color-primary-text=derived] - The accent as text on surfaces (links, link buttons); by default the accent, darkened (light) or lightened (dark) to 4.5:1.
 * @cssprop [--oz-color-text=#1c1917] - Text (dark: #f5f5f4).
 * @cssprop [--oz-color-muted=#6b6460] - Secondary text (dark: #b5aea9).
 * @cssprop [--oz-color-surface=#ffffff] - Cards, inputs, panels (dark: #1c1917).
 * @cssprop [--oz-color-surface-alt=#f7f5f3] - Image placeholders, notices, summaries (dark: #292524).
 * @cssprop [--oz-color-canvas=transparent] - Background of the element itself (dark: #1c1917).
 * @cssprop [--oz-canvas-padding=16px] - Inner padding of the dark panel an element paints with `theme="dark"` (or `auto` in dark mode) on a light page.
 * @cssprop [--oz-color-border=#e2ddd8] - Borders and dividers (dark: #44403c).
 * @cssprop [--oz-color-danger=#b91c1c] - Errors (dark: #f87171).
 * @cssprop [--oz-color-success=#15803d] - In stock, discounts, success (dark: #4ade80).
 * @cssprop [--oz-color-warning=#a16207] - Low stock, notices, pending statuses (dark: #facc15).
 * @cssprop [--oz-font-family=system-ui, …] - Text font.
 * @cssprop [--oz-font-family-mono=ui-monospace, …] - Codes and references.
 * @cssprop [--oz-font-size=15px] - Base size; the scale is relative to it.
 * @cssprop [--oz-radius=10px] - Corner radius.
 * @cssprop [--oz-space=8px] - Spacing unit; gaps and paddings are multiples of it.
 * @cssprop [--oz-control-height=44px] - Height of buttons and inputs.
 * @cssprop [--oz-focus-ring=3px ring in the focus colour] - The whole focus ring (a box-shadow).
 * @cssprop [--oz-demo-marker-bg=a tint of --oz-color-warning] - The "Demo" marker (no backend configured): background.
 * @cssprop [--oz-demo-marker-text=var(--oz-color-text)] - The "Demo" marker: text.
 * @cssprop [--oz-badge-bg=var(--oz-color-primary)] - Badges: background.
 * @cssprop [--oz-badge-radius=999px] - Badges: corners.
 * @cssprop [--oz-badge-text=var(--oz-color-on-primary)] - Badges: text.
 * @cssprop [--oz-button-bg=var(--oz-color-surface)] - Secondary buttons: background.
 * @cssprop [--oz-button-border-color=var(--oz-color-border)] - Buttons: border.
 * @cssprop [--oz-button-font-weight=var(--oz-font-weight-semibold)] - Buttons: weight.
 * @cssprop [--oz-button-primary-bg=var(--oz-color-primary)] - Primary buttons: background.
 * @cssprop [--oz-button-primary-text=var(--oz-color-on-primary)] - Primary buttons: text.
 * @cssprop [--oz-button-radius=var(--oz-radius)] - Buttons: corners.
 * @cssprop [--oz-button-text=var(--oz-color-text)] - Secondary buttons: text.
 * @cssprop [--oz-card-bg=var(--oz-color-surface)] - Cards: background.
 * @cssprop [--oz-card-border-color=var(--oz-color-border)] - Cards: border.
 * @cssprop [--oz-card-radius=var(--oz-radius)] - Cards: corners.
 * @cssprop [--oz-card-shadow=var(--oz-shadow)] - Cards: shadow.
 * @cssprop [--oz-color-sale=#b91c1c] - Sale prices and badges (dark: #f87171).
 * @cssprop [--oz-density=1] - Multiplies spacing and control height: 0.8 compact, 1.15 comfortable.
 * @cssprop [--oz-focus-color=var(--oz-color-primary)] - Colour of the keyboard focus ring.
 * @cssprop [--oz-font-family-heading=var(--oz-font-family)] - Heading font.
 * @cssprop [--oz-font-size-lg=1.15em] - Totals and sub-headings.
 * @cssprop [--oz-font-size-sm=0.875em] - Small text: hints, meta, errors.
 * @cssprop [--oz-font-size-xl=1.6em] - Page headings.
 * @cssprop [--oz-font-weight-bold=700] - Prices and headings.
 * @cssprop [--oz-font-weight-medium=500] - Medium weight.
 * @cssprop [--oz-font-weight-semibold=600] - Labels, buttons, titles.
 * @cssprop [--oz-input-bg=var(--oz-color-surface)] - Inputs: background.
 * @cssprop [--oz-input-border-color=var(--oz-color-border)] - Inputs: border.
 * @cssprop [--oz-input-radius=calc(var(--oz-radius) * 0.8)] - Inputs: corners.
 * @cssprop [--oz-input-text=var(--oz-color-text)] - Inputs: text.
 * @cssprop [--oz-motion-duration=150ms] - Duration of hover and state transitions (0s under prefers-reduced-motion).
 * @cssprop [--oz-motion-easing=ease] - Easing of transitions.
 * @cssprop [--oz-shadow=soft two-layer shadow] - Raised cards and panels.
 * @cssprop [--oz-transition=150ms ease] - Shorthand overriding duration and easing together.
 */
export class OrderDetail extends ZoneElement<'checkout'> {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, statusBadgeStyles, priceSummaryStyles, paymentStepStyles, quantityStepperStyles, orderEditStyles, afterSalesStyles, orderDetailStyles];

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
  @state() private reorder: { module: typeof import('../reorder-panel/reorder-panel.ts'); plan?: import('@orderzone/core').ReorderLine[] } | undefined;
  /** The company summary's module, once an order with company details asked for it. */
  private companySummary: typeof import('../company-details/company-summary.ts') | undefined;
  /** "Help and contact" under the heading is open. */
  @state() private helpOpen = false;
  /** The edit draft: one quantity per order line, 0 for a removed line. */
  @state() private editQuantities: number[] = [];
  /** The backend's quote of the edit draft. */
  @state() private editQuote?: EditQuote;
  @state() private editQuoting = false;
  @state() private editQuoteError?: string;
  /** Saving the edit answered `price_changed`: the total the shopper saw, and the new one. */
  @state() private priceChanged?: { from: Money; to: Money };
  private editQuoteAbort?: AbortController;
  private editQuotePending?: Promise<void>;

  private readonly lastOrder = new StoreController<Order | undefined>(this);
  private readonly totalChange = new StoreController<TotalChange | undefined>(this);
  private actionsClient?: OrderActions;
  private watch?: Watch;
  private watchedNumber?: string;
  private photoKey = 0;
  /** After a render: what to focus (a selector in the shadow root). */
  private focusAfterRender?: string;

  private readonly payment = new PaymentStepController(this, {
    zone: () => this.zoneController.zone,
    order: () => this.shown(),
    access: (orderNumber) => this.readyZone.checkout.orderAccess(orderNumber),
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

  private t(key: string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
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
    if (this.renderRoot.querySelector('order-help')) void loadElement('order-help').catch(() => undefined);
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

  private openForm(action: FormAction, order: Order): void {
    this.form = action;
    this.notice = undefined;
    this.fieldErrors = [];
    this.photoProblems = [];
    if (action === 'change_address' && order.shippingAddress) this.addressDraft = { ...order.shippingAddress };
    if (action === 'edit') this.editQuantities = editQuantitiesOf(order);
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
      await loadElement(PICKER_TAGS[product.kind]);
      patch({ product: product as BookableProduct });
    } catch (raw) {
      patch({ loadError: this.reportError(toOrderZoneError(raw)) });
    }
  }

  // ——— editing an unpaid order ———

  private closeEdit(): void {
    this.editQuoteAbort?.abort();
    this.editQuoteAbort = undefined;
    this.editQuotePending = undefined;
    this.editQuantities = [];
    this.editQuote = undefined;
    this.editQuoting = false;
    this.editQuoteError = undefined;
    this.priceChanged = undefined;
  }

  /** Takes a new draft and asks the backend for its quote (the core checks it first). */
  private setEditQuantities(order: Order, next: number[]): void {
    this.editQuantities = next;
    this.priceChanged = undefined;
    void this.requoteEdit(order);
  }

  /** The backend's quote of the draft; a draft the core refuses (nothing changed) gets none. */
  private requoteEdit(order: Order): Promise<void> {
    this.editQuoteAbort?.abort();
    this.editQuoteError = undefined;
    const errors = checkEditQuantities(order, this.editQuantities);
    // "Nothing changed" is the starting point, not a mistake: it gets the hint, not an error.
    this.fieldErrors = errors.filter((e) => e.code !== 'edit_unchanged');
    if (errors.length > 0) {
      this.editQuote = undefined;
      this.editQuoting = false;
      this.editQuotePending = undefined;
      return Promise.resolve();
    }
    const abort = new AbortController();
    this.editQuoteAbort = abort;
    this.editQuoting = true;
    const pending = this.actions.quoteEdit(order, this.editQuantities, { signal: abort.signal, locale: this.activeZone.$locale.get() }).then(
      (quote) => {
        if (abort.signal.aborted) return;
        this.editQuote = quote;
        this.editQuoting = false;
      },
      (raw: unknown) => {
        const error = toOrderZoneError(raw);
        if (abort.signal.aborted || error.code === 'aborted') return;
        this.editQuote = undefined;
        this.editQuoting = false;
        this.editQuoteError = this.reportError(error);
      },
    );
    this.editQuotePending = pending;
    return pending;
  }

  private editQuantity(order: Order, index: number, requested: number): number {
    const current = this.editQuantities[index] ?? 0;
    if (requested < 1) {
      this.editRemove(order, index);
      return this.editQuantities[index] ?? current;
    }
    const next = [...this.editQuantities];
    next[index] = requested;
    this.setEditQuantities(order, next);
    return requested;
  }

  /** Removes a line from the draft; removing the last one is refused with a word about cancelling. */
  private editRemove(order: Order, index: number): void {
    const next = [...this.editQuantities];
    next[index] = 0;
    if (checkEditQuantities(order, next).some((e) => e.code === 'edit_empty')) {
      this.fieldErrors = [{ field: 'lines', code: 'edit_empty' }];
      this.focusAfterRender = `#${EDIT_PROBLEM_ID}`;
      return;
    }
    this.setEditQuantities(order, next);
    this.announce(this.t('edit.removed_line', { title: this.i18n.text(order.lines[index]!.title) }));
    this.focusAfterRender = `[data-edit-line="${index}"] [data-edit-restore]`;
  }

  private editRestore(order: Order, index: number): void {
    const next = [...this.editQuantities];
    next[index] = order.lines[index]!.quantity;
    this.setEditQuantities(order, next);
    this.focusAfterRender = `[data-edit-line="${index}"] [data-edit-remove]`;
  }

  /** "Save changes": with the total of the quote the shopper sees, once it is there and orderable. */
  private async saveEdit(order: Order): Promise<void> {
    if (this.busy) return;
    const errors = checkEditQuantities(order, this.editQuantities);
    if (errors.length > 0) {
      this.fieldErrors = errors;
      this.focusAfterRender = editErrorTarget(errors[0]!.field);
      return;
    }
    if (this.editQuotePending) {
      this.busy = true;
      try {
        await this.editQuotePending;
      } finally {
        this.busy = false;
      }
    }
    const quote = this.editQuote;
    if (!quote || !quote.orderable) {
      if (quote) this.editQuoteError = this.t('edit.not_orderable');
      else if (!this.editQuoteError) void this.requoteEdit(order);
      this.focusAfterRender = '[data-edit-quote-error]';
      return;
    }
    const quantities = [...this.editQuantities];
    const locale = { locale: this.activeZone.$locale.get() };
    await this.run('edit', (o) => this.actions.edit(this.ref(o), o, quantities, quote.total, locale));
  }

  /**
   * Saving answered `price_changed`: show the old and new totals (the focused alert says it) and let
   * the shopper save again. Without a quote in the answer the draft is quoted again; when that fails,
   * its error is shown and focused instead.
   */
  private async editPriceChanged(error: OrderZoneError, order: Order): Promise<void> {
    const seen = this.editQuote?.total;
    const fresh = editRefusalQuote(error.details);
    if (fresh) this.editQuote = fresh;
    else {
      this.editQuote = undefined;
      await this.requoteEdit(order);
    }
    const now = this.editQuote?.total;
    if (seen && now) {
      this.priceChanged = { from: seen, to: now };
      this.focusAfterRender = '[data-price-changed]';
      return;
    }
    this.editQuoteError ??= this.reportError(error);
    this.focusAfterRender = '[data-edit-quote-error]';
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
    if (this.form === 'edit' && error.code === 'price_changed') return this.editPriceChanged(error, order);
    if (this.form === 'edit' && error.code === 'out_of_stock') this.editQuote = editRefusalQuote(error.details) ?? this.editQuote;
    // The edit form shows its lines' problems; any other refusal of an edit gets the notice below.
    const onLines = (e: FieldError): boolean => e.field === 'lines' || e.field.startsWith('lines.');
    const first = this.form === 'edit' ? error.fieldErrors.find(onLines) : error.fieldErrors[0];
    if (error.code === 'validation' && first) {
      this.fieldErrors = error.fieldErrors;
      // The core names order lines in an edit's errors (`lines.<i>` is order line i).
      this.focusAfterRender = this.form === 'edit' ? editErrorTarget(first.field) : this.form === 'reschedule' ? `#${RESCHEDULE_ERROR_ID}` : first.field.startsWith('shippingAddress.')
        ? `#${addressFieldId('new-address', first.field)}`
        : first.field === 'photos'
          ? '#return-photos'
          : first.field === 'lines' || first.field.startsWith('lines.')
            ? afterSaleErrorTarget(first.field)
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
        void this.saveEdit(order);
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

  // ——— rendering ———

  protected override render(): TemplateResult {
    const order = this.shown();
    if (!order) return this.renderEmpty();
    const placed = this.formatDate(order.createdAt);
    const status = this.t(`confirmation.status.${order.status}`);
    return html`<article class="detail" part="base" aria-labelledby="detail-heading">
      <header class="header" part="header">
        <h2 id="detail-heading" tabindex="-1">${this.headingWithNumber(order.orderNumber)}</h2>
        <p class="status">
          <span>${this.t('confirmation.status')}</span>
          <span class="badge ${order.status}" part="status" data-status>${status}</span>
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
      ${this.helpOpen && pageHelpConfig() !== undefined ? html`<order-help id="order-help" part="help" topic="general"></order-help>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" data-status-announcement>${this.statusAnnouncement}</div>
      ${this.notice && (this.notice.whileStatus === undefined || this.notice.whileStatus === order.status)
        ? html`<div class="notice ${this.notice.kind}" part="notice" tabindex="-1" role=${this.notice.kind === 'error' ? 'alert' : 'status'} data-notice=${this.notice.kind}>
            ${this.notice.text}
          </div>`
        : nothing}
      ${renderPaymentStep(order, this.payment, { t: this.i18n.t, money: this.i18n.money, formatDate: (iso) => this.formatDate(iso) }, {
        whenStuck: html`<order-help topic="payment_failed"></order-help>`,
        totalChange: this.totalChange.value,
        acceptTotal: () => this.readyZone.checkout.acceptTotalChange(),
      })}
      ${this.renderActions(order)} ${this.renderBookings(order)} ${this.renderTimeline(order)} ${this.renderTracking(order)} ${this.renderReturn(order)}
      ${renderAfterSales(order, { t: this.i18n.t, text: this.i18n.text, money: this.i18n.money, locale: this.i18n.locale, date: (iso) => this.formatDate(iso) })}
      ${order.status === 'refund_rejected' ? html`<order-help topic="refund_rejected"></order-help>` : nothing}
      ${order.status === 'return_rejected' ? html`<order-help topic="return_rejected"></order-help>` : nothing}
      <section class="card" aria-labelledby="detail-items-heading">
        <h3 id="detail-items-heading">${this.t('confirmation.items')}</h3>
        ${renderQuoteLines(order.lines, this.i18n, 'items')} ${renderPriceSummary(order, this.i18n)}
      </section>
      ${this.renderDetails(order)} ${this.renderReorder(order)}
    </article>`;
  }

  private renderActions(order: Order): TemplateResult | typeof nothing {
    const available = this.actions.available(order).filter((a): a is FormAction => (ACTION_ORDER as readonly string[]).includes(a));
    const offered = ACTION_ORDER.filter((a) => available.includes(a) && (a !== 'change_address' || order.shippingAddress));
    if (offered.length === 0) return nothing;
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
              quantities: this.editQuantities,
              quote: this.editQuote,
              quoting: this.editQuoting,
              quoteError: this.editQuoteError,
              errors: this.fieldErrors,
              priceChanged: this.priceChanged,
              busy: this.busy,
              onQuantity: (index, requested) => this.editQuantity(order, index, requested),
              onRemove: (index) => this.editRemove(order, index),
              onRestore: (index) => this.editRestore(order, index),
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
    const count = [...this.reason.trim()].length;
    return html`<div class="field">
      <label class="label" for="action-reason">${this.t(action === 'request_refund' ? 'detail.refund_reason' : 'detail.return_reason')}<span class="required" aria-hidden="true"> *</span></label>
      <textarea
        class="input"
        id="action-reason"
        name="reason"
        required
        maxlength="500"
        data-autofocus
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'action-reason-error action-reason-count' : 'action-reason-count'}
        .value=${this.reason}
        @input=${(e: Event) => {
          this.reason = (e.target as HTMLTextAreaElement).value;
          this.fieldErrors = this.fieldErrors.filter((f) => f.field !== 'reason');
        }}
      ></textarea>
      <span class="hint" id="action-reason-count">${this.t('detail.reason_count', { count, max: 500 })}</span>
      ${error ? html`<p class="field-error" id="action-reason-error">${describeFieldError(error, this.i18n.t)}</p>` : nothing}
    </div>`;
  }

  private renderPhotos(): TemplateResult {
    const error = this.fieldErrors.find((e) => e.field === 'photos');
    const full = this.photos.filter((p) => p.status !== 'failed').length >= RETURN_PHOTO_MAX_COUNT;
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
    const latestReturn = byLine ? [...order.afterSales!].reverse().find((sale) => sale.kind === 'return') : undefined;
    const request = byLine ? undefined : order.returnRequest;
    const instructions = byLine ? (latestReturn?.status === 'approved' ? (latestReturn.returnInstructions ?? order.returnInstructions) : undefined) : order.returnInstructions;
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

  private renderDetails(order: Order): TemplateResult {
    return html`<section class="card details" part="details" aria-label=${this.t('confirmation.details')}>
      <div>
        <h3>${this.t('confirmation.contact')}</h3>
        <p>${order.contact.name}</p>
        <p>${order.contact.phone}</p>
        <p>${order.contact.email}</p>
      </div>
      ${order.shippingAddress
        ? html`<div data-shipping-address>
            <h3>${this.t(`confirmation.${orderAddressPurpose(order)}_address`)}</h3>
            ${renderPostalAddress(order.shippingAddress, this.i18n.locale)}
          </div>`
        : nothing}
      ${order.shippingOption
        ? html`<div>
            <h3>${this.t('confirmation.delivery')}</h3>
            <p>${this.i18n.text(order.shippingOption.label)}</p>
            ${order.shippingOption.estimate ? html`<p class="muted">${this.i18n.text(order.shippingOption.estimate)}</p>` : nothing}
          </div>`
        : nothing}
      <div>
        <h3>${this.t('confirmation.payment_method')}</h3>
        <p>${this.i18n.text(order.paymentMethod.label)}</p>
      </div>
      ${order.company ? this.renderCompany(order.company) : nothing}
      ${order.note
        ? html`<div>
            <h3>${this.t('confirmation.note')}</h3>
            <p>${order.note}</p>
          </div>`
        : nothing}
    </section>`;
  }

  /** The company a business order was bought for, once its module is loaded (only orders with one load it). */
  private renderCompany(company: NonNullable<Order['company']>): TemplateResult | typeof nothing {
    if (this.companySummary) return this.companySummary.renderCompanySummary(company, this.i18n.locale);
    void import('../company-details/company-summary.ts').then((module) => {
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
      const module = await import('../reorder-panel/reorder-panel.ts');
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
