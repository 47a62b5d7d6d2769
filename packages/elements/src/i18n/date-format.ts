/**
 * Dates as the shopper reads them, in the element's language with `Intl.DateTimeFormat`: an instant
 * (an order placed, a payment due, a review written) and a calendar date (a request for quote's
 * "needed by"). One formatter per language and style, made once. The order views, the order list,
 * the requests for quote and the reviews all format through here.
 *
 * @module
 */

/** How much of an instant to show: the day (`Dec 6, 2026`) or the day and the time (`Dec 6, 2026, 6:00 PM`). */
export type InstantStyle = 'date' | 'dateTime';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: InstantStyle | 'calendar'): Intl.DateTimeFormat {
  const key = `${style} ${locale}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(
      locale,
      style === 'dateTime' ? { dateStyle: 'medium', timeStyle: 'short' } : style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeZone: 'UTC' },
    );
    formatters.set(key, made);
  }
  return made;
}

/**
 * An ISO 8601 instant in the shopper's time zone: `Dec 6, 2026, 6:00 PM` in `en-US`,
 * `2026年12月6日 18:00` in `zh-CN` (`style` `date`: the day only). `undefined` when `iso` is absent or
 * not a date, so the caller decides what shows instead.
 */
export function formatInstant(iso: string | undefined, locale: string, style: InstantStyle = 'dateTime'): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : formatter(locale, style).format(date);
}

/**
 * A calendar date (`2026-12-20`) as that same day wherever the shopper is: `Dec 20, 2026`,
 * `2026年12月20日`. `undefined` when `date` is not `YYYY-MM-DD`.
 */
export function formatCalendarDate(date: string, locale: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const day = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? undefined : formatter(locale, 'calendar').format(day);
}
