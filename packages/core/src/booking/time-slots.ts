/**
 * Time slots for services (a housekeeping visit, a salon appointment): a merchant's weekly opening
 * hours in their own zone, cut into slots of a fixed length, each with a capacity; and what is still
 * bookable at a given moment once lead time, the booking horizon and existing claims are counted.
 *
 * Slots are instants: `start` and `end` are UTC ISO strings and `id` is the `start`. A slot always
 * lasts `slotMinutes` of real time, also on a daylight-saving day: slots are laid out from the
 * opening time in elapsed time, so a 2-hour slot starting at 01:00 on the spring-forward day in New
 * York ends at 04:00 local (still 2 hours), and the interval simply holds fewer (or, in autumn, more)
 * real hours. A slot must end by the interval's closing time.
 *
 * @module
 */
import { OrderZoneError } from '../errors.ts';
import type { OpeningInterval, SlotSchedule, TimeSlot } from './booking-rules-schema.ts';
import { addDays, daysBetween, isCalendarDate, isoWeekday, isWallTime, wallTimeToMinutes } from './calendar-date.ts';
import { claimedQuantity, type BookingClaim } from './holds.ts';
import { assertTimeZone, zonedDateTimeToUtc } from './time-zone.ts';

export type { OpeningInterval, SlotSchedule, TimeSlot } from './booking-rules-schema.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A slot's remaining capacity at a moment, as {@link slotAvailability} gives it. */
export interface SlotAvailability {
  slot: TimeSlot;
  /** Units taken by bookings and active holds. */
  taken: number;
  /** Units still bookable; 0 when full. */
  remaining: number;
}

/** At most this many days are generated at once. */
export const MAX_SLOT_DAYS = 366;

const isInt = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

/** The first problem of a schedule (checked by hand: see `SlotScheduleSchema` for the rules), as `[path, what was expected]`. */
function scheduleProblem(schedule: SlotSchedule): [string, string] | undefined {
  const value = schedule as unknown as Record<string, unknown> | null;
  if (typeof value !== 'object' || value === null) return ['', 'an object'];
  const { openingHours, closedDates } = value;
  if (!Array.isArray(openingHours)) return ['openingHours', 'an array'];
  for (const [index, interval] of (openingHours as Partial<OpeningInterval>[]).entries()) {
    if (typeof interval !== 'object' || interval === null) return [`openingHours.${index}`, 'an object'];
    if (!isInt(interval.weekday, 1, 7)) return [`openingHours.${index}.weekday`, 'an ISO weekday from 1 to 7'];
    for (const key of ['open', 'close'] as const) {
      const time = interval[key];
      if (typeof time !== 'string' || !isWallTime(time)) return [`openingHours.${index}.${key}`, 'a 24-hour time such as "09:30"'];
    }
  }
  if (!isInt(value['slotMinutes'], 1)) return ['slotMinutes', 'a positive integer'];
  if (!isInt(value['capacity'], 1)) return ['capacity', 'a positive integer'];
  if (!isInt(value['leadMinutes'], 0)) return ['leadMinutes', 'an integer of at least 0'];
  if (!isInt(value['cutoffDays'], 1)) return ['cutoffDays', 'a positive integer'];
  if (closedDates !== undefined) {
    if (!Array.isArray(closedDates)) return ['closedDates', 'an array'];
    const bad = closedDates.findIndex((date) => typeof date !== 'string' || !isCalendarDate(date));
    if (bad >= 0) return [`closedDates.${bad}`, 'a calendar date such as "2026-03-08"'];
  }
  return undefined;
}

function parseSchedule(schedule: SlotSchedule): SlotSchedule {
  const problem = scheduleProblem(schedule);
  if (problem) throw new OrderZoneError('config', `The slot schedule is invalid at "${problem[0]}": ${problem[1]}.`);
  for (const interval of schedule.openingHours) {
    if (wallTimeToMinutes(interval.close) <= wallTimeToMinutes(interval.open)) {
      throw new OrderZoneError('config', `Opening hours on weekday ${interval.weekday} close at ${interval.close}, not after opening at ${interval.open}.`);
    }
  }
  return schedule;
}

/**
 * The slots of `schedule` on the merchant-zone dates `fromDate` to `toDate` (both included), in
 * start order. Closed dates and weekdays without opening hours give none.
 *
 * @throws {@link OrderZoneError} `config` for an invalid schedule or unknown zone; `validation` for
 *   malformed dates, `toDate` before `fromDate`, or a range over {@link MAX_SLOT_DAYS} days.
 */
export function generateSlots(schedule: SlotSchedule, fromDate: string, toDate: string, timeZone: string): TimeSlot[] {
  const rules = parseSchedule(schedule);
  assertTimeZone(timeZone);
  const days = daysBetween(fromDate, toDate);
  if (days < 0) throw new OrderZoneError('validation', `The slot range ends (${toDate}) before it starts (${fromDate}).`);
  if (days >= MAX_SLOT_DAYS) throw new OrderZoneError('validation', `Slots can be listed for at most ${MAX_SLOT_DAYS} days at once; asked for ${days + 1}.`);
  const closed = new Set(rules.closedDates ?? []);
  const slotMs = rules.slotMinutes * MINUTE_MS;
  const byStart = new Map<string, TimeSlot>();
  for (let i = 0; i <= days; i++) {
    const date = addDays(fromDate, i);
    if (closed.has(date)) continue;
    const weekday = isoWeekday(date);
    for (const interval of rules.openingHours) {
      if (interval.weekday !== weekday) continue;
      const openMs = Date.parse(zonedDateTimeToUtc(date, interval.open, timeZone));
      const closeMs = Date.parse(zonedDateTimeToUtc(date, interval.close, timeZone));
      for (let start = openMs; start + slotMs <= closeMs; start += slotMs) {
        const id = new Date(start).toISOString();
        byStart.set(id, { id, start: id, end: new Date(start + slotMs).toISOString(), localDate: date, capacity: rules.capacity });
      }
    }
  }
  return [...byStart.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/**
 * What can be booked at `now`: each slot that starts at least `leadMinutes` after `now` (exactly at
 * the lead time counts) and less than `cutoffDays` × 24 h after it, with its capacity minus the
 * bookings and active holds in `claims` (matched by `resourceKey` = slot id). Slots inside the lead
 * time or beyond the cut-off are left out; full slots stay in with `remaining: 0` so a picker can
 * show them as taken.
 */
export function slotAvailability(
  slots: readonly TimeSlot[],
  claims: readonly BookingClaim[],
  now: Date,
  window: Pick<SlotSchedule, 'leadMinutes' | 'cutoffDays'>,
): SlotAvailability[] {
  const earliest = now.getTime() + window.leadMinutes * MINUTE_MS;
  const latest = now.getTime() + window.cutoffDays * DAY_MS;
  const result: SlotAvailability[] = [];
  for (const slot of slots) {
    const start = Date.parse(slot.start);
    if (start < earliest || start >= latest) continue;
    const taken = claimedQuantity(claims, slot.id, now);
    result.push({ slot, taken, remaining: Math.max(0, slot.capacity - taken) });
  }
  return result;
}
