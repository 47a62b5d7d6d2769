/**
 * Every problem of a checkout draft: its contact, address, delivery, payment and note
 * (`validateCheckoutDraft`) and, when it has them, its company details (`validateCompanyDetails`).
 * Kept apart from `checkout-validation.ts` so that a form that only checks an address (an address
 * change after the order) does not carry the company rules.
 *
 * @module
 */
import type { FieldError } from '../errors.ts';
import { validateCompanyDetails } from '../business/company-validation.ts';
import { validateCheckoutDraft } from './checkout-validation.ts';
import type { CheckoutDraft } from './checkout-draft.ts';
import type { CheckoutRequirements } from './checkout-requirements.ts';

/**
 * What the checkout, the checkout form and the backends judge before an order is placed:
 * `validateCheckoutDraft(draft, requirements)`'s problems, then `validateCompanyDetails`' on
 * `company.*` when `draft.company` is given.
 */
export function checkoutDraftProblems(draft: CheckoutDraft, requirements?: CheckoutRequirements): FieldError[] {
  const errors = validateCheckoutDraft(draft, requirements);
  return draft.company === undefined ? errors : [...errors, ...validateCompanyDetails(draft.company)];
}
