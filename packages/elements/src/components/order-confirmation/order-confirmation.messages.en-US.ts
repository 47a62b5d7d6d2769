/**
 * The English (en-US) messages of `order-confirmation.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as priceSummaryMessages } from '../../parts/price-summary/price-summary.messages.en-US.ts';
import { messages as paymentCardMessages } from '../../parts/payment-step/payment-card.messages.en-US.ts';

/** The English (en-US) messages of `orderConfirmationMessages` (see `order-confirmation.messages.ts`). */
export const messages: MessageCatalog = {
  ...priceSummaryMessages,
  ...paymentCardMessages,
  'confirmation.heading': 'Thank you for your order!',
  'confirmation.intro': 'We have received your order and will keep you posted at {email}.',
  'confirmation.order_number': 'Order number',
  'confirmation.copy': 'Copy',
  'confirmation.copy_label': 'Copy order number {orderNumber}',
  'confirmation.copied': 'Order number copied',
  'confirmation.copy_failed': 'Could not copy. Select the order number to copy it.',
  'confirmation.placed_at': 'Placed on {date}',
  'confirmation.status': 'Status',
  'confirmation.status.pending_payment': 'Awaiting payment',
  'confirmation.status.paid': 'Paid',
  'confirmation.status.pending_shipment': 'Preparing for shipment',
  'confirmation.status.shipped': 'Shipped',
  'confirmation.status.completed': 'Completed',
  'confirmation.status.cancelled': 'Cancelled',
  'confirmation.status.refund_requested': 'Refund requested',
  'confirmation.status.refund_rejected': 'Refund declined',
  'confirmation.status.refunded': 'Refunded',
  'confirmation.status.return_requested': 'Return requested',
  'confirmation.status.return_approved': 'Return approved',
  'confirmation.status.returned': 'Returned',
  'confirmation.status.return_rejected': 'Return declined',
  'confirmation.status.confirmed': 'Confirmed',
  'confirmation.status.fulfilled': 'Fulfilled',
  'confirmation.items': 'Items',
  'confirmation.details': 'Order details',
  'confirmation.contact': 'Contact',
  'confirmation.shipping_address': 'Shipping address',
  'confirmation.service_address': 'Service address',
  'confirmation.delivery': 'Delivery',
  'confirmation.payment_method': 'Payment method',
  'confirmation.note': 'Order note',
  'confirmation.continue_shopping': 'Continue shopping',
  'confirmation.track_order': 'Track this order',
  'confirmation.manage_order': 'Manage this order',
  'confirmation.empty_title': 'No order to show yet',
  'confirmation.empty_body': 'When you place an order, its details and order number appear here.',
};
