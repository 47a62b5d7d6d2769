/**
 * `@orderzone/core/checkout`: the checkout a zone loads on demand (`await zone.load('checkout')`),
 * and its field rules (`validateCheckoutDraft`, `CHECKOUT_LIMITS`, `isValidEmail`, `isValidPhone`)
 * for forms and backends that check the same fields, and the cart read beside its quote
 * (`matchQuoteLines`, `bookingLineStanding`, `lowStockCount`, `lineProblemRemedy`). The main entry `@orderzone/core` exports
 * their types only.
 *
 * ```ts
 * import { validateCheckoutDraft, emptyCheckoutDraft } from '@orderzone/core/checkout';
 * ```
 *
 * @packageDocumentation
 */
export { type Checkout, type CheckoutConfig, type CheckoutDraft, type CheckoutPhase, checkoutRequirements, type CheckoutRequirements, type CheckoutState, computeQuoteChanges, createCheckout, emptyCheckoutDraft, type QuoteChange, type TotalChange, VERIFICATION_CODE_FIELD, verificationReasonKey } from './checkout.ts';
export { CHECKOUT_LIMITS, isValidEmail, isValidPhone, validateCheckoutDraft } from './checkout-validation.ts';
export { bookingLineStanding, type BookingLineStanding, bookingStandingBlocks, lineProblemRemedy, lowStockCount, matchQuoteLines, quoteLineOfEach } from '../cart/quoted-lines.ts';
export { quoteBookingProblem } from '../cart/booking-problem.ts';
export { checkoutDraftProblems } from './draft-problems.ts';
export { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, creditCodeProblem, type CreditCodeProblem, isValidCreditCode, normalizeCreditCode } from '../business/credit-code.ts';
export { emptyCompanyDetails, normalizeCompanyDetails, validateCompanyDetails } from '../business/company-validation.ts';
export { COMPANY_LIMITS } from '../business/company-limits.ts';
export { type CheckoutDraftPatch } from './checkout-draft.ts';
export { type BlockingBookingLine, blockingBookingLines, checkoutTakesSubmit, placeOrderDisabled, requiredCheckoutFields, submissionRetryable } from './checkout-form-rules.ts';
export { bookingLineOtherProblem, cartCheckoutBlock, struckListUnitPrice } from './cart-checkout-rules.ts';
export { type AddressConventions, addressConventions, type AddressTextField } from './address-conventions.ts';
export { availableUnits } from '../cart/quoted-lines.ts';
