/**
 * Cancellation and rescheduling windows of bookings: until when a shopper may cancel a booked slot,
 * stay or seats, or move it to another pick. A window closes a number of hours before the booking
 * starts (`cancelBeforeHours`, `rescheduleBeforeHours` on the product's booking configuration,
 * {@link DEFAULT_WINDOW_HOURS} when absent). Hours are real elapsed hours counted back from the
 * start instant, so a window that spans a daylight-saving change is still exactly that long.
 *
 * When a product sets the hours, `priceBooking` writes the resolved deadlines into the booking's
 * details (`cancelUntil`, `rescheduleUntil`), so a client knows the window from the order alone;
 * without them, the defaults apply from the start. A backend checks the same deadlines: it has the
 * last word.
 *
 * @module
 */
import type { BookingDetails, SeatsBooking, StayBooking, TimeSlotBooking } from './booking-schema.ts';
import { zonedDateTimeToUtc } from './time-zone.ts';

/** Hours before the start at which a window closes when the product does not say. */
export const DEFAULT_WINDOW_HOURS = 24;

/** What a window allows: cancelling the booking or moving it to another pick. */
export type BookingWindowAction = 'cancel' | 'reschedule';

/** One window of a booking. */
export interface BookingWindow {
  /** The last instant (UTC ISO) the action is allowed; the window is closed from this instant on. */
  until: string;
  /** True while `now` is before `until`. */
  open: boolean;
}

/** Both windows of a booking and when it starts. */
export interface BookingWindows {
  /** When the booking starts (UTC ISO): the slot's start, check-in time on the check-in date, the session's start. */
  startsAt: string;
  cancel: BookingWindow;
  reschedule: BookingWindow;
}

const HOUR_MS = 3_600_000;

/** The window hours a product's booking configuration sets. */
export type WindowHours = Pick<TimeSlotBooking | StayBooking | SeatsBooking, 'cancelBeforeHours' | 'rescheduleBeforeHours'>;

/** When a booking starts, as a UTC ISO instant (a stay: its check-in time on the check-in date, in the merchant's zone). */
export function bookingStartsAt(details: BookingDetails): string {
  switch (details.type) {
    case 'time_slot':
      return new Date(Date.parse(details.start)).toISOString();
    case 'stay':
      return zonedDateTimeToUtc(details.checkIn, details.checkInTime, details.timeZone);
    case 'seats':
      return new Date(Date.parse(details.startsAt)).toISOString();
  }
}

function hoursBefore(startsAt: string, hours: number): string {
  return new Date(Date.parse(startsAt) - hours * HOUR_MS).toISOString();
}

/**
 * `details` with the deadlines the product's configuration sets (`cancelUntil`, `rescheduleUntil`),
 * each only when its hours are set; unchanged otherwise.
 */
export function withWindowDeadlines<D extends BookingDetails>(config: WindowHours, details: D): D {
  if (config.cancelBeforeHours === undefined && config.rescheduleBeforeHours === undefined) return details;
  const startsAt = bookingStartsAt(details);
  const out = { ...details };
  if (config.cancelBeforeHours !== undefined) out.cancelUntil = hoursBefore(startsAt, config.cancelBeforeHours);
  if (config.rescheduleBeforeHours !== undefined) out.rescheduleUntil = hoursBefore(startsAt, config.rescheduleBeforeHours);
  return out;
}

/**
 * The cancellation and rescheduling windows of a booking at `now`: the deadlines its details carry,
 * else {@link DEFAULT_WINDOW_HOURS} before it starts.
 */
export function bookingWindows(details: BookingDetails, now: Date): BookingWindows {
  const startsAt = bookingStartsAt(details);
  const window = (until: string | undefined): BookingWindow => {
    const deadline = until === undefined ? hoursBefore(startsAt, DEFAULT_WINDOW_HOURS) : new Date(Date.parse(until)).toISOString();
    return { until: deadline, open: now.getTime() < Date.parse(deadline) };
  };
  return { startsAt, cancel: window(details.cancelUntil), reschedule: window(details.rescheduleUntil) };
}

/** True while `action` is allowed for the booking at `now`. */
export function isWindowOpen(details: BookingDetails, action: BookingWindowAction, now: Date): boolean {
  return bookingWindows(details, now)[action].open;
}
