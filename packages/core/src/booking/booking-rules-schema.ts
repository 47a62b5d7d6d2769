/**
 * Schemas of the booking rules a product carries (calendar dates and wall times, a service's slot
 * schedule, a stay's nightly rules, a session's seat map) and of holds and claims. They live apart
 * from the pure functions that use them (`calendar-date.ts`, `time-slots.ts`, `stay-pricing.ts`,
 * `seat-map.ts`, `holds.ts`) so that those functions, and the core's main entry, carry no schema
 * library at run time; adapters validate with these schemas through `@orderzone/core/schemas`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { IdSchema as Id, LocalizedTextSchema, MoneySchema } from '../catalog/primitive-schemas.ts';
import { isCalendarDate } from './calendar-date.ts';

/** A calendar date such as `2026-03-08` that exists in the Gregorian calendar. */
export const CalendarDateSchema = z.string().check(z.refine(isCalendarDate, 'a calendar date such as "2026-03-08"'));

/** A 24-hour wall-clock time `HH:mm` from `00:00` to `23:59`. */
export const WallTimeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):([0-5]\d)$/, 'a 24-hour time such as "09:30"'));

/** Opening hours on one weekday, wall-clock times in the merchant's zone; `close` after `open`, same day. */
export const OpeningIntervalSchema = z.object({
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: z.int().check(z.gte(1), z.lte(7)),
  open: WallTimeSchema,
  close: WallTimeSchema,
});
/** Opening hours on one weekday (ISO: 1 Monday … 7 Sunday), `HH:mm` wall-clock times in the merchant's zone; `close` after `open`, same day. */
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
/** How a service is booked: opening hours, slot length in minutes, capacity per slot, lead time in minutes, horizon in days and closed dates. */
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
/** One bookable slot: its id (the UTC start), start and end (ISO instants), the merchant-zone date it belongs to and its capacity. */
export type TimeSlot = z.infer<typeof TimeSlotSchema>;

/** A hold on `quantity` units of one resource until `expiresAt` (UTC ISO instant). */
export const BookingHoldSchema = z.object({
  id: Id,
  /** What is held: a slot id, a seat id, a stay night such as `deluxe:2026-05-01`. */
  resourceKey: Id,
  quantity: z.int().check(z.positive()),
  expiresAt: z.iso.datetime(),
});
/** A hold on `quantity` units of one resource (a slot, a seat, a stay night) until `expiresAt` (UTC ISO instant). */
export type BookingHold = z.infer<typeof BookingHoldSchema>;

/**
 * Anything that takes capacity: a confirmed booking (no `expiresAt`, counts for ever) or a hold
 * (counts until `expiresAt`).
 */
export const BookingClaimSchema = z.object({
  resourceKey: Id,
  quantity: z.int().check(z.positive()),
  expiresAt: z.optional(z.iso.datetime()),
});
/** Anything that takes capacity: a confirmed booking (no `expiresAt`, counts for ever) or a hold (counts until `expiresAt`). */
export type BookingClaim = z.infer<typeof BookingClaimSchema>;

/**
 * Nightly prices and stay rules for one room type. A night's price is, first match wins: its entry
 * in `datePrices`, `weekendPrice` when the night is in `weekendNights`, else `defaultPrice`.
 */
export const StayRulesSchema = z.object({
  defaultPrice: MoneySchema,
  weekendPrice: z.optional(MoneySchema),
  /** ISO weekdays (1 Monday … 7 Sunday) of nights priced as weekend; default Friday and Saturday nights `[5, 6]`. */
  weekendNights: z.optional(z.array(z.int().check(z.gte(1), z.lte(7)))),
  /** Prices for specific nights (holidays, events), keyed by date. */
  datePrices: z.optional(z.record(CalendarDateSchema, MoneySchema)),
  /** Nights that cannot be booked. */
  closedNights: z.optional(z.array(CalendarDateSchema)),
  /** The fewest nights a stay may have; at least 1. */
  minNights: z.int().check(z.positive()),
});
/** Nightly prices and stay rules for one room type: default, weekend and date prices (first match wins: date, weekend, default), closed nights and the fewest nights a stay may have. */
export type StayRules = z.infer<typeof StayRulesSchema>;

/** A price zone: every seat in it costs `price`. */
export const SeatPriceZoneSchema = z.object({ id: Id, name: LocalizedTextSchema, price: MoneySchema });
/** A price zone of a seat map: every seat in it costs `price`. */
export type SeatPriceZone = z.infer<typeof SeatPriceZoneSchema>;

/**
 * One seat; `label` is what a screen reader says (`Row F, seat 12`), `id` unique in the map,
 * `number` what is printed on the seat in the map (`12`; default: its place in the row, from 1).
 */
export const SeatSchema = z.object({
  id: Id,
  label: LocalizedTextSchema,
  number: z.optional(z.string().check(z.minLength(1), z.maxLength(4))),
  zoneId: Id,
  /** Never sellable in this session (not the same as held or sold, which change). */
  unavailable: z.optional(z.boolean()),
});
/** One seat of a seat map: its id, what a screen reader says (`label`), the number printed on it, its price zone, and whether it is never sellable. */
export type Seat = z.infer<typeof SeatSchema>;

/** A row of seats. */
export const SeatRowSchema = z.object({ id: Id, label: LocalizedTextSchema, seats: z.array(SeatSchema) });
/** A row of seats, with its id and label. */
export type SeatRow = z.infer<typeof SeatRowSchema>;

/** A section of rows. */
export const SeatSectionSchema = z.object({ id: Id, name: LocalizedTextSchema, rows: z.array(SeatRowSchema) });
/** A section of a seat map: its id, name and rows. */
export type SeatSection = z.infer<typeof SeatSectionSchema>;

/** The seat map of one session. */
export const SeatMapSchema = z.object({
  zones: z.array(SeatPriceZoneSchema),
  sections: z.array(SeatSectionSchema),
  /** What the seats face, drawn above the map: `Screen`, `Stage`, `Pitch`… (default "Stage"). */
  stage: z.optional(LocalizedTextSchema),
});
/** The seat map of one session: its price zones, its sections of rows and seats, and what the seats face (default "Stage"). */
export type SeatMap = z.infer<typeof SeatMapSchema>;
