/**
 * The Chinese (zh-CN) messages of `<order-detail>`'s action forms (`order-detail-forms.ts`), asked for at the
 * same time as their code (`order-detail-forms.messages-by-language.ts`): a form's frame (heading, confirmation,
 * reason, submit), the edit form of an unpaid order and a refund or return request's lines.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';
import { messages as orderEditFormMessages } from '../../parts/order-edit/order-edit-form.messages.zh-CN.ts';
import { messages as afterSaleFormMessages } from '../../parts/after-sales/after-sale-form.messages.zh-CN.ts';

/** The Chinese (zh-CN) messages of the action forms. */
export const messages: MessageCatalog = {
  ...orderEditFormMessages,
  ...afterSaleFormMessages,
  'detail.form.cancel': '确定取消此订单？',
  'detail.form.change_address': '新的收货地址',
  'detail.form.change_service_address': '新的服务地址',
  'detail.form.request_refund': '申请退款',
  'detail.form.request_return': '申请退货',
  'detail.cancel_confirm': '订单 {orderNumber} 将被取消，且无法恢复。',
  'detail.submit.cancel': '确定取消订单',
  'detail.submit.change_address': '保存地址',
  'detail.submit.change_service_address': '保存地址',
  'detail.submit.request_refund': '提交退款申请',
  'detail.submit.request_return': '提交退货申请',
  'detail.keep_order': '保留订单',
  'detail.refund_reason': '退款原因',
  'detail.return_reason': '退货原因',
  'detail.form.edit': '修改订单',
  'detail.submit.edit': '保存修改',
  'detail.form.cancel_booking': '确定取消此预订？',
  'detail.submit.cancel_booking': '确定取消预订',
  'detail.keep_booking': '保留预订',
  'detail.cancel_booking_confirm': '订单 {orderNumber} 中的预订将被取消，并退款 {total}。此操作无法撤销。',
};
