/**
 * The Chinese (zh-CN) errors of `shopping-messages.ts` (`error.*`; its cart notices and field problems are in
 * `cart-messages.zh-CN.ts`), a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from './messages.ts';

/** The Chinese (zh-CN) errors of `shoppingMessages` (see `shopping-messages.ts`): what the first screen may show. */
export const messages: MessageCatalog = {
  'error.network': '无法连接到商店，请检查网络后重试。',
  'error.timeout': '商店响应超时，请重试。',
  'error.aborted': '请求已取消。',
  'error.validation': '部分信息需要修改，请检查标出的字段。',
  'error.out_of_stock': '抱歉，订单中有商品刚刚售罄。',
  'error.out_of_stock.available': '抱歉，库存仅剩 {available} 件。',
  'error.price_changed': '价格已有变动，请确认新的总价。',
  'error.rate_limited.other': '操作过于频繁，请等待 {seconds} 秒后重试。',
  'error.rate_limited.no_delay': '操作过于频繁，请稍后重试。',
  'error.rate_limited.minutes': '操作过于频繁，请等待 {minutes} 分钟后重试。',
  'error.unauthorized': '登录状态已失效，请刷新页面后重试。',
  'error.not_found': '未找到该商品，它可能已下架。',
  'error.conflict': '该订单已提交过，请先查看订单状态再重试。',
  'error.server': '系统出了点问题，请稍后重试。',
  'error.bad_response': '商店返回的数据无法识别，请稍后重试。',
  'error.config': '商店尚未配置完成，请联系商家。',

  'error.conflict.booking': '抱歉，刚刚已被他人订走，请另选。',

  'error.verification_required': '为保障订单安全，请输入我们刚刚发送给您的验证码。',
};
