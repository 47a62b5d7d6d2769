/**
 * The Chinese (zh-CN) messages of a refund or return request's lines (`after-sale-form.ts`): loaded with
 * `<order-detail>`'s action forms (`order-detail-forms.messages.zh-CN.ts`), not with the element.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of a request's lines. */
export const messages: MessageCatalog = {
  'after_sale.choose.refund': '选择要退款的商品',
  'after_sale.choose.return': '选择要退货的商品',
  'after_sale.ordered': '已购 {quantity} 件，单价 {price}',
  'after_sale.quantity.refund': '{title} 的退款数量',
  'after_sale.quantity.return': '{title} 的退货数量',
  'after_sale.decrease': '{title} 减少一件',
  'after_sale.increase': '{title} 增加一件',
  'after_sale.of': '最多 {max} 件',
  'after_sale.line.not_returned': '预订服务无需寄回',
  'after_sale.line.refunded': '已退款',
  'after_sale.line.asked': '已在申请中',
  'after_sale.line.declined': '此前申请未通过',
  'after_sale.line.unavailable': '不可申请',
  'after_sale.total.refund': '预计退款',
  'after_sale.total.return': '退货后退款',
  'after_sale.with_shipping': '含运费 {shipping}',
  'after_sale.rule': '每件商品按实付金额退款（已扣除分摊的优惠）；运费在最后一件商品退款时一并退还。',
};
