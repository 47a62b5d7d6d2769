/**
 * Text of the price summary shared by `<cart-panel>`, `<checkout-form>` and `<order-confirmation>`.
 * The owners spread it into their own catalogs. It includes the booking details part's text, shown
 * under booking lines.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';
import { bookingDetailsMessages } from '../booking-details/booking-details.messages.ts';

export const priceSummaryMessages: MessageCatalogs = {
  'en-US': {
    ...bookingDetailsMessages['en-US'],
    'summary.heading': 'Order summary',
    'summary.subtotal': 'Subtotal',
    'summary.total': 'Total',
    'summary.calculating': 'Calculating…',
    'summary.free_shipping': 'Free',
    'summary.discount_code': '{label} ({code})',
    'summary.line_quantity': 'Qty {quantity}',
  },
  'zh-CN': {
    ...bookingDetailsMessages['zh-CN'],
    'summary.heading': '订单摘要',
    'summary.subtotal': '商品小计',
    'summary.total': '合计',
    'summary.calculating': '计算中…',
    'summary.free_shipping': '免运费',
    'summary.discount_code': '{label}（{code}）',
    'summary.line_quantity': '数量 {quantity}',
  },
};
