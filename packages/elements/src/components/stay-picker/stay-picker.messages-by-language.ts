/**
 * `<stay-picker>`'s messages (`stayPickerMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `stayPickerMessages` by language. */
export const stayPickerByLanguage = byLanguage({
  'en-US': () => import('./stay-picker.messages.en-US.ts'),
  'zh-CN': () => import('./stay-picker.messages.zh-CN.ts'),
});
