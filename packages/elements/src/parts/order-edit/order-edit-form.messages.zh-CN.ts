/**
 * The Chinese (zh-CN) messages of the edit form of an unpaid order (`order-edit.ts`, `edit-session.ts`): loaded with
 * `<order-detail>`'s action forms (`order-detail-forms.messages.zh-CN.ts`), not with the element.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of the edit form. */
export const messages: MessageCatalog = {
  'edit.lines': '订单商品',
  'edit.quantity_label': '{title} 的数量',
  'edit.decrease': '{title} 减少一件',
  'edit.increase': '{title} 增加一件',
  'edit.remove': '删除',
  'edit.remove_label': '删除 {title}',
  'edit.restore': '恢复',
  'edit.restore_label': '恢复 {title}',
  'edit.removed': '已删除',
  'edit.removed_line': '已删除 {title}。',
  'edit.current_total': '当前合计',
  'edit.new_total': '修改后合计',
  'edit.hint': '修改数量或删除商品后，将显示新的合计。',
  'edit.cancel_instead': '改为取消订单',
  'edit.price_changed': '在您修改期间，合计已由 {from} 变为 {to}。请确认新的合计后再次保存。',
  'edit.not_orderable': '部分商品无法按修改后的内容下单，请先调整。',
};
