/**
 * `<checkout-form>`'s messages (`checkoutFormMessages`), one language at a time: the element loads
 * the module of the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `checkoutFormMessages` by language. */
export const checkoutFormByLanguage = byLanguage({
  'en-US': () => import('./checkout-form.messages.en-US.ts'),
  'zh-CN': () => import('./checkout-form.messages.zh-CN.ts'),
});
