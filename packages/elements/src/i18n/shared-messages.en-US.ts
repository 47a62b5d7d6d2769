/**
 * The English (en-US) messages of `shared-messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `sharedMessages` (see `shared-messages.ts`). */
export const messages: MessageCatalog = {
  'common.retry': 'Try again',
  'common.loading': 'Loading…',
  'common.close': 'Close',
  'common.undo': 'Undo',
  'price.from': 'From {price}',
  'price.was': 'Was {price}',
  'price.unavailable': 'Price unavailable',
  'stock.in_stock': 'In stock',
  'stock.low_stock': 'Only a few left',
  'stock.low_stock_count': 'Only {count} left',
  'stock.out_of_stock': 'Sold out',
  'rating.count': '({count})',
  'rating.stars': '{rating} out of 5 stars',
  'rating.label.one': 'Rated {rating} out of 5 ({count} review)',
  'rating.label.other': 'Rated {rating} out of 5 ({count} reviews)',
  'demo.marker': 'Demo: no real orders or payments',
  'text.over.one': '{count} character over',
  'text.over.other': '{count} characters over',
};
