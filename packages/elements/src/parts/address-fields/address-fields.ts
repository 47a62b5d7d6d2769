/**
 * The fields of a postal address (country shown, region, city, district, street lines, postal code)
 * as a template part, for forms outside the checkout such as "change the shipping address" in
 * `<order-detail>`. Rendered in its host's shadow root with the host's `.field`, `.label`, `.input`
 * and `.field-error` styles. Problems come from the core (`validation` field errors on
 * `shippingAddress.*`) and are shown under their field, tied to it with `aria-describedby`.
 *
 * `<checkout-form>` still renders its own address fields (with autocomplete of the checkout draft);
 * this part repeats their labels and limits.
 *
 * @module
 */
import { type Address, type FieldError } from '@orderzone/core';
import { addressConventions } from '@orderzone/core/checkout';
import { describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** An address field that can be typed in. */
export type AddressTextField = 'region' | 'city' | 'district' | 'line1' | 'line2' | 'postalCode';

export interface AddressFieldsOptions {
  t: Translate;
  locale: string;
  /** Field errors; those on `shippingAddress.<field>` are shown. */
  errors: readonly FieldError[];
  /** Prefix of the input ids, unique in the host's shadow root. */
  idPrefix: string;
  onInput(field: AddressTextField, value: string): void;
}

/**
 * `maxlength` only where the text is digits and letters: the fields the core limits in characters
 * (code points) have none, because the browser counts `maxlength` in UTF-16 units and would cut off a
 * rare CJK character's half; the core's check says when one is too long.
 */
const MAX: Partial<Record<AddressTextField, number>> = { postalCode: 16 };

const AUTOCOMPLETE: Record<AddressTextField, string> = {
  region: 'shipping address-level1',
  city: 'shipping address-level2',
  district: 'shipping address-level3',
  line1: 'shipping address-line1',
  line2: 'shipping address-line2',
  postalCode: 'shipping postal-code',
};

/** The id of the input of `field`, for focusing the first field with a problem. */
export function addressFieldId(idPrefix: string, field: string): string {
  return `${idPrefix}-${field.replace(/^shippingAddress\./, '')}`;
}

/** Renders the fields of `address`. The country is shown, not editable: an order ships within its country. */
export function renderAddressFields(address: Address, o: AddressFieldsOptions): TemplateResult {
  const { required: requiredFields, regionIsProvince, sixDigitPostalCode } = addressConventions(address.country);
  const country = new Intl.DisplayNames([o.locale], { type: 'region', fallback: 'code' }).of(address.country) ?? address.country;
  const required = (field: AddressTextField): boolean => requiredFields.has(field);
  const countryError = o.errors.find((e) => e.field === 'shippingAddress.country');
  const field = (name: AddressTextField): TemplateResult => {
    const id = addressFieldId(o.idPrefix, name);
    const error = o.errors.find((e) => e.field === `shippingAddress.${name}`);
    const isRequired = required(name);
    const label = o.t(name === 'region' && regionIsProvince ? 'address.region_cn' : `address.${name}`);
    return html`<div class="field">
      <label class="label" for=${id}>
        ${label}${isRequired ? html`<span class="required" aria-hidden="true"> *</span>` : html` <span class="optional">${o.t('address.optional')}</span>`}
      </label>
      <input
        class="input"
        id=${id}
        name=${name}
        autocomplete=${AUTOCOMPLETE[name]}
        maxlength=${MAX[name] ?? nothing}
        inputmode=${name === 'postalCode' && sixDigitPostalCode ? 'numeric' : nothing}
        ?required=${isRequired}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        .value=${address[name] ?? ''}
        @input=${(e: Event) => o.onInput(name, (e.target as HTMLInputElement).value)}
      />
      ${error ? html`<p class="field-error" id="${id}-error">${describeFieldError(error, o.t)}</p>` : nothing}
    </div>`;
  };
  return html`<div class="address-fields">
    <p class="address-country" id=${addressFieldId(o.idPrefix, 'country')} tabindex="-1">
      <span class="label">${o.t('address.country')}</span> ${country}
    </p>
    ${countryError ? html`<p class="field-error">${describeFieldError(countryError, o.t)}</p>` : nothing}
    <div class="row">${field('region')} ${field('city')} ${required('district') ? field('district') : nothing}</div>
    ${field('line1')} ${field('line2')}
    <div class="row narrow">${field('postalCode')}</div>
  </div>`;
}
