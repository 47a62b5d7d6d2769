/**
 * `<order-lookup>`'s messages (`orderLookupMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `orderLookupMessages` by language. */
export const orderLookupByLanguage = byLanguage({
  'en-US': () => import('./order-lookup.messages.en-US.ts'),
  'zh-CN': () => import('./order-lookup.messages.zh-CN.ts'),
});
