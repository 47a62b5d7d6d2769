/**
 * `<checkout-form>`: contact, shipping address, delivery, payment, note and the order summary, then
 * exactly one order.
 *
 * @module
 */
import {
  type AsyncState,
  type CartBookingProblem,
  type CartLine,
  type CheckoutDraft,
  type CheckoutOptions,
  type CheckoutPhase,
  type CheckoutRequirements,
  type CheckoutState,
  type FieldError,
  type LoadedZone,
  type Order,
  type Quote,
  type QuoteChange,
  type QuoteLine,
  quoteLineFinder,
} from '@orderzone/core';
import { bookingLineStanding, CHECKOUT_LIMITS, checkoutDraftProblems, emptyCheckoutDraft, validateCheckoutDraft, VERIFICATION_CODE_FIELD } from '@orderzone/core/checkout';
import { measureText } from '@orderzone/core/orders';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { revealBelowCover } from '../../controllers/uncovered-focus.ts';
import { BookingRecheckController } from '../../controllers/booking-recheck.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { renderPriceSummary } from '../../parts/price-summary/price-summary.ts';
import { renderQuoteLines } from '../../parts/price-summary/quote-lines.ts';
import { priceSummaryStyles } from '../../parts/price-summary/price-summary.styles.ts';
import { ZoneElement } from '../zone-element.ts';
import { checkoutFormMessages } from './checkout-form.messages.ts';
import { checkoutFormStyles } from './checkout-form.styles.ts';
import { VerificationStep, verificationStepStyles } from './verification-step.ts';
import { oneTimeCodeStyles } from '../../parts/one-time-code/one-time-code.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { textCounter } from '../../i18n/shared-messages.ts';
import { businessMessages } from '@orderzone/core/messages';
import { COMPANY_FORM_FIELDS, renderCompanyFields } from '../../parts/company-details/company-fields.ts';
import { companyFieldsMessages, companySummaryMessages } from '../../parts/company-details/company-details.messages.ts';

/**
 * Every field of the form, by the core's field path, in form order: the id of the control that
 * shows it (where an error summary link goes) and the message key of its visible label (what the
 * summary names it by). The province's label depends on the country; `lines.<n>...` fields are named
 * by their line's title and `shippingAddress` by its section (see `fieldLabel`).
 */
const FORM_FIELDS: Readonly<Record<string, { id: string; label: string }>> = {
  'contact.name': { id: 'contact-name', label: 'checkoutForm.name' },
  'contact.phone': { id: 'contact-phone', label: 'checkoutForm.phone' },
  'contact.email': { id: 'contact-email', label: 'checkoutForm.email' },
  'shippingAddress.country': { id: 'address-country', label: 'checkoutForm.country' },
  'shippingAddress.region': { id: 'address-region', label: 'checkoutForm.region' },
  'shippingAddress.city': { id: 'address-city', label: 'checkoutForm.city' },
  'shippingAddress.district': { id: 'address-district', label: 'checkoutForm.district' },
  'shippingAddress.line1': { id: 'address-line1', label: 'checkoutForm.line1' },
  'shippingAddress.line2': { id: 'address-line2', label: 'checkoutForm.line2' },
  'shippingAddress.postalCode': { id: 'address-postal-code', label: 'checkoutForm.postal_code' },
  shippingOptionId: { id: 'shipping-option-0', label: 'checkoutForm.delivery' },
  paymentMethodId: { id: 'payment-method-0', label: 'checkoutForm.payment' },
  ...COMPANY_FORM_FIELDS,
  note: { id: 'order-note', label: 'checkoutForm.note' },
  [VERIFICATION_CODE_FIELD]: { id: 'verification-code', label: 'code.label' },
};

type AddressField = 'region' | 'city' | 'district' | 'line1' | 'line2' | 'postalCode';

interface TextFieldSpec {
  field: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'tel' | 'email';
  autocomplete: string;
  inputmode?: string;
  maxlength?: number;
  hint?: string;
}

/** The fields the core requires for a country: those an empty draft for it reports as missing. */
function requiredFieldsFor(country: string): Set<string> {
  return new Set(validateCheckoutDraft(emptyCheckoutDraft(country)).filter((e) => e.code === 'required').map((e) => e.field));
}

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
    super([...flowMessages, businessMessages, companySummaryMessages, companyFieldsMessages, checkoutFormMessages], ['checkout', 'bookings']);
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
    if (this.busy || phase === 'submitting' || phase === 'review_changes') return;
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

  private updateAddress(field: AddressField, value: string): void {
    this.clearBlurError(`shippingAddress.${field}`);
    this.checkout.update({ shippingAddress: { [field]: value } });
  }

  private acceptChanges(): void {
    this.checkout.acceptChanges();
    this.announcement = this.t('checkoutForm.changes_accepted');
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('[data-submit]');
  }

  /**
   * Booking lines that cannot be ordered as they are: a hold that lapsed (by the clock or as the last
   * quote says) or a pick taken meanwhile.
   */
  private bookingIssues(): { line: CartLine; problem: CartBookingProblem }[] {
    const quoteState = this.quote.value ?? { status: 'idle' };
    const quote = quoteState.status === 'idle' ? undefined : quoteState.data;
    const find = quote ? quoteLineFinder(quote.lines) : () => undefined;
    const now = new Date();
    const issues: { line: CartLine; problem: CartBookingProblem }[] = [];
    for (const line of this.lines.value ?? []) {
      const standing = bookingLineStanding(line, find(line) as QuoteLine | undefined, now);
      if (standing !== undefined && standing !== 'held') issues.push({ line, problem: standing });
    }
    return issues;
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

  /** The visible label of the control of a field the form shows (`FORM_FIELDS`). */
  private fieldLabel(field: string, country: string): string {
    if (field === 'shippingAddress.region' && country === 'CN') return this.t('checkoutForm.region_cn');
    return this.t(FORM_FIELDS[field]?.label ?? field);
  }

  /**
   * What the error summary names a field by, always a visible label: its control's, the title of
   * its cart line (`lines.<n>...`), or the heading of the address section; `undefined` for a field the
   * form does not show, whose message is then shown alone (never a field path).
   */
  private summaryLabel(field: string, country: string): string | undefined {
    if (FORM_FIELDS[field]) return this.fieldLabel(field, country);
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
    const required = requiredFieldsFor(country);
    const submitting = state.phase === 'submitting';
    const needs = this.requirements.value ?? { address: 'shipping', shippingOption: true };
    const issues = state.phase === 'completed' ? [] : this.bookingIssues();
    return html`
      <div class="layout">
        <form part="form" novalidate aria-labelledby="checkout-heading" aria-busy=${submitting ? 'true' : 'false'} @submit=${this.onSubmit}>
          <h2 id="checkout-heading">${this.t('checkoutForm.heading')}</h2>
          <p class="muted required-hint">${this.t('checkoutForm.required_hint')}</p>
          ${this.renderSummaryAtTop()}
          <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
          ${this.renderErrorSummary(state, country)} ${this.renderChanges(state)}
          <fieldset class="section" part="section">
            <legend>${this.t('checkoutForm.contact')}</legend>
            ${this.renderTextField(state, required, {
              field: 'contact.name',
              label: this.fieldLabel('contact.name', country),
              value: draft.contact.name,
              autocomplete: 'name',
              onInput: (value) => {
                this.clearBlurError('contact.name');
                this.checkout.update({ contact: { name: value } });
              },
            })}
            <div class="row">
              ${this.renderTextField(state, required, {
                field: 'contact.phone',
                label: this.fieldLabel('contact.phone', country),
                value: draft.contact.phone,
                type: 'tel',
                autocomplete: 'tel',
                inputmode: 'tel',
                maxlength: 32,
                ...(country === 'CN' ? { hint: this.t('checkoutForm.phone_hint_cn') } : {}),
                onInput: (value) => {
                  this.clearBlurError('contact.phone');
                  this.checkout.update({ contact: { phone: value } });
                },
              })}
              ${this.renderTextField(state, required, {
                field: 'contact.email',
                label: this.fieldLabel('contact.email', country),
                value: draft.contact.email,
                type: 'email',
                autocomplete: 'email',
                inputmode: 'email',
                hint: this.t('checkoutForm.email_hint'),
                onInput: (value) => {
                  this.clearBlurError('contact.email');
                  this.checkout.update({ contact: { email: value } });
                },
              })}
            </div>
          </fieldset>
          ${needs.address === 'none' ? nothing : this.renderAddress(state, required, draft, needs.address)}
          ${needs.shippingOption ? this.renderDelivery(state, draft) : nothing} ${this.renderPayment(state, draft)}
          ${this.renderCompany(state, draft)} ${this.renderNote(state, draft)} ${this.renderSubmitError(state)} ${this.renderBookingIssues(issues)}
          <slot name="before-submit"></slot>
          ${state.verification ? this.verificationStep.render(state) : html`<button
            class="button primary submit"
            part="submit-button"
            type="submit"
            data-submit
            ?disabled=${submitting || state.phase === 'review_changes' || issues.length > 0 || state.placedEarlier !== undefined}
            aria-describedby=${issues.length > 0 ? 'booking-issues-heading' : nothing}
            aria-busy=${submitting ? 'true' : 'false'}
          >
            ${submitting ? html`<span class="spinner" aria-hidden="true"></span>${this.t('checkoutForm.placing_order')}` : this.t('checkoutForm.place_order')}
          </button>`}
        </form>
        ${this.renderOrderSummary()}
      </div>
    `;
  }

  private renderTextField(state: CheckoutState, required: Set<string>, spec: TextFieldSpec): TemplateResult {
    const id = FORM_FIELDS[spec.field]!.id;
    const error = this.errorFor(spec.field, state);
    const isRequired = required.has(spec.field);
    const describedBy = [spec.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label class="label" for=${id}>
          ${spec.label}${isRequired ? html`<span class="required" aria-hidden="true"> *</span>` : html` <span class="optional">${this.t('checkoutForm.optional')}</span>`}
        </label>
        ${spec.hint ? html`<span class="hint" id="${id}-hint">${spec.hint}</span>` : nothing}
        <input
          class="input"
          id=${id}
          name=${spec.field}
          type=${spec.type ?? 'text'}
          autocomplete=${spec.autocomplete}
          inputmode=${spec.inputmode ?? nothing}
          maxlength=${spec.maxlength ?? nothing}
          ?required=${isRequired}
          aria-required=${isRequired ? 'true' : 'false'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          .value=${spec.value}
          @input=${(e: Event) => spec.onInput((e.target as HTMLInputElement).value)}
          @blur=${(e: Event) => this.onBlur(spec.field, (e.target as HTMLInputElement).value)}
        />
        ${error ? html`<p class="field-error" id="${id}-error">${describeFieldError(error, this.i18n.t)}</p>` : nothing}
      </div>
    `;
  }

  /** The bookings that block the order, each with what can be done about it. */
  private renderBookingIssues(issues: { line: CartLine; problem: CartBookingProblem }[]): TemplateResult | typeof nothing {
    if (issues.length === 0) return nothing;
    return html`
      <div class="booking-issues notice error" part="booking-issues" role="alert" tabindex="-1" data-booking-issues aria-labelledby="booking-issues-heading">
        <h3 id="booking-issues-heading">${this.t('checkoutForm.bookings_blocked')}</h3>
        <ul>
          ${issues.map(({ line, problem }) => {
            const title = this.i18n.text(line.seen.title);
            const busy = this.rechecks.busy(line.key);
            const failed = this.rechecks.error(line.key);
            const error = failed ? `${this.t('checkoutForm.recheck_failed')} ${describeError(failed, this.i18n.t)}` : undefined;
            return html`<li data-line-key=${line.key} data-problem=${problem}>
              <span>${this.t(`checkoutForm.booking_problem.${problem}`, { title })}</span>
              ${problem === 'hold_expired'
                ? html`<button
                    class="button"
                    type="button"
                    data-recheck
                    ?disabled=${busy}
                    aria-busy=${busy ? 'true' : 'false'}
                    aria-label=${this.t('checkoutForm.recheck_label', { title })}
                    @click=${() => void this.recheck(line)}
                  >
                    ${busy ? this.t('checkoutForm.rechecking') : this.t('checkoutForm.recheck')}
                  </button>`
                : html`<button class="button" type="button" data-remove-booking aria-label=${this.t('checkoutForm.remove_booking_label', { title })} @click=${() => this.removeBooking(line)}>
                    ${this.t('checkoutForm.remove_booking')}
                  </button>`}
              ${error ? html`<p class="field-error" data-recheck-error>${error}</p>` : nothing}
            </li>`;
          })}
        </ul>
      </div>
    `;
  }

  private renderAddress(state: CheckoutState, required: Set<string>, draft: CheckoutDraft, purpose: 'shipping' | 'service'): TemplateResult {
    const address = draft.shippingAddress;
    const country = address.country;
    const cn = country === 'CN';
    const options = this.options.value ?? { status: 'idle' };
    const countries = options.status === 'idle' ? [] : (options.data?.countries ?? []);
    const shown = countries.includes(country) || country === '' ? countries : [country, ...countries];
    const names = new Intl.DisplayNames([this.i18n.locale], { type: 'region', fallback: 'code' });
    const countryError = this.errorFor('shippingAddress.country', state);
    const text = (field: AddressField, autocomplete: string, maxlength?: number, hint?: string): TemplateResult =>
      this.renderTextField(state, required, {
        field: `shippingAddress.${field}`,
        label: this.fieldLabel(`shippingAddress.${field}`, country),
        value: address[field] ?? '',
        autocomplete,
        ...(maxlength === undefined ? {} : { maxlength }),
        ...(hint === undefined ? {} : { hint }),
        ...(field === 'postalCode' && cn ? { inputmode: 'numeric' } : {}),
        onInput: (value) => this.updateAddress(field, value),
      });
    return html`
      <fieldset class="section" part="section">
        <legend>${this.t(purpose === 'service' ? 'checkoutForm.service_address' : 'checkoutForm.address')}</legend>
        ${purpose === 'service' ? html`<p class="muted section-hint">${this.t('checkoutForm.service_address_hint')}</p>` : nothing}
        <div class="field">
          <label class="label" for="address-country">${this.fieldLabel('shippingAddress.country', country)}<span class="required" aria-hidden="true"> *</span></label>
          <select
            class="input"
            id="address-country"
            name="shippingAddress.country"
            autocomplete="shipping country"
            required
            aria-required="true"
            aria-invalid=${countryError ? 'true' : 'false'}
            aria-describedby=${countryError ? 'address-country-error' : nothing}
            @change=${(e: Event) => {
              this.clearBlurError('shippingAddress.country');
              this.checkout.update({ shippingAddress: { country: (e.target as HTMLSelectElement).value } });
            }}
          >
            ${shown.map((code) => html`<option value=${code} ?selected=${code === country}>${names.of(code) ?? code}</option>`)}
          </select>
          ${countryError ? html`<p class="field-error" id="address-country-error">${describeFieldError(countryError, this.i18n.t)}</p>` : nothing}
        </div>
        <div class="row">
          ${text('region', 'shipping address-level1')} ${text('city', 'shipping address-level2')}
          ${required.has('shippingAddress.district') ? text('district', 'shipping address-level3') : nothing}
        </div>
        ${text('line1', 'shipping address-line1')} ${text('line2', 'shipping address-line2')}
        <div class="row narrow">${text('postalCode', 'shipping postal-code', 16, cn ? this.t('checkoutForm.postal_code_hint_cn') : undefined)}</div>
      </fieldset>
    `;
  }

  private renderRadioError(field: string, state: CheckoutState): TemplateResult | typeof nothing {
    const error = this.errorFor(field, state);
    return error ? html`<p class="field-error" id="${field}-error">${describeFieldError(error, this.i18n.t)}</p>` : nothing;
  }

  private renderDelivery(state: CheckoutState, draft: CheckoutDraft): TemplateResult {
    const quoteState = this.quote.value ?? { status: 'idle' };
    const quote = quoteState.status === 'idle' ? undefined : quoteState.data;
    const error = this.errorFor('shippingOptionId', state);
    const selected = draft.shippingOptionId ?? quote?.selectedShippingOptionId;
    let body: TemplateResult;
    if (quote && quote.shippingOptions.length > 0) {
      body = html`${quote.shippingOptions.map(
        (option, i) => html`
          <label class="choice">
            <input
              type="radio"
              name="shippingOptionId"
              id="shipping-option-${i}"
              value=${option.id}
              .checked=${option.id === selected}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? 'shippingOptionId-error' : nothing}
              @change=${() => this.checkout.update({ shippingOptionId: option.id })}
            />
            <span class="choice-text">
              <span class="choice-label">${this.i18n.text(option.label)}</span>
              ${option.estimate ? html`<span class="choice-description">${this.i18n.text(option.estimate)}</span>` : nothing}
            </span>
            <span class="choice-price money">${option.price.amount === 0 ? this.t('checkoutForm.free') : this.i18n.money(option.price)}</span>
          </label>
        `,
      )}`;
    } else if (quoteState.status === 'error') {
      body = html`<div class="notice error" role="alert">
        ${this.t('checkoutForm.quote_failed')} ${describeError(quoteState.error, this.i18n.t)}
        <button class="button link" type="button" @click=${() => void this.checkout.refreshQuote()}>${this.t('common.retry')}</button>
      </div>`;
    } else if (quoteState.status === 'loading') {
      body = html`<div class="skeleton choice-skeleton" aria-hidden="true"></div>
        <div class="skeleton choice-skeleton" aria-hidden="true"></div>
        <p class="muted">${this.t('common.loading')}</p>`;
    } else {
      body = html`<p class="muted">${this.t('checkoutForm.delivery_after_address')}</p>`;
    }
    return html`
      <fieldset class="section" part="section" aria-describedby=${error ? 'shippingOptionId-error' : nothing}>
        <legend>${this.t('checkoutForm.delivery')}<span class="required" aria-hidden="true"> *</span></legend>
        <div class="choices">${body}</div>
        ${this.renderRadioError('shippingOptionId', state)}
      </fieldset>
    `;
  }

  private renderPayment(state: CheckoutState, draft: CheckoutDraft): TemplateResult {
    const options = this.options.value ?? { status: 'idle' };
    const methods = options.status === 'idle' ? [] : (options.data?.paymentMethods ?? []);
    const error = this.errorFor('paymentMethodId', state);
    let body: TemplateResult;
    if (methods.length > 0) {
      body = html`${methods.map(
        (method, i) => html`
          <label class="choice">
            <input
              type="radio"
              name="paymentMethodId"
              id="payment-method-${i}"
              value=${method.id}
              .checked=${method.id === draft.paymentMethodId}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? 'paymentMethodId-error' : nothing}
              @change=${() => this.checkout.update({ paymentMethodId: method.id })}
            />
            <span class="choice-text">
              <span class="choice-label">${this.i18n.text(method.label)}</span>
              ${method.description ? html`<span class="choice-description">${this.i18n.text(method.description)}</span>` : nothing}
            </span>
          </label>
        `,
      )}`;
    } else if (options.status === 'error') {
      body = html`<div class="notice error" role="alert">
        ${this.t('checkoutForm.options_failed')} ${describeError(options.error, this.i18n.t)}
        <button class="button link" type="button" @click=${() => void this.checkout.loadOptions()}>${this.t('common.retry')}</button>
      </div>`;
    } else {
      body = html`<div class="skeleton choice-skeleton" aria-hidden="true"></div>
        <p class="muted">${this.t('checkoutForm.options_loading')}</p>`;
    }
    return html`
      <fieldset class="section" part="section" aria-describedby="payment-note ${error ? 'paymentMethodId-error' : ''}">
        <legend>${this.t('checkoutForm.payment')}<span class="required" aria-hidden="true"> *</span></legend>
        <div class="choices">${body}</div>
        ${this.renderRadioError('paymentMethodId', state)}
        <p class="muted payment-note" id="payment-note">${this.t('checkoutForm.payment_note')}</p>
      </fieldset>
    `;
  }

  /** The optional company details (business buying), rendered by `company-details/company-fields.ts`. */
  private renderCompany(state: CheckoutState, draft: CheckoutDraft): TemplateResult {
    return renderCompanyFields({
      company: draft.company,
      t: (key, params) => this.t(key, params),
      textField: (spec) => this.renderTextField(state, new Set(spec.required ? [spec.field] : []), spec),
      error: (field) => this.errorFor(field, state),
      describe: (error) => describeFieldError(error, this.i18n.t),
      update: (company) => {
        for (const name of Object.keys(company ?? {})) this.clearBlurError(`company.${name}`);
        this.checkout.update({ company });
      },
    });
  }

  private renderNote(state: CheckoutState, draft: CheckoutDraft): TemplateResult {
    const note = draft.note ?? '';
    const error = this.errorFor('note', state);
    return html`
      <fieldset class="section" part="section">
        <legend class="visually-hidden">${this.t('checkoutForm.note')}</legend>
        <div class="field">
          <label class="label" for="order-note">${this.t('checkoutForm.note')} <span class="optional">${this.t('checkoutForm.optional')}</span></label>
          <textarea
            class="input"
            id="order-note"
            name="note"
            rows="3"
            placeholder=${this.t('checkoutForm.note_placeholder')}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby="order-note-counter ${error ? 'order-note-error' : ''}"
            .value=${note}
            @input=${(e: Event) => this.checkout.update({ note: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
          <span class="hint counter" id="order-note-counter">${textCounter(measureText(note, CHECKOUT_LIMITS.note), this.i18n.t, 'checkoutForm.note_counter')}</span>
          ${error ? html`<p class="field-error" id="order-note-error">${describeFieldError(error, this.i18n.t)}</p>` : nothing}
        </div>
      </fieldset>
    `;
  }

  private renderErrorSummary(state: CheckoutState, country: string): TemplateResult | typeof nothing {
    if (!this.attempted || state.fieldErrors.length === 0 || state.phase === 'review_changes') return nothing;
    const heading = this.t('checkoutForm.error_summary', { count: state.fieldErrors.length });
    return html`
      <div class="error-summary" part="error-summary" role="alert" data-error-summary>
        <h3>${heading}</h3>
        <ul>
          ${state.fieldErrors.map((error) => {
            const label = this.summaryLabel(error.field, country);
            const message = describeFieldError(error, this.i18n.t);
            const text = label === undefined ? message : this.t('checkoutForm.error_link', { label, message });
            const id = FORM_FIELDS[error.field]?.id;
            return html`<li>${id ? html`<a href="#${id}" @click=${(e: Event) => this.onErrorLink(e, error.field)}>${text}</a>` : text}</li>`;
          })}
        </ul>
      </div>
    `;
  }

  private describeChange(change: QuoteChange): string {
    switch (change.kind) {
      case 'price':
        return this.t('checkoutForm.change.price', { title: this.i18n.text(change.title), before: this.i18n.money(change.before), after: this.i18n.money(change.after) });
      case 'stock':
        return this.t('checkoutForm.change.stock', { title: this.i18n.text(change.title), requested: change.requested, available: change.available });
      case 'unavailable':
        return this.t('checkoutForm.change.unavailable', { title: this.i18n.text(change.title) });
      case 'total':
        return this.t('checkoutForm.change.total', { before: this.i18n.money(change.before), after: this.i18n.money(change.after) });
      case 'booking':
        return this.t(`checkoutForm.booking_problem.${change.problem}`, { title: this.i18n.text(change.title) });
    }
  }

  private renderChanges(state: CheckoutState): TemplateResult | typeof nothing {
    if (state.phase !== 'review_changes') return nothing;
    return html`
      <div class="changes" part="changes" role="alert" tabindex="-1" data-changes aria-labelledby="changes-heading">
        <h3 id="changes-heading">${this.t('checkoutForm.review_heading')}</h3>
        <p>${this.t('checkoutForm.review_intro')}</p>
        <ul>
          ${state.changes.map((change) => html`<li data-change=${change.kind}>${this.describeChange(change)}</li>`)}
        </ul>
        <div class="button-row">
          <button class="button primary" type="button" data-accept @click=${this.acceptChanges}>${this.t('checkoutForm.accept_changes')}</button>
          <button class="button" type="button" data-back @click=${() => emit(this, 'oz-navigate', { view: 'cart' })}>${this.t('checkoutForm.back_to_cart')}</button>
        </div>
      </div>
    `;
  }

  private renderSubmitError(state: CheckoutState): TemplateResult | typeof nothing {
    if (state.checking) {
      return html`<div class="notice" part="submit-error" role="status" data-checking><span class="spinner" aria-hidden="true"></span> ${this.t('checkoutForm.checking')}</div>`;
    }
    const error = state.error;
    if (!error || state.phase !== 'editing' || (error.code === 'validation' && error.fieldErrors.length > 0)) return nothing;
    if (state.placedEarlier) return this.renderPlacedEarlier(state.placedEarlier.orderNumber, state.placedEarlier.order !== undefined);
    if (state.maybePlaced) {
      // The answer was lost: the order may exist. Never "not placed"; checking again is safe (same key).
      return html`
        <div class="notice warning" part="submit-error" role="alert" tabindex="-1" data-submit-error data-maybe-placed>
          <p><strong>${this.t('checkoutForm.maybe_placed')}</strong> ${describeError(error, this.i18n.t)}</p>
          <p>${this.t('checkoutForm.maybe_placed_hint')}</p>
          <button class="button" type="button" data-retry @click=${this.retry}>${this.t('checkoutForm.check_now')}</button>
        </div>
      `;
    }
    const retryable = error.retryable || state.resumable === true;
    return html`
      <div class="notice error" part="submit-error" role="alert" tabindex="-1" data-submit-error>
        <p><strong>${this.t('checkoutForm.submit_failed')}</strong> ${describeError(error, this.i18n.t)}</p>
        ${retryable ? html`<button class="button" type="button" data-retry @click=${this.retry}>${this.t('common.retry')}</button>` : nothing}
      </div>
    `;
  }

  /** The order this checkout's key placed before the cart changed: its number, a way to it, and a way to order the cart as it is now. */
  private renderPlacedEarlier(orderNumber: string, known: boolean): TemplateResult {
    return html`
      <div class="notice warning" part="submit-error" role="alert" tabindex="-1" data-submit-error data-placed-earlier>
        <p><strong>${this.t('checkoutForm.placed_earlier', { orderNumber })}</strong> ${this.t('checkoutForm.placed_earlier_hint')}</p>
        <div class="button-row">
          ${known
            ? html`<button class="button" type="button" data-view-earlier @click=${() => emit(this, 'oz-navigate', { view: 'order' })}>${this.t('checkoutForm.view_earlier')}</button>`
            : nothing}
          <button class="button primary" type="button" data-place-new @click=${() => void this.placeAsNewOrder()}>${this.t('checkoutForm.place_as_new')}</button>
        </div>
      </div>
    `;
  }

  /**
   * On a phone (below 860 px, where the summary would come after "Place order"): the total first,
   * in a disclosure that shows the lines and amounts when opened, as the best checkouts do.
   */
  private renderSummaryAtTop(): TemplateResult {
    const quoteState = this.quote.value ?? { status: 'idle' };
    const quote = quoteState.status === 'idle' ? undefined : quoteState.data;
    const pending = quoteState.status === 'loading' || quoteState.status === 'idle' || !quote;
    return html`
      <details class="summary-top" part="summary-top" data-summary-top>
        <summary>
          <span class="summary-top-label">${this.t('checkoutForm.summary_show')}</span>
          <span class="summary-top-total money" data-summary-top-total>${pending ? this.t('summary.calculating') : this.i18n.money(quote.total)}</span>
        </summary>
        <div class="summary-top-body">
          ${quote ? renderQuoteLines(quote.lines, this.i18n) : nothing} ${renderPriceSummary(quote, this.i18n, { pending })}
        </div>
      </details>
    `;
  }

  private renderOrderSummary(): TemplateResult {
    const quoteState = this.quote.value ?? { status: 'idle' };
    const quote = quoteState.status === 'idle' ? undefined : quoteState.data;
    return html`
      <aside class="order-summary" part="order-summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">${this.t('checkoutForm.summary')}</h2>
        ${quote ? renderQuoteLines(quote.lines, this.i18n) : html`<div class="skeleton summary-skeleton" aria-hidden="true"></div>`}
        ${renderPriceSummary(quote, this.i18n, { pending: quoteState.status === 'loading' || quoteState.status === 'idle' })}
        ${quoteState.status === 'ready' && !quoteState.data.orderable ? html`<p class="field-error">${this.t('checkoutForm.not_orderable')}</p>` : nothing}
      </aside>
    `;
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
