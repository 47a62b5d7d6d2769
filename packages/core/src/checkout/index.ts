/**
 * `@orderzone/core/checkout`: the checkout a zone loads on demand (`await zone.load('checkout')`),
 * and its field rules (`validateCheckoutDraft`, `CHECKOUT_LIMITS`, `isValidEmail`, `isValidPhone`)
 * for forms and backends that check the same fields. The main entry `@orderzone/core` exports
 * their types only.
 *
 * ```ts
 * import { validateCheckoutDraft, emptyCheckoutDraft } from '@orderzone/core/checkout';
 * ```
 *
 * @packageDocumentation
 */
export * from './checkout.ts';
export * from './checkout-validation.ts';
