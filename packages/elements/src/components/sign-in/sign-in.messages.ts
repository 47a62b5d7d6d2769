/**
 * Text of `<sign-in>` in every shipped locale. Field problems (`field.*`), errors (`error.*`) and
 * the session notice come from the core's catalog.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './sign-in.messages.en-US.ts';
import { messages as zh } from './sign-in.messages.zh-CN.ts';

export const signInMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
