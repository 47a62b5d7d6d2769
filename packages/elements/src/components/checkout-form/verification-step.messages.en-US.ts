/**
 * The English (en-US) text of the checkout's verification step (`verification-step.ts`, the code parts
 * included), part of `checkout-form.messages.en-US.ts`: a page loads the messages of the language it
 * shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as oneTimeCodeMessages } from '../../parts/one-time-code/one-time-code.messages.en-US.ts';

/** The English (en-US) text of the verification step (the code parts included). */
export const messages: MessageCatalog = {
  ...oneTimeCodeMessages,
  'checkoutForm.verify_heading': 'Confirm it’s you',
  'checkoutForm.verify': 'Confirm and place order',
  'checkoutForm.verifying': 'Checking the code…',
  'checkoutForm.verify_back': 'Back to the form',
  'checkoutForm.code_resent': 'A new code was sent to {destination}.',
};
