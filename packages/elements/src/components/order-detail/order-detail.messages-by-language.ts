/**
 * `<order-detail>`'s messages (`orderDetailMessages`), one language at a time: the element loads the
 * module of the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `orderDetailMessages` by language; also the reviews part's, which shows the order's texts. */
export const orderDetailByLanguage = byLanguage({
  'en-US': () => import('./order-detail.messages.en-US.ts'),
  'zh-CN': () => import('./order-detail.messages.zh-CN.ts'),
});
