/**
 * How a slot's times read: in the merchant's zone with the zone's name, and in the shopper's zone
 * alongside when the two wall clocks differ (the core's `describeZones` decides that), e.g.
 * "10:00 AM–12:00 PM (Eastern Time)" and "3:00–5:00 PM your time". Formatting only, with `Intl`.
 *
 * @module
 */
import { describeZones, utcToZoned } from '@orderzone/core/bookings';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The zone's generic name in `locale`: "Eastern Time", "中国标准时间"; the IANA name when `Intl` has none. */
export function zoneName(timeZone: string, locale: string): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

function time(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

function shortDate(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric' }).format(new Date(iso));
}

/** A slot's two readings; `shopper` only when the shopper's clock differs from the merchant's. */
export interface SlotTimes {
  /** "10:00 AM–12:00 PM" in the merchant's zone. */
  range: string;
  /** "10:00 AM–12:00 PM (Eastern Time)". */
  merchant: string;
  /** "3:00–5:00 PM your time", with the date when it falls on another day there. */
  shopper?: string;
}

/** The times of the slot from `start` to `end` for a shopper in `shopperZone`. */
export function slotTimes(start: string, end: string, merchantZone: string, shopperZone: string, locale: string, t: Translate): SlotTimes {
  const range = t('booking.time_range', { start: time(start, merchantZone, locale), end: time(end, merchantZone, locale) });
  const merchant = t('booking.slot_merchant', { range, zone: zoneName(merchantZone, locale) });
  if (!describeZones(start, merchantZone, shopperZone, locale).shopper) return { range, merchant };
  let shopperRange = t('booking.time_range', { start: time(start, shopperZone, locale), end: time(end, shopperZone, locale) });
  if (utcToZoned(start, shopperZone).date !== utcToZoned(start, merchantZone).date) {
    shopperRange = t('booking.date_time', { date: shortDate(start, shopperZone, locale), time: shopperRange });
  }
  return { range, merchant, shopper: t('booking.slot_shopper', { range: shopperRange }) };
}
