/**
 * The core's checkout, order and account messages (zh-CN, en-US).
 *
 * @module
 */
import type { MessageCatalogs } from './messages.ts';
import { messages as en } from './checkout-messages.en-US.ts';
import { messages as zh } from './checkout-messages.zh-CN.ts';

/**
 * The core's messages for the checkout, orders and the account, in zh-CN and en-US:
 * - the checkout's and after-sale's `field.<code>` messages (email, phone, postal code, payment
 *   method, delivery option, return photos, the lines of a refund or return request
 *   (`nothing_chosen`, `nothing_to_request`, `duplicate_line`, `too_many_units`), an address change that keeps the country
 *   (`country_changed`), order edits: `edit_empty`, `edit_unchanged`, `invalid_edit`);
 * - `coupon.<status>` (`min_spend_not_met` takes `{minSpend}`, a formatted amount);
 * - `line.<problem>` of goods lines (`insufficient_stock` takes `{available}`);
 * - one-time codes: `field.code_format` / `code_wrong` / `code_expired`, `verification.reason.<reason>`
 *   (`large_amount`, `many_orders`, `other` for any other), `verification.sent_to` (`{destination}`),
 *   `verification.resend_in` (`{time}`, e.g. `0:42`) and `account.session_expired`.
 */
export const checkoutMessages: MessageCatalogs = {
  'en-US': en,
  'zh-CN': zh,
};
