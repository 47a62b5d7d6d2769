/**
 * The core's browsing and cart messages (zh-CN, en-US).
 *
 * @module
 */
import type { MessageCatalogs } from './messages.ts';

/**
 * The core's messages for browsing and the cart, in zh-CN and en-US: what every element may show,
 * so the elements of the first screen carry only these.
 * - `error.<code>` for every `OrderZoneError` code (`error.rate_limited` by plural, `{seconds}`),
 *   plus `error.rate_limited.minutes` (a wait of two minutes or more, `{minutes}`), `error.rate_limited.no_delay` (no `retryAfterSeconds` known), `error.out_of_stock.available` (`{available}`) and
 *   `error.conflict.booking` (a conflict about a booking, "just taken"; see `describeError`);
 * - the general `field.<code>` messages: `required`, `too_long` (`{max}`), `invalid` (for codes
 *   without a message of their own), `invalid_choice`, `invalid_quantity`, `unknown_field`;
 * - `cart.<notice>` (`quantity_capped.stock`/`.max`/`.cart_limit` and `quantity_adjusted.min`/`.step`/`.quoted` take
 *   `{allowed}` and `{requested}`; `lines_dropped` takes `{count}`);
 * - what an add amounted to when a limit stopped it (the cart's `outcome`, all with `{allowed}`):
 *   `cart.add_capped.stock`/`.max` (fewer units than asked went in) and
 *   `cart.add_refused.stock`/`.max`/`.step`/`.quoted` (nothing went in).
 *
 * `checkoutMessages` and `bookingMessages` hold the rest; `coreMessages` all three.
 */
export const shoppingMessages: MessageCatalogs = {
  'en-US': {
    'error.network': 'We couldn’t reach the shop. Check your connection and try again.',
    'error.timeout': 'The shop is taking too long to answer. Please try again.',
    'error.aborted': 'The request was cancelled.',
    'error.validation': 'Some details need correcting. Please check the highlighted fields.',
    'error.out_of_stock': 'Sorry, an item in your order has just sold out.',
    'error.out_of_stock.available': 'Sorry, only {available} left in stock.',
    'error.price_changed': 'Prices have changed since you last looked. Please review the new total.',
    'error.rate_limited.one': 'Too many attempts. Please wait {seconds} second and try again.',
    'error.rate_limited.other': 'Too many attempts. Please wait {seconds} seconds and try again.',
    'error.rate_limited.no_delay': 'Too many attempts. Please wait a moment and try again.',
    'error.rate_limited.minutes': 'Too many attempts. Please wait {minutes} minutes and try again.',
    'error.unauthorized': 'Your session has expired. Please reload the page and try again.',
    'error.not_found': 'We couldn’t find that item. It may no longer be available.',
    'error.conflict': 'This order was already submitted. Please check your order status before trying again.',
    'error.server': 'Something went wrong on our side. Please try again in a moment.',
    'error.bad_response': 'The shop sent an answer we couldn’t understand. Please try again later.',
    'error.config': 'This shop isn’t set up correctly yet. Please contact the merchant.',

    'field.required': 'Please fill in this field.',
    'field.too_long.one': 'Please use at most {max} character.',
    'field.too_long.other': 'Please use at most {max} characters.',
    'field.invalid': 'Please check this value.',
    'field.invalid_choice': 'Please choose one of the options offered.',
    'field.unknown_field': 'This field isn’t offered for this product.',
    'field.invalid_quantity': 'Please enter a valid quantity.',

    'cart.quantity_capped.stock': 'Only {allowed} in stock, so your quantity was reduced to {allowed}.',
    'cart.quantity_capped.max': 'You can order at most {allowed} of this item, so your quantity was reduced to {allowed}.',
    'cart.quantity_capped.cart_limit': 'Your cart can’t hold more items than that, so your quantity was reduced to {allowed}.',
    'cart.quantity_adjusted.min': 'This item is sold in quantities of at least {allowed}, so your quantity was raised to {allowed}.',
    'cart.quantity_adjusted.step': 'This item is sold in fixed pack sizes, so your quantity was changed to {allowed}.',
    'cart.add_capped.stock': 'Only {allowed} in stock, so your cart now has {allowed}.',
    'cart.add_capped.max': 'You can order at most {allowed} of this item, so your cart now has {allowed}.',
    'cart.add_refused.stock': 'Only {allowed} in stock and your cart already has {allowed}, so nothing was added.',
    'cart.add_refused.max': 'You can order at most {allowed} of this item and your cart already has {allowed}, so nothing was added.',
    'cart.add_refused.step': 'This item is sold in fixed pack sizes, so nothing was added. Choose a whole pack.',
    'cart.sold_out': 'Sorry, this item is sold out and wasn’t added to your cart.',
    'cart.recovered_corrupt': 'Your saved cart couldn’t be read completely, so we restored what we could.',
    'cart.lines_dropped.one': '{count} item in your saved cart is no longer available and was removed.',
    'cart.lines_dropped.other': '{count} items in your saved cart are no longer available and were removed.',
    'cart.memory_only': 'Your browser isn’t letting us save your cart. It will be emptied if you leave this page.',
    'cart.booking_quantity_fixed': 'A booking is always for one. To book more, choose another time, dates or seats.',
    'cart.booking_already_in_cart': 'This booking is already in your cart.',
    'cart.booking_unavailable': 'Sorry, someone else has just booked this. Please remove it and choose another.',
    'cart.quantity_adjusted.quoted': 'This item is at a quoted price for exactly {allowed}, so the quantity stays {allowed}. For another quantity, ask for a new quote.',
    'cart.add_refused.quoted': 'Your cart has this item at a quoted price for exactly {allowed}, so nothing was added. For more, ask for a new quote.',

    'error.conflict.booking': 'Sorry, that was just taken by someone else. Please choose another.',

    'error.verification_required': 'To protect your order, please enter the code we just sent you.',
  },
  'zh-CN': {
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

    'field.required': '请填写此项。',
    'field.too_long.other': '最多可输入 {max} 个字符。',
    'field.invalid': '请检查此项内容。',
    'field.invalid_choice': '请从提供的选项中选择。',
    'field.unknown_field': '该商品不提供此项定制。',
    'field.invalid_quantity': '请输入有效的数量。',

    'cart.quantity_capped.stock': '库存仅剩 {allowed} 件，已将数量调整为 {allowed}。',
    'cart.quantity_capped.max': '该商品每单最多可购买 {allowed} 件，已将数量调整为 {allowed}。',
    'cart.quantity_capped.cart_limit': '购物车无法容纳更多件数，已将数量调整为 {allowed}。',
    'cart.quantity_adjusted.min': '该商品最少购买 {allowed} 件，已将数量调整为 {allowed}。',
    'cart.quantity_adjusted.step': '该商品按固定包装数量出售，已将数量调整为 {allowed}。',
    'cart.add_capped.stock': '库存仅剩 {allowed} 件，购物车中现有 {allowed} 件。',
    'cart.add_capped.max': '该商品每单最多可购买 {allowed} 件，购物车中现有 {allowed} 件。',
    'cart.add_refused.stock': '库存仅剩 {allowed} 件，购物车中已有 {allowed} 件，未再加入。',
    'cart.add_refused.max': '该商品每单最多可购买 {allowed} 件，购物车中已有 {allowed} 件，未再加入。',
    'cart.add_refused.step': '该商品按固定包装数量出售，未加入购物车，请按整包选择数量。',
    'cart.sold_out': '抱歉，该商品已售罄，未加入购物车。',
    'cart.recovered_corrupt': '已保存的购物车数据部分损坏，已尽量为您恢复。',
    'cart.lines_dropped.other': '购物车中有 {count} 件商品已下架，已为您移除。',
    'cart.memory_only': '浏览器不允许保存购物车，离开本页后购物车将被清空。',
    'cart.booking_quantity_fixed': '每项预订数量固定为 1。如需多订，请另选时间、日期或座位。',
    'cart.booking_already_in_cart': '该预订已在购物车中。',
    'cart.booking_unavailable': '抱歉，该预订刚刚已被他人订走，请移除后另选。',
    'cart.quantity_adjusted.quoted': '该商品按报价购买，数量固定为 {allowed} 件。如需其他数量，请重新询价。',
    'cart.add_refused.quoted': '购物车中该商品按报价购买，数量固定为 {allowed} 件，未再加入。如需更多，请重新询价。',

    'error.conflict.booking': '抱歉，刚刚已被他人订走，请另选。',

    'error.verification_required': '为保障订单安全，请输入我们刚刚发送给您的验证码。',
  },
};
