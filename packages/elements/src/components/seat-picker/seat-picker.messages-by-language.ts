/**
 * `<seat-picker>`'s messages (`seatPickerMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `seatPickerMessages` by language. */
export const seatPickerByLanguage = byLanguage({
  'en-US': () => import('./seat-picker.messages.en-US.ts'),
  'zh-CN': () => import('./seat-picker.messages.zh-CN.ts'),
});
