/**
 * The messages the first paint shows (the core's shopping messages, the shared ones, those of
 * `<order-zone>` and `<product-picker>`), one language at a time: the script-tag loader preloads the
 * page's language with the first paint (one chunk per language, `FIRST_PAINT_MESSAGES` in
 * `scripts/bundle-manifest.ts`), the other loads when the shopper switches to it. Every element that
 * shows them takes them from here, so each language's module is fetched once.
 *
 * @module
 */
import { byLanguage } from './language-messages.ts';

/** The core's shopping messages (`shoppingMessages`): every element shows them. */
export const shoppingByLanguage = byLanguage({
  'en-US': () => import('@orderzone/core/messages/shopping.en-US'),
  'zh-CN': () => import('@orderzone/core/messages/shopping.zh-CN'),
});

/** The messages several elements share (`sharedMessages`): every element shows them. */
export const sharedByLanguage = byLanguage({
  'en-US': () => import('./shared-messages.en-US.ts'),
  'zh-CN': () => import('./shared-messages.zh-CN.ts'),
});

/** `<order-zone>`'s messages (`orderZoneMessages`), also `<cart-button>`'s. */
export const orderZoneByLanguage = byLanguage({
  'en-US': () => import('../components/order-zone/order-zone.messages.en-US.ts'),
  'zh-CN': () => import('../components/order-zone/order-zone.messages.zh-CN.ts'),
});

/** `<product-picker>`'s messages (`productPickerMessages`), also those of the elements that show a product's price or card. */
export const productPickerByLanguage = byLanguage({
  'en-US': () => import('../components/product-picker/product-picker.messages.en-US.ts'),
  'zh-CN': () => import('../components/product-picker/product-picker.messages.zh-CN.ts'),
});
