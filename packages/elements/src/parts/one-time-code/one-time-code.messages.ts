/**
 * Text of the one-time-code parts in every shipped locale.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

/** Text of the shared code parts. */
export const oneTimeCodeMessages: MessageCatalogs = {
  'en-US': {
    'code.label': '6-digit code',
    'code.resend': 'Send a new code',
    'code.resend_in': 'New code in {time}',
  },
  'zh-CN': {
    'code.label': '6 位验证码',
    'code.resend': '重新获取验证码',
    'code.resend_in': '{time} 后可重新获取',
  },
};
