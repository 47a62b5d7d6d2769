/**
 * How a bookable product is configured (part of the booking contract of `booking-schema.ts`, which
 * re-exports it): its kind, and the booking rules of a `time_slot`, `stay` or `seats` product.
 * Its own module because a product's schema needs it, while what a shopper picks, availability,
 * holds and booking details are needed only once a booking starts.
 *
 * @module
 */
import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema } from '../catalog/primitive-schemas.ts';
import { SeatMapSchema, SlotScheduleSchema, StayRulesSchema, WallTimeSchema } from './booking-rules-schema.ts';
import { InstantSchema, TimeZoneSchema } from './time-schemas.ts';

/** What kind of thing a product is: shipped goods or one of the three bookable kinds. */
export const ProductKindSchema = z.enum(['goods', 'time_slot', 'stay', 'seats']);
/** What kind of thing a product is: shipped `goods` or one of the three bookable kinds, `time_slot`, `stay` or `seats`. */
export type ProductKind = z.infer<typeof ProductKindSchema>;

/** A staff member, room or machine a time slot can be booked with. */
export const ServiceResourceSchema = z.object({ id: IdSchema, name: LocalizedTextSchema });
export type ServiceResource = z.infer<typeof ServiceResourceSchema>;

/**
 * How a `time_slot` product is booked. Without `resources`, each slot takes `schedule.capacity`
 * bookings. With `resources`, each resource takes one booking per slot (so a slot's capacity is the
 * number of resources) and the shopper may pick one or leave the choice to the merchant.
 */
export const TimeSlotBookingSchema = z.object({
  /** The merchant's zone: opening hours and dates are read in it. */
  timeZone: TimeZoneSchema,
  schedule: SlotScheduleSchema,
  resources: z.optional(z.array(ServiceResourceSchema)),
  /** What a resource is called, e.g. `{ "zh-CN": "服务人员", "en-US": "Staff" }`. */
  resourceLabel: z.optional(LocalizedTextSchema),
  /** True for services done at the shopper's address (then the order needs an address). */
  onSite: z.boolean(),  /** Hours before the booking starts until which the shopper may cancel it (real hours, so DST-safe); default 24. */
  cancelBeforeHours: z.optional(z.int().check(z.gte(0))),
  /** Hours before the booking starts until which the shopper may move it to another pick; default 24. */
  rescheduleBeforeHours: z.optional(z.int().check(z.gte(0))),
});
/** How a `time_slot` product is booked: its time zone, slot schedule, optional resources (one booking each per slot), whether it happens on site, and the cancel and reschedule deadlines in hours. */
export type TimeSlotBooking = z.infer<typeof TimeSlotBookingSchema>;

/** One room type of a stay: the variant that stands for it, its prices and rules, and how many rooms exist. */
export const StayRoomTypeSchema = z.object({
  variantId: IdSchema,
  rules: StayRulesSchema,
  /** Rooms of this type; each night can be sold this many times. */
  rooms: z.int().check(z.positive()),
});
export type StayRoomType = z.infer<typeof StayRoomTypeSchema>;

/** How a `stay` product is booked. */
export const StayBookingSchema = z.object({
  timeZone: TimeZoneSchema,
  /** Earliest check-in and latest check-out, wall-clock in `timeZone`. */
  checkInTime: WallTimeSchema,
  checkOutTime: WallTimeSchema,
  /** The longest stay, in nights; default 30. */
  maxNights: z.optional(z.int().check(z.positive())),
  roomTypes: z.array(StayRoomTypeSchema).check(z.minLength(1)),  /** Hours before the booking starts until which the shopper may cancel it (real hours, so DST-safe); default 24. */
  cancelBeforeHours: z.optional(z.int().check(z.gte(0))),
  /** Hours before the booking starts until which the shopper may move it to another pick; default 24. */
  rescheduleBeforeHours: z.optional(z.int().check(z.gte(0))),
});
/** How a `stay` product is booked: its time zone, check-in and check-out times, longest stay in nights (default 30), room types, and the cancel and reschedule deadlines in hours. */
export type StayBooking = z.infer<typeof StayBookingSchema>;

/** One session (showing) of a seated event. */
export const SeatSessionSchema = z.object({
  id: IdSchema,
  startsAt: InstantSchema,
  label: z.optional(LocalizedTextSchema),
});
/** One session (showing) of a seated event: its id, when it starts and an optional label. */
export type SeatSession = z.infer<typeof SeatSessionSchema>;

/** How a `seats` product is booked: its sessions, the seat map they share and a per-order limit. */
export const SeatsBookingSchema = z.object({
  timeZone: TimeZoneSchema,
  venue: z.optional(LocalizedTextSchema),
  sessions: z.array(SeatSessionSchema).check(z.minLength(1)),
  seatMap: SeatMapSchema,
  maxSeatsPerOrder: z.int().check(z.positive()),
  /** Hours before the booking starts until which the shopper may cancel it (real hours, so DST-safe); default 24. */
  cancelBeforeHours: z.optional(z.int().check(z.gte(0))),
  /** Hours before the booking starts until which the shopper may move it to another pick; default 24. */
  rescheduleBeforeHours: z.optional(z.int().check(z.gte(0))),
});
/** How a `seats` product is booked: its sessions, the seat map they share, the most seats one order may take, and the cancel and reschedule deadlines in hours. */
export type SeatsBooking = z.infer<typeof SeatsBookingSchema>;
