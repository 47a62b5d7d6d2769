/**
 * Whether a string is a calendar date (`YYYY-MM-DD`), a module of its own: the compiled catalog
 * validators check dates with it on every page that reads the catalog, without the date arithmetic
 * of `calendar-date.ts` (which uses it too and re-exports it).
 *
 * @module
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a real day (`2026-02-30` is not one). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
