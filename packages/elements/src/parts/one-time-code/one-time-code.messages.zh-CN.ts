/**
 * The Chinese (zh-CN) messages of `one-time-code.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `oneTimeCodeMessages` (see `one-time-code.messages.ts`). */
export const messages: MessageCatalog = {
  'code.label': '6 位验证码',
  'code.resend': '重新获取验证码',
  'code.resend_in': '{time} 后可重新获取',
};
