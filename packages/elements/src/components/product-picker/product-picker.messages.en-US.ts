/**
 * The English (en-US) messages of `product-picker.messages.ts`, a module of their own: a page loads the messages of the
 * language it shows, and the other language's only when the shopper switches to it.
 *
 * @module
 */
import type { MessageCatalog } from '@orderzone/core';

/** The English (en-US) messages of `productPickerMessages` (see `product-picker.messages.ts`). */
export const messages: MessageCatalog = {
  'picker.heading_all': 'All products',
  'picker.categories': 'Categories',
  'picker.category_all': 'All',
  'picker.subcategories': 'Subcategories of {name}',
  'picker.search_label': 'Search products',
  'picker.search_placeholder': 'Search products…',
  'picker.sort_label': 'Sort by',
  'picker.sort.relevance': 'Best match',
  'picker.sort.price_asc': 'Price: low to high',
  'picker.sort.price_desc': 'Price: high to low',
  'picker.sort.rating': 'Top rated',
  'picker.sort.newest': 'Newest',
  'picker.view_label': 'Layout',
  'picker.view_grid': 'Grid',
  'picker.view_list': 'List',
  'picker.filters': 'Filters',
  'picker.filters_active': 'Filters ({count})',
  'picker.price': 'Price',
  'picker.price_min_short': 'Min',
  'picker.price_max_short': 'Max',
  'picker.price_invalid': 'Enter an amount such as {example}.',
  'picker.price_order': 'The minimum is higher than the maximum.',
  'picker.availability': 'Availability',
  'picker.in_stock_only': 'In stock only',
  'picker.clear_filters': 'Clear filters',
  'picker.show_all': 'Show all products',
  'picker.results.one': '{count} product',
  'picker.results.other': '{count} products',
  'picker.loading': 'Loading products…',
  'picker.empty_title': 'No products found',
  'picker.empty_body': 'Try different words or remove some filters.',
  'picker.error_title': 'Products couldn’t be loaded',
  'picker.pagination': 'Pages',
  'picker.prev': 'Previous',
  'picker.next': 'Next',
  'picker.page': 'Page {page} of {pages}',
  'picker.bulk': 'Bulk pricing',
  'picker.sale': 'Sale',
  'picker.price_per_night': 'From {price} / night',
  'picker.price_per_seat': 'From {price} / seat',
  'picker.book.time_slot': 'Book a time',
  'picker.book.stay': 'Book dates',
  'picker.book.seats': 'Choose seats',
  'picker.fully_booked': 'Fully booked',
};
