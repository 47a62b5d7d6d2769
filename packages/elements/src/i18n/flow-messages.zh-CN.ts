/**
 * The core's checkout and booking messages in Chinese (zh-CN), a module of their own: a page loads the
 * messages of the language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as bookingMessages } from '@orderzone/core/messages/booking.zh-CN';
import { messages as cartMessages } from '@orderzone/core/messages/cart.zh-CN';
import { messages as checkoutMessages } from '@orderzone/core/messages/checkout.zh-CN';

/**
 * The Chinese (zh-CN) cart notices and field problems of `shoppingMessages`, then the messages of `checkoutMessages` and
 * `bookingMessages` (later ones win), as `flowMessages` puts them.
 */
export const messages: MessageCatalog = { ...cartMessages, ...checkoutMessages, ...bookingMessages };
