/**
 * The English (en-US) messages of `one-time-code.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `oneTimeCodeMessages` (see `one-time-code.messages.ts`). */
export const messages: MessageCatalog = {
  'code.label': '6-digit code',
  'code.resend': 'Send a new code',
  'code.resend_in': 'New code in {time}',
};
