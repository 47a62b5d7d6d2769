/**
 * `<product-recommendations>`'s messages (`productRecommendationsMessages`), one language at a time: the element loads the module of
 * the language it shows, the other only when the shopper switches to it.
 *
 * @module
 */
import { byLanguage } from '../../i18n/language-messages.ts';

/** `productRecommendationsMessages` by language. */
export const productRecommendationsByLanguage = byLanguage({
  'en-US': () => import('./product-recommendations.messages.en-US.ts'),
  'zh-CN': () => import('./product-recommendations.messages.zh-CN.ts'),
});
