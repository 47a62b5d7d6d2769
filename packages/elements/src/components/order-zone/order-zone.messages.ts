/**
 * Text of `<order-zone>` in every shipped locale. The configuration error sentence is the core's
 * `error.config`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const orderZoneMessages: MessageCatalogs = {
  'en-US': {
    'zone.shop': 'Shop',
    'zone.cart': 'Cart',
    'zone.cart_button.one': 'Cart, {count} item',
    'zone.cart_button.other': 'Cart, {count} items',
    'zone.cart_count.one': 'Cart: {count} item',
    'zone.cart_count.other': 'Cart: {count} items',
    'zone.added': 'Added to cart',
    'zone.view_cart': 'View cart',
    'zone.dismiss': 'Dismiss',
    'zone.config_error_detail': 'Details for the site owner:',
    'zone.find_order': 'Find my order',
  },
  'zh-CN': {
    'zone.shop': '商店',
    'zone.cart': '购物车',
    'zone.cart_button.one': '购物车，{count} 件商品',
    'zone.cart_button.other': '购物车，{count} 件商品',
    'zone.cart_count.one': '购物车：{count} 件商品',
    'zone.cart_count.other': '购物车：{count} 件商品',
    'zone.added': '已加入购物车',
    'zone.view_cart': '查看购物车',
    'zone.dismiss': '关闭提示',
    'zone.config_error_detail': '给网站管理员的详细信息：',
    'zone.find_order': '查询订单',
  },
};
