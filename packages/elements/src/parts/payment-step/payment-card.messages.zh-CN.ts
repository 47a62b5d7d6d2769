/**
 * The Chinese (zh-CN) messages of the payment card (`payment-card.ts`): its heading and the cards of an order with
 * nothing left to pay, in the catalogs of the elements that show it (`<order-detail>`, `<order-confirmation>`).
 * The live step's own messages load with its code (`payment-step.messages.zh-CN.ts`).
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of the payment card. */
export const messages: MessageCatalog = {
  'payment.heading': '付款',
  'payment.nothing_to_do': '无需其他操作，我们会尽快为您处理。',
  'payment.received': '已收到付款，谢谢！',
};
