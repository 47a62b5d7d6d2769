/**
 * A product picker's first search, which the script-tag loader also sends before the picker exists
 * (`first-products-request.ts`): one definition for both.
 *
 * @module
 */
import type { CatalogQuery } from '@orderzone/core';

/**
 * A product picker's page size when its `page-size` attribute gives none: `<product-picker>`'s default
 * (written there as a number, which its documentation shows). Were they to differ, the loader's request
 * would not be the picker's and the adapter would ask again (the script-tag end-to-end test counts one).
 */
export const PICKER_PAGE_SIZE = 12;

/** The query of a product picker's first search: its category, its page size and its search words. */
export function firstPickerQuery(category: string | undefined, pageSize: number, searchText: string): CatalogQuery {
  const text = searchText.trim();
  return { categoryId: category || undefined, pageSize, ...(text ? { text } : {}) };
}
