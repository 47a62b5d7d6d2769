/**
 * The core's messages beyond the shopping ones every element has.
 *
 * @module
 */
import { byLanguage, type ElementMessages } from './language-messages.ts';

/**
 * The core's checkout, order, account and booking messages (`checkoutMessages`, `bookingMessages`),
 * one language at a time: a module per language (`flow-messages.en-US.ts`, `flow-messages.zh-CN.ts`),
 * loaded when an element first shows that language. Every element loaded on demand puts them before
 * its own catalog (whose keys win), so any field problem or line problem it is given reads as its own
 * sentence; the elements of the first screen (`<order-zone>`, `<product-picker>`) leave them out.
 */
export const flowMessages: readonly ElementMessages[] = [
  byLanguage({
    'en-US': () => import('./flow-messages.en-US.ts'),
    'zh-CN': () => import('./flow-messages.zh-CN.ts'),
  }),
];
