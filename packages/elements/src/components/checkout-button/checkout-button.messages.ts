/**
 * Messages of `<checkout-button>`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const checkoutButtonMessages: MessageCatalogs = {
  'en-US': {
    'checkoutButton.label': 'Checkout',
  },
  'zh-CN': {
    'checkoutButton.label': '去结算',
  },
};
