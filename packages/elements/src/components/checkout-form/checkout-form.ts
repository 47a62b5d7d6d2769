/**
 * `<checkout-form>`: contact, shipping address, delivery, payment, note and the order summary, then
 * exactly one order.
 *
 * @module
 */
import type { AsyncState, CartLine, CheckoutDraft, CheckoutOptions, CheckoutPhase, CheckoutRequirements, CheckoutState, FieldError, LoadedZone, Order, Quote } from '@orderzone/core';
import { blockingBookingLines, type BlockingBookingLine, checkoutDraftProblems, checkoutTakesSubmit, emptyCheckoutDraft, placeOrderDisabled, requiredCheckoutFields } from '@orderzone/core/checkout';
import { describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from '../property-decorators.ts';
import { revealBelowCover } from '../../controllers/uncovered-focus.ts';
import { BookingRecheckController } from '../../controllers/booking-recheck.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { priceSummaryStyles } from '../../parts/price-summary/price-summary.styles.ts';
import { ZoneElement } from '../zone-element.ts';
import { checkoutFormByLanguage } from './checkout-form.messages-by-language.ts';
import { checkoutFormStyles } from './checkout-form.styles.ts';
import { VerificationStep, verificationStepStyles } from './verification-step.ts';
import { oneTimeCodeStyles } from '../../parts/one-time-code/one-time-code.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { businessMessages } from '@orderzone/core/messages';
import { renderCompanyFields } from '../../parts/company-details/company-fields.ts';
import { companyFieldsMessages, companySummaryMessages } from '../../parts/company-details/company-details.messages.ts';
import { fieldLabel, FORM_FIELDS, renderTextField, type CheckoutFormView } from './checkout-fields.ts';
import { renderAddress, renderContact, renderNote } from './checkout-sections.ts';
import { renderDelivery, renderPayment } from './checkout-choices.ts';
import { renderBookingIssues, renderChanges, renderErrorSummary, renderSubmitError } from './checkout-notices.ts';
import { renderOrderSummary, renderSummaryAtTop } from './checkout-summary.ts';

/**
 * The checkout form. Every input writes to the zone's checkout draft as the shopper types (so it
 * survives a reload), problems are shown under each field and, on submit, in a summary whose links
 * move focus to the field. Delivery options come from the quote, payment methods and countries from
 * the backend's checkout options. On submit the form dispatches a cancelable `oz-checkout-submit`,
 * then places the order through the core, which guarantees at most one order per checkout even
 * after a double click, a network error and "Try again", or a reload.
 *
 * When the backend's prices or stock differ from what the shopper saw, a panel lists exactly what
 * changed (per line price before → after, requested → available, the total) and asks the shopper to
 * accept the changes or go back to the cart.
 *
 * With bookings, the form asks only for what the order needs (the core's `$requirements`, from the
 * quote): no address and no delivery for an order of stays and seats only, and a "Service address"
 * (no delivery) when only an on-site service needs one. A booking line whose hold lapsed or that was
 * taken meanwhile is listed above Place order with "Check again" (`zone.bookings.recheck()`) or
 * "Remove", and blocks the order until it is settled. The order summary shows what each booking
 * line books.
 *
 * A buyer for a company ticks "I’m buying for a company" to give the company name, unified social
 * credit code (checked by its check character in the core), fapiao type and title, and a purchase
 * order number; they are sent with the order (`company`). See docs/business-buying.md.
 *
 * @summary Checkout form: contact, address, delivery, payment, company, note, order summary and Place order.
 *
 * @fires oz-checkout-submit - Cancelable, before the order is sent: `{ total, paymentMethodId }`. `preventDefault()` stops the submission.
 * @fires oz-order-created - The order was placed: `{ order, totalChanged, confirmedTotal? }`. `totalChanged` is true when the backend placed it at another total than the one the shopper confirmed (`confirmedTotal`); its payment then waits for the shopper to accept (see `checkout.$totalChange`).
 * @fires oz-navigate - "Back to cart" (`{ view: 'cart' }`), "Continue shopping" (`{ view: 'browse' }`) or "View order" (`{ view: 'confirmation' }`).
 * @fires oz-error - Placing the order or loading options failed: `{ error, message }`.
 *
 * @slot before-submit - Content above the Place order button (terms, newsletter opt-in...).
 *
 * @csspart form - The `<form>`.
 * @csspart section - Each fieldset (contact, address, delivery, payment, company, note).
 * @csspart error-summary - The list of problems shown after a submit.
 * @csspart changes - The "Your order changed" panel.
 * @csspart booking-issues - The list of bookings that are no longer held, with their actions.
 * @csspart booking-details - What a booking line of the order summary books.
 * @csspart submit-error - The panel shown when the order could not be placed.
 * @csspart verification - The one-time-code step shown when the shop asks to confirm the order (a risk check): why, the code input, "Send a new code".
 * @csspart order-summary - The order summary column.
 * @csspart summary - The price summary list.
 * @csspart summary-row - One row of the price summary.
 * @csspart summary-total - The total row.
 * @csspart submit-button - The Place order button.
 * @csspart error - Shown instead of the content when the zone's checkout could not load, with Try again.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-checkout-columns=minmax(0, 3fr) minmax(280px, 2fr)] - Grid columns of the form and summary on wide screens.
 * @cssprop [--oz-checkout-submit-bg=var(--oz-button-primary-bg)] - "Place order" button: background.
 * @cssprop [--oz-checkout-submit-text=var(--oz-button-primary-text)] - "Place order" button: text.
 */
export class CheckoutForm extends ZoneElement<'checkout' | 'bookings'> {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, priceSummaryStyles, checkoutFormStyles, oneTimeCodeStyles, verificationStepStyles];

  /** True after a submit attempt: the error summary is shown while there are field problems. */
  @state() private attempted = false;
  /** Problems found when leaving a filled-in field, before any submit. */
  @state() private blurErrors = new Map<string, FieldError>();
  @state() private announcement = '';

  private readonly draft = new StoreController<CheckoutDraft>(this);
  private readonly options = new StoreController<AsyncState<CheckoutOptions>>(this);
  private readonly quote = new StoreController<AsyncState<Quote>>(this);
  private readonly checkoutState = new StoreController<CheckoutState>(this);
  private readonly lines = new StoreController<readonly CartLine[]>(this);
  private readonly requirements = new StoreController<CheckoutRequirements>(this);
  /** The re-checks of lapsed booking lines: which run, why one failed. */
  private readonly rechecks = new BookingRecheckController(this);
  private busy = false;
  /** The number of the last order announced with `oz-order-created` (each order once). */
  private announcedOrder?: string;
  /** The checkout's phase at the last update, to notice an order placed by the checkout's own check. */
  private seenPhase?: CheckoutPhase;
  private focusAfterRender: (() => HTMLElement | null | undefined) | undefined;
  /** The one-time-code step shown when the backend asks for verification (risk check). */
  private readonly verificationStep = new VerificationStep(this, {
    checkout: () => this.checkout,
    t: () => this.i18n.t,
    placed: (order) => this.orderPlaced(order),
    failed: (error) => this.reportError(error),
    announce: (message) => {
      this.announcement = message;
    },
  });

  constructor() {
    super([...flowMessages, businessMessages, companySummaryMessages, companyFieldsMessages, checkoutFormByLanguage], ['checkout', 'bookings']);
  }

  protected override zoneChanged(zone: LoadedZone<'checkout' | 'bookings'>): void {
    const checkout = zone.checkout;
    this.draft.setStore(checkout.$draft);
    this.options.setStore(checkout.$options);
    this.quote.setStore(checkout.$quote);
    this.checkoutState.setStore(checkout.$state);
    this.lines.setStore(zone.cart.$lines);
    this.requirements.setStore(checkout.$requirements);
    if (checkout.$options.get().status === 'idle') void checkout.loadOptions();
    if (zone.cart.$lines.get().length > 0 && checkout.$quote.get().status === 'idle') void checkout.refreshQuote();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // An order placed while nobody pressed a button (the checkout's own check after a lost answer) is announced too.
    const state = this.checkoutState.value;
    const before = this.seenPhase;
    this.seenPhase = state?.phase;
    if (before !== undefined && before !== 'completed' && state?.phase === 'completed' && state.order) this.orderPlaced(state.order);
    if (this.focusAfterRender) {
      const target = this.focusAfterRender();
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  private get checkout() {
    return this.readyZone.checkout;
  }

  // ---- events ----------------------------------------------------------------------------------

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const phase = this.checkout.$state.get().phase;
    if (this.busy || !checkoutTakesSubmit(phase)) return;
    if (phase === 'verification') {
      // Enter in the code field, or "Confirm and place order".
      this.busy = true;
      await this.verificationStep.verify().finally(() => (this.busy = false));
      return;
    }
    this.attempted = true;
    this.announcement = '';
    if (this.bookingIssues().length > 0) {
      this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('[data-booking-issues]');
      this.requestUpdate();
      return;
    }
    const problems = this.checkout.validate();
    if (problems.length > 0) {
      this.showProblems(problems[0]!.field);
      return;
    }
    const quote = this.checkout.$quote.get();
    const proceed = emit(
      this,
      'oz-checkout-submit',
      { total: quote.status === 'idle' ? undefined : quote.data?.total, paymentMethodId: this.checkout.$draft.get().paymentMethodId },
      { cancelable: true },
    );
    if (!proceed) return;
    this.busy = true;
    try {
      const order = await this.checkout.submit();
      if (order) {
        this.orderPlaced(order);
        return;
      }
      const after = this.checkout.$state.get();
      if (after.phase === 'review_changes') {
        this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('[data-changes]');
      } else if (after.fieldErrors.length > 0) {
        this.showProblems(after.fieldErrors[0]!.field);
      } else if (after.error) {
        this.reportError(after.error);
        this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('[data-submit-error]');
      }
    } finally {
      this.busy = false;
      this.requestUpdate();
    }
  }

  /**
   * After a submit with problems: the error summary in view, just below the page's sticky header,
   * and focus on the first wrong field (scrolled to, when the summary and it do not fit together).
   */
  private showProblems(field: string): void {
    this.focusAfterRender = () => {
      const summary = this.renderRoot.querySelector<HTMLElement>('[data-error-summary]');
      if (summary) revealBelowCover(summary, 'start');
      const control = this.controlFor(field);
      control?.focus({ preventScroll: true });
      if (control) revealBelowCover(control);
      return undefined;
    };
    this.requestUpdate();
  }

  private controlFor(field: string): HTMLElement | null {
    const id = FORM_FIELDS[field]?.id;
    return id ? this.renderRoot.querySelector<HTMLElement>(`#${id}`) : null;
  }

  private onErrorLink(event: Event, field: string): void {
    event.preventDefault();
    this.controlFor(field)?.focus();
  }

  private onBlur(field: string, value: string): void {
    const next = new Map(this.blurErrors);
    next.delete(field);
    if (value.trim() !== '') {
      const problem = checkoutDraftProblems(this.checkout.$draft.get()).find((e) => e.field === field);
      if (problem) next.set(field, problem);
    }
    this.blurErrors = next;
  }

  private clearBlurError(field: string): void {
    if (!this.blurErrors.has(field)) return;
    const next = new Map(this.blurErrors);
    next.delete(field);
    this.blurErrors = next;
  }

  private acceptChanges(): void {
    this.checkout.acceptChanges();
    this.announcement = this.t('checkoutForm.changes_accepted');
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('[data-submit]');
  }

  /** Booking lines that cannot be ordered as they are (core `blockingBookingLines`). */
  private bookingIssues(): BlockingBookingLine[] {
    const quoteState = this.quote.value ?? { status: 'idle' };
    return blockingBookingLines(this.lines.value ?? [], quoteState.status === 'idle' ? undefined : quoteState.data, new Date());
  }

  /** Holds a lapsed booking line again and re-prices the order (`recheckBookingLine`). */
  private async recheck(line: CartLine): Promise<void> {
    const key = line.key;
    if (this.rechecks.busy(key)) return;
    const title = this.i18n.text(line.seen.title);
    const outcome = await this.rechecks.recheck(this.readyZone, key, () => new Date());
    const error = this.rechecks.error(key);
    if (error) this.reportError(error);
    else if (outcome) this.announcement = this.t(outcome === 'held' ? 'checkoutForm.recheck_held' : 'checkoutForm.recheck_gone', { title });
    this.focusAfterRender = () =>
      this.renderRoot.querySelector<HTMLElement>(`[data-booking-issues] [data-line-key="${CSS.escape(key)}"] button`) ??
      this.renderRoot.querySelector<HTMLElement>('[data-booking-issues] button') ??
      this.renderRoot.querySelector<HTMLElement>('[data-submit]');
  }

  /** Removes a booking that was taken meanwhile, so the rest can be ordered. */
  private removeBooking(line: CartLine): void {
    this.activeZone.cart.remove(line.key);
    this.announcement = this.t('checkoutForm.booking_removed', { title: this.i18n.text(line.seen.title) });
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('[data-booking-issues] button') ?? this.renderRoot.querySelector<HTMLElement>('[data-submit]');
  }

  private retry(): void {
    this.renderRoot.querySelector<HTMLFormElement>('form')?.requestSubmit();
  }

  /** Announces a placed order once, saying whether its total differs from the one the shopper confirmed. */
  private orderPlaced(order: Order): void {
    if (this.announcedOrder === order.orderNumber) return;
    this.announcedOrder = order.orderNumber;
    const change = this.checkout.$totalChange.get();
    const totalChanged = change?.orderNumber === order.orderNumber;
    emit(this, 'oz-order-created', { order, totalChanged, ...(totalChanged ? { confirmedTotal: change.confirmed } : {}) });
  }

  private async placeAsNewOrder(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const order = await this.checkout.placeAsNewOrder();
      if (order) this.orderPlaced(order);
      else if (this.checkout.$state.get().error) this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('[data-submit-error]');
    } finally {
      this.busy = false;
      this.requestUpdate();
    }
  }

  // ---- rendering -------------------------------------------------------------------------------

  private errorFor(field: string, state: CheckoutState): FieldError | undefined {
    return state.fieldErrors.find((e) => e.field === field) ?? this.blurErrors.get(field);
  }

  /**
   * What the error summary names a field by, always a visible label: its control's, the title of
   * its cart line (`lines.<n>...`), or the heading of the address section; `undefined` for a field the
   * form does not show, whose message is then shown alone (never a field path).
   */
  private summaryLabel(field: string, country: string): string | undefined {
    if (FORM_FIELDS[field]) return fieldLabel(field, country, this.i18n.t);
    if (field === 'shippingAddress') return this.t(this.requirements.value?.address === 'service' ? 'checkoutForm.service_address' : 'checkoutForm.address');
    const line = /^lines\.(\d+)(\.|$)/.exec(field);
    const title = line ? this.readyZone.cart.$lines.get()[Number(line[1])]?.seen.title : undefined;
    return title === undefined ? undefined : this.i18n.text(title);
  }

  protected override render(): TemplateResult {
    const state = this.checkoutState.value ?? { phase: 'editing', fieldErrors: [], changes: [] };
    const lines = this.lines.value ?? [];
    if (state.phase === 'completed' && state.order) return this.renderCompleted(state.order.orderNumber);
    if (lines.length === 0 && state.phase !== 'submitting') return this.renderEmpty();
    const draft = this.draft.value ?? emptyCheckoutDraft();
    const country = draft.shippingAddress.country;
    const submitting = state.phase === 'submitting';
    const needs = this.requirements.value ?? { address: 'shipping', shippingOption: true };
    const issues = state.phase === 'completed' ? [] : this.bookingIssues();
    const quote = this.quote.value ?? { status: 'idle' };
    const options = this.options.value ?? { status: 'idle' };
    const view: CheckoutFormView = {
      i18n: this.i18n,
      checkout: () => this.checkout,
      state,
      required: requiredCheckoutFields(country),
      errorFor: (field) => this.errorFor(field, state),
      onBlur: (field, value) => this.onBlur(field, value),
      clearBlurError: (field) => this.clearBlurError(field),
    };
    return html`
      <div class="layout">
        <form part="form" novalidate aria-labelledby="checkout-heading" aria-busy=${submitting ? 'true' : 'false'} @submit=${this.onSubmit}>
          <h2 id="checkout-heading">${this.t('checkoutForm.heading')}</h2>
          <p class="muted required-hint">${this.t('checkoutForm.required_hint')}</p>
          ${renderSummaryAtTop(this.i18n, quote)}
          <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
          ${this.attempted && state.fieldErrors.length > 0 && state.phase !== 'review_changes'
            ? renderErrorSummary(view, (field) => this.summaryLabel(field, country), (e, field) => this.onErrorLink(e, field))
            : nothing}
          ${state.phase === 'review_changes' ? renderChanges(view, () => this.acceptChanges(), () => emit(this, 'oz-navigate', { view: 'cart' })) : nothing}
          ${renderContact(view, draft)}
          ${needs.address === 'none' ? nothing : renderAddress(view, draft, needs.address, options.status === 'idle' ? [] : (options.data?.countries ?? []))}
          ${needs.shippingOption ? renderDelivery(view, draft, quote) : nothing} ${renderPayment(view, draft, options)}
          ${this.renderCompany(view, draft)} ${renderNote(view, draft)}
          ${renderSubmitError(view, { retry: () => this.retry(), viewEarlier: () => emit(this, 'oz-navigate', { view: 'order' }), placeAsNew: () => void this.placeAsNewOrder() })}
          ${renderBookingIssues(this.i18n, issues, {
            busy: (key) => this.rechecks.busy(key),
            error: (key) => this.rechecks.error(key),
            recheck: (line) => void this.recheck(line),
            remove: (line) => this.removeBooking(line),
          })}
          <slot name="before-submit"></slot>
          ${state.verification ? this.verificationStep.render(state) : html`<button
            class="button primary submit"
            part="submit-button"
            type="submit"
            data-submit
            ?disabled=${placeOrderDisabled(state, issues.length)}
            aria-describedby=${issues.length > 0 ? 'booking-issues-heading' : nothing}
            aria-busy=${submitting ? 'true' : 'false'}
          >
            ${submitting ? html`<span class="spinner" aria-hidden="true"></span>${this.t('checkoutForm.placing_order')}` : this.t('checkoutForm.place_order')}
          </button>`}
        </form>
        ${renderOrderSummary(this.i18n, quote)}
      </div>
    `;
  }

  /** The optional company details (business buying), rendered by `company-details/company-fields.ts`. */
  private renderCompany(view: CheckoutFormView, draft: CheckoutDraft): TemplateResult {
    return renderCompanyFields({
      company: draft.company,
      t: (key, params) => this.t(key, params),
      textField: (spec) => renderTextField(view, spec, new Set(spec.required ? [spec.field] : [])),
      error: (field) => view.errorFor(field),
      describe: (error) => describeFieldError(error, this.i18n.t),
      update: (company) => {
        for (const name of Object.keys(company ?? {})) this.clearBlurError(`company.${name}`);
        this.checkout.update({ company });
      },
    });
  }

  private renderEmpty(): TemplateResult {
    return html`
      <div class="empty">
        <h2>${this.t('checkoutForm.empty_title')}</h2>
        <p class="muted">${this.t('checkoutForm.empty_body')}</p>
        <button class="button primary" type="button" @click=${() => emit(this, 'oz-navigate', { view: 'browse' })}>${this.t('checkoutForm.continue_shopping')}</button>
      </div>
    `;
  }

  private renderCompleted(orderNumber: string): TemplateResult {
    return html`
      <div class="empty" role="status">
        <h2>${this.t('checkoutForm.completed', { orderNumber })}</h2>
        <button class="button primary" type="button" @click=${() => emit(this, 'oz-navigate', { view: 'confirmation' })}>${this.t('checkoutForm.view_order')}</button>
      </div>
    `;
  }
}
