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
    'zone.sign_in': 'Sign in',
    'zone.my_orders': 'My orders',
    'zone.sign_out': 'Sign out',
    'zone.sign_out_heading': 'Sign out?',
    'zone.sign_out_removes': 'Signing out removes your session, your contact details and address, your last order and your list of orders from this device.',
    'zone.sign_out_cart.one': 'It also empties the cart on this device ({count} item).',
    'zone.sign_out_cart.other': 'It also empties the cart on this device ({count} items).',
    'zone.sign_out_confirm': 'Sign out',
    'zone.sign_out_cancel': 'Stay signed in',
    'zone.signed_out': 'You are signed out. Your personal details were removed from this device.',
    'zone.skip_to_products': 'Skip to products',
    'zone.back_to_products': 'Back to products',
    'zone.view_nav': 'Back to shopping',
    'zone.help_intro': 'Questions about an order?',
    'zone.help': 'Help and contact',
  },
  'zh-CN': {
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
  },
};
