/**
 * The live payment step's messages (`payment-step.messages.<language>.ts`), one language at a time, a
 * module apart from the step's code (`payment-step.ts`) so that an element loading the step on demand
 * (`<order-detail>`, for an order awaiting payment) asks for both at the same time: its `import()`
 * of the step and `LocaleController.include` of these messages start together (one round trip, not
 * two), and an element showing no live payment fetches neither. A language switch loads the other
 * language's before showing it. `<order-confirmation>`, which keeps the step statically, lists them
 * among its catalogs. The card of an order with nothing left to pay brings its own messages
 * (`payment-card.messages.<language>.ts`, in the elements' catalogs).
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** The live payment step's messages by language. */
export const paymentStepByLanguage = byLanguage({
  'en-US': () => import('./payment-step.messages.en-US.ts'),
  'zh-CN': () => import('./payment-step.messages.zh-CN.ts'),
});
