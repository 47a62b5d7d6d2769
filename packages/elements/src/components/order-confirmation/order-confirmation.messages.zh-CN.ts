/**
 * The Chinese (zh-CN) messages of `order-confirmation.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as priceSummaryMessages } from '../../parts/price-summary/price-summary.messages.zh-CN.ts';
import { messages as paymentCardMessages } from '../../parts/payment-step/payment-card.messages.zh-CN.ts';

/** The Chinese (zh-CN) messages of `orderConfirmationMessages` (see `order-confirmation.messages.ts`). */
export const messages: MessageCatalog = {
  ...priceSummaryMessages,
  ...paymentCardMessages,
  'confirmation.heading': '感谢您的订购！',
  'confirmation.intro': '我们已收到您的订单，后续进展将发送至 {email}。',
  'confirmation.order_number': '订单号',
  'confirmation.copy': '复制',
  'confirmation.copy_label': '复制订单号 {orderNumber}',
  'confirmation.copied': '订单号已复制',
  'confirmation.copy_failed': '复制失败，请手动选择订单号复制。',
  'confirmation.placed_at': '下单时间：{date}',
  'confirmation.status': '订单状态',
  'confirmation.status.pending_payment': '待付款',
  'confirmation.status.paid': '已付款',
  'confirmation.status.pending_shipment': '待发货',
  'confirmation.status.shipped': '已发货',
  'confirmation.status.completed': '已完成',
  'confirmation.status.cancelled': '已取消',
  'confirmation.status.refund_requested': '退款申请中',
  'confirmation.status.refund_rejected': '退款被拒绝',
  'confirmation.status.refunded': '已退款',
  'confirmation.status.return_requested': '退货申请中',
  'confirmation.status.return_approved': '退货已同意',
  'confirmation.status.returned': '已退货',
  'confirmation.status.return_rejected': '退货被拒绝',
  'confirmation.status.confirmed': '已确认',
  'confirmation.status.fulfilled': '已履约',
  'confirmation.items': '商品',
  'confirmation.details': '订单详情',
  'confirmation.contact': '联系人',
  'confirmation.shipping_address': '收货地址',
  'confirmation.service_address': '服务地址',
  'confirmation.delivery': '配送方式',
  'confirmation.payment_method': '支付方式',
  'confirmation.note': '订单备注',
  'confirmation.continue_shopping': '继续购物',
  'confirmation.track_order': '查看订单进度',
  'confirmation.manage_order': '管理此订单',
  'confirmation.empty_title': '暂无订单',
  'confirmation.empty_body': '提交订单后，订单号和订单详情会显示在这里。',
};
