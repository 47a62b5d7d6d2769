/**
 * The English (en-US) messages of a refund or return request's lines (`after-sale-form.ts`): loaded with
 * `<order-detail>`'s action forms (`order-detail-forms.messages.en-US.ts`), not with the element.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of a request's lines. */
export const messages: MessageCatalog = {
  'after_sale.choose.refund': 'Which items should be refunded?',
  'after_sale.choose.return': 'Which items are you returning?',
  'after_sale.ordered': '{quantity} × {price} ordered',
  'after_sale.quantity.refund': 'How many {title} to refund',
  'after_sale.quantity.return': 'How many {title} to return',
  'after_sale.decrease': 'One fewer {title}',
  'after_sale.increase': 'One more {title}',
  'after_sale.of': 'of {max}',
  'after_sale.line.not_returned': 'Bookings are not sent back',
  'after_sale.line.refunded': 'Refunded',
  'after_sale.line.asked': 'Already in a request',
  'after_sale.line.declined': 'Declined before',
  'after_sale.line.unavailable': 'Cannot be included',
  'after_sale.total.refund': 'You get back',
  'after_sale.total.return': 'Refund once the items are back',
  'after_sale.with_shipping': 'including {shipping} shipping',
  'after_sale.rule': 'Each item gives back what you paid for it, its share of any discount taken off. Shipping is refunded with the last items.',
};
