/**
 * The Chinese (zh-CN) messages of `address-fields.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `addressFieldsMessages` (see `address-fields.messages.ts`). */
export const messages: MessageCatalog = {
  'address.country': '国家/地区',
  'address.region': '州/省',
  'address.region_cn': '省/自治区/直辖市',
  'address.city': '城市',
  'address.district': '区/县',
  'address.line1': '详细地址',
  'address.line2': '楼层、门牌号',
  'address.postalCode': '邮政编码',
  'address.optional': '（选填）',
};
