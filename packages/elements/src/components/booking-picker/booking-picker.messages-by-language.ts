/**
 * `<booking-picker>`'s messages (`bookingPickerMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `bookingPickerMessages` by language. */
export const bookingPickerByLanguage = byLanguage({
  'en-US': () => import('./booking-picker.messages.en-US.ts'),
  'zh-CN': () => import('./booking-picker.messages.zh-CN.ts'),
});
