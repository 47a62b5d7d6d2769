/**
 * All the core's messages (zh-CN, en-US), the four groups merged.
 *
 * @module
 */
import { bookingMessages } from './booking-messages.ts';
import { businessMessages, quickOrderProblemMessages } from './business-messages.ts';
import { checkoutMessages } from './checkout-messages.ts';
import type { MessageCatalogs } from './messages.ts';
import { shoppingMessages } from './shopping-messages.ts';

/**
 * All the core's messages in zh-CN and en-US: `shoppingMessages` (errors, general field
 * problems, cart notices), `checkoutMessages` (checkout, orders, one-time codes, account) and
 * `bookingMessages` (booking rules, holds) `businessMessages` (company details) and `quickOrderProblemMessages` (quick order). Every field-error code the core, its rules and
 * the embedded backend produce has a message here; a code without one reads as `field.invalid`.
 * A UI that shows all flows uses this; the elements take the groups they need, so the first screen
 * carries only the shopping messages.
 */
export const coreMessages: MessageCatalogs = Object.fromEntries(
  Object.keys(shoppingMessages).map((locale) => [locale, { ...shoppingMessages[locale], ...checkoutMessages[locale], ...bookingMessages[locale], ...businessMessages[locale], ...quickOrderProblemMessages[locale] }]),
);
