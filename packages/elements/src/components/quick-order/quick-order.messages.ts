/**
 * Text of `<quick-order>`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const quickOrderMessages: MessageCatalogs = {
  'en-US': {
    'quickOrder.heading': 'Quick order',
    'quickOrder.intro': 'Paste SKUs and quantities from your purchase list, one line each, or upload a CSV file (sku,quantity).',
    'quickOrder.label': 'SKUs and quantities',
    'quickOrder.hint': 'For example: OZ-NOTE-76-Y 20',
    'quickOrder.file': 'Upload a CSV file',
    'quickOrder.submit': 'Add to cart',
    'quickOrder.checking': 'Checking…',
    'quickOrder.added.one': '{count} line was added to your cart.',
    'quickOrder.added.other': '{count} lines were added to your cart.',
    'quickOrder.problems.one': '{count} line could not be added. It stays in the box for you to correct:',
    'quickOrder.problems.other': '{count} lines could not be added. They stay in the box for you to correct:',
    'quickOrder.problem_line': 'Line {line}: {text}',
    'quickOrder.empty': 'Please enter at least one SKU and quantity.',
  },
  'zh-CN': {
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
  },
};
