/**
 * Text of the booking details part (booking-details.ts). Spread into the price summary's messages,
 * so every element that renders priced lines (`<cart-panel>`, `<checkout-form>`,
 * `<order-confirmation>`) has it.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { messages as en } from './booking-details.messages.en-US.ts';
import { messages as zh } from './booking-details.messages.zh-CN.ts';

export const bookingDetailsMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
