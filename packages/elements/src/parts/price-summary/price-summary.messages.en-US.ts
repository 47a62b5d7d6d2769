/**
 * The English (en-US) messages of `price-summary.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as bookingDetailsMessages } from '../booking-details/booking-details.messages.en-US.ts';

/** The English (en-US) messages of `priceSummaryMessages` (see `price-summary.messages.ts`). */
export const messages: MessageCatalog = {
  ...bookingDetailsMessages,
  'summary.heading': 'Order summary',
  'summary.subtotal': 'Subtotal',
  'summary.total': 'Total',
  'summary.calculating': 'Calculating…',
  'summary.free_shipping': 'Free',
  'summary.discount_code': '{label} ({code})',
  'summary.line_quantity': 'Qty {quantity}',
};
