/**
 * `@orderzone/core/messages`: the core's message catalogs (zh-CN and en-US) and translation:
 * `coreMessages` (all of them; also in four groups: `shoppingMessages`, `checkoutMessages`,
 * `bookingMessages`, `businessMessages`), `createTranslator` (with plural variants, see there), `pluralCategory`,
 * `describeError`, `describeFieldError`, `formatTemplate`, `formatHoldTime`. For a UI of your own; the elements bring them along. The main entry
 * `@orderzone/core` exports the catalog types only, so code that shows no text carries no catalog.
 *
 * ```ts
 * import { coreMessages, createTranslator, describeError } from '@orderzone/core/messages';
 * const t = createTranslator('en-US', coreMessages);
 * ```
 *
 * @packageDocumentation
 */
export { createTranslator, describeError, describeFieldError, formatHoldTime, formatTemplate, type MessageCatalog, type MessageCatalogs, pluralCategory, type Translate } from './i18n/messages.ts';
export { coreMessages } from './i18n/core-messages.ts';
export { shoppingMessages } from './i18n/shopping-messages.ts';
export { checkoutMessages } from './i18n/checkout-messages.ts';
export { bookingMessages } from './i18n/booking-messages.ts';
export { businessMessages, quickOrderProblemMessages } from './i18n/business-messages.ts';
