/**
 * Validation of contact and address data, per field, with message codes the UI translates.
 * When the country is CN, mobile numbers (11 digits starting 1[3-9], optional +86) and postal codes
 * (6 digits) are checked.
 *
 * @module
 */
import type { FieldError } from '../errors.ts';
import type { FieldErrorCode } from '../field-error-codes.ts';
import { EMAIL_MAX_LENGTH } from '../field-limits.ts';
import { ORDER_TEXT_MAX_LENGTH, textLength } from '../order/order-text.ts';
import type { CheckoutDraft } from './checkout-draft.ts';
import type { CheckoutRequirements } from './checkout-requirements.ts';
import { addressConventions } from './address-conventions.ts';

/** Longest accepted values, in characters (code points). */
export const CHECKOUT_LIMITS = {
  name: 50,
  line1: 200,
  line2: 200,
  region: 100,
  city: 100,
  district: 100,
  email: EMAIL_MAX_LENGTH,
  note: ORDER_TEXT_MAX_LENGTH,
} as const;

/** Deliberately simple: something@something.tld, no spaces, one `@`. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/;
/** Mainland China mobile, after removing spaces and hyphens: optional +86 / 86, then 1[3-9] and 9 digits. */
const PHONE_CN = /^(?:\+?86)?1[3-9]\d{9}$/;
/** Any other phone: optional leading +, digits, spaces, hyphens, parentheses. */
const PHONE_OTHER = /^\+?[\d\s()-]+$/;
const POSTAL_CN = /^\d{6}$/;
const POSTAL_US = /^\d{5}(?:-\d{4})?$/;
const POSTAL_OTHER = /^[A-Za-z0-9][A-Za-z0-9 -]{0,8}[A-Za-z0-9]$/;

/** True for a plausible e-mail address (`name@domain.tld`), judged after trimming. */
export function isValidEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/**
 * True for a plausible phone number, judged after trimming: for `CN` a mainland mobile
 * (`+86 138-0013-8000` is fine), elsewhere 6–20 digits with optional `+`, spaces, hyphens and parentheses.
 */
export function isValidPhone(value: string, country: string): boolean {
  const phone = value.trim();
  if (addressConventions(country).mainlandMobile) return PHONE_CN.test(phone.replace(/[\s-]/g, ''));
  const digits = phone.replace(/\D/g, '').length;
  return PHONE_OTHER.test(phone) && digits >= 6 && digits <= 20;
}

/**
 * Every problem in a draft, in form order. Codes: `required`, `too_long` (`{ max }`),
 * `invalid_email`, `invalid_phone`, `invalid_phone_cn`, `invalid_postal_code`,
 * `invalid_postal_code_cn`, `required_payment_method`, `required_shipping_option`.
 * Fields: `contact.name`, `contact.phone`, `contact.email`, `shippingAddress.country`,
 * `shippingAddress.region`, `shippingAddress.city`, `shippingAddress.district`,
 * `shippingAddress.line1`, `shippingAddress.postalCode`, `shippingOptionId`, `paymentMethodId`, `note`.
 *
 * Values are judged after trimming. Rules: name required, at most 50 characters; phone required —
 * for CN a mainland mobile (`+86 138-0013-8000` is fine) else `invalid_phone_cn`, elsewhere 6–20
 * digits with optional `+`, spaces, hyphens and parentheses else `invalid_phone`; email required,
 * `name@domain.tld`; country, region and city required; district required for CN; line1 required,
 * at most 200 characters (line2 at most 200); postal code required for CN (6 digits) and US (`12345`
 * or `12345-6789`), optional elsewhere but when given 2–10 letters, digits, spaces or hyphens; a
 * shipping option and a payment method must be chosen; the note is at most 500 characters (code points,
 * as the order schema counts: `ORDER_TEXT_MAX_LENGTH`).
 *
 * `requirements` (default: everything, as for goods) leaves out what the order does not need: no
 * `shippingAddress.*` checks when `address` is `none` (only stays or seats), no
 * `shippingOptionId` check when `shippingOption` is false (nothing ships). The phone is still
 * judged by the draft's country.
 */
export function validateCheckoutDraft(draft: CheckoutDraft, requirements: CheckoutRequirements = { address: 'shipping', shippingOption: true }): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: FieldErrorCode, params?: Record<string, string | number>): void => {
    errors.push(params ? { field, code, params } : { field, code });
  };
  /** `required` / `too_long`; returns the trimmed value when it is present and short enough. */
  const text = (field: string, raw: string | undefined, options: { required: boolean; max?: number }): string | undefined => {
    const value = (raw ?? '').trim();
    if (value === '') {
      if (options.required) add(field, 'required');
      return undefined;
    }
    if (options.max !== undefined && textLength(value) > options.max) {
      add(field, 'too_long', { max: options.max });
      return undefined;
    }
    return value;
  };

  const { contact, shippingAddress: address } = draft;
  const country = (address.country ?? '').trim().toUpperCase();
  const { required, mainlandMobile, sixDigitPostalCode } = addressConventions(country);

  text('contact.name', contact.name, { required: true, max: CHECKOUT_LIMITS.name });

  const phone = text('contact.phone', contact.phone, { required: true });
  if (phone !== undefined && !isValidPhone(phone, country)) add('contact.phone', mainlandMobile ? 'invalid_phone_cn' : 'invalid_phone');

  const email = text('contact.email', contact.email, { required: true, max: CHECKOUT_LIMITS.email });
  if (email !== undefined && !isValidEmail(email)) add('contact.email', 'invalid_email');

  if (requirements.address !== 'none') {
    text('shippingAddress.country', address.country, { required: true });
    text('shippingAddress.region', address.region, { required: required.has('region'), max: CHECKOUT_LIMITS.region });
    text('shippingAddress.city', address.city, { required: required.has('city'), max: CHECKOUT_LIMITS.city });
    text('shippingAddress.district', address.district, { required: required.has('district'), max: CHECKOUT_LIMITS.district });
    text('shippingAddress.line1', address.line1, { required: required.has('line1'), max: CHECKOUT_LIMITS.line1 });
    text('shippingAddress.line2', address.line2, { required: required.has('line2'), max: CHECKOUT_LIMITS.line2 });

    const postal = text('shippingAddress.postalCode', address.postalCode, { required: required.has('postalCode') });
    if (postal !== undefined) {
      if (sixDigitPostalCode) {
        if (!POSTAL_CN.test(postal)) add('shippingAddress.postalCode', 'invalid_postal_code_cn');
      } else if (!(country === 'US' ? POSTAL_US : POSTAL_OTHER).test(postal)) {
        add('shippingAddress.postalCode', 'invalid_postal_code');
      }
    }
  }

  if (requirements.shippingOption && !draft.shippingOptionId?.trim()) add('shippingOptionId', 'required_shipping_option');
  if (!draft.paymentMethodId?.trim()) add('paymentMethodId', 'required_payment_method');
  // UTF-16 length, the same measure as the order schema's `note` limit.
  if (draft.note !== undefined && textLength(draft.note) > CHECKOUT_LIMITS.note) add('note', 'too_long', { max: CHECKOUT_LIMITS.note });
  return errors;
}
