/**
 * The core's business buying messages (zh-CN, en-US).
 *
 * @module
 */
import type { MessageCatalogs } from './messages.ts';

/**
 * The core's messages for business buying, in zh-CN and en-US: the company details' field codes
 * `field.invalid_credit_code` and `field.invalid_credit_code_check`. Only the elements that take
 * company details carry them; `coreMessages` has them too.
 */
export const businessMessages: MessageCatalogs = {
  'en-US': {
    'field.invalid_credit_code': 'Please enter the 18-character unified social credit code (digits and capital letters, no I, O, Z, S or V).',
    'field.invalid_credit_code_check': 'This unified social credit code doesn’t add up: a character is probably mistyped. Please check it against the business licence.',
  },
  'zh-CN': {
    'field.invalid_credit_code': '请输入 18 位统一社会信用代码（数字和大写字母，不含 I、O、Z、S、V）。',
    'field.invalid_credit_code_check': '统一社会信用代码校验位不符，可能有字符输错，请对照营业执照核对。',
  },
};

/**
 * The core's quick order messages, in zh-CN and en-US: `quick_order.<code>` for every
 * `QuickOrderProblem` of `@orderzone/core/business`, with its numbers as parameters (`{min}`,
 * `{max}`, `{step}`, `{suggested}`, `{available}`). `coreMessages` has them too.
 */
export const quickOrderProblemMessages: MessageCatalogs = {
  'en-US': {
    'quick_order.unreadable': 'Write the SKU, then the quantity (for example OZ-NOTE-76-Y 20).',
    'quick_order.invalid_quantity': 'The quantity must be a whole number of at least 1.',
    'quick_order.unknown_sku': 'No product has this SKU. Please check it.',
    'quick_order.not_orderable': 'This item needs choices a quick order can’t make (a booking or personalization). Please add it from its product page.',
    'quick_order.below_minimum': 'The minimum order is {min}.',
    'quick_order.above_maximum': 'At most {max} can be ordered at once.',
    'quick_order.not_a_step': 'Sold in packs of {step}, from {min}: order {suggested}, for example.',
    'quick_order.out_of_stock': 'Sold out.',
    'quick_order.insufficient_stock': 'Only {available} more can be ordered (counting your cart).',
    'quick_order.too_many_lines': 'At most {max} lines at a time.',
  },
  'zh-CN': {
    'quick_order.unreadable': '请先写 SKU，再写数量（例如 OZ-NOTE-76-Y 20）。',
    'quick_order.invalid_quantity': '数量须为不小于 1 的整数。',
    'quick_order.unknown_sku': '没有商品使用此 SKU，请核对。',
    'quick_order.not_orderable': '此商品需另行选择（预订或个性化定制），无法快速下单，请在商品页添加。',
    'quick_order.below_minimum': '起订量为 {min}。',
    'quick_order.above_maximum': '单次最多可订 {max}。',
    'quick_order.not_a_step': '按 {step} 件一包销售，{min} 起订：例如可订 {suggested}。',
    'quick_order.out_of_stock': '已售罄。',
    'quick_order.insufficient_stock': '最多还可订 {available}（已计入购物车）。',
    'quick_order.too_many_lines': '一次最多 {max} 行。',
  },
};
