/**
 * The messages used by several elements, both languages at hand (for a translator in tests). The
 * elements load them one language at a time (`sharedByLanguage` in `first-paint-messages.ts`).
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './shared-messages.en-US.ts';
import { messages as zh } from './shared-messages.zh-CN.ts';

/** The shared messages (common buttons, states, price and rating labels) in zh-CN and en-US. */
export const sharedMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
