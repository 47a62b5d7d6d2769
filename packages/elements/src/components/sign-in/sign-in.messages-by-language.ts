/**
 * `<sign-in>`'s messages (`signInMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `signInMessages` by language. */
export const signInByLanguage = byLanguage({
  'en-US': () => import('./sign-in.messages.en-US.ts'),
  'zh-CN': () => import('./sign-in.messages.zh-CN.ts'),
});
