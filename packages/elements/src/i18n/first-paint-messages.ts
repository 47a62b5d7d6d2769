/**
 * The messages the first paint shows (the core's errors, the shared ones, those of
 * `<order-zone>` and `<product-picker>`), one language at a time: the script-tag loader preloads the
 * page's language with the first paint (one chunk per language, `FIRST_PAINT_MESSAGES` in
 * `scripts/bundle-manifest.ts`; one module per language, `first-paint-messages.<language>.ts`), the other loads when the shopper switches to it. Every element that
 * shows them takes them from here, so each language's module is fetched once.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { byLanguage, type LanguageMessages } from './language-messages.ts';

/** One of the first paint's catalogs, from its language's module (`first-paint-messages.<language>.ts`). */
function firstPaintCatalog(name: 'shopping' | 'shared' | 'orderZone' | 'productPicker'): LanguageMessages {
  const pick = (module: Record<typeof name, MessageCatalog>): { messages: MessageCatalog } => ({ messages: module[name] });
  return byLanguage({
    'en-US': () => import('./first-paint-messages.en-US.ts').then(pick),
    'zh-CN': () => import('./first-paint-messages.zh-CN.ts').then(pick),
  });
}

/**
 * The core's errors (`shoppingMessages` but its cart notices and field problems, which `cartMessages` in
 * `cart-messages.ts` loads with the code that shows them): every element shows them.
 */
export const shoppingByLanguage = firstPaintCatalog('shopping');

/** The messages several elements share (`sharedMessages`): every element shows them. */
export const sharedByLanguage = firstPaintCatalog('shared');

/** `<order-zone>`'s messages (`orderZoneMessages`), also `<cart-button>`'s. */
export const orderZoneByLanguage = firstPaintCatalog('orderZone');

/** `<product-picker>`'s messages (`productPickerMessages`), also those of the elements that show a product's price or card. */
export const productPickerByLanguage = firstPaintCatalog('productPicker');
