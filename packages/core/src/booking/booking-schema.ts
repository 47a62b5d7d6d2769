/**
 * The booking contract (issue 3): how a bookable product is configured, what a shopper picks
 * (a {@link BookingSelection}), what a backend answers about availability, the hold that reserves a
 * pick for a few minutes, and the resolved {@link BookingDetails} that quote lines and orders carry.
 *
 * Three kinds of bookable product exist beside `goods`:
 * - `time_slot`: a service booked by start time (housekeeping, a salon, a repair call), optionally
 *   with a choice of staff or resource; on-site services need the shopper's address;
 * - `stay`: a room booked from check-in to check-out; every variant is a room type with its own
 *   nightly prices and number of rooms;
 * - `seats`: seats for one session of a show, chosen on a seat map.
 *
 * Instants are UTC ISO strings (`2026-05-01T02:00:00.000Z`); calendar dates (`2026-05-01`) and
 * wall-clock times (`14:00`) are in the merchant's `timeZone` (an IANA zone such as `Asia/Shanghai`).
 *
 * @module
 */
import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, MoneySchema } from '../catalog/primitive-schemas.ts';
import { CalendarDateSchema, WallTimeSchema } from './booking-rules-schema.ts';
import { InstantSchema, TimeZoneSchema } from './time-schemas.ts';

export * from './booking-config-schema.ts';

// ---------------------------------------------------------------------------------------------
// What the shopper picks
// ---------------------------------------------------------------------------------------------

/**
 * What a shopper picked for a bookable line. A booking line always has quantity 1: one slot, one
 * room for a stay, or one set of seats (its price is the seats' sum).
 */
export const BookingSelectionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('time_slot'),
    /** The slot's start (its id). */
    start: InstantSchema,
    /** The chosen resource; absent means "any", and the backend assigns one when holding. */
    resourceId: z.optional(IdSchema),
  }),
  z.object({ type: z.literal('stay'), checkIn: CalendarDateSchema, checkOut: CalendarDateSchema }),
  z.object({
    type: z.literal('seats'),
    sessionId: IdSchema,
    seatIds: z.array(IdSchema).check(z.minLength(1)),
  }),
]);
/** What a shopper picked for a bookable line, told apart by `type`: a slot (`time_slot`, with an optional resource), a `stay` (check-in and check-out dates) or `seats` of one session. */
export type BookingSelection = z.infer<typeof BookingSelectionSchema>;

// ---------------------------------------------------------------------------------------------
// Availability
// ---------------------------------------------------------------------------------------------

/** What availability a picker asks for. */
export const AvailabilityRequestSchema = z.object({
  productId: IdSchema,
  /** The room type, for stays. */
  variantId: z.optional(IdSchema),
  /** First and last merchant-zone date wanted (both included), for slots and stays; at most 62 days. */
  from: z.optional(CalendarDateSchema),
  to: z.optional(CalendarDateSchema),
  /** The session, for seats. */
  sessionId: z.optional(IdSchema),
});
/** What availability a picker asks for: the product, the room type for stays, a date range of at most 62 days for slots and stays, or the session for seats. */
export type AvailabilityRequest = z.infer<typeof AvailabilityRequestSchema>;

/** A slot and how many more bookings it takes; full slots are listed with `remaining: 0`. */
export const SlotOpeningSchema = z.object({
  start: InstantSchema,
  end: InstantSchema,
  /** The merchant-zone date the slot belongs to. */
  localDate: CalendarDateSchema,
  remaining: z.int().check(z.gte(0)),
  /** The resources still free in this slot, when the product has resources. */
  freeResourceIds: z.optional(z.array(IdSchema)),
});
/** A slot and how many more bookings it takes (full slots are listed with `remaining: 0`), with the resources still free in it. */
export type SlotOpening = z.infer<typeof SlotOpeningSchema>;

/** One night of a room type: its price, rooms left, and whether it is closed. */
export const NightOpeningSchema = z.object({
  date: CalendarDateSchema,
  price: MoneySchema,
  remaining: z.int().check(z.gte(0)),
  closed: z.boolean(),
});
/** One night of a room type: its date, price, rooms left, and whether it is closed. */
export type NightOpening = z.infer<typeof NightOpeningSchema>;

/** The backend's answer to an {@link AvailabilityRequest}, one shape per kind. */
export const AvailabilitySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('time_slot'),
    productId: IdSchema,
    timeZone: TimeZoneSchema,
    slots: z.array(SlotOpeningSchema),
  }),
  z.object({
    type: z.literal('stay'),
    productId: IdSchema,
    variantId: IdSchema,
    timeZone: TimeZoneSchema,
    nights: z.array(NightOpeningSchema),
    minNights: z.int().check(z.positive()),
    maxNights: z.int().check(z.positive()),
  }),
  z.object({
    type: z.literal('seats'),
    productId: IdSchema,
    sessionId: IdSchema,
    /** Seats held or sold for this session (not the map's permanently `unavailable` ones). */
    takenSeatIds: z.array(IdSchema),
    maxSeatsPerOrder: z.int().check(z.positive()),
  }),
]);
/** The backend's answer to an availability request, one shape per kind: slot openings, nights with prices and stay limits, or the seats already taken. */
export type Availability = z.infer<typeof AvailabilitySchema>;

// ---------------------------------------------------------------------------------------------
// Holds
// ---------------------------------------------------------------------------------------------

/** What a shopper asks to hold when adding a booking to the cart. */
export const PlaceHoldRequestSchema = z.object({
  productId: IdSchema,
  variantId: IdSchema,
  booking: BookingSelectionSchema,
});
/** What a shopper asks to hold when adding a booking to the cart: the product, the variant and the pick. */
export type PlaceHoldRequest = z.infer<typeof PlaceHoldRequestSchema>;

/**
 * A pick reserved for one shopper until `expiresAt` (10 minutes by default). `booking` is the
 * selection as held: for a slot booked with "any" resource, it names the resource assigned.
 */
export const HoldSchema = z.object({
  id: IdSchema,
  productId: IdSchema,
  variantId: IdSchema,
  booking: BookingSelectionSchema,
  expiresAt: InstantSchema,
});
/** A pick reserved for one shopper until `expiresAt` (10 minutes by default), as held: for a slot booked with "any" resource, it names the resource assigned. */
export type Hold = z.infer<typeof HoldSchema>;

/**
 * A shopper's request to move one booking line of an order to another pick (same product and
 * variant), inside the line's rescheduling window. The price must stay the same.
 */
export const RescheduleBookingRequestSchema = z.object({
  /** The order line of the booking (0-based). */
  lineIndex: z.int().check(z.gte(0)),
  /** The new pick, of the same kind as the booking. */
  booking: BookingSelectionSchema,
  /** A hold placed on the new pick first (optional: the backend checks and claims it in one step anyway). */
  holdId: z.optional(IdSchema),
});
/** A shopper's request to move one booking line (0-based `lineIndex`) of an order to another pick of the same product and variant, at the same price, optionally with a hold placed first. */
export type RescheduleBookingRequest = z.infer<typeof RescheduleBookingRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Resolved booking on quote lines and orders
// ---------------------------------------------------------------------------------------------

/** A seat of a booking, with what a receipt shows. */
export const BookedSeatSchema = z.object({
  id: IdSchema,
  label: LocalizedTextSchema,
  zoneName: LocalizedTextSchema,
  price: MoneySchema,
});
export type BookedSeat = z.infer<typeof BookedSeatSchema>;

/** A booking as a quote line or an order shows it: times, nights or seats, resolved by the backend. */
export const BookingDetailsSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('time_slot'),
    start: InstantSchema,
    end: InstantSchema,
    timeZone: TimeZoneSchema,
    resourceId: z.optional(IdSchema),
    resourceName: z.optional(LocalizedTextSchema),
    onSite: z.boolean(),
    /** Until when the shopper may cancel (UTC instant), when the product sets `cancelBeforeHours`; see `booking-windows.ts`. */
    cancelUntil: z.optional(InstantSchema),
    /** Until when the shopper may reschedule, when the product sets `rescheduleBeforeHours`. */
    rescheduleUntil: z.optional(InstantSchema),
  }),
  z.object({
    type: z.literal('stay'),
    checkIn: CalendarDateSchema,
    checkOut: CalendarDateSchema,
    checkInTime: WallTimeSchema,
    checkOutTime: WallTimeSchema,
    timeZone: TimeZoneSchema,
    nights: z.array(z.object({ date: CalendarDateSchema, price: MoneySchema })),
    /** Until when the shopper may cancel (UTC instant), when the product sets `cancelBeforeHours`; see `booking-windows.ts`. */
    cancelUntil: z.optional(InstantSchema),
    /** Until when the shopper may reschedule, when the product sets `rescheduleBeforeHours`. */
    rescheduleUntil: z.optional(InstantSchema),
  }),
  z.object({
    type: z.literal('seats'),
    sessionId: IdSchema,
    startsAt: InstantSchema,
    sessionLabel: z.optional(LocalizedTextSchema),
    venue: z.optional(LocalizedTextSchema),
    timeZone: TimeZoneSchema,
    seats: z.array(BookedSeatSchema).check(z.minLength(1)),
    /** Until when the shopper may cancel (UTC instant), when the product sets `cancelBeforeHours`; see `booking-windows.ts`. */
    cancelUntil: z.optional(InstantSchema),
    /** Until when the shopper may reschedule, when the product sets `rescheduleBeforeHours`. */
    rescheduleUntil: z.optional(InstantSchema),
  }),
]);
/** A booking as a quote line or an order shows it, resolved by the backend: times, nights with prices or seats with labels, and until when it may be cancelled or rescheduled. */
export type BookingDetails = z.infer<typeof BookingDetailsSchema>;
