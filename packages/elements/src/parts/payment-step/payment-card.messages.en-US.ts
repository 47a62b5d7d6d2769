/**
 * The English (en-US) messages of the payment card (`payment-card.ts`): its heading and the cards of an order with
 * nothing left to pay, in the catalogs of the elements that show it (`<order-detail>`, `<order-confirmation>`).
 * The live step's own messages load with its code (`payment-step.messages.en-US.ts`).
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of the payment card. */
export const messages: MessageCatalog = {
  'payment.heading': 'Payment',
  'payment.nothing_to_do': 'Nothing more to do: we will take it from here.',
  'payment.received': 'Payment received. Thank you!',
};
