/**
 * The Chinese (zh-CN) messages of `order-help.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `orderHelpMessages` (see `order-help.messages.ts`). */
export const messages: MessageCatalog = {
  'help.heading.general': '帮助与联系方式',
  'help.heading.payment_failed': '付款没有成功？',
  'help.heading.refund_rejected': '对退款申请被拒绝有疑问？',
  'help.heading.return_rejected': '对退货申请被拒绝有疑问？',
  'help.intro.general': '常见问题解答，以及联系我们的方式。',
  'help.intro.payment_failed': '付款失败不会扣款。以下解答或许能帮到您，也可以直接联系我们，我们一起解决。',
  'help.intro.refund_rejected': '商家已在订单记录中说明了处理原因。如有疑问，可以先看看以下解答，或直接联系我们。',
  'help.intro.return_rejected': '商家已在订单记录中说明了处理原因。如有疑问，可以先看看以下解答，或直接联系我们。',
  'help.faq': '常见问题',
  'help.contact': '联系我们',
  'help.phone': '电话',
  'help.email': '邮箱',
  'help.wechat': '微信号',
  'help.hours': '服务时间',
  'help.link': '更多帮助',
  'help.link_default': '帮助中心',
  'help.copy': '复制',
  'help.copy_wechat': '复制微信号 {id}',
  'help.copied': '微信号已复制',
  'help.copy_failed': '复制失败，请手动选择微信号复制。',
  'help.empty': '商家暂未在此添加帮助内容。',
  'help.config_error': '部分帮助内容无法显示。',
  'help.config_error_detail': '给网站管理员的详细信息：',
};
