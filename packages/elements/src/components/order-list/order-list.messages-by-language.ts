/**
 * `<order-list>`'s messages (`orderListMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `orderListMessages` by language. */
export const orderListByLanguage = byLanguage({
  'en-US': () => import('./order-list.messages.en-US.ts'),
  'zh-CN': () => import('./order-list.messages.zh-CN.ts'),
});
