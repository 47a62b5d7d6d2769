/**
 * The Chinese (zh-CN) cart notices (`cart.*`) and general field problems (`field.*`) of `shopping-messages.ts`,
 * a module of their own: the first screen never shows them (the cart, an add's problems and the forms do), so
 * a page loads them with the code that shows them, in the language it shows, and the other language's only
 * when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from './messages.ts';

/** The Chinese (zh-CN) cart notices and general field problems of `shoppingMessages` (see `shopping-messages.ts`). */
export const messages: MessageCatalog = {
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
};
