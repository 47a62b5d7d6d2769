/**
 * `<order-help>`'s messages (`orderHelpMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `orderHelpMessages` by language. */
export const orderHelpByLanguage = byLanguage({
  'en-US': () => import('./order-help.messages.en-US.ts'),
  'zh-CN': () => import('./order-help.messages.zh-CN.ts'),
});
