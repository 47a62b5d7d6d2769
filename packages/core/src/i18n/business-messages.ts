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
