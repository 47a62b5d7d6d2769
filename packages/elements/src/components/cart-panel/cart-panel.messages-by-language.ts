/**
 * `<cart-panel>`'s messages (`cartPanelMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `cartPanelMessages` by language. */
export const cartPanelByLanguage = byLanguage({
  'en-US': () => import('./cart-panel.messages.en-US.ts'),
  'zh-CN': () => import('./cart-panel.messages.zh-CN.ts'),
});
