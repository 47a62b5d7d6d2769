/**
 * `<order-confirmation>`: the page after an order was placed.
 *
 * @module
 */
import type { LoadedZone, Order, TotalChange } from '@orderzone/core';
import { orderStatusTone } from '@orderzone/core/orders';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { staticTag } from '../tag-names.ts';
import { property, state } from '../property-decorators.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { statusBadgeStyles } from '../../styles/status-badge.ts';
import { renderOrderDetails } from '../../parts/order-details/order-details.ts';
import { orderDetailsStyles } from '../../parts/order-details/order-details.styles.ts';
import { renderPriceSummary } from '../../parts/price-summary/price-summary.ts';
import { renderQuoteLines } from '../../parts/price-summary/quote-lines.ts';
import { priceSummaryStyles } from '../../parts/price-summary/price-summary.styles.ts';
import { ZoneElement } from '../zone-element.ts';
import { orderConfirmationByLanguage } from './order-confirmation.messages-by-language.ts';
import { orderConfirmationStyles } from './order-confirmation.styles.ts';
import { PaymentStepController, realPaymentClock, renderPaymentStep, type PaymentClock } from '../../parts/payment-step/payment-step.ts';
import { paymentStepByLanguage } from '../../parts/payment-step/payment-step.messages-by-language.ts';
import { paymentCardStyles } from '../../parts/payment-step/payment-card.styles.ts';
import { paymentStepStyles } from '../../parts/payment-step/payment-step.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { checkGlyph } from '../../icons/glyph-icons.ts';
import { formatInstant } from '../../i18n/date-format.ts';

/**
 * The order confirmation: a thank-you, the order number (with a Copy button), its status, what the
 * shopper still has to do to pay (follow a link, scan a code, or nothing), the items and amounts,
 * contact, address, delivery and payment method. Shows the `order` property, else the zone's last
 * order; without either, a friendly empty state.
 *
 * The payment step is live: a QR code counts down to its expiry, the payment status is watched and
 * the page moves on by itself ("Payment received", status Paid) once the backend confirms it; an
 * expired code offers "Get a new code". Because the zone stores its last order, a shopper who
 * reloads comes back to the same payment step. The QR code is drawn from the payload when the
 * backend sends no image (the encoder loads on first use); the payload text stays beside it.
 *
 * @summary Thank-you page with order number, status, payment step and order details.
 *
 * @fires oz-navigate - "Continue shopping" (`{ view: 'browse' }`; the checkout is reset first), "Track this order" (`{ view: 'order' }`).
 * @fires oz-order-updated - The backend has a newer state of the order (paid, a new code): `{ order, reason: 'payment' }`.
 *
 * @slot after-heading - Content under the thank-you message (a merchant's note, a survey link...).
 *
 * @csspart base - The confirmation.
 * @csspart hero - The thank-you block with the order number.
 * @csspart order-number - The order number.
 * @csspart copy-button - The Copy button.
 * @csspart status - The status badge.
 * @csspart payment - The payment step card.
 * @csspart pay-link - The "Pay now" link.
 * @csspart track-button - The "Track this order" button.
 * @csspart qr - The QR code block: the code, its payload text and expiry.
 * @csspart qr-code - The QR code drawn from the payload when the backend sends no image.
 * @csspart items - The list of items.
 * @csspart summary - The price summary list.
 * @csspart summary-row - One row of the price summary.
 * @csspart summary-total - The total row.
 * @csspart details - Contact, address, delivery and payment method.
 * @csspart empty - The empty state.
 * @csspart error - Shown instead of the content when the zone's checkout could not load, with Try again.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-confirmation-max-width=760px] - Maximum width of the confirmation.
 */
export class OrderConfirmation extends ZoneElement<'checkout'> {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, statusBadgeStyles, priceSummaryStyles, paymentCardStyles, paymentStepStyles, orderDetailsStyles, orderConfirmationStyles];

  /** The order to show; defaults to the zone's last order. */
  @property({ attribute: false }) order?: Order;

  /** Timers and the current time of the payment countdown and status watch; for tests. Default: the real ones. */
  @property({ attribute: false }) clock: PaymentClock = realPaymentClock;

  @state() private announcement = '';
  @state() private statusAnnouncement = '';

  /** A newer state of the shown order, from the backend (paid, a new code). */
  @state() private fresh?: Order;

  private readonly lastOrder = new StoreController<Order | undefined>(this);
  private readonly totalChange = new StoreController<TotalChange | undefined>(this);

  private readonly payment = new PaymentStepController(this, {
    zone: () => this.loadedZone,
    order: () => this.shownOrder(),
    clock: () => this.clock,
    onOrder: (order) => {
      this.fresh = order;
      emit(this, 'oz-order-updated', { order, reason: 'payment' });
    },
    announce: (message) => this.announceStatus(message),
    t: (key, params) => this.t(key, params),
    locale: () => this.i18n.locale,
  });

  constructor() {
    super([...flowMessages, orderConfirmationByLanguage, paymentStepByLanguage], ['checkout']);
  }

  /** The order shown: the newest known state of the `order` property or the zone's last order. */
  private shownOrder(): Order | undefined {
    const order = this.order ?? this.lastOrder.value;
    if (order && this.fresh?.orderNumber === order.orderNumber) return this.fresh;
    return order;
  }

  private announceStatus(message: string): void {
    // Re-set so the same sentence twice is announced twice.
    this.statusAnnouncement = '';
    void this.updateComplete.then(() => {
      this.statusAnnouncement = message;
    });
  }

  private trackOrder(): void {
    emit(this, 'oz-navigate', { view: 'order' });
  }

  protected override zoneChanged(zone: LoadedZone<'checkout'>): void {
    this.lastOrder.setStore(zone.checkout.$lastOrder);
    this.totalChange.setStore(zone.checkout.$totalChange);
  }

  private formatDate(iso: string | undefined): string | undefined {
    return formatInstant(iso, this.i18n.locale);
  }

  private async copy(orderNumber: string): Promise<void> {
    this.announcement = '';
    try {
      await navigator.clipboard.writeText(orderNumber);
      this.announcement = this.t('confirmation.copied');
    } catch {
      this.announcement = this.t('confirmation.copy_failed');
    }
  }

  private continueShopping(): void {
    const zone = this.readyZone;
    if (zone.checkout.$state.get().phase === 'completed') zone.checkout.reset();
    emit(this, 'oz-navigate', { view: 'browse' });
  }

  protected override render(): TemplateResult {
    const order = this.shownOrder();
    if (!order) return this.renderEmpty();
    const placed = this.formatDate(order.createdAt);
    return html`
      <article class="confirmation" part="base" aria-labelledby="confirmation-heading">
        <div class="hero" part="hero">
          <span class="check">${checkGlyph}</span>
          <h2 id="confirmation-heading" tabindex="-1">${this.t('confirmation.heading')}</h2>
          ${order.contact.email ? html`<p>${this.t('confirmation.intro', { email: order.contact.email })}</p>` : nothing}
          <div class="order-number">
            <span class="order-number-value">
              <span class="order-number-label">${this.t('confirmation.order_number')}</span>
              <strong part="order-number" data-order-number>${order.orderNumber}</strong>
            </span>
            <button
              class="button"
              part="copy-button"
              type="button"
              data-copy
              aria-label=${this.t('confirmation.copy_label', { orderNumber: order.orderNumber })}
              @click=${() => void this.copy(order.orderNumber)}
            >
              ${this.t('confirmation.copy')}
            </button>
          </div>
          <div class="visually-hidden" role="status" aria-live="polite" data-announcement>${this.announcement}</div>
          <div class="visually-hidden" aria-live="polite" data-status-announcement>${this.statusAnnouncement}</div>
          <p class="status">
            <span>${this.t('confirmation.status')}</span>
            <span class="badge ${order.status}" part="status" data-status data-tone=${orderStatusTone(order.status)}>${this.t(`confirmation.status.${order.status}`)}</span>
          </p>
          ${placed ? html`<p class="muted">${this.t('confirmation.placed_at', { date: placed })}</p>` : nothing}
          <slot name="after-heading"></slot>
        </div>
        ${renderPaymentStep(order, this.payment, { t: this.t.bind(this), money: this.i18n.money, formatDate: (iso) => this.formatDate(iso) }, {
          whenStuck: html`<div class="payment-actions">
              <button class="button" type="button" data-manage @click=${this.trackOrder}>${this.t('confirmation.manage_order')}</button>
            </div>
            <${staticTag('order-help')} topic="payment_failed"></${staticTag('order-help')}>`,
          totalChange: this.totalChange.value,
          acceptTotal: () => this.readyZone.checkout.acceptTotalChange(),
        })}
        <section class="card" aria-labelledby="items-heading">
          <h3 id="items-heading">${this.t('confirmation.items')}</h3>
          ${renderQuoteLines(order.lines, this.i18n, 'items')}
          ${renderPriceSummary(order, this.i18n)}
        </section>
        ${renderOrderDetails(order, this.i18n)}
        <div class="actions">
          <button class="button" part="track-button" type="button" data-track @click=${this.trackOrder}>${this.t('confirmation.track_order')}</button>
          <button class="button primary" type="button" data-continue @click=${this.continueShopping}>${this.t('confirmation.continue_shopping')}</button>
        </div>
      </article>
    `;
  }

  private renderEmpty(): TemplateResult {
    return html`<div class="empty" part="empty">
      <h2>${this.t('confirmation.empty_title')}</h2>
      <p class="muted">${this.t('confirmation.empty_body')}</p>
      <button class="button primary" type="button" data-continue @click=${this.continueShopping}>${this.t('confirmation.continue_shopping')}</button>
    </div>`;
  }
}
