/**
 * The notices of `<checkout-form>`: the summary of problems after a submit, "Your order changed",
 * the bookings that block the order, and why the order could not be placed (or may have been).
 *
 * @module
 */
import type { CartLine, OrderZoneError, QuoteChange } from '@orderzone/core';
import { submissionRetryable, type BlockingBookingLine } from '@orderzone/core/checkout';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { FORM_FIELDS, type CheckoutFormView } from './checkout-fields.ts';

/** The problems of the last submit, each a link to its field; `label` names a field (`undefined`: the message alone). */
export function renderErrorSummary(view: CheckoutFormView, label: (field: string) => string | undefined, onLink: (event: Event, field: string) => void): TemplateResult {
  const { i18n, state } = view;
  return html`
    <div class="error-summary" part="error-summary" role="alert" data-error-summary>
      <h3>${i18n.t('checkoutForm.error_summary', { count: state.fieldErrors.length })}</h3>
      <ul>
        ${state.fieldErrors.map((error) => {
          const name = label(error.field);
          const message = describeFieldError(error, i18n.t);
          const text = name === undefined ? message : i18n.t('checkoutForm.error_link', { label: name, message });
          const id = FORM_FIELDS[error.field]?.id;
          return html`<li>${id ? html`<a href="#${id}" @click=${(e: Event) => onLink(e, error.field)}>${text}</a>` : text}</li>`;
        })}
      </ul>
    </div>
  `;
}

function describeChange(change: QuoteChange, i18n: LocaleController): string {
  switch (change.kind) {
    case 'price':
      return i18n.t('checkoutForm.change.price', { title: i18n.text(change.title), before: i18n.money(change.before), after: i18n.money(change.after) });
    case 'stock':
      return i18n.t('checkoutForm.change.stock', { title: i18n.text(change.title), requested: change.requested, available: change.available });
    case 'unavailable':
      return i18n.t('checkoutForm.change.unavailable', { title: i18n.text(change.title) });
    case 'total':
      return i18n.t('checkoutForm.change.total', { before: i18n.money(change.before), after: i18n.money(change.after) });
    case 'booking':
      return i18n.t(`checkoutForm.booking_problem.${change.problem}`, { title: i18n.text(change.title) });
  }
}

/** "Your order changed": what changed, to accept or to go back to the cart for. */
export function renderChanges(view: CheckoutFormView, onAccept: () => void, onBack: () => void): TemplateResult {
  const { i18n } = view;
  return html`
    <div class="changes" part="changes" role="alert" tabindex="-1" data-changes aria-labelledby="changes-heading">
      <h3 id="changes-heading">${i18n.t('checkoutForm.review_heading')}</h3>
      <p>${i18n.t('checkoutForm.review_intro')}</p>
      <ul>
        ${view.state.changes.map((change) => html`<li data-change=${change.kind}>${describeChange(change, i18n)}</li>`)}
      </ul>
      <div class="button-row">
        <button class="button primary" type="button" data-accept @click=${onAccept}>${i18n.t('checkoutForm.accept_changes')}</button>
        <button class="button" type="button" data-back @click=${onBack}>${i18n.t('checkoutForm.back_to_cart')}</button>
      </div>
    </div>
  `;
}

/** What the booking issues can do: check a lapsed hold again, remove a booking taken meanwhile. */
export interface BookingIssueActions {
  busy(lineKey: string): boolean;
  error(lineKey: string): OrderZoneError | undefined;
  recheck(line: CartLine): void;
  remove(line: CartLine): void;
}

/** The bookings that block the order, each with what can be done about it. */
export function renderBookingIssues(i18n: LocaleController, issues: readonly BlockingBookingLine[], actions: BookingIssueActions): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  const t = i18n.t;
  return html`
    <div class="booking-issues notice error" part="booking-issues" role="alert" tabindex="-1" data-booking-issues aria-labelledby="booking-issues-heading">
      <h3 id="booking-issues-heading">${t('checkoutForm.bookings_blocked')}</h3>
      <ul>
        ${issues.map(({ line, problem }) => {
          const title = i18n.text(line.seen.title);
          const busy = actions.busy(line.key);
          const failed = actions.error(line.key);
          const error = failed ? `${t('checkoutForm.recheck_failed')} ${describeError(failed, t)}` : undefined;
          return html`<li data-line-key=${line.key} data-problem=${problem}>
            <span>${t(`checkoutForm.booking_problem.${problem}`, { title })}</span>
            ${problem === 'hold_expired'
              ? html`<button
                  class="button"
                  type="button"
                  data-recheck
                  ?disabled=${busy}
                  aria-busy=${busy ? 'true' : 'false'}
                  aria-label=${t('checkoutForm.recheck_label', { title })}
                  @click=${() => actions.recheck(line)}
                >
                  ${busy ? t('checkoutForm.rechecking') : t('checkoutForm.recheck')}
                </button>`
              : html`<button class="button" type="button" data-remove-booking aria-label=${t('checkoutForm.remove_booking_label', { title })} @click=${() => actions.remove(line)}>
                  ${t('checkoutForm.remove_booking')}
                </button>`}
            ${error ? html`<p class="field-error" data-recheck-error>${error}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </div>
  `;
}

/** What the submit error can do: try again (same key), view the order placed earlier, place the cart as a new order. */
export interface SubmitErrorActions {
  retry(): void;
  viewEarlier(): void;
  placeAsNew(): void;
}

/** Why the order could not be placed, that it may have been, or that this checkout placed one earlier. */
export function renderSubmitError(view: CheckoutFormView, actions: SubmitErrorActions): TemplateResult | typeof nothing {
  const { i18n, state } = view;
  const t = i18n.t;
  if (state.checking) {
    return html`<div class="notice" part="submit-error" role="status" data-checking><span class="spinner" aria-hidden="true"></span> ${t('checkoutForm.checking')}</div>`;
  }
  const error = state.error;
  if (!error || state.phase !== 'editing' || (error.code === 'validation' && error.fieldErrors.length > 0)) return nothing;
  if (state.placedEarlier) {
    // The order this checkout's key placed before the cart changed: its number, a way to it, and a way to order the cart as it is now.
    const { orderNumber, order } = state.placedEarlier;
    return html`
      <div class="notice warning" part="submit-error" role="alert" tabindex="-1" data-submit-error data-placed-earlier>
        <p><strong>${t('checkoutForm.placed_earlier', { orderNumber })}</strong> ${t('checkoutForm.placed_earlier_hint')}</p>
        <div class="button-row">
          ${order !== undefined ? html`<button class="button" type="button" data-view-earlier @click=${actions.viewEarlier}>${t('checkoutForm.view_earlier')}</button>` : nothing}
          <button class="button primary" type="button" data-place-new @click=${actions.placeAsNew}>${t('checkoutForm.place_as_new')}</button>
        </div>
      </div>
    `;
  }
  if (state.maybePlaced) {
    // The answer was lost: the order may exist. Never "not placed"; checking again is safe (same key).
    return html`
      <div class="notice warning" part="submit-error" role="alert" tabindex="-1" data-submit-error data-maybe-placed>
        <p><strong>${t('checkoutForm.maybe_placed')}</strong> ${describeError(error, t)}</p>
        <p>${t('checkoutForm.maybe_placed_hint')}</p>
        <button class="button" type="button" data-retry @click=${actions.retry}>${t('checkoutForm.check_now')}</button>
      </div>
    `;
  }
  return html`
    <div class="notice error" part="submit-error" role="alert" tabindex="-1" data-submit-error>
      <p><strong>${t('checkoutForm.submit_failed')}</strong> ${describeError(error, t)}</p>
      ${submissionRetryable(state) ? html`<button class="button" type="button" data-retry @click=${actions.retry}>${t('common.retry')}</button>` : nothing}
    </div>
  `;
}
