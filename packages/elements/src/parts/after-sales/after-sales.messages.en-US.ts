/**
 * The English (en-US) messages of the "Refunds and returns" card of `<order-detail>` (`after-sales-card.ts`), spread into
 * `<order-detail>`'s messages of the same language (a request's lines have theirs in `after-sale-form.messages.en-US.ts`,
 * loaded with the action forms).
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of the "Refunds and returns" card. */
export const messages: MessageCatalog = {
  'after_sale.heading': 'Refunds and returns',
  'after_sale.refunded_total': 'Refunded so far: {amount} of the {total} paid',
  'after_sale.kind.refund': 'Refund request',
  'after_sale.kind.return': 'Return request',
  'after_sale.status.requested': 'Awaiting the shop’s decision',
  'after_sale.status.approved': 'Approved: send the items back',
  'after_sale.status.received': 'Items received',
  'after_sale.status.refunded': 'Refunded',
  'after_sale.status.rejected': 'Declined',
  'after_sale.item': '{title} × {quantity}',
  'after_sale.line_status.requested': 'Awaiting decision',
  'after_sale.line_status.approved': 'Accepted: send it back',
  'after_sale.line_status.approved_some': '{accepted} of {quantity} accepted: send them back',
  'after_sale.line_status.received': 'Received',
  'after_sale.line_status.received_some': '{accepted} of {quantity} received',
  'after_sale.line_status.refunded': 'Refunded',
  'after_sale.line_status.refunded_some': '{accepted} of {quantity} refunded, the rest declined',
  'after_sale.line_status.rejected': 'Declined',
  'after_sale.refunded': 'Refunded: {amount}',
  'after_sale.asked': 'Asked for: {amount}',
  'after_sale.reason': 'Your reason:',
  'after_sale.note': 'Shop’s note:',
  'after_sale.unknown_line': 'Item {n}',
  'detail.history.partial_refund': 'Partly refunded',
};
