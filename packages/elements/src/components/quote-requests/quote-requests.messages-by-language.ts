/**
 * `<quote-requests>`'s messages (`quoteRequestsMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `quoteRequestsMessages` by language. */
export const quoteRequestsByLanguage = byLanguage({
  'en-US': () => import('./quote-requests.messages.en-US.ts'),
  'zh-CN': () => import('./quote-requests.messages.zh-CN.ts'),
});
