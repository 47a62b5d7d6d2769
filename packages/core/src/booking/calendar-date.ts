/**
 * Calendar dates (`YYYY-MM-DD`) and wall-clock times (`HH:mm`) as plain strings: the dates a
 * merchant opens on, a stay's nights, a closed day. A calendar date has no time zone; arithmetic on
 * it goes through `Date.UTC`, so no local clock or daylight-saving change can shift a day.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import { isCalendarDate } from './calendar-date-check.ts';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

export { isCalendarDate };

/** True when `value` is a 24-hour `HH:mm` time. */
export function isWallTime(value: string): boolean {
  return TIME.test(value);
}

/**
 * Milliseconds of midnight UTC on `date`, for date arithmetic.
 *
 * @throws `OrderZoneError` `validation` when `date` is not a real `YYYY-MM-DD` date.
 */
export function calendarDateToUtcMs(date: string): number {
  if (!isCalendarDate(date)) {
    throw new OrderZoneError('validation', `"${date}" is not a calendar date such as "2026-03-08".`);
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** The date `days` days after `date` (before it for a negative number): `addDays('2026-02-28', 1)` is `2026-03-01`. */
export function addDays(date: string, days: number): string {
  return new Date(calendarDateToUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: `daysBetween('2026-05-01', '2026-05-03')` is 2; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((calendarDateToUtcMs(to) - calendarDateToUtcMs(from)) / DAY_MS);
}

/** ISO weekday of a date: 1 for Monday through 7 for Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(calendarDateToUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Minutes since midnight of an `HH:mm` time: `09:30` is 570. */
export function wallTimeToMinutes(time: string): number {
  if (!isWallTime(time)) {
    throw new OrderZoneError('validation', `"${time}" is not a 24-hour time such as "09:30".`);
  }
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
