/**
 * Validation of contact and address data, per field, with message codes the UI translates.
 * When the country is CN, mobile numbers (11 digits starting 1[3-9], optional +86) and postal codes
 * (6 digits) are checked.
 *
 * @module
 */
import type { FieldError } from '../errors.ts';
import type { CheckoutDraft } from './checkout.ts';

/**
 * Every problem in a draft, in form order. Codes: `required`, `too_long` (`{ max }`),
 * `invalid_email`, `invalid_phone`, `invalid_phone_cn`, `invalid_postal_code`,
 * `invalid_postal_code_cn`, `required_payment_method`, `required_shipping_option`.
 * Fields: `contact.name`, `contact.phone`, `contact.email`, `shippingAddress.country`,
 * `shippingAddress.region`, `shippingAddress.city`, `shippingAddress.district`,
 * `shippingAddress.line1`, `shippingAddress.postalCode`, `shippingOptionId`, `paymentMethodId`, `note`.
 */
export function validateCheckoutDraft(_draft: CheckoutDraft): FieldError[] {
  throw new Error('not implemented');
}
