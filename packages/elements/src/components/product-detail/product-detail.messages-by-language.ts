/**
 * `<product-detail>`'s messages (`productDetailMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `productDetailMessages` by language. */
export const productDetailByLanguage = byLanguage({
  'en-US': () => import('./product-detail.messages.en-US.ts'),
  'zh-CN': () => import('./product-detail.messages.zh-CN.ts'),
});
