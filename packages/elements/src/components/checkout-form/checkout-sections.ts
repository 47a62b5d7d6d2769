/**
 * The sections of `<checkout-form>` the shopper types in: contact, the shipping (or service)
 * address, and the note. Each input writes to the checkout's draft as the shopper types.
 *
 * @module
 */
import { type CheckoutDraft } from '@orderzone/core';
import { CHECKOUT_LIMITS, addressConventions } from '@orderzone/core/checkout';
import { describeFieldError } from '@orderzone/core/messages';
import { measureText } from '@orderzone/core/orders';
import { textCounter } from '../../i18n/shared-messages.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldLabel, renderTextField, type CheckoutFormView } from './checkout-fields.ts';

type AddressField = 'region' | 'city' | 'district' | 'line1' | 'line2' | 'postalCode';

/** Name, phone and e-mail. */
export function renderContact(view: CheckoutFormView, draft: CheckoutDraft): TemplateResult {
  const { i18n } = view;
  const country = draft.shippingAddress.country;
  const update = (field: 'name' | 'phone' | 'email', value: string): void => {
    view.clearBlurError(`contact.${field}`);
    view.checkout().update({ contact: { [field]: value } });
  };
  return html`<fieldset class="section" part="section">
    <legend>${i18n.t('checkoutForm.contact')}</legend>
    ${renderTextField(view, {
      field: 'contact.name',
      label: fieldLabel('contact.name', country, i18n.t),
      value: draft.contact.name,
      autocomplete: 'name',
      onInput: (value) => update('name', value),
    })}
    <div class="row">
      ${renderTextField(view, {
        field: 'contact.phone',
        label: fieldLabel('contact.phone', country, i18n.t),
        value: draft.contact.phone,
        type: 'tel',
        autocomplete: 'tel',
        inputmode: 'tel',
        maxlength: 32,
        ...(addressConventions(country).mainlandMobile ? { hint: i18n.t('checkoutForm.phone_hint_cn') } : {}),
        onInput: (value) => update('phone', value),
      })}
      ${renderTextField(view, {
        field: 'contact.email',
        label: fieldLabel('contact.email', country, i18n.t),
        value: draft.contact.email,
        type: 'email',
        autocomplete: 'email',
        inputmode: 'email',
        hint: i18n.t('checkoutForm.email_hint'),
        onInput: (value) => update('email', value),
      })}
    </div>
  </fieldset>`;
}

/** The shipping address, or the service address of an on-site service; `countries` those the shop ships to. */
export function renderAddress(view: CheckoutFormView, draft: CheckoutDraft, purpose: 'shipping' | 'service', countries: readonly string[]): TemplateResult {
  const { i18n, required } = view;
  const address = draft.shippingAddress;
  const country = address.country;
  const { sixDigitPostalCode } = addressConventions(country);
  const shown = countries.includes(country) || country === '' ? countries : [country, ...countries];
  const names = new Intl.DisplayNames([i18n.locale], { type: 'region', fallback: 'code' });
  const countryError = view.errorFor('shippingAddress.country');
  const text = (field: AddressField, autocomplete: string, maxlength?: number, hint?: string): TemplateResult =>
    renderTextField(view, {
      field: `shippingAddress.${field}`,
      label: fieldLabel(`shippingAddress.${field}`, country, i18n.t),
      value: address[field] ?? '',
      autocomplete,
      ...(maxlength === undefined ? {} : { maxlength }),
      ...(hint === undefined ? {} : { hint }),
      ...(field === 'postalCode' && sixDigitPostalCode ? { inputmode: 'numeric' } : {}),
      onInput: (value) => {
        view.clearBlurError(`shippingAddress.${field}`);
        view.checkout().update({ shippingAddress: { [field]: value } });
      },
    });
  return html`
    <fieldset class="section" part="section">
      <legend>${i18n.t(purpose === 'service' ? 'checkoutForm.service_address' : 'checkoutForm.address')}</legend>
      ${purpose === 'service' ? html`<p class="muted section-hint">${i18n.t('checkoutForm.service_address_hint')}</p>` : nothing}
      <div class="field">
        <label class="label" for="address-country">${fieldLabel('shippingAddress.country', country, i18n.t)}<span class="required" aria-hidden="true"> *</span></label>
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
            view.clearBlurError('shippingAddress.country');
            view.checkout().update({ shippingAddress: { country: (e.target as HTMLSelectElement).value } });
          }}
        >
          ${shown.map((code) => html`<option value=${code} ?selected=${code === country}>${names.of(code) ?? code}</option>`)}
        </select>
        ${countryError ? html`<p class="field-error" id="address-country-error">${describeFieldError(countryError, i18n.t)}</p>` : nothing}
      </div>
      <div class="row">
        ${text('region', 'shipping address-level1')} ${text('city', 'shipping address-level2')}
        ${required.has('shippingAddress.district') ? text('district', 'shipping address-level3') : nothing}
      </div>
      ${text('line1', 'shipping address-line1')} ${text('line2', 'shipping address-line2')}
      <div class="row narrow">${text('postalCode', 'shipping postal-code', 16, sixDigitPostalCode ? i18n.t('checkoutForm.postal_code_hint_cn') : undefined)}</div>
    </fieldset>
  `;
}

/** The note to the shop, with its length counted as the core counts it. */
export function renderNote(view: CheckoutFormView, draft: CheckoutDraft): TemplateResult {
  const { i18n } = view;
  const note = draft.note ?? '';
  const error = view.errorFor('note');
  return html`
    <fieldset class="section" part="section">
      <legend class="visually-hidden">${i18n.t('checkoutForm.note')}</legend>
      <div class="field">
        <label class="label" for="order-note">${i18n.t('checkoutForm.note')} <span class="optional">${i18n.t('checkoutForm.optional')}</span></label>
        <textarea
          class="input"
          id="order-note"
          name="note"
          rows="3"
          placeholder=${i18n.t('checkoutForm.note_placeholder')}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby="order-note-counter ${error ? 'order-note-error' : ''}"
          .value=${note}
          @input=${(e: Event) => view.checkout().update({ note: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        <span class="hint counter" id="order-note-counter">${textCounter(measureText(note, CHECKOUT_LIMITS.note), i18n.t, 'checkoutForm.note_counter')}</span>
        ${error ? html`<p class="field-error" id="order-note-error">${describeFieldError(error, i18n.t)}</p>` : nothing}
      </div>
    </fieldset>
  `;
}
