/**
 * `@orderzone/core/bookings`: the booking client a zone loads on demand (`await zone.load('bookings')`),
 * and the scheduling rules backends use: slot generation and availability, and the windows in which
 * a booking may still be changed or cancelled; the price rules (`priceBooking`, `priceStay`, seat
 * maps), calendar dates and time zones. The main entry `@orderzone/core` exports their types, and
 * the holds the cart checks.
 *
 * ```ts
 * import { generateSlots, bookingWindows, priceBooking, describeZones } from '@orderzone/core/bookings';
 * ```
 *
 * @packageDocumentation
 */
export { type AddBookingToCartInput, type BookingClient, type BookingClientOptions, createBookingClient } from './booking-client.ts';
export { BOOKING_METHODS, missingBookingMethods, offersBookings } from './booking-support.ts';
export { generateSlots, MAX_SLOT_DAYS, type OpeningInterval, slotAvailability, type SlotAvailability, type SlotSchedule, type TimeSlot } from './time-slots.ts';
export { bookingStartsAt, type BookingWindow, type BookingWindowAction, bookingWindows, type BookingWindows, DEFAULT_WINDOW_HOURS, isWindowOpen, type WindowHours, withWindowDeadlines } from './booking-windows.ts';
export { type BookingPrice, DEFAULT_MAX_STAY_NIGHTS, priceBooking } from './booking-price.ts';
export { hasRoomForBooking, nightStatus, type NightStatus, slotStatus, type SlotStatus, soldOutNights, UNITS_PER_BOOKING } from './opening-status.ts';
export { MAX_STAY_NIGHTS, priceStay, type StayNight, type StayPrice, type StayRules } from './stay-pricing.ts';
export { type PricedSeat, type Seat, type SeatCartLine, type SeatMap, type SeatPriceZone, type SeatRow, type SeatSection, type SeatSelection, seatsInCart, seatStatus, type SeatStatus, type SeatStatusInput, validateSeatSelection } from './seat-map.ts';
export { addDays, calendarDateToUtcMs, daysBetween, isCalendarDate, isoWeekday, isWallTime, wallTimeToMinutes } from './calendar-date.ts';
export { assertTimeZone, describeZones, formatSlotTime, type FormatSlotTimeOptions, utcToZoned, type ZonedDateTime, zonedDateTimeToUtc, type ZoneDescription } from './time-zone.ts';
export { activeHolds, type BookingClaim, type BookingHold, claimedQuantity, DEFAULT_HOLD_MINUTES, type HoldRequest, isClaimActive, placeHold, secondsLeft } from './holds.ts';
export { recheckBookingLine, type RecheckOutcome } from './booking-recheck.ts';
