/**
 * Messages of the page's own drawer and dialogs (`page-dialogs.ts`).
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const pageDialogsMessages: MessageCatalogs = {
  'en-US': {
    'pageDialogs.checkout': 'Checkout',
    'pageDialogs.order': 'Your order',
    'pageDialogs.view_cart': 'View cart',
  },
  'zh-CN': {
    'pageDialogs.checkout': '结算',
    'pageDialogs.order': '您的订单',
    'pageDialogs.view_cart': '查看购物车',
  },
};
