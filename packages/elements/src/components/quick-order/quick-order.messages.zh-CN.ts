/**
 * The Chinese (zh-CN) messages of `quick-order.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `quickOrderMessages` (see `quick-order.messages.ts`). */
export const messages: MessageCatalog = {
  'quickOrder.heading': '快速下单',
  'quickOrder.intro': '从采购清单粘贴 SKU 和数量（每行一项），或上传 CSV 文件（sku,quantity）。',
  'quickOrder.label': 'SKU 和数量',
  'quickOrder.hint': '例如：OZ-NOTE-76-Y 20',
  'quickOrder.file': '上传 CSV 文件',
  'quickOrder.submit': '加入购物车',
  'quickOrder.checking': '正在核对…',
  'quickOrder.added.other': '已将 {count} 行加入购物车。',
  'quickOrder.problems.other': '有 {count} 行无法加入，已保留在输入框中供您修改：',
  'quickOrder.problem_line': '第 {line} 行：{text}',
  'quickOrder.empty': '请至少输入一个 SKU 和数量。',
};
