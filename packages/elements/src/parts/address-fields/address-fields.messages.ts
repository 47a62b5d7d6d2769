/**
 * Text of the address fields part, spread into its hosts' catalogs. Same labels as `<checkout-form>`'s.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const addressFieldsMessages: MessageCatalogs = {
  'en-US': {
    'address.country': 'Country or region',
    'address.region': 'State / Province',
    'address.region_cn': 'Province',
    'address.city': 'City',
    'address.district': 'District',
    'address.line1': 'Street address',
    'address.line2': 'Apartment, suite, floor',
    'address.postalCode': 'Postal code',
    'address.optional': '(optional)',
  },
  'zh-CN': {
    'address.country': '国家/地区',
    'address.region': '州/省',
    'address.region_cn': '省/自治区/直辖市',
    'address.city': '城市',
    'address.district': '区/县',
    'address.line1': '详细地址',
    'address.line2': '楼层、门牌号',
    'address.postalCode': '邮政编码',
    'address.optional': '（选填）',
  },
};
