/**
 * The filter panel's controls as changes to the catalog query: the price boxes read as amounts of
 * the zone's currency (or the problem with them), an option value switched on or off. Used by the
 * panel's own chunk (`catalog-filters.ts`), never by the picker's first paint, which counts the
 * filters in effect with `filter-count.ts` (issue 16: a module the first paint imports ships all of
 * it, whichever chunk uses the rest).
 *
 * @module
 */
import { isOrderZoneError, money, parseMoney, toDecimalString, type CatalogQuery } from '@orderzone/core';

/** A problem with the price boxes: the message key and its values. */
export interface PriceProblem {
  key: string;
  params?: Record<string, string>;
}

/** Parses a price box; `undefined` for empty, `null` for something that is not an amount. */
function parsePrice(text: string, currency: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  try {
    const amount = parseMoney(text, currency).amount;
    return amount < 0 ? null : amount;
  } catch (error) {
    if (isOrderZoneError(error)) return null;
    throw error;
  }
}

/** The price range the boxes ask for (minor units; `undefined` for an empty box), or the problem with them. */
export type PriceRange = { problem: PriceProblem } | { min: number | undefined; max: number | undefined };

/** The price range of the boxes' texts in `currency`. */
export function priceRange(minText: string, maxText: string, currency: string): PriceRange {
  const min = parsePrice(minText, currency);
  const max = parsePrice(maxText, currency);
  if (min === null || max === null) return { problem: { key: 'picker.price_invalid', params: { example: toDecimalString(money(12550, currency)) } } };
  if (min !== undefined && max !== undefined && min > max) return { problem: { key: 'picker.price_order' } };
  return { min, max };
}

/** The query's option filters with `valueId` of `groupId` switched on (`checked`) or off; `undefined` when none is left. */
export function toggleOption(options: CatalogQuery['options'], groupId: string, valueId: string, checked: boolean): Record<string, string[]> | undefined {
  const next: Record<string, string[]> = { ...(options ?? {}) };
  const values = new Set(next[groupId] ?? []);
  if (checked) values.add(valueId);
  else values.delete(valueId);
  if (values.size > 0) next[groupId] = [...values];
  else delete next[groupId];
  return Object.keys(next).length > 0 ? next : undefined;
}
