/**
 * How many filters of `<product-picker>` are in effect, for its "Filters (2)" button and its
 * "Clear filters" action. Apart from the filter panel's query changes (`filter-query.ts`), which
 * load with the panel.
 *
 * @module
 */
import type { CatalogQuery } from '@orderzone/core';

/** Filters in effect, for the "Filters (2)" button and the "Clear filters" action. */
export function activeFilterCount(q: CatalogQuery): number {
  const options = Object.values(q.options ?? {}).reduce((sum, values) => sum + values.length, 0);
  return options + (q.minPrice !== undefined || q.maxPrice !== undefined ? 1 : 0) + (q.inStockOnly ? 1 : 0);
}
