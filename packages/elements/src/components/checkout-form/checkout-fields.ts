/**
 * The fields of `<checkout-form>`: every field by the core's field path (its control's id and
 * label), a labelled text input with its hint and problem, and what the form needs of its element to
 * render them (`CheckoutFormView`).
 *
 * @module
 */
import { type Checkout, type CheckoutState, type FieldError } from '@orderzone/core';
import { VERIFICATION_CODE_FIELD, addressConventions } from '@orderzone/core/checkout';
import { describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';
import { COMPANY_FORM_FIELDS } from '../../parts/company-details/company-fields.ts';

/**
 * Every field of the form, by the core's field path, in form order: the id of the control that
 * shows it (where an error summary link goes) and the message key of its visible label (what the
 * summary names it by). The province's label depends on the country; `lines.<n>...` fields are named
 * by their line's title and `shippingAddress` by its section (see `summaryLabel` in the element).
 */
export const FORM_FIELDS: Readonly<Record<string, { id: string; label: string }>> = {
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

/** What the form's parts need of the element. */
export interface CheckoutFormView {
  i18n: LocaleController;
  checkout(): Checkout;
  /** The checkout's state now, and the fields it requires for the draft's country. */
  state: CheckoutState;
  required: ReadonlySet<string>;
  /** The problem shown under a field: the checkout's, or the one found when the shopper left it. */
  errorFor(field: string): FieldError | undefined;
  /** The shopper left a field: its problem, if any, shows. */
  onBlur(field: string, value: string): void;
  /** The shopper changes a field: the problem found when leaving it goes. */
  clearBlurError(field: string): void;
}

/** A text input of the form. */
export interface TextFieldSpec {
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

/** The visible label of the control of a field the form shows (`FORM_FIELDS`). */
export function fieldLabel(field: string, country: string, t: LocaleController['t']): string {
  if (field === 'shippingAddress.region' && addressConventions(country).regionIsProvince) return t('checkoutForm.region_cn');
  return t(FORM_FIELDS[field]?.label ?? field);
}

/** A labelled text input with its hint and problem; required as the core requires it. */
export function renderTextField(view: CheckoutFormView, spec: TextFieldSpec, required: ReadonlySet<string> = view.required): TemplateResult {
  const id = FORM_FIELDS[spec.field]!.id;
  const error = view.errorFor(spec.field);
  const isRequired = required.has(spec.field);
  const describedBy = [spec.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`
    <div class="field">
      <label class="label" for=${id}>
        ${spec.label}${isRequired ? html`<span class="required" aria-hidden="true"> *</span>` : html` <span class="optional">${view.i18n.t('checkoutForm.optional')}</span>`}
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
        @blur=${(e: Event) => view.onBlur(spec.field, (e.target as HTMLInputElement).value)}
      />
      ${error ? html`<p class="field-error" id="${id}-error">${describeFieldError(error, view.i18n.t)}</p>` : nothing}
    </div>
  `;
}

/** The problem of a field shown by a group of controls (a radio group), under the group. */
export function renderFieldError(view: CheckoutFormView, field: string): TemplateResult | typeof nothing {
  const error = view.errorFor(field);
  return error ? html`<p class="field-error" id="${field}-error">${describeFieldError(error, view.i18n.t)}</p>` : nothing;
}
