/**
 * Messages of `<add-to-cart-button>`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const addToCartButtonMessages: MessageCatalogs = {
  'en-US': {
    'addToCart.add': 'Add to cart',
    'addToCart.adding': 'Adding…',
    'addToCart.sold_out': 'Sold out',
    'addToCart.added': 'Added to your cart: {quantity} × {title}.',
    'addToCart.choose': 'Please choose {options} first.',
    'addToCart.bookable': 'This is booked by time, dates or seats: use its Book button.',
    'addToCart.view_cart': 'View cart',
  },
  'zh-CN': {
    'addToCart.add': '加入购物车',
    'addToCart.adding': '正在加入…',
    'addToCart.sold_out': '已售罄',
    'addToCart.added': '已加入购物车：{title} × {quantity}。',
    'addToCart.choose': '请先选择{options}。',
    'addToCart.bookable': '此商品需按时间、日期或座位预订，请使用“预订”按钮。',
    'addToCart.view_cart': '查看购物车',
  },
};
