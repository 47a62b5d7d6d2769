/**
 * `<order-detail>`: one order after it was placed, kept live, with what the shopper can do now.
 *
 * @module
 */
import { codeLoading, toOrderZoneError, type LoadedZone, type Order, type TotalChange, type Watch } from '@orderzone/core';
import { canReviewOrder, declinedRequest, orderStatusChanged, orderStatusTone, paymentCard, watchOrder } from '@orderzone/core/orders';
import { nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { staticTag, tagName } from '../tag-names.ts';
import { property, state } from '../property-decorators.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { statusBadgeStyles } from '../../styles/status-badge.ts';
import { joinStylesAt } from '../../styles/joined-styles-at.ts';
import { renderOrderDetails } from '../../parts/order-details/order-details.ts';
import { orderDetailsStyles } from '../../parts/order-details/order-details.styles.ts';
import { realPaymentClock, renderSettledPayment, type PaymentClock } from '../../parts/payment-step/payment-card.ts';
import { paymentCardStyles } from '../../parts/payment-step/payment-card.styles.ts';
import { renderPriceSummary } from '../../parts/price-summary/price-summary.ts';
import { priceSummaryStyles } from '../../parts/price-summary/price-summary.styles.ts';
import { renderQuoteLines } from '../../parts/price-summary/quote-lines.ts';
import { loadElement } from '../lazy-elements.ts';
import { ZoneElement } from '../zone-element.ts';
import { orderDetailByLanguage } from './order-detail.messages-by-language.ts';
import { orderDetailStyles } from './order-detail.styles.ts';
import { renderAfterSales } from '../../parts/after-sales/after-sales-card.ts';
import { afterSalesStyles } from '../../parts/after-sales/after-sales.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { onHelpConfigure, pageHelpConfig } from '../order-help/help-defaults.ts';
import { renderReturn, renderTimeline, renderTracking } from './order-record.ts';
import { ShopperActions } from './shopper-actions.ts';
import { formatInstant } from '../../i18n/date-format.ts';
import { paymentStepByLanguage } from '../../parts/payment-step/payment-step.messages-by-language.ts';

/** The payment step's live code: its watch, QR code and countdown (`payment-step.ts`). */
type PaymentStepModule = typeof import('../../parts/payment-step/payment-step.ts');

/** The live payment step, once a page's `<order-detail>` has loaded it for an order awaiting payment. */
let paymentStep: PaymentStepModule | undefined;

/**
 * Loads the live payment step (`<order-confirmation>`, shown right after checkout, has it already).
 * Said first (`codeLoading`): the script-tag bundle then asks for every file it imports at once (its
 * countdown, a chunk of its own shared with the checkout and the cart...), which would otherwise be
 * asked for only once the step's chunk arrived: one round trip, not two.
 */
function loadPaymentStep(): Promise<PaymentStepModule> {
  codeLoading('payment-step');
  return import('../../parts/payment-step/payment-step.ts').then((step) => (paymentStep = step));
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
 * stars, a text and up to four photos in the same photos field as a return (checked, with progress
 * and Remove). An edit keeps the
 * earlier version for the shop, and the review waits for the shop to publish it again. The card's
 * code is fetched when it is first shown.
 *
 * The payment step's live code (the payment watch, the QR code, the countdown) and its messages are
 * fetched only for an order the shopper still has to pay, both at the same time, as soon as the
 * element knows it shows one (`<order-confirmation>`, right after checkout, has fetched them already),
 * and such an order shows once they are here, so nothing moves as they arrive; an order with nothing
 * left to pay never loads them.
 *
 * @summary An order's status timeline, items, delivery, tracking, payment and self-service actions, kept live.
 *
 * @fires oz-order-updated - The order on show changed: `{ order, reason }` (`watch`, `payment`, `action`, `conflict`).
 * @fires oz-review-save - A review of one of its lines was saved (written or edited): `{ review }`, the record as the backend keeps it.
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
 * @csspart photos - The list of chosen photos of a return request or a review.
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
  static override styles = [tokens, controls, statusBadgeStyles, priceSummaryStyles, paymentCardStyles, afterSalesStyles, orderDetailsStyles, orderDetailStyles];

  /** The order to show; defaults to the zone's last order. */
  @property({ attribute: false }) order?: Order;

  /** Timers and the current time of the live checks and the payment countdown; for tests. Default: the real ones. */
  @property({ attribute: false }) clock: PaymentClock = realPaymentClock;

  /** A newer state of the shown order, from the backend. */
  @state() private fresh?: Order;
  @state() private statusAnnouncement = '';
  /** "Help and contact" under the heading is open. */
  @state() private helpOpen = false;

  private readonly lastOrder = new StoreController<Order | undefined>(this);
  private readonly totalChange = new StoreController<TotalChange | undefined>(this);
  private watch?: Watch;
  private watchedNumber?: string;
  /** After a render: what to focus (a selector in the shadow root). */
  private focusAfterRender?: string;

  /**
   * The live payment step (its code, and its controller keeping the order's payment watched), once
   * an order the shopper still has to pay was shown; the order waits for it (see {@link renderPayment}).
   */
  private payment?: { step: PaymentStepModule; controller: import('../../parts/payment-step/payment-step.ts').PaymentStepController };
  private paymentLoading?: Promise<void>;
  /** Its code could not load: the order shows without it (the error was reported). */
  private paymentFailed = false;
  /** The action forms' styles, once they joined the element's (the payment step's go before them). */
  private formStyles?: readonly CSSResult[];

  /** The action buttons, the open form, and sending it. */
  private readonly shopperActions = new ShopperActions(this, {
    i18n: this.i18n,
    zone: () => this.readyZone,
    now: () => this.now(),
    shown: () => this.shown(),
    receive: (order, reason) => this.receive(order, reason),
    reportError: (error) => this.reportError(error),
    announce: (message) => this.announce(message),
    focus: (selector) => (this.focusAfterRender = selector),
    // The forms' styles (steppers, edit) go before the after-sales card's, as in a static list.
    formsLoaded: (forms) => joinStylesAt(this.renderRoot, (this.formStyles = forms.formStyles), afterSalesStyles),
  });

  private companySummary: typeof import('../../parts/company-details/company-summary.ts') | undefined;
  @state() private reorder: { module: typeof import('../../parts/reorder-panel/reorder-panel.ts'); plan?: import('@orderzone/core').ReorderLine[] } | undefined;
  @state() private reviewSection?: import('../../parts/order-reviews/order-reviews.ts').ReviewSection;
  private reviewSectionLoading?: Promise<void>;

  constructor() {
    super([...flowMessages, orderDetailByLanguage], ['checkout']);
  }

  protected override zoneChanged(zone: LoadedZone<'checkout'>): void {
    this.lastOrder.setStore(zone.checkout.$lastOrder);
    this.totalChange.setStore(zone.checkout.$totalChange);
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
  }

  /**
   * Resolves once the element has rendered and the code it asked for is here: the payment step of an
   * order awaiting payment (the order is then on show), the action forms (a form opened meanwhile is
   * then open): what a caller awaiting `updateComplete` after a click sees.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.paymentLoading ?? this.shopperActions.pending;
    if (!pending) return done;
    await pending.catch(() => undefined);
    return this.getUpdateComplete();
  }

  /** Now, on the element's clock (booking windows, countdowns). */
  private now(): Date {
    return new Date(this.clock.now());
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    // As soon as the element knows it shows an order to pay: the live step's controller then watches it from this update on.
    const shown = this.shown();
    if (shown && this.needsLivePayment(shown)) this.loadPayment();
    if (changed.has('order')) {
      const order = this.order ?? this.lastOrder.value;
      if (this.fresh && this.fresh.orderNumber !== order?.orderNumber) this.fresh = undefined;
      if (changed.has('order') && (changed.get('order') as Order | undefined)?.orderNumber !== this.order?.orderNumber) this.shopperActions.close(false);
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
    if (orderStatusChanged(before, order) && reason !== 'action') {
      this.announce(this.t('detail.status_changed', { status: this.t(`confirmation.status.${order.status}`) }));
    }
    if (reason !== 'action') this.shopperActions.orderChanged(order);
    emit(this, 'oz-order-updated', { order, reason });
  }

  private announce(message: string): void {
    this.statusAnnouncement = '';
    void this.updateComplete.then(() => {
      this.statusAnnouncement = message;
    });
  }

  private formatDate(iso: string | undefined): string | undefined {
    return formatInstant(iso, this.i18n.locale);
  }

  // ——— rendering ———

  /** True when `order` shows the live payment step: a link or a code to pay with, or a total to accept first. */
  private needsLivePayment(order: Order): boolean {
    const card = paymentCard(order, this.totalChange.value);
    return card === 'pay' || card === 'accept_total';
  }

  /**
   * Loads the live payment step and its messages in the language shown, both at once (once; a page's
   * other `<order-detail>`s then have them at hand), then shows the order with it.
   */
  private loadPayment(): void {
    if (this.payment || this.paymentLoading || this.paymentFailed) return;
    const loaded = (step: PaymentStepModule): void => {
      const controller = new step.PaymentStepController(this, {
        zone: () => this.loadedZone,
        order: () => this.shown(),
        clock: () => this.clock,
        onOrder: (order) => this.receive(order, 'payment'),
        announce: (message) => this.announce(message),
        t: (key, params) => this.t(key, params),
        locale: () => this.i18n.locale,
      });
      this.payment = { step, controller };
      // The step's styles go after the card's, before the forms' and the after-sales card's, as in a static list.
      joinStylesAt(this.renderRoot, [step.paymentStepStyles], this.formStyles?.[0] ?? afterSalesStyles);
      this.requestUpdate();
    };
    // The step's messages in the language shown are asked for now, with its code, not once it arrives: one round trip.
    // A language switch then loads the other language's with the element's own. Where a page's other <order-detail> has
    // loaded both, both settle within this task, before anything is painted.
    this.paymentLoading = Promise.all([paymentStep ?? loadPaymentStep(), this.i18n.include([paymentStepByLanguage])])
      .then(([step]) => loaded(step), (error: unknown) => {
        this.paymentFailed = true;
        this.reportError(toOrderZoneError(error));
        this.requestUpdate();
      })
      .finally(() => (this.paymentLoading = undefined));
  }

  /**
   * The payment step of `order`: the card of an order with nothing left to pay (the element's own),
   * the live step (a link or a code to pay with, a total to accept) once its code is here, or
   * `undefined` while that code loads: the order is shown once it is here, in one piece, so nothing
   * moves as it arrives.
   */
  private renderPayment(order: Order): TemplateResult | typeof nothing | undefined {
    const payment = this.payment;
    if (payment) {
      return payment.step.renderPaymentStep(order, payment.controller, { t: this.i18n.t, money: this.i18n.money, formatDate: (iso) => this.formatDate(iso) }, {
        whenStuck: html`<${staticTag('order-help')} topic="payment_failed"></${staticTag('order-help')}>`,
        totalChange: this.totalChange.value,
        acceptTotal: () => this.readyZone.checkout.acceptTotalChange(),
      });
    }
    const card = paymentCard(order, this.totalChange.value);
    if (card === 'received' || card === 'nothing_to_do') return renderSettledPayment(card, this.i18n.t);
    return card === 'none' || this.paymentFailed ? nothing : undefined;
  }

  protected override render(): TemplateResult | typeof nothing {
    const order = this.shown();
    if (!order) return this.renderEmpty();
    const payment = this.renderPayment(order);
    if (payment === undefined) return nothing;
    const placed = this.formatDate(order.createdAt);
    const status = this.t(`confirmation.status.${order.status}`);
    const declined = declinedRequest(order);
    const format = { i18n: this.i18n, formatDate: (iso: string | undefined) => this.formatDate(iso) };
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
      ${this.shopperActions.renderNotice(order)}
      ${payment}
      ${this.shopperActions.renderActions(order)} ${this.shopperActions.renderBookings(order)} ${renderTimeline(order, format)} ${renderTracking(order, format)} ${renderReturn(order, format)}
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


  private renderCompany(company: NonNullable<Order['company']>): TemplateResult | typeof nothing {
    if (this.companySummary) return this.companySummary.renderCompanySummary(company, this.i18n.locale);
    void import('../../parts/company-details/company-summary.ts').then((module) => {
      this.companySummary = module;
      this.requestUpdate();
    });
    return nothing;
  }

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

  private renderEmpty(): TemplateResult {
    return html`<div class="empty" part="empty">
      <h2>${this.t('detail.empty_title')}</h2>
      <p class="muted">${this.t('detail.empty_body')}</p>
      <button class="button primary" type="button" data-continue @click=${() => emit(this, 'oz-navigate', { view: 'browse' })}>${this.t('confirmation.continue_shopping')}</button>
    </div>`;
  }
}
