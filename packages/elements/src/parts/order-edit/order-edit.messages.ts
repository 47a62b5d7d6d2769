/**
 * Text of the "Edit order" and "Reschedule" parts of `<order-detail>` in every shipped locale; spread
 * into `<order-detail>`'s messages.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './order-edit.messages.en-US.ts';
import { messages as zh } from './order-edit.messages.zh-CN.ts';

export const orderEditMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
