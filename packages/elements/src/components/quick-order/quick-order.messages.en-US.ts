/**
 * The English (en-US) messages of `quick-order.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `quickOrderMessages` (see `quick-order.messages.ts`). */
export const messages: MessageCatalog = {
  'quickOrder.heading': 'Quick order',
  'quickOrder.intro': 'Paste SKUs and quantities from your purchase list, one line each, or upload a CSV file (sku,quantity).',
  'quickOrder.label': 'SKUs and quantities',
  'quickOrder.hint': 'For example: OZ-NOTE-76-Y 20',
  'quickOrder.file': 'Upload a CSV file',
  'quickOrder.submit': 'Add to cart',
  'quickOrder.checking': 'Checking…',
  'quickOrder.added.one': '{count} line was added to your cart.',
  'quickOrder.added.other': '{count} lines were added to your cart.',
  'quickOrder.problems.one': '{count} line could not be added. It stays in the box for you to correct:',
  'quickOrder.problems.other': '{count} lines could not be added. They stay in the box for you to correct:',
  'quickOrder.problem_line': 'Line {line}: {text}',
  'quickOrder.empty': 'Please enter at least one SKU and quantity.',
};
