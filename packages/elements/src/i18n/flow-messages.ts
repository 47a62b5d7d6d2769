/**
 * The core's messages beyond the shopping ones every element has.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { bookingMessages, checkoutMessages } from '@orderzone/core/messages';

/**
 * The core's checkout, order, account and booking messages. Every element loaded on demand puts
 * them before its own catalog (whose keys win), so any field problem or line problem it is given reads as its own
 * sentence; the elements of the first screen (`<order-zone>`, `<product-picker>`) leave them out.
 */
export const flowMessages: readonly MessageCatalogs[] = [checkoutMessages, bookingMessages];
