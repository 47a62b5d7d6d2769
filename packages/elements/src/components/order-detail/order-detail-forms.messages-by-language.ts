/**
 * The messages of `<order-detail>`'s action forms (`order-detail-forms.messages.<language>.ts`: a form's frame, the
 * edit form of an unpaid order, a refund or return request's lines), one language at a time, a module apart from the
 * forms' code (`order-detail-forms.ts`) so that the element's shopper actions (`shopper-actions.ts`) ask for both at
 * the same time: their `import()` of the forms and `LocaleController.include` of these messages start together (one
 * round trip, not two), and an order with no action fetches neither. A language switch loads the other language's
 * before showing it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** The action forms' messages by language. */
export const formMessages = byLanguage({
  'en-US': () => import('./order-detail-forms.messages.en-US.ts'),
  'zh-CN': () => import('./order-detail-forms.messages.zh-CN.ts'),
});
