/**
 * The Chinese (zh-CN) messages of `order-zone.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The Chinese (zh-CN) messages of `orderZoneMessages` (see `order-zone.messages.ts`). */
export const messages: MessageCatalog = {
  'zone.shop': '商店',
  'zone.cart': '购物车',
  'zone.cart_button.other': '购物车，{count} 件商品',
  'zone.cart_count.other': '购物车：{count} 件商品',
  'zone.added': '已加入购物车',
  'zone.view_cart': '查看购物车',
  'zone.dismiss': '关闭提示',
  'zone.config_error_detail': '给网站管理员的详细信息：',
  'zone.find_order': '查询订单',
  'zone.sign_in': '登录',
  'zone.my_orders': '我的订单',
  'zone.sign_out': '退出登录',
  'zone.sign_out_heading': '确定退出登录？',
  'zone.sign_out_removes': '退出登录会从本设备删除您的登录状态、联系方式和地址、最近一笔订单以及订单列表。',
  'zone.sign_out_cart.other': '同时会清空本设备上的购物车（{count} 件商品）。',
  'zone.sign_out_confirm': '退出登录',
  'zone.sign_out_cancel': '保持登录',
  'zone.signed_out': '您已退出登录，个人信息已从本设备删除。',
  'zone.skip_to_products': '跳到商品列表',
  'zone.back_to_products': '返回商品列表',
  'zone.view_nav': '返回购物',
  'zone.help_intro': '订单有疑问？',
  'zone.help': '帮助与联系方式',
};
