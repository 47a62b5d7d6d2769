/**
 * The core's messages beyond the errors every element has.
 *
 * @module
 */
import { byLanguage, type ElementMessages } from './language-messages.ts';

/**
 * The core's cart notices and general field problems (the `cart.*` and `field.*` messages of
 * `shoppingMessages`, which the first screen never shows), and its checkout, order, account and
 * booking messages (`checkoutMessages`, `bookingMessages`), one language at a time: a module per
 * language (`flow-messages.en-US.ts`, `flow-messages.zh-CN.ts`), loaded when an element first shows
 * that language. Every element loaded on demand puts them before
 * its own catalog (whose keys win), so any field problem, cart notice or line problem it is given reads as
 * its own sentence; the elements of the first screen (`<order-zone>`, `<product-picker>`) leave them out,
 * and `<add-to-cart-button>` loads them with what a press does, before it says what the press did.
 */
export const flowMessages: readonly ElementMessages[] = [
  byLanguage({
    'en-US': () => import('./flow-messages.en-US.ts'),
    'zh-CN': () => import('./flow-messages.zh-CN.ts'),
  }),
];
