/**
 * `<cart-panel>`: the shopper's cart, inline on a page or as a drawer.
 *
 * @module
 */
import {
  bookingLineStatus,
  holdSecondsLeft,
  quantityBounds,
  safeImageUrl,
  type BookingLineStanding,
  type CartLine,
  type CartNotice,
  type CartRecovery,
  type CheckoutDraft,
  type LoadedZone,
  type Product,
  type Quote,
  type QuoteLine,
  type RemovedLine,
} from '@orderzone/core';
import { bookingLineStanding, lineProblemRemedy, lowStockCount, matchQuoteLines, quoteBookingProblem, quoteLineOfEach } from '@orderzone/core/checkout';
import { describeError } from '@orderzone/core/messages';
import type { AsyncState } from '@orderzone/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { staticTag } from '../tag-names.ts';
import { property, query, state } from 'lit/decorators.js';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit, type OzEventDetails } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { renderBookingDetails } from '../../parts/booking-details/booking-details.ts';
import { renderPriceSummary } from '../../parts/price-summary/price-summary.ts';
import { priceSummaryStyles } from '../../parts/price-summary/price-summary.styles.ts';
import { renderQuantityStepper } from '../../parts/quantity-stepper/quantity-stepper.ts';
import { quantityStepperStyles } from '../../parts/quantity-stepper/quantity-stepper.styles.ts';
import { describeCartNotice } from '../product-detail/cart-notice.ts';
import { ZoneElement } from '../zone-element.ts';
import { loadElement } from '../lazy-elements.ts';
import { cartPanelMessages } from './cart-panel.messages.ts';
import { cartPanelStyles } from './cart-panel.styles.ts';
import { HoldTicker, formatCountdown, systemClock, type HoldClock } from '../../controllers/countdown.ts';
import { crossedThreshold } from './hold-countdown.ts';
import { BookingRecheckController } from '../../controllers/booking-recheck.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { closeGlyph } from '../../icons/glyph-icons.ts';

type ChangeReason = OzEventDetails['oz-cart-change']['reason'];


/**
 * What a goods line shows of its quote line, as one value: a new quote that says the same of a line
 * (a fresh object each time) does not render that line again.
 */
function quotedSignature(q: QuoteLine | undefined): string | undefined {
  if (!q) return undefined;
  return [q.unitPrice.amount, q.listUnitPrice?.amount, q.total.amount, q.total.currency, q.available, q.problem?.code, q.problem?.available].join('|');
}

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The cart: every line with its image, title, variant, personalization, unit price, a quantity
 * stepper and a Remove button (with Undo), the authoritative price summary from the zone's quote, a
 * coupon field, and the way on to checkout. While a change is being re-quoted, the lines it did not
 * touch keep what the last quote said of them; a changed line shows the unit price the shopper saw
 * and its total, like the summary's amounts, says "Calculating…". Problems the quote reports (sold
 * out, not enough stock) are written on the line.
 *
 * A booking line (a time slot, a stay, seats) shows what it books (times in the merchant's zone and
 * the shopper's, dates and nights, seats) and a Remove button instead of a quantity stepper, with the
 * time its hold still runs ("Held for 9:41", updated every second; screen readers are told at 5
 * minutes, 1 minute and when it lapses, not every second). A lapsed hold marks the line "Hold
 * expired" with a "Check again" button (`zone.bookings.recheck()`); a pick taken meanwhile reads "No
 * longer available" and stays until the shopper removes it. Either blocks checkout.
 *
 * `mode="drawer"` renders the panel in a modal `<dialog>` sliding in from the side, opened with the
 * `open` attribute or `show()`, closed by Escape, the Close button or `hide()`; focus returns to
 * whatever opened it.
 *
 * @summary The shopper's cart with quantities, undo, coupon and price summary, inline or as a drawer.
 *
 * @fires oz-cart-change - The panel changed the cart: `{ lines, itemCount, reason }`.
 * @fires oz-navigate - "Continue shopping" (`{ view: 'browse' }`) or "Checkout" (`{ view: 'checkout' }`).
 * @fires oz-cart-close - The drawer was closed (Escape, the Close button or `hide()`): `{}`.
 * @fires oz-error - Prices could not be loaded: `{ error, message }`.
 *
 * @slot empty - Replaces the empty-cart illustration and text.
 * @slot footer - Content under the Checkout button (delivery promises, payment logos...).
 *
 * @csspart dialog - The drawer's `<dialog>` (drawer mode only).
 * @csspart base - The panel.
 * @csspart header - The heading row.
 * @csspart lines - The list of lines.
 * @csspart line - One line.
 * @csspart line-image - A line's image.
 * @csspart quantity - A line's quantity stepper.
 * @csspart quantity-input - A line's quantity input.
 * @csspart quantity-button - A line's − and + buttons.
 * @csspart remove - A line's Remove button.
 * @csspart booking-details - What a booking line books (times, dates and nights, seats).
 * @csspart hold - A booking line's hold: the countdown, or "Hold expired" / "No longer available".
 * @csspart recheck-button - A lapsed booking line's "Check again" button.
 * @csspart undo - The "Item removed — Undo" bar.
 * @csspart coupon - The coupon form.
 * @csspart summary - The price summary list.
 * @csspart summary-row - One row of the price summary.
 * @csspart summary-total - The total row.
 * @csspart checkout-button - The Checkout button.
 * @csspart empty - The empty-cart state.
 * @csspart error - Shown instead of the content when the zone's checkout could not load, with Try again.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 * @csspart recommendations - "Frequently bought together" under a filled cart (`<product-recommendations>`).
 *
 * @cssprop [--oz-cart-drawer-width=420px] - Width of the drawer.
 * @cssprop [--oz-cart-drawer-shadow=0 0 32px rgb(0 0 0 / 0.22)] - Shadow of the drawer.
 * @cssprop [--oz-cart-image-size=72px] - Size of the line images.
 * @cssprop [--oz-cart-checkout-bg=var(--oz-button-primary-bg)] - Checkout button: background.
 * @cssprop [--oz-cart-checkout-text=var(--oz-button-primary-text)] - Checkout button: text.
 */
export class CartPanel extends ZoneElement<'checkout' | 'bookings'> {
  /** The element's styles: the shared design tokens and controls, those of the parts it renders, then its own. */
  static override styles = [tokens, controls, priceSummaryStyles, quantityStepperStyles, cartPanelStyles];

  /** `inline` (default) renders in place; `drawer` renders a modal side drawer. */
  @property({ reflect: true }) mode: 'inline' | 'drawer' = 'inline';

  /** Drawer mode: whether the drawer is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * The clock the hold countdowns run on: the browser's by default. Tests (and demos) pass one they
   * move by hand: `{ now(), setInterval(run, ms), clearInterval(handle) }`.
   */
  @property({ attribute: false }) clock: HoldClock = systemClock;

  @state() private announcement = '';
  @state() private notices = new Map<string, CartNotice>();
  @state() private undoVisible = false;
  @state() private confirmingClear = false;
  @state() private couponInput: string | undefined;
  @state() private products = new Map<string, Product>();
  /** The re-checks of lapsed booking lines: which run, why one failed. */
  private readonly rechecks = new BookingRecheckController(this);

  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly lines = new StoreController<readonly CartLine[]>(this);
  private readonly itemCount = new StoreController<number>(this);
  private readonly lastRemoved = new StoreController<RemovedLine | undefined>(this);
  private readonly recovery = new StoreController<CartRecovery | undefined>(this);
  private readonly quote = new StoreController<AsyncState<Quote>>(this);
  private readonly draft = new StoreController<CheckoutDraft>(this);
  private opener: HTMLElement | null = null;
  private requestedProducts = new Set<string>();
  private focusAfterRender: (() => HTMLElement | null | undefined) | undefined;
  private reportedError: unknown;
  /** Seconds left on each held line at the last render, to announce the thresholds it crosses. */
  private holdSeconds = new Map<string, number>();
  private readonly ticker = new HoldTicker(this, () => undefined);
  /** The last render of each goods line, with what it showed (see `renderGoodsLine`). */
  private readonly renderedLines = new WeakMap<CartLine, { shows: string; notice: CartNotice | undefined; product: Product | undefined; result: TemplateResult }>();

  constructor() {
    super([...flowMessages, cartPanelMessages], ['checkout', 'bookings']);
  }

  protected override zoneChanged(zone: LoadedZone<'checkout' | 'bookings'>): void {
    this.lines.setStore(zone.cart.$lines);
    this.itemCount.setStore(zone.cart.$itemCount);
    this.lastRemoved.setStore(zone.cart.$lastRemoved);
    this.recovery.setStore(zone.cart.$recovery);
    this.quote.setStore(zone.checkout.$quote);
    this.draft.setStore(zone.checkout.$draft);
    this.products = new Map();
    this.requestedProducts = new Set();
    if ((zone.cart.$lines.get().length > 0 && zone.checkout.$quote.get().status === 'idle')) {
      void zone.checkout.refreshQuote();
    }
  }

  /** Opens the drawer (drawer mode); focus returns to the element focused now when it closes. */
  show(): void {
    this.open = true;
  }

  /** Closes the drawer (drawer mode). */
  hide(): void {
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.loadPersonalizedProducts();
    this.trackHolds();
    const quote = this.quote.value;
    if (quote?.status === 'error' && quote.error !== this.reportedError) {
      this.reportedError = quote.error;
      this.reportError(quote.error);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The countdown stopped while disconnected; the next render starts it again.
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const now = this.now();
    this.ticker.sync((this.lines.value ?? []).some((line) => bookingLineStatus(line, now) === 'held'), this.clock);
    if (this.mode === 'drawer' && this.dialog) {
      if (this.open && !this.dialog.open) {
        this.opener = deepActiveElement();
        this.dialog.showModal();
      } else if (!this.open && this.dialog.open) {
        this.dialog.close();
      }
    }
    if (this.focusAfterRender) {
      const target = this.focusAfterRender();
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  private now(): Date {
    return new Date(this.clock.now());
  }

  /**
   * Notes how long each hold still runs and announces, politely, the moments worth it: 5 minutes
   * left, 1 minute left, lapsed. A line seen for the first time, or whose hold was renewed, says nothing.
   */
  private trackHolds(): void {
    const now = this.now();
    const next = new Map<string, number>();
    for (const line of this.lines.value ?? []) {
      const seconds = holdSecondsLeft(line, now);
      if (seconds === undefined || line.bookingProblem) continue;
      next.set(line.key, seconds);
      const before = this.holdSeconds.get(line.key);
      const crossed = before === undefined ? undefined : crossedThreshold(before, seconds);
      if (crossed === undefined) continue;
      const title = this.i18n.text(line.seen.title);
      this.announcement = crossed === 0 ? this.t('cartPanel.hold_expired_announce', { title }) : this.t('cartPanel.hold_announce', { count: crossed / 60, title });
    }
    this.holdSeconds = next;
  }

  /** Where a booking line stands now: its own state and the clock, with what a fresh quote says about it (`bookingLineStanding`). */
  private bookingStatus(line: CartLine, quoteLine: QuoteLine | undefined): BookingLineStanding | undefined {
    return bookingLineStanding(line, quoteLine, this.now());
  }

  /** Places a new hold for a lapsed booking line and re-prices the cart (`recheckBookingLine`); the line stays either way. */
  private async recheck(line: CartLine): Promise<void> {
    const key = line.key;
    if (this.rechecks.busy(key)) return;
    const title = this.i18n.text(line.seen.title);
    const outcome = await this.rechecks.recheck(this.readyZone, key, () => this.now());
    const error = this.rechecks.error(key);
    if (error) this.reportError(error);
    else if (outcome) this.announcement = this.t(outcome === 'held' ? 'cartPanel.recheck_held' : 'cartPanel.recheck_gone', { title });
    this.focusAfterRender = () => {
      const row = this.renderRoot.querySelector(`[data-line-key="${CSS.escape(key)}"]`);
      return row?.querySelector<HTMLElement>('[data-recheck]') ?? row?.querySelector<HTMLElement>('[data-remove]');
    };
  }

  /** Fetches (from the catalog cache) the products whose personalization labels a line shows. */
  private loadPersonalizedProducts(): void {
    const lines = this.lines.value ?? [];
    for (const line of lines) {
      if (Object.keys(line.personalization).length === 0 || this.requestedProducts.has(line.productId)) continue;
      this.requestedProducts.add(line.productId);
      this.activeZone.catalog.getProduct(line.productId).then(
        (product) => {
          this.products = new Map(this.products).set(product.id, product);
        },
        () => {
          // Without the product, personalization values are shown without their labels.
        },
      );
    }
  }

  private changed(reason: ChangeReason): void {
    const cart = this.activeZone.cart;
    emit(this, 'oz-cart-change', { lines: cart.$lines.get(), itemCount: cart.$itemCount.get(), reason });
  }

  private setNotice(key: string, notice: CartNotice | undefined): void {
    const next = new Map(this.notices);
    if (notice) next.set(key, notice);
    else next.delete(key);
    this.notices = next;
  }

  private setQuantity(line: CartLine, quantity: number): void {
    if (quantity <= 0) {
      this.removeLine(line);
      return;
    }
    const result = this.activeZone.cart.setQuantity(line.key, quantity);
    this.setNotice(line.key, result.notice);
    if (result.notice) this.announcement = this.describeNotice(result.notice);
    this.changed('quantity');
  }

  /** The stepper asked for `requested` units of `line`; returns what the cart holds afterwards (it may cap or round). */
  private changeQuantity(line: CartLine, requested: number): number {
    if (requested === line.quantity) return requested;
    this.setQuantity(line, requested);
    return this.activeZone.cart.$lines.get().find((l) => l.key === line.key)?.quantity ?? requested;
  }

  private removeLine(line: CartLine): void {
    this.activeZone.cart.remove(line.key);
    this.setNotice(line.key, undefined);
    this.undoVisible = true;
    this.confirmingClear = false;
    this.announcement = this.t('cartPanel.removed', { title: this.i18n.text(line.seen.title) });
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('[data-undo]') ?? this.heading();
    this.changed('remove');
  }

  private undo(): void {
    const removed = this.activeZone.cart.$lastRemoved.get();
    if (!this.activeZone.cart.undoRemove()) {
      this.undoVisible = false;
      return;
    }
    this.undoVisible = false;
    if (removed) {
      this.announcement = this.t('cartPanel.restored', { title: this.i18n.text(removed.line.seen.title) });
      const key = removed.line.key;
      this.focusAfterRender = () => {
        const row = this.renderRoot.querySelector(`[data-line-key="${CSS.escape(key)}"]`);
        return row?.querySelector<HTMLElement>('[data-quantity]') ?? row?.querySelector<HTMLElement>('[data-recheck]') ?? row?.querySelector<HTMLElement>('[data-remove]');
      };
    }
    this.changed('undo');
  }

  private askClear(): void {
    this.confirmingClear = true;
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('[data-clear-cancel]');
  }

  private cancelClear(): void {
    this.confirmingClear = false;
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('[data-clear]');
  }

  private confirmClear(): void {
    this.activeZone.cart.clear();
    this.confirmingClear = false;
    this.undoVisible = false;
    this.notices = new Map();
    this.announcement = this.t('cartPanel.cleared');
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('[data-continue]') ?? this.heading();
    this.changed('clear');
  }

  private async applyCoupon(event: Event): Promise<void> {
    event.preventDefault();
    const code = (this.couponInput ?? this.draft.value?.couponCode ?? '').trim();
    this.readyZone.checkout.update({ couponCode: code });
    this.couponInput = undefined;
    await this.readyZone.checkout.refreshQuote();
  }

  private async removeCoupon(): Promise<void> {
    this.readyZone.checkout.update({ couponCode: '' });
    this.couponInput = undefined;
    await this.readyZone.checkout.refreshQuote();
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('#coupon');
  }

  private navigate(view: 'browse' | 'checkout'): void {
    emit(this, 'oz-navigate', { view });
    if (this.mode === 'drawer') this.hide();
  }

  private onDialogClose(): void {
    this.open = false;
    emit(this, 'oz-cart-close', {});
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  private heading(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('h2');
  }

  private describeNotice(notice: CartNotice): string {
    return describeCartNotice(notice, this.i18n.t);
  }

  private describeRecovery(recovery: CartRecovery): string {
    return recovery.code === 'corrupt' ? this.t('cart.recovered_corrupt') : this.t('cart.lines_dropped', { count: recovery.count });
  }

  private itemsLabel(count: number): string {
    return this.t('cartPanel.items', { count });
  }

  protected override render(): TemplateResult {
    const body = this.renderPanel();
    if (this.mode !== 'drawer') return body;
    return html`
      <dialog part="dialog" aria-labelledby="cart-heading" @close=${this.onDialogClose}>${this.open ? body : nothing}</dialog>
    `;
  }

  private renderPanel(): TemplateResult {
    const lines = this.lines.value ?? [];
    const count = this.itemCount.value ?? 0;
    const quoteState = this.quote.value ?? { status: 'idle' };
    const quote = quoteState.status === 'idle' ? undefined : quoteState.data;
    const matched = matchQuoteLines(lines, quote);
    const fresh = matched !== undefined && quoteState.status === 'ready';
    // While a change is re-quoted, the lines it did not touch keep what the last quote said of them.
    const priced = fresh ? matched : quoteLineOfEach(lines, quote);
    const recovery = this.recovery.value;
    const persistent = this.activeZone.cart.persistent;
    return html`
      <section class="panel" part="base" aria-labelledby="cart-heading">
        <header part="header">
          <h2 id="cart-heading" tabindex="-1">
            ${this.t('cartPanel.heading')}${lines.length > 0 ? html` <span class="count">${this.itemsLabel(count)}</span>` : nothing}
          </h2>
          ${this.mode === 'drawer'
            // A modal <dialog> focuses its autofocus control when it opens: the drawer's close button.
            // eslint-disable-next-line lit-a11y/no-autofocus
            ? html`<button class="button link icon-button" type="button" autofocus aria-label=${this.t('cartPanel.close')} @click=${this.hide}>
                ${closeGlyph}
              </button>`
            : nothing}
        </header>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${recovery ? html`<p class="notice" data-notice="recovery">${this.describeRecovery(recovery)}</p>` : nothing}
        ${persistent ? nothing : html`<p class="notice" data-notice="memory">${this.t('cart.memory_only')}</p>`}
        ${this.renderUndoBar()}
        ${lines.length === 0 ? this.renderEmpty() : this.renderFilled(lines, matched, priced, fresh, quoteState, quote)}
      </section>
    `;
  }

  private renderUndoBar(): TemplateResult | typeof nothing {
    const removed = this.lastRemoved.value;
    if (!this.undoVisible || !removed) return nothing;
    return html`
      <div class="undo-bar" part="undo">
        <span>${this.t('cartPanel.removed_bar', { title: this.i18n.text(removed.line.seen.title) })}</span>
        <button class="button link" type="button" data-undo @click=${this.undo}>${this.t('common.undo')}</button>
      </div>
    `;
  }

  private renderEmpty(): TemplateResult {
    return html`
      <div class="empty" part="empty">
        <slot name="empty">
          <svg class="empty-icon" aria-hidden="true" viewBox="0 0 24 24" width="48" height="48" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">
            <circle cx="9" cy="20" r="1.25"></circle>
            <circle cx="18" cy="20" r="1.25"></circle>
            <path d="M2.5 3.5h2.6l2.4 11.2a1.5 1.5 0 0 0 1.5 1.2h8.7a1.5 1.5 0 0 0 1.5-1.1l1.6-6.8H6"></path>
          </svg>
          <h3>${this.t('cartPanel.empty_title')}</h3>
          <p>${this.t('cartPanel.empty_body')}</p>
        </slot>
        <button class="button primary" type="button" data-continue @click=${() => this.navigate('browse')}>${this.t('cartPanel.continue_shopping')}</button>
      </div>
    `;
  }

  private renderFilled(
    lines: readonly CartLine[],
    matched: QuoteLine[] | undefined,
    priced: readonly (QuoteLine | undefined)[],
    fresh: boolean,
    quoteState: AsyncState<Quote>,
    quote: Quote | undefined,
  ): TemplateResult {
    const bookingBlocked = lines.some((line, i) => {
      const status = this.bookingStatus(line, fresh ? matched?.[i] : undefined);
      return status !== undefined && status !== 'held';
    });
    const blocked = bookingBlocked || (fresh && quote !== undefined && !quote.orderable);
    return html`
      <ul class="lines" part="lines" aria-label=${this.t('cartPanel.lines_label')}>${lines.map((line, i) =>
        line.booking ? this.renderBookingLine(line, fresh ? matched?.[i] : undefined) : this.renderGoodsLine(line, priced[i]),
      )}</ul>
      <div class="clear-row">
        ${this.confirmingClear
          ? html`<div class="clear-confirm" role="group" aria-labelledby="clear-question">
              <p id="clear-question">${this.t('cartPanel.clear_question')}</p>
              <button class="button" type="button" data-clear-cancel @click=${this.cancelClear}>${this.t('cartPanel.clear_cancel')}</button>
              <button class="button primary" type="button" data-clear-confirm @click=${this.confirmClear}>${this.t('cartPanel.clear_confirm')}</button>
            </div>`
          : html`<button class="button link" type="button" data-clear @click=${this.askClear}>${this.t('cartPanel.clear')}</button>`}
      </div>
      <div class="summary-box">
        ${this.renderCoupon(fresh ? quote : undefined)}
        ${quoteState.status === 'error'
          ? html`<div class="notice error" role="alert" data-quote-error>
              ${this.t('cartPanel.quote_failed')} ${describeError(quoteState.error, this.i18n.t)}
              <button class="button link" type="button" @click=${() => void this.readyZone.checkout.refreshQuote()}>${this.t('common.retry')}</button>
            </div>`
          : nothing}
        ${renderPriceSummary(quote, this.i18n, { pending: !fresh })}
        <div class="actions">
          <button
            class="button primary"
            part="checkout-button"
            type="button"
            data-checkout
            ?disabled=${blocked}
            aria-describedby=${blocked ? 'blocked-reason' : nothing}
            @click=${() => this.navigate('checkout')}
          >
            ${this.t('cartPanel.checkout')}
          </button>
          ${blocked
            ? html`<p class="blocked-reason" id="blocked-reason">${this.t(bookingBlocked ? 'cartPanel.blocked_bookings' : 'cartPanel.blocked_problems')}</p>`
            : nothing}
          <slot name="footer"></slot>
        </div>
      </div>
      ${this.renderRecommendations()}
    `;
  }

  /** "Frequently bought together" with the cart's products, loaded after the cart itself. */
  private renderRecommendations(): TemplateResult {
    void loadElement('product-recommendations').catch((error: unknown) => console.error('OrderZone: could not load', 'product-recommendations', error));
    const tag = staticTag('product-recommendations');
    return staticHtml`<${tag} kind="bought_together" limit="4" exportparts="base: recommendations"></${tag}>`;
  }

  /** The line's image, or the placeholder when it has none (or one whose URL may not be shown). */
  private renderLineImage(line: CartLine): TemplateResult {
    const url = safeImageUrl(line.seen.image?.url);
    return url
      ? html`<img class="line-image" part="line-image" src=${url} alt="" loading="lazy" />`
      : html`<span class="line-image" part="line-image" aria-hidden="true"></span>`;
  }

  /**
   * A goods line, rendered again only when something it shows changed: the line, what the quote
   * says of it, its notice, its product's personalization labels or the language. Changing one
   * quantity in a long cart renders that line alone (the others give Lit the very template they gave
   * before, which it compares and leaves as it is).
   */
  private renderGoodsLine(line: CartLine, quoteLine: QuoteLine | undefined): TemplateResult {
    const notice = this.notices.get(line.key);
    const product = this.products.get(line.productId);
    const shows = `${quotedSignature(quoteLine)}|${this.i18n.locale}|${this.i18n.messageLayers}`;
    const kept = this.renderedLines.get(line);
    if (kept?.shows === shows && kept.notice === notice && kept.product === product) return kept.result;
    const result = this.renderLine(line, quoteLine, notice);
    this.renderedLines.set(line, { shows, notice, product, result });
    return result;
  }

  /* Written without whitespace between tags: 200 lines are no empty text nodes (issue 16). */
  private renderLine(line: CartLine, quoteLine: QuoteLine | undefined, notice: CartNotice | undefined): TemplateResult {
    const title = this.i18n.text(line.seen.title);
    const variantTitle = line.seen.variantTitle === undefined ? '' : this.i18n.text(line.seen.variantTitle);
    const available = quoteLine ? quoteLine.available : line.stock;
    const lowStock = lowStockCount(line, quoteLine);
    const unitPrice = quoteLine?.unitPrice ?? line.seen.unitPrice;
    const problem = quoteLine?.problem;
    const ids = { problem: `problem-${line.key}`, notice: `notice-${line.key}` };
    const describedBy = [problem ? ids.problem : '', notice ? ids.notice : ''].filter(Boolean).join(' ');
    return html`<li class="line ${problem ? 'has-problem' : ''}" part="line" data-line-key=${line.key}>${this.renderLineImage(line)}<div class="line-body"><h3 class="line-title">${title}</h3>${variantTitle ? html`<p class="line-meta">${variantTitle}</p>` : nothing}${this.renderPersonalization(line)}<p class="line-meta">${quoteLine?.listUnitPrice && quoteLine.listUnitPrice.amount !== quoteLine.unitPrice.amount
      ? html`<span class="price-was">${this.i18n.withMoney('cartPanel.list_unit_price', { price: quoteLine.listUnitPrice })}</span> `
      : nothing}<span data-unit-price>${this.i18n.withMoney('cartPanel.unit_price', { price: unitPrice })}</span>${lowStock !== undefined ? html` · <span>${this.t('stock.low_stock_count', { count: lowStock })}</span>` : nothing}</p><div class="line-controls">${renderQuantityStepper({
      quantity: line.quantity,
      bounds: quantityBounds(line.quantityRule, available),
      step: line.quantityRule.step,
      disabled: false,
      labels: {
        group: this.t('cartPanel.quantity_label', { title }),
        input: this.t('cartPanel.quantity_label', { title }),
        decrease: this.t('cartPanel.decrease', { title }),
        increase: this.t('cartPanel.increase', { title }),
      },
      describedBy,
      invalid: problem !== undefined && lineProblemRemedy(problem) === 'lower_quantity',
      onChange: (requested) => this.changeQuantity(line, requested),
    })}<button class="button link" part="remove" type="button" data-remove aria-label=${this.t('cartPanel.remove_label', { title })} @click=${() => this.removeLine(line)}>${this.t('cartPanel.remove')}</button></div>${problem
      ? html`<p class="line-problem" id=${ids.problem} data-problem=${problem.code}><span aria-hidden="true">⚠ </span>${this.t('cartPanel.problem', {
          problem: this.t(`line.${problem.code}`, { available: problem.available ?? 0 }),
          hint: this.t(lineProblemRemedy(problem) === 'lower_quantity' ? 'cartPanel.problem_hint.lower' : 'cartPanel.problem_hint.remove'),
        })}</p>`
      : nothing}${notice ? html`<p class="line-notice" id=${ids.notice} data-notice=${notice.code}>${this.describeNotice(notice)}</p>` : nothing}</div><div class="line-price"><span class="visually-hidden">${this.t('cartPanel.line_total')}</span>${quoteLine
      ? html`<span class="line-total money" data-line-total>${this.i18n.money(quoteLine.total)}</span>`
      : html`<span class="calculating" data-line-total>${this.t('summary.calculating')}</span>`}</div></li>`;
  }

  /**
   * A booking line: what it books, the hold's countdown or its problem ("Check again" for a lapsed
   * hold), and Remove; no quantity stepper (a booking line is always one).
   */
  private renderBookingLine(line: CartLine, quoteLine: QuoteLine | undefined): TemplateResult {
    const title = this.i18n.text(line.seen.title);
    const variantTitle = line.seen.variantTitle === undefined ? '' : this.i18n.text(line.seen.variantTitle);
    const status = this.bookingStatus(line, quoteLine);
    const details = quoteLine?.booking ?? line.bookingDetails;
    const otherProblem = quoteLine?.problem && quoteBookingProblem(quoteLine) === undefined ? quoteLine.problem : undefined;
    const notice = this.notices.get(line.key);
    const failed = this.rechecks.error(line.key);
    const recheckError = failed ? `${this.t('cartPanel.recheck_failed')} ${describeError(failed, this.i18n.t)}` : undefined;
    const busy = this.rechecks.busy(line.key);
    const ids = { hold: `hold-${line.key}`, problem: `problem-${line.key}` };
    const problem = (status !== undefined && status !== 'held') || otherProblem !== undefined;
    return html`
      <li class="line booking ${problem ? 'has-problem' : ''}" part="line" data-line-key=${line.key} data-booking-status=${status ?? nothing}>
        ${this.renderLineImage(line)}
        <div class="line-body">
          <h3 class="line-title">${title}</h3>
          ${variantTitle ? html`<p class="line-meta">${variantTitle}</p>` : nothing}
          ${details ? renderBookingDetails(details, this.i18n) : nothing} ${this.renderPersonalization(line)}
          ${this.renderHold(line, status, ids, busy)}
          ${otherProblem
            ? html`<p class="line-problem" id=${ids.problem} data-problem=${otherProblem.code}>
                <span aria-hidden="true">⚠ </span>${this.t('cartPanel.problem', {
                  problem: this.t(`line.${otherProblem.code}`, { available: otherProblem.available ?? 0 }),
                  hint: this.t('cartPanel.problem_hint.remove'),
                })}
              </p>`
            : nothing}
          ${recheckError ? html`<p class="line-problem" role="alert" data-recheck-error>${recheckError}</p>` : nothing}
          ${notice ? html`<p class="line-notice" data-notice=${notice.code}>${this.describeNotice(notice)}</p>` : nothing}
          <div class="line-controls">
            ${status === 'hold_expired'
              ? html`<button
                  class="button"
                  part="recheck-button"
                  type="button"
                  data-recheck
                  ?disabled=${busy}
                  aria-busy=${busy ? 'true' : 'false'}
                  aria-label=${this.t('cartPanel.recheck_label', { title })}
                  aria-describedby=${ids.hold}
                  @click=${() => void this.recheck(line)}
                >
                  ${busy ? this.t('cartPanel.rechecking') : this.t('cartPanel.recheck')}
                </button>`
              : nothing}
            <button class="button link" part="remove" type="button" data-remove aria-label=${this.t('cartPanel.remove_label', { title })} @click=${() => this.removeLine(line)}>
              ${this.t('cartPanel.remove')}
            </button>
          </div>
        </div>
        <div class="line-price">
          <span class="visually-hidden">${this.t('cartPanel.line_total')}</span>
          ${quoteLine
            ? html`<span class="line-total money" data-line-total>${this.i18n.money(quoteLine.total)}</span>`
            : html`<span class="line-total pending money" data-line-total>${this.i18n.money(line.seen.unitPrice)}</span>`}
        </div>
      </li>
    `;
  }

  /** The hold of a booking line: "Held for 9:41", "Hold expired…" or "No longer available…". */
  private renderHold(line: CartLine, status: BookingLineStanding | undefined, ids: { hold: string }, busy: boolean): TemplateResult | typeof nothing {
    if (status === 'held') {
      const seconds = holdSecondsLeft(line, this.now()) ?? 0;
      return html`<p class="hold held" part="hold" id=${ids.hold} data-hold="held">
        <span role="timer" aria-live="off" data-hold-timer>${this.t('cartPanel.hold_left', { time: formatCountdown(seconds) })}</span>
      </p>`;
    }
    if (status === 'hold_expired') {
      return html`<p class="hold line-problem" part="hold" id=${ids.hold} data-hold="hold_expired">
        <span aria-hidden="true">⚠ </span><strong>${this.t('cartPanel.hold_expired')}</strong> ${busy ? '' : this.t('cartPanel.hold_expired_hint')}
      </p>`;
    }
    if (status === 'booking_unavailable') {
      return html`<p class="hold line-problem" part="hold" id=${ids.hold} data-hold="booking_unavailable">
        <span aria-hidden="true">⚠ </span><strong>${this.t('cartPanel.booking_unavailable')}</strong> ${this.t('cartPanel.booking_unavailable_hint')}
      </p>`;
    }
    return nothing;
  }

  private renderPersonalization(line: CartLine): TemplateResult | typeof nothing {
    const entries = Object.entries(line.personalization).filter(([, value]) => value !== '');
    if (entries.length === 0) return nothing;
    const product = this.products.get(line.productId);
    return html`
      <ul class="personalization">
        ${entries.map(([fieldId, value]) => {
          const field = product?.personalization.find((f) => f.id === fieldId);
          if (!field) return html`<li>${value}</li>`;
          const shown = field.kind === 'choice' ? this.i18n.text(field.choices?.find((c) => c.id === value)?.label ?? value) : value;
          return html`<li>${this.i18n.text(field.label)}: ${shown}</li>`;
        })}
      </ul>
    `;
  }

  private renderCoupon(quote: Quote | undefined): TemplateResult {
    const applied = this.draft.value?.couponCode ?? '';
    const value = this.couponInput ?? applied;
    const result = quote?.coupon;
    const status = result
      ? this.t(`coupon.${result.status}`, { code: result.code, ...(result.minSpend ? { minSpend: this.i18n.money(result.minSpend) } : {}) })
      : '';
    return html`
      <form class="coupon" part="coupon" @submit=${this.applyCoupon}>
        <label class="label" for="coupon">${this.t('cartPanel.coupon_label')}</label>
        <div class="coupon-row">
          <input
            class="input"
            id="coupon"
            name="coupon"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="64"
            .value=${value}
            aria-describedby=${status ? 'coupon-status' : nothing}
            aria-invalid=${result && result.status !== 'applied' ? 'true' : 'false'}
            @input=${(e: Event) => (this.couponInput = (e.target as HTMLInputElement).value)}
          />
          <button class="button" type="submit" data-coupon-apply>${this.t('cartPanel.coupon_apply')}</button>
        </div>
        <div class="coupon-status-row">
          <p class="coupon-status ${result?.status === 'applied' ? 'applied' : 'rejected'}" id="coupon-status" role="status" data-coupon-status>${status}</p>
          ${applied && result?.status === 'applied'
            ? html`<button class="button link coupon-remove" type="button" data-coupon-remove @click=${this.removeCoupon}>${this.t('cartPanel.coupon_remove')}</button>`
            : nothing}
        </div>
      </form>
    `;
  }
}
