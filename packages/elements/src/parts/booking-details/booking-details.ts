/**
 * The booking details part: what a booking line books, as a short description list under the line's
 * title. A time slot shows its date and times in the merchant's zone (the one that counts), with the
 * shopper's own zone alongside when the two clocks differ, and the staff member; a stay its check-in
 * and check-out dates with times and the number of nights with each night's price; seats their
 * session, venue and each seat's label and price zone.
 *
 * Used by `<cart-panel>` (from the cart line's `bookingDetails`), and through price-summary's
 * `renderQuoteLines` by `<checkout-form>` and `<order-confirmation>` (from quote and order lines).
 * Rendered in their shadow roots, so its part (`booking-details`) is theirs. Its text lives in
 * booking-details.messages.ts, spread into the price summary's messages; its styles are part of
 * price-summary.styles.ts.
 *
 * @module
 */
import { type BookingDetails, type LocalizedText, type Money } from '@orderzone/core';
import { describeZones } from '@orderzone/core/bookings';
import { html, nothing, type TemplateResult } from 'lit';

/** What the part needs from its host's locale (a `LocaleController` fits). */
export interface BookingDetailsFormatters {
  t(key: string, params?: Record<string, string | number>): string;
  text(value: LocalizedText | undefined): string;
  money(value: Money): string;
  /** The active locale (`zh-CN`, `en-US`); dates and times are formatted in it. Default `zh-CN`. */
  readonly locale?: string;
}

export interface BookingDetailsOptions {
  /** The shopper's IANA time zone; default: the browser's. */
  shopperTimeZone?: string;
}

/** The browser's time zone, where the shopper is. */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const DAY_MS = 86_400_000;

/** Formats `start`–`end` (UTC instants) in `timeZone`, with the zone's short name when `zoneName`. */
export function formatTimeRange(start: string, end: string, timeZone: string, locale: string, zoneName: boolean): string {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(zoneName ? { timeZoneName: 'short' as const } : {}),
  });
  return format.formatRange(new Date(start), new Date(end));
}

/** Formats one instant in `timeZone` (weekday, date and time), with the zone's short name when `zoneName`. */
export function formatInstant(iso: string, timeZone: string, locale: string, zoneName: boolean): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(zoneName ? { timeZoneName: 'short' as const } : {}),
  }).format(new Date(iso));
}

/** A calendar date (`2026-05-01`) as the locale writes it, with its weekday; no time zone shift. */
export function formatCalendarDate(date: string, locale: string, withYear = true): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' as const } : {}),
  }).format(new Date(`${date}T12:00:00Z`));
}

/** A wall-clock time (`14:00`) as the locale writes it. */
export function formatWallTime(time: string, locale: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

/** The slot or session time in the merchant's zone, and the shopper's when their clocks differ at `start`. */
function zonedTimes(
  start: string,
  end: string | undefined,
  merchantZone: string,
  locale: string,
  shopperZone: string,
): { merchant: string; shopper?: string } {
  const differ = describeZones(start, merchantZone, shopperZone, locale).shopper !== undefined;
  const format = (zone: string): string => (end ? formatTimeRange(start, end, zone, locale, differ) : formatInstant(start, zone, locale, differ));
  return differ ? { merchant: format(merchantZone), shopper: format(shopperZone) } : { merchant: format(merchantZone) };
}

function row(name: string, key: string, value: TemplateResult | string): TemplateResult {
  return html`<div class="booking-row" data-booking-row=${name}><dt>${key}</dt><dd>${value}</dd></div>`;
}

/**
 * Renders `details` as a `<dl part="booking-details">`. Each row carries `data-booking-row` (`when`,
 * `your-time`, `resource`, `place`, `check-in`, `check-out`, `nights`, `session`, `venue`, `seats`).
 */
export function renderBookingDetails(details: BookingDetails, f: BookingDetailsFormatters, options: BookingDetailsOptions = {}): TemplateResult {
  const locale = f.locale ?? 'zh-CN';
  const shopperZone = options.shopperTimeZone ?? browserTimeZone();
  let rows: TemplateResult[];
  switch (details.type) {
    case 'time_slot': {
      const times = zonedTimes(details.start, details.end, details.timeZone, locale, shopperZone);
      rows = [
        row('when', f.t('bookingDetails.when'), times.merchant),
        ...(times.shopper ? [row('your-time', f.t('bookingDetails.your_time'), times.shopper)] : []),
        ...(details.resourceName !== undefined ? [row('resource', f.t('bookingDetails.resource'), f.text(details.resourceName))] : []),
        ...(details.onSite ? [row('place', f.t('bookingDetails.place'), f.t('bookingDetails.on_site'))] : []),
      ];
      break;
    }
    case 'stay': {
      const count = Math.round((Date.parse(`${details.checkOut}T00:00:00Z`) - Date.parse(`${details.checkIn}T00:00:00Z`)) / DAY_MS);
      rows = [
        row('check-in', f.t('bookingDetails.check_in'), f.t('bookingDetails.check_in_value', { date: formatCalendarDate(details.checkIn, locale), time: formatWallTime(details.checkInTime, locale) })),
        row('check-out', f.t('bookingDetails.check_out'), f.t('bookingDetails.check_out_value', { date: formatCalendarDate(details.checkOut, locale), time: formatWallTime(details.checkOutTime, locale) })),
        row(
          'nights',
          f.t('bookingDetails.nights'),
          html`${f.t('bookingDetails.night_count', { count })}${details.nights.length > 0
            ? html`<span class="booking-nightly"
                >${f.t('bookingDetails.nightly', {
                  list: details.nights.map((n) => f.t('bookingDetails.night_price', { date: formatCalendarDate(n.date, locale, false), price: f.money(n.price) })).join(f.t('bookingDetails.list_separator')),
                })}</span
              >`
            : nothing}`,
        ),
      ];
      break;
    }
    case 'seats': {
      const times = zonedTimes(details.startsAt, undefined, details.timeZone, locale, shopperZone);
      rows = [
        row('when', f.t('bookingDetails.session'), details.sessionLabel !== undefined ? `${f.text(details.sessionLabel)} · ${times.merchant}` : times.merchant),
        ...(times.shopper ? [row('your-time', f.t('bookingDetails.your_time'), times.shopper)] : []),
        ...(details.venue !== undefined ? [row('venue', f.t('bookingDetails.venue'), f.text(details.venue))] : []),
        row(
          'seats',
          f.t('bookingDetails.seats', { count: details.seats.length }),
          html`<ul class="booking-seats">
            ${details.seats.map((seat) => html`<li>${f.t('bookingDetails.seat', { seat: f.text(seat.label), zone: f.text(seat.zoneName) })}</li>`)}
          </ul>`,
        ),
      ];
      break;
    }
  }
  return html`<dl class="booking-details" part="booking-details">${rows}</dl>`;
}
