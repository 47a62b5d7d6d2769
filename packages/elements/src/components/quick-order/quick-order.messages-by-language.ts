/**
 * `<quick-order>`'s messages (`quickOrderMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `quickOrderMessages` by language. */
export const quickOrderByLanguage = byLanguage({
  'en-US': () => import('./quick-order.messages.en-US.ts'),
  'zh-CN': () => import('./quick-order.messages.zh-CN.ts'),
});
