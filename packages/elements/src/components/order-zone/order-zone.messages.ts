/**
 * Text of `<order-zone>` in every shipped locale. The configuration error sentence is the core's
 * `error.config`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './order-zone.messages.en-US.ts';
import { messages as zh } from './order-zone.messages.zh-CN.ts';

export const orderZoneMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
