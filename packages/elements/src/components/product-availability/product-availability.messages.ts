/**
 * Messages of `<product-availability>` (the stock levels themselves are shared: `stock.*`).
 *
 * @module
 */
import type { MessageCatalogs } from '@orderzone/core';

export const productAvailabilityMessages: MessageCatalogs = {
  'en-US': {
    'availability.bookable': 'Available to book',
    'availability.fully_booked': 'Fully booked',
  },
  'zh-CN': {
    'availability.bookable': '可预订',
    'availability.fully_booked': '已订满',
  },
};
