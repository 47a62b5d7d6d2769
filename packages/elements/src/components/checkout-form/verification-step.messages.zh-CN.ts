/**
 * The Chinese (zh-CN) text of the checkout's verification step (`verification-step.ts`, the code parts
 * included), part of `checkout-form.messages.zh-CN.ts`: a page loads the messages of the language it
 * shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as oneTimeCodeMessages } from '../../parts/one-time-code/one-time-code.messages.zh-CN.ts';

/** The Chinese (zh-CN) text of the verification step (the code parts included). */
export const messages: MessageCatalog = {
  ...oneTimeCodeMessages,
  'checkoutForm.verify_heading': '确认本人操作',
  'checkoutForm.verify': '确认并提交订单',
  'checkoutForm.verifying': '正在验证…',
  'checkoutForm.verify_back': '返回修改',
  'checkoutForm.code_resent': '新的验证码已发送至 {destination}。',
};
