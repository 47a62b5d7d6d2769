/**
 * The English (en-US) messages of `order-list.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as orderConfirmationMessages } from '../order-confirmation/order-confirmation.messages.en-US.ts';

/** The English (en-US) messages of `orderListMessages` (see `order-list.messages.ts`). */
export const messages: MessageCatalog = {
  ...orderConfirmationMessages,
  'orders.heading': 'My orders',
  'orders.signed_in_as': 'Signed in as {who}',
  'orders.loading': 'Loading your orders…',
  'orders.empty': 'You have no orders yet.',
  'orders.browse': 'Start shopping',
  'orders.number': 'Order number',
  'orders.date': 'Placed',
  'orders.status': 'Status',
  'orders.total': 'Total',
  'orders.open': 'View order {orderNumber}',
  'orders.back': 'Back to my orders',
  'orders.signed_out': 'Sign in to see your orders.',
  'orders.sign_in': 'Sign in',
  'orders.actions': 'Actions',
  'orders.reorder': 'Order again',
  'orders.reorder_label': 'Order again: the items of order {orderNumber}',
  'orders.reorder_of': 'Order {orderNumber}',
};
