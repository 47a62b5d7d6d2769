/**
 * The choices of `<checkout-form>`: delivery options from the quote and payment methods from the
 * backend's checkout options, each a radio group with its loading, failed and empty states.
 *
 * @module
 */
import { isFreeCharge, type AsyncState, type CheckoutDraft, type CheckoutOptions, type Quote } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import { renderFieldError, type CheckoutFormView } from './checkout-fields.ts';

/** The delivery options of the quote, the chosen one checked (the draft's, else the quote's). */
export function renderDelivery(view: CheckoutFormView, draft: CheckoutDraft, quoteState: AsyncState<Quote>): TemplateResult {
  const { i18n } = view;
  const quote = quoteState.status === 'idle' ? undefined : quoteState.data;
  const error = view.errorFor('shippingOptionId');
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
            @change=${() => view.checkout().update({ shippingOptionId: option.id })}
          />
          <span class="choice-text">
            <span class="choice-label">${i18n.text(option.label)}</span>
            ${option.estimate ? html`<span class="choice-description">${i18n.text(option.estimate)}</span>` : nothing}
          </span>
          <span class="choice-price money">${isFreeCharge(option.price) ? i18n.t('checkoutForm.free') : i18n.money(option.price)}</span>
        </label>
      `,
    )}`;
  } else if (quoteState.status === 'error') {
    body = html`<div class="notice error" role="alert">
      ${i18n.t('checkoutForm.quote_failed')} ${describeError(quoteState.error, i18n.t)}
      <button class="button link" type="button" @click=${() => void view.checkout().refreshQuote()}>${i18n.t('common.retry')}</button>
    </div>`;
  } else if (quoteState.status === 'loading') {
    body = html`<div class="skeleton choice-skeleton" aria-hidden="true"></div>
      <div class="skeleton choice-skeleton" aria-hidden="true"></div>
      <p class="muted">${i18n.t('common.loading')}</p>`;
  } else {
    body = html`<p class="muted">${i18n.t('checkoutForm.delivery_after_address')}</p>`;
  }
  return html`
    <fieldset class="section" part="section" aria-describedby=${error ? 'shippingOptionId-error' : nothing}>
      <legend>${i18n.t('checkoutForm.delivery')}<span class="required" aria-hidden="true"> *</span></legend>
      <div class="choices">${body}</div>
      ${renderFieldError(view, 'shippingOptionId')}
    </fieldset>
  `;
}

/** The payment methods of the backend's checkout options. */
export function renderPayment(view: CheckoutFormView, draft: CheckoutDraft, options: AsyncState<CheckoutOptions>): TemplateResult {
  const { i18n } = view;
  const methods = options.status === 'idle' ? [] : (options.data?.paymentMethods ?? []);
  const error = view.errorFor('paymentMethodId');
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
            @change=${() => view.checkout().update({ paymentMethodId: method.id })}
          />
          <span class="choice-text">
            <span class="choice-label">${i18n.text(method.label)}</span>
            ${method.description ? html`<span class="choice-description">${i18n.text(method.description)}</span>` : nothing}
          </span>
        </label>
      `,
    )}`;
  } else if (options.status === 'error') {
    body = html`<div class="notice error" role="alert">
      ${i18n.t('checkoutForm.options_failed')} ${describeError(options.error, i18n.t)}
      <button class="button link" type="button" @click=${() => void view.checkout().loadOptions()}>${i18n.t('common.retry')}</button>
    </div>`;
  } else {
    body = html`<div class="skeleton choice-skeleton" aria-hidden="true"></div>
      <p class="muted">${i18n.t('checkoutForm.options_loading')}</p>`;
  }
  return html`
    <fieldset class="section" part="section" aria-describedby="payment-note ${error ? 'paymentMethodId-error' : ''}">
      <legend>${i18n.t('checkoutForm.payment')}<span class="required" aria-hidden="true"> *</span></legend>
      <div class="choices">${body}</div>
      ${renderFieldError(view, 'paymentMethodId')}
      <p class="muted payment-note" id="payment-note">${i18n.t('checkoutForm.payment_note')}</p>
    </fieldset>
  `;
}
