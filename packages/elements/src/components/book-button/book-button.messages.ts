/**
 * Messages of `<book-button>`.
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const bookButtonMessages: MessageCatalogs = {
  'en-US': {
    'bookButton.book': 'Book',
    'bookButton.time_slot': 'Book a time',
    'bookButton.stay': 'Book dates',
    'bookButton.seats': 'Choose seats',
    'bookButton.opening': 'Opening…',
    'bookButton.fully_booked': 'Fully booked',
    'bookButton.not_bookable': 'This product is not booked: use its Add to cart button.',
  },
  'zh-CN': {
    'bookButton.book': '预订',
    'bookButton.time_slot': '预约时段',
    'bookButton.stay': '预订日期',
    'bookButton.seats': '在线选座',
    'bookButton.opening': '正在打开…',
    'bookButton.fully_booked': '已订满',
    'bookButton.not_bookable': '此商品无需预订，请使用“加入购物车”按钮。',
  },
};
