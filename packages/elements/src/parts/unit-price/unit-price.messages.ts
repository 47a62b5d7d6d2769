/**
 * Text of the unit price template part (`unit-price.ts`), shared by `<product-detail>` and
 * `<product-price>`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const unitPriceMessages: MessageCatalogs = {
  'en-US': {
    'unitPrice.label': 'Price',
    'unitPrice.tier_next.one': 'From {quantity} unit: {price} each',
    'unitPrice.tier_next.other': 'From {quantity} units: {price} each',
    'unitPrice.tier_applied.one': 'Bulk price for {quantity} unit',
    'unitPrice.tier_applied.other': 'Bulk price for {quantity} units',
  },
  'zh-CN': {
    'unitPrice.label': '价格',
    'unitPrice.tier_next.other': '满 {quantity} 件：每件 {price}',
    'unitPrice.tier_applied.other': '已享 {quantity} 件批量价',
  },
};
