/**
 * The English (en-US) messages of `order-lookup.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `orderLookupMessages` (see `order-lookup.messages.ts`). */
export const messages: MessageCatalog = {
  'lookup.heading': 'Find my order',
  'lookup.intro': 'Enter your order number and the phone number or e-mail you gave when ordering.',
  'lookup.orderNumber': 'Order number',
  'lookup.contact': 'Phone or e-mail',
  'lookup.contact_hint': 'The one used at checkout.',
  'lookup.submit': 'Find order',
  'lookup.searching': 'Searching…',
  'lookup.not_found': 'No order matches this order number and phone or e-mail. Please check both and try again.',
  'lookup.another': 'Look up another order',
};
