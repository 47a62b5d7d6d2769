/**
 * Stays (a hotel room, a guesthouse): the price of each night between check-in and check-out, and
 * the rules that refuse a stay (too short, a closed night, check-out not after check-in). Nights are
 * calendar dates: the night of `2026-05-01` is the one that starts on that date. A stay from
 * check-in `2026-05-01` to check-out `2026-05-03` has the nights of May 1 and May 2.
 *
 * @module
 */
import { OrderZoneError, type FieldError } from '../errors.ts';
import { sumMoney, type Money } from '../money/money.ts';
import type { StayRules } from './booking-rules-schema.ts';
import { addDays, daysBetween, isCalendarDate, isoWeekday } from './calendar-date.ts';

export type { StayRules } from './booking-rules-schema.ts';

/** The price of one night of a stay. */
export interface StayNight {
  date: string;
  price: Money;
}

/** A stay's nights and total, as {@link priceStay} gives it, to show before adding to the cart. */
export interface StayPrice {
  nights: StayNight[];
  total: Money;
}

/** The longest stay priced at once, in nights. */
export const MAX_STAY_NIGHTS = 366;

function priceOfNight(rules: StayRules, date: string, weekend: ReadonlySet<number>): Money {
  return rules.datePrices?.[date] ?? (rules.weekendPrice && weekend.has(isoWeekday(date)) ? rules.weekendPrice : rules.defaultPrice);
}

/**
 * Prices the stay from `checkIn` to `checkOut` (exclusive) in `currency`: every night with its price,
 * and the total, added in integer minor units.
 *
 * @throws {@link OrderZoneError} `validation` with `fieldErrors`: `invalid_date` for a malformed
 *   date; `check_out_before_check_in` (field `checkOut`) when check-out is not after check-in;
 *   `stay_too_short` `{ min }` and `stay_too_long` `{ max }` (field `checkOut`); one
 *   `closed_night` `{ date }` (field `checkIn`) per closed night in the stay. All that apply are
 *   reported together.
 * @throws {@link OrderZoneError} `config` when a configured price is not in `currency`.
 */
export function priceStay(rules: StayRules, checkIn: string, checkOut: string, currency: string): StayPrice {
  const fieldErrors: FieldError[] = [];
  if (!isCalendarDate(checkIn)) fieldErrors.push({ field: 'checkIn', code: 'invalid_date' });
  if (!isCalendarDate(checkOut)) fieldErrors.push({ field: 'checkOut', code: 'invalid_date' });
  if (fieldErrors.length > 0) throw new OrderZoneError('validation', 'Check-in and check-out must be dates such as "2026-05-01".', { fieldErrors });
  const count = daysBetween(checkIn, checkOut);
  if (count <= 0) {
    throw new OrderZoneError('validation', `Check-out (${checkOut}) must be after check-in (${checkIn}).`, {
      fieldErrors: [{ field: 'checkOut', code: 'check_out_before_check_in' }],
    });
  }
  if (count > MAX_STAY_NIGHTS) {
    throw new OrderZoneError('validation', `A stay can be at most ${MAX_STAY_NIGHTS} nights; this one has ${count}.`, {
      fieldErrors: [{ field: 'checkOut', code: 'stay_too_long', params: { max: MAX_STAY_NIGHTS } }],
    });
  }
  if (count < rules.minNights) fieldErrors.push({ field: 'checkOut', code: 'stay_too_short', params: { min: rules.minNights } });
  const closed = new Set(rules.closedNights ?? []);
  const weekend = new Set(rules.weekendNights ?? [5, 6]);
  const nights: StayNight[] = [];
  for (let i = 0; i < count; i++) {
    const date = addDays(checkIn, i);
    if (closed.has(date)) fieldErrors.push({ field: 'checkIn', code: 'closed_night', params: { date } });
    const price = priceOfNight(rules, date, weekend);
    if (price.currency !== currency) {
      throw new OrderZoneError('config', `The price for the night of ${date} is in ${price.currency}, not ${currency}.`);
    }
    nights.push({ date, price });
  }
  if (fieldErrors.length > 0) {
    const reasons = fieldErrors.map((e) => (e.code === 'closed_night' ? `the night of ${String(e.params?.date)} is closed` : `the minimum stay is ${rules.minNights} nights`));
    throw new OrderZoneError('validation', `This stay cannot be booked: ${reasons.join('; ')}.`, { fieldErrors });
  }
  return { nights, total: sumMoney(nights.map((n) => n.price), currency) };
}
