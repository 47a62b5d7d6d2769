/**
 * The English (en-US) messages of `<order-detail>`'s action forms (`order-detail-forms.ts`), asked for at the
 * same time as their code (`order-detail-forms.messages-by-language.ts`): a form's frame (heading, confirmation,
 * reason, submit), the edit form of an unpaid order and a refund or return request's lines.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as orderEditFormMessages } from '../../parts/order-edit/order-edit-form.messages.en-US.ts';
import { messages as afterSaleFormMessages } from '../../parts/after-sales/after-sale-form.messages.en-US.ts';

/** The English (en-US) messages of the action forms. */
export const messages: MessageCatalog = {
  ...orderEditFormMessages,
  ...afterSaleFormMessages,
  'detail.form.cancel': 'Cancel this order?',
  'detail.form.change_address': 'New shipping address',
  'detail.form.change_service_address': 'New service address',
  'detail.form.request_refund': 'Request a refund',
  'detail.form.request_return': 'Return items',
  'detail.cancel_confirm': 'Order {orderNumber} will be cancelled. This cannot be undone.',
  'detail.submit.cancel': 'Yes, cancel order',
  'detail.submit.change_address': 'Save address',
  'detail.submit.change_service_address': 'Save address',
  'detail.submit.request_refund': 'Send refund request',
  'detail.submit.request_return': 'Send return request',
  'detail.keep_order': 'Keep order',
  'detail.refund_reason': 'Why do you want a refund?',
  'detail.return_reason': 'Why do you want to return the items?',
  'detail.form.edit': 'Edit your order',
  'detail.submit.edit': 'Save changes',
  'detail.form.cancel_booking': 'Cancel this booking?',
  'detail.submit.cancel_booking': 'Yes, cancel booking',
  'detail.keep_booking': 'Keep booking',
  'detail.cancel_booking_confirm': 'Your booking in order {orderNumber} will be cancelled and {total} refunded. This cannot be undone.',
};
