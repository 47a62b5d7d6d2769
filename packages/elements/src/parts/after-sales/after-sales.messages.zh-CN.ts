/**
 * The Chinese (zh-CN) messages of the "Refunds and returns" card of `<order-detail>` (`after-sales-card.ts`), spread into
 * `<order-detail>`'s messages of the same language (a request's lines have theirs in `after-sale-form.messages.zh-CN.ts`,
 * loaded with the action forms).
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of the "Refunds and returns" card. */
export const messages: MessageCatalog = {
  'after_sale.heading': '退款与退货',
  'after_sale.refunded_total': '已退款 {amount}，订单实付 {total}',
  'after_sale.kind.refund': '退款申请',
  'after_sale.kind.return': '退货申请',
  'after_sale.status.requested': '等待商家处理',
  'after_sale.status.approved': '已同意，请寄回商品',
  'after_sale.status.received': '商家已收货',
  'after_sale.status.refunded': '已退款',
  'after_sale.status.rejected': '未通过',
  'after_sale.item': '{title} × {quantity} 件',
  'after_sale.line_status.requested': '待处理',
  'after_sale.line_status.approved': '已同意，请寄回',
  'after_sale.line_status.approved_some': '同意 {accepted} 件（共 {quantity} 件），请寄回',
  'after_sale.line_status.received': '已收货',
  'after_sale.line_status.received_some': '已收货 {accepted} 件（共 {quantity} 件）',
  'after_sale.line_status.refunded': '已退款',
  'after_sale.line_status.refunded_some': '已退款 {accepted} 件（共 {quantity} 件），其余未通过',
  'after_sale.line_status.rejected': '未通过',
  'after_sale.refunded': '已退款：{amount}',
  'after_sale.asked': '申请退款：{amount}',
  'after_sale.reason': '申请原因：',
  'after_sale.note': '商家备注：',
  'after_sale.unknown_line': '第 {n} 件商品',
  'detail.history.partial_refund': '部分退款',
};
