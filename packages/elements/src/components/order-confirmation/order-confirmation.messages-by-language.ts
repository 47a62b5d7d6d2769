/**
 * `<order-confirmation>`'s messages (`orderConfirmationMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `orderConfirmationMessages` by language. */
export const orderConfirmationByLanguage = byLanguage({
  'en-US': () => import('./order-confirmation.messages.en-US.ts'),
  'zh-CN': () => import('./order-confirmation.messages.zh-CN.ts'),
});
