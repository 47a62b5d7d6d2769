/**
 * Text of the payment step part, spread into the catalogs of `<order-confirmation>` and `<order-detail>`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './payment-step.messages.en-US.ts';
import { messages as zh } from './payment-step.messages.zh-CN.ts';

export const paymentStepMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
