/**
 * `<cart-panel>`: the shopper's cart, inline on a page or as a drawer.
 *
 * @module
 */
import { bookingLineStatus, holdSecondsLeft, type AsyncState, type CartLine, type CartNotice, type CartRecovery, type CheckoutDraft, type LoadedZone, type Product, type Quote, type QuoteLine, type RemovedLine } from '@orderzone/core';
import { cartCheckoutBlock, matchQuoteLines, quoteLineOfEach } from '@orderzone/core/checkout';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { staticTag } from '../tag-names.ts';
import { property, state } from '../property-decorators.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit, type OzEventDetails } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { priceSummaryStyles } from '../../parts/price-summary/price-summary.styles.ts';
import { quantityStepperStyles } from '../../parts/quantity-stepper/quantity-stepper.styles.ts';
import { describeCartNotice } from '../product-detail/cart-notice.ts';
import { ZoneElement } from '../zone-element.ts';
import { loadElement } from '../lazy-elements.ts';
import { cartPanelByLanguage } from './cart-panel.messages-by-language.ts';
import { cartPanelStyles } from './cart-panel.styles.ts';
import { HoldTicker, systemClock, type HoldClock } from '../../controllers/countdown.ts';
import { crossedThreshold } from './hold-countdown.ts';
import { BookingRecheckController } from '../../controllers/booking-recheck.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { closeGlyph } from '../../icons/glyph-icons.ts';
import { renderBookingLine } from './booking-line.ts';
import { handleGoodsLineEvent, renderGoodsLine, type CartLineView, type RenderedLines } from './cart-lines.ts';
import { renderCartNotices, renderClearRow, renderEmpty, renderUndoBar } from './cart-notices.ts';
import { renderCartSummary } from './cart-summary.ts';

type ChangeReason = OzEventDetails['oz-cart-change']['reason'];


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

  /** The drawer's dialog (drawer mode). A getter, not Lit's `@query`: no element of the first paint uses that decorator, which would otherwise ship with it (issue 16). */
  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

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
  private readonly renderedLines: RenderedLines = new WeakMap();
  /** What the lines need of the element (`cart-lines.ts`, `booking-line.ts`). */
  private readonly view: CartLineView = {
    i18n: this.i18n,
    now: () => this.now(),
    product: (id) => this.products.get(id),
    notice: (key) => this.notices.get(key),
    rechecks: this.rechecks,
    changeQuantity: (line, requested) => this.changeQuantity(line, requested),
    remove: (line) => this.removeLine(line),
    recheck: (line) => void this.recheck(line),
  };

  constructor() {
    super([...flowMessages, cartPanelByLanguage], ['checkout', 'bookings']);
  }

  /** A press or a typed quantity in a goods line (listened for once on the list: `cart-lines.ts`). */
  private onLinesEvent(event: Event): void {
    handleGoodsLineEvent(this.view, this.lines.value ?? [], event);
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
        ${renderCartNotices(this.i18n, this.recovery.value, this.activeZone.cart.persistent)}
        ${renderUndoBar(this.i18n, this.undoVisible ? this.lastRemoved.value : undefined, this.undo)}
        ${lines.length === 0 ? renderEmpty(this.i18n, () => this.navigate('browse')) : this.renderFilled(lines, matched, priced, fresh, quoteState, quote)}
      </section>
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
    // The list's clicks are its lines' buttons' (keyboard presses included), listened for once there.
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`
      <ul class="lines" part="lines" aria-label=${this.t('cartPanel.lines_label')} @click=${this.onLinesEvent} @change=${this.onLinesEvent}>${lines.map((line, i) =>
        line.booking ? renderBookingLine(this.view, line, fresh ? matched?.[i] : undefined) : renderGoodsLine(this.view, this.renderedLines, line, priced[i]),
      )}</ul>
      ${renderClearRow(this.i18n, this.confirmingClear, this.askClear, this.cancelClear, this.confirmClear)}
      ${renderCartSummary(
        this.i18n,
        quoteState,
        quote,
        fresh,
        cartCheckoutBlock(lines, fresh ? quote : undefined, this.now()),
        { applied: this.draft.value?.couponCode ?? '', typed: this.couponInput, onInput: (value) => (this.couponInput = value), onApply: this.applyCoupon, onRemove: this.removeCoupon },
        () => void this.readyZone.checkout.refreshQuote(),
        () => this.navigate('checkout'),
      )}
      ${this.renderRecommendations()}
    `;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }

  /** "Frequently bought together" with the cart's products, loaded after the cart itself. */
  private renderRecommendations(): TemplateResult {
    void loadElement('product-recommendations').catch((error: unknown) => console.error('OrderZone: could not load', 'product-recommendations', error));
    const tag = staticTag('product-recommendations');
    return staticHtml`<${tag} kind="bought_together" limit="4" exportparts="base: recommendations"></${tag}>`;
  }
}
