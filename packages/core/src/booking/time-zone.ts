/**
 * Instants and the merchant's time zone. Bookings store instants as UTC ISO strings
 * (`2026-03-08T14:00:00.000Z`); a merchant's opening hours and a shopper's display are wall-clock
 * times in an IANA zone (`Asia/Shanghai`, `America/New_York`). Conversions use only
 * `Intl.DateTimeFormat`, probing the zone's offset, so daylight-saving rules come from the runtime's
 * time-zone data and no library is needed.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import { calendarDateToUtcMs, wallTimeToMinutes } from './calendar-date.ts';

/** A UTC instant shown as wall-clock time in a zone, as {@link utcToZoned} gives it. */
export interface ZonedDateTime {
  /** Local calendar date, `YYYY-MM-DD`. */
  date: string;
  /** Local wall-clock time, `HH:mm` (seconds dropped). */
  time: string;
  /** The zone's offset from UTC at that instant in minutes: `480` for Shanghai, `-300` for New York in winter. */
  offsetMinutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch (error) {
      throw new OrderZoneError('config', `"${timeZone}" is not an IANA time zone this runtime knows (use e.g. "Asia/Shanghai").`, { cause: error });
    }
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock of `utcMs` in `timeZone`, read as if it were UTC (milliseconds). */
function wallClockMs(utcMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const hour = parts.hour === 24 ? 0 : parts.hour!;
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, hour, parts.minute!, parts.second!);
}

/** The offset of `timeZone` from UTC at `utcMs`, in whole minutes. */
function offsetMinutesAt(utcMs: number, timeZone: string): number {
  const second = Math.floor(utcMs / 1000) * 1000;
  return Math.round((wallClockMs(second, timeZone) - second) / MINUTE_MS);
}

function parseInstant(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new OrderZoneError('validation', `"${iso}" is not an ISO 8601 instant such as "2026-03-08T14:00:00.000Z".`);
  return ms;
}

/**
 * Throws unless `timeZone` is an IANA zone the runtime knows.
 *
 * @throws `OrderZoneError` `config` for an unknown zone such as `Mars/Olympus`.
 */
export function assertTimeZone(timeZone: string): void {
  partFormatter(timeZone);
}

/**
 * The UTC instant (ISO string) at which the wall clock in `timeZone` shows `localDate` `localTime`.
 *
 * Daylight-saving changes:
 * - a **nonexistent** local time (the spring-forward gap, e.g. 02:30 on 2026-03-08 in New York) is
 *   shifted forward by the length of the gap: 02:30 becomes 03:30 EDT (`07:30Z`);
 * - an **ambiguous** local time (the fall-back hour, e.g. 01:30 on 2026-11-01 in New York) takes the
 *   earlier instant: 01:30 EDT (`05:30Z`), not 01:30 EST.
 *
 * @throws `OrderZoneError` `validation` for a malformed date or time, `config` for an unknown zone.
 */
export function zonedDateTimeToUtc(localDate: string, localTime: string, timeZone: string): string {
  const wallMs = calendarDateToUtcMs(localDate) + wallTimeToMinutes(localTime) * MINUTE_MS;
  // The offsets a day either side bracket any transition near this wall time.
  const before = offsetMinutesAt(wallMs - DAY_MS, timeZone);
  const after = offsetMinutesAt(wallMs + DAY_MS, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => wallMs - offset * MINUTE_MS)
    .filter((candidate) => wallClockMs(candidate, timeZone) === wallMs);
  // No candidate shows this wall time: it falls in a gap. Reading it with the offset before the
  // change lands the same distance past the gap, i.e. shifted forward by the gap's length.
  const utcMs = matches.length > 0 ? Math.min(...matches) : wallMs - before * MINUTE_MS;
  return new Date(utcMs).toISOString();
}

/**
 * The wall-clock date, time and UTC offset of an instant in `timeZone`.
 *
 * @throws `OrderZoneError` `validation` for a malformed instant, `config` for an unknown zone.
 */
export function utcToZoned(iso: string, timeZone: string): ZonedDateTime {
  const utcMs = parseInstant(iso);
  const wall = new Date(wallClockMs(utcMs, timeZone)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16), offsetMinutes: offsetMinutesAt(utcMs, timeZone) };
}

/** Options for {@link formatSlotTime}. */
export interface FormatSlotTimeOptions {
  /** Append the zone's short name (`EST`, `GMT+8`), as when two zones are shown side by side. */
  zoneName?: boolean;
}

/**
 * An instant as the shopper reads it, in `timeZone` and `locale` with `Intl.DateTimeFormat`:
 * `Mar 8, 2026, 9:00 AM` in `en-US`, `2026年3月8日 09:00` in `zh-CN`.
 *
 * @throws `OrderZoneError` `validation` for a malformed instant, `config` for an unknown zone
 *   or a malformed locale tag.
 */
export function formatSlotTime(iso: string, timeZone: string, locale: string, options: FormatSlotTimeOptions = {}): string {
  const utcMs = parseInstant(iso);
  assertTimeZone(timeZone);
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      ...(options.zoneName ? { timeZoneName: 'short' as const } : {}),
    });
  } catch (error) {
    throw new OrderZoneError('config', `"${locale}" is not a valid locale tag (use e.g. "zh-CN" or "en-US").`, { cause: error });
  }
  return formatter.format(new Date(utcMs));
}

/** A slot time in the merchant's zone, with the shopper's alongside when their wall clocks differ. */
export interface ZoneDescription {
  /** The time in the merchant's zone: the one that counts for the booking. */
  merchant: { timeZone: string; text: string };
  /** The same instant in the shopper's zone; absent when it reads the same as the merchant's. */
  shopper?: { timeZone: string; text: string };
}

/**
 * Describes an instant for a booking: always in the merchant's zone, and also in the shopper's when
 * the two wall clocks differ at that instant (`America/New_York` vs `Asia/Shanghai`). Zones with the
 * same wall time then (`Asia/Shanghai` and `Asia/Hong_Kong`) give the merchant's text only. When
 * both are given, each text carries its zone's short name.
 *
 * @throws `OrderZoneError` `validation` for a malformed instant, `config` for an unknown zone
 *   or locale.
 */
export function describeZones(iso: string, merchantZone: string, shopperZone: string, locale: string): ZoneDescription {
  const merchantWall = utcToZoned(iso, merchantZone);
  const shopperWall = utcToZoned(iso, shopperZone);
  const differ = merchantWall.date !== shopperWall.date || merchantWall.time !== shopperWall.time || merchantWall.offsetMinutes !== shopperWall.offsetMinutes;
  if (!differ) return { merchant: { timeZone: merchantZone, text: formatSlotTime(iso, merchantZone, locale) } };
  return {
    merchant: { timeZone: merchantZone, text: formatSlotTime(iso, merchantZone, locale, { zoneName: true }) },
    shopper: { timeZone: shopperZone, text: formatSlotTime(iso, shopperZone, locale, { zoneName: true }) },
  };
}
