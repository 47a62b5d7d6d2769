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
import * as z from 'zod/mini';
import { OrderZoneError } from '../errors.ts';
import { addDays, CalendarDateSchema, daysBetween, isoWeekday, wallTimeToMinutes, WallTimeSchema } from './calendar-date.ts';
import { claimedQuantity, type BookingClaim } from './holds.ts';
import { assertTimeZone, zonedDateTimeToUtc } from './time-zone.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Opening hours on one weekday, wall-clock times in the merchant's zone; `close` after `open`, same day. */
export const OpeningIntervalSchema = z.object({
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: z.int().check(z.gte(1), z.lte(7)),
  open: WallTimeSchema,
  close: WallTimeSchema,
});
export type OpeningInterval = z.infer<typeof OpeningIntervalSchema>;

/** How a service is booked: opening hours, slot length, capacity, lead time and horizon. */
export const SlotScheduleSchema = z.object({
  openingHours: z.array(OpeningIntervalSchema),
  /** Length of every slot in minutes. */
  slotMinutes: z.int().check(z.positive()),
  /** Bookings each slot takes (staff or rooms available at once). */
  capacity: z.int().check(z.positive()),
  /** A slot can be booked only if it starts at least this many minutes after now. */
  leadMinutes: z.int().check(z.gte(0)),
  /** A slot can be booked only if it starts less than this many days (×24 h) after now. */
  cutoffDays: z.int().check(z.positive()),
  /** Dates (merchant's zone) with no slots at all: holidays. */
  closedDates: z.optional(z.array(CalendarDateSchema)),
});
export type SlotSchedule = z.infer<typeof SlotScheduleSchema>;

/** One bookable slot. */
export const TimeSlotSchema = z.object({
  /** Stable id: the UTC start. */
  id: z.string(),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  /** The merchant-zone date the slot belongs to (the day its opening interval is on). */
  localDate: CalendarDateSchema,
  capacity: z.int().check(z.positive()),
});
export type TimeSlot = z.infer<typeof TimeSlotSchema>;

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

function parseSchedule(schedule: SlotSchedule): SlotSchedule {
  const parsed = SlotScheduleSchema.safeParse(schedule);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OrderZoneError('config', `The slot schedule is invalid at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'unknown problem'}.`);
  }
  for (const interval of parsed.data.openingHours) {
    if (wallTimeToMinutes(interval.close) <= wallTimeToMinutes(interval.open)) {
      throw new OrderZoneError('config', `Opening hours on weekday ${interval.weekday} close at ${interval.close}, not after opening at ${interval.open}.`);
    }
  }
  return parsed.data;
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
